/** Character tables for language ID: script class, lower-casing, apostrophe and homoglyph maps (built once). */
import { readTsv } from '../util/data.ts';

/** Writing systems the identifier tells apart; `Other` is any letter of an unsupported script (Georgian, CJK…). */
export const Script = { None: 0, Latin: 1, Cyrillic: 2, Arabic: 3, Other: 4 } as const;
/** Numeric id of a {@link Script}. */
export type ScriptId = (typeof Script)[keyof typeof Script];

/** Class of a combining mark (stays inside its word). */
export const MARK = 5;
/** Class of an apostrophe variant (joins a word after a letter). */
export const APOS = 6;
/** Class of a format character (soft hyphen, zero-width joiner/space, tatweel): dropped. */
export const IGNORE = 7;
const APOSTROPHE = 0x27;

/** Per UTF-16 unit: class (0 = separator, Script ids, MARK, APOS, IGNORE), lower-case unit, homoglyph swaps (0 = none). */
export interface CharTables {
  cls: Uint8Array;
  lower: Uint16Array;
  toLatin: Uint16Array;
  toCyrillic: Uint16Array;
}

let tables: CharTables | null = null;

function buildTables(): CharTables {
  const cls = new Uint8Array(0x10000);
  const lower = new Uint16Array(0x10000);
  const isLetter = /^\p{L}$/u;
  const latin = /^\p{Script=Latin}$/u;
  const cyrillic = /^\p{Script=Cyrillic}$/u;
  const arabic = /^\p{Script=Arabic}$/u;
  const mark = /^\p{M}$/u;
  const format = /^\p{Cf}$/u;
  for (let c = 0; c < 0x10000; c++) {
    lower[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: astral characters are not scored
    const ch = String.fromCharCode(c);
    if (isLetter.test(ch)) {
      cls[c] = latin.test(ch) ? Script.Latin : cyrillic.test(ch) ? Script.Cyrillic : arabic.test(ch) ? Script.Arabic : Script.Other;
      const lo = ch.toLowerCase();
      if (lo.length === 1) lower[c] = lo.charCodeAt(0);
    } else if (mark.test(ch)) cls[c] = MARK;
    else if (format.test(ch) || c === 0x0640) cls[c] = IGNORE; // U+0640 Arabic tatweel is only stretching
  }
  lower[0x0130] = 0x69; // İ → i (not i + combining dot)
  // The same apostrophe and look-alike tables as normalization (data/normalize/), so a text scores
  // the same whether or not it was normalized first.
  cls[APOSTROPHE] = APOS;
  for (const row of readTsv('normalize/apostrophes.tsv')) {
    const c = parseInt(row.codepoint?.replace('U+', '') ?? '', 16);
    if (!Number.isNaN(c)) { cls[c] = APOS; lower[c] = APOSTROPHE; }
  }
  const toLatin = new Uint16Array(0x10000);
  const toCyrillic = new Uint16Array(0x10000);
  for (const row of readTsv('normalize/homoglyphs.tsv')) {
    const lat = row.latin?.charCodeAt(0);
    const cyr = row.cyrillic?.charCodeAt(0);
    if (lat === undefined || cyr === undefined || row.lang) continue; // language-specific rows need the language
    if (row.dir === 'both' || row.dir === 'to-latin') toLatin[cyr] ||= lat;
    if (row.dir === 'both' || row.dir === 'to-cyrillic') toCyrillic[lat] ||= cyr;
  }
  return Object.freeze({ cls, lower, toLatin, toCyrillic });
}

/** The character tables, built on first use. */
export function charTables(): CharTables {
  return (tables ??= buildTables());
}
