/** The per-document output contract of `elchi extract` (shape of ../shared/eval/README.md). */
import type { Doc } from './types.ts';

/** One document as `elchi extract` prints it; events and entities are filled by later stages. */
export interface ExtractOutput {
  id: string;
  source: string;
  url?: string;
  title?: string;
  lang: string;
  lang_confidence: number;
  published: string | null;
  events: unknown[];
  entities: unknown[];
  paragraphs: { start: number; end: number; lang: string }[];
  dates: { text: string; value: string; precision: string; start: number; end: number }[];
  diagnostics?: Doc['diagnostics'];
  text?: string;
  removed?: { text: string; reason: string }[];
}

/** Shapes a processed document for output; the cleaned text and the removed lines only when asked. */
export function toOutput(doc: Doc, opts: { text?: boolean } = {}): ExtractOutput {
  const out: ExtractOutput = {
    id: doc.id,
    source: doc.source,
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.title ? { title: doc.title } : {}),
    lang: doc.lang,
    lang_confidence: Math.round(doc.langConfidence * 1000) / 1000,
    published: doc.published,
    events: [],
    entities: [],
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end, lang: p.lang })),
    dates: doc.dates.map((d) => ({ text: d.text, value: d.value, precision: d.precision, start: d.start, end: d.end })),
  };
  if (doc.diagnostics.length) out.diagnostics = doc.diagnostics;
  if (opts.text) {
    out.text = doc.text;
    out.removed = doc.removed.map((r) => ({ text: r.text, reason: r.reason }));
  }
  return out;
}
