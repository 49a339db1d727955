/**
 * What ingest refuses beyond unreadable input: a document too long to be one article (checked before
 * extraction), and, after extraction, one with no article text left or in a language elchi does not read.
 */
import type { RawDoc } from '../pipeline/types.ts';
import type { Extracted } from '../pipeline/extract.ts';
import { readTsv } from '../util/data.ts';

/** Longest text document accepted, in characters: longer input is a dump of many articles (and extraction time grows faster than length). */
export const MAX_TEXT_CHARS = 1_000_000;
/** Longest HTML page accepted, in characters of markup (pages carry scripts and styles besides the article). */
export const MAX_HTML_CHARS = 10_000_000;

/** The languages whose documents are stored: the ones elchi extracts actors and events from. */
export const INGEST_LANGS: readonly string[] = Object.freeze(['kk', 'az', 'ru', 'en']);

/** What ingest tells a user it reads (the languages of {@link INGEST_LANGS}). */
const READS = 'elchi reads Kazakh, Azerbaijani, Russian and English';

let names: Map<string, string> | null = null;
/** English name of a language code, from data/langid/languages.tsv. */
function langName(code: string): string {
  names ??= new Map(readTsv('langid/languages.tsv').map((r) => [r.lang ?? '', r.name ?? '']));
  return names.get(code) || code;
}

const millions = (n: number): string => `${(n / 1e6).toFixed(1)} M`;

/** Why a read document is not even extracted, or null. */
export function rawProblem(raw: RawDoc): string | null {
  const max = raw.format === 'html' ? MAX_HTML_CHARS : MAX_TEXT_CHARS;
  if (raw.content.length > max) {
    return `too long for one article (${millions(raw.content.length)} characters${raw.format === 'html' ? ' of HTML' : ''}, limit ${millions(max)}): split it into articles`;
  }
  return null;
}

/** Why an extracted document is not stored (nothing to read in it, or a language elchi does not read), or null. */
export function extractedProblem(x: Extracted): string | null {
  if (x.doc.text.trim() === '') return 'no article text left after removing boilerplate and markup';
  const lang = x.doc.lang;
  // A record of a JSONL or JSON file (source `path#n`) can say which language it is in.
  const hint = /#\d+$/.test(x.doc.source) ? '; a record can state its `lang` when this is wrong' : '';
  if (lang === 'und') return `language not identified (${READS}${hint})`;
  if (!INGEST_LANGS.includes(lang)) return `language not supported: ${langName(lang)} (${lang}, confidence ${x.doc.langConfidence.toFixed(2)}); ${READS}${hint}`;
  return null;
}
