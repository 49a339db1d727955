/** Validates one JSON record ({id, text | html, url?, published?, lang?, title?}) into a RawDoc, with one-line problems. */
import { z } from 'zod';
import type { RawDoc } from '../pipeline/types.ts';

const str = z.string({ error: 'must be a string' }).nullish();

/** The record fields elchi reads; other fields are ignored. `source_url` is accepted for `url` (gold files). */
const RecordSchema = z.object({
  id: z.union([z.string(), z.number()], { error: 'must be a string or a number' }).nullish(),
  text: str,
  html: str,
  url: str,
  source_url: str,
  published: str,
  lang: str,
  title: str,
});

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The date part (YYYY, YYYY-MM or YYYY-MM-DD) of an ISO date or date-time, or null when it is not one. */
export function isoDate(s: string): string | null {
  const m = ISO_DATE.exec(s.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined && (Number(d) < 1 || Number(d) > 31)) return null;
  return [y, mo, d].filter((x) => x !== undefined).join('-');
}

/** Outcome of validating one record. */
export type RecordResult = { ok: true; doc: RawDoc } | { ok: false; problem: string };

/**
 * Turns a parsed JSON value into a RawDoc. `fallbackId` is used when the record has no id;
 * `source` is stored as the document's source (`path#line`).
 */
export function recordToDoc(value: unknown, fallbackId: string, source: string): RecordResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: `not a JSON object (found ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value})` };
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return { ok: false, problem: field ? `field \`${field}\` ${issue?.message ?? 'is invalid'}` : (issue?.message ?? 'invalid record') };
  }
  const r = parsed.data;
  const hasText = typeof r.text === 'string';
  const hasHtml = typeof r.html === 'string';
  if (!hasText && !hasHtml) return { ok: false, problem: 'needs `text` or `html`' };
  const content = hasText ? (r.text as string) : (r.html as string);
  if (content.trim() === '') return { ok: false, problem: `field \`${hasText ? 'text' : 'html'}\` is empty` };
  const doc: RawDoc = {
    id: r.id === undefined || r.id === null || String(r.id).trim() === '' ? fallbackId : String(r.id),
    source,
    content: content.charCodeAt(0) === 0xfeff ? content.slice(1) : content,
    format: hasText ? 'text' : 'html',
  };
  const url = r.url ?? r.source_url;
  if (url) doc.url = url;
  if (r.title) doc.title = r.title;
  if (r.lang) doc.lang = r.lang.trim().toLowerCase();
  if (r.published) {
    const d = isoDate(r.published);
    if (!d) return { ok: false, problem: `field \`published\` must be an ISO date (YYYY-MM-DD), found "${r.published.slice(0, 40)}"` };
    doc.published = d;
  }
  return { ok: true, doc };
}

/** Parses one JSONL line; the problem names the JSON error ("invalid JSON (Unexpected token …)"). */
export function parseRecordLine(line: string, fallbackId: string, source: string): RecordResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { ok: false, problem: `invalid JSON (${msg.length > 120 ? `${msg.slice(0, 117)}…` : msg})` };
  }
  return recordToDoc(value, fallbackId, source);
}
