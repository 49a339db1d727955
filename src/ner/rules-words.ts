/** Word tests the span repairs of rules.ts rely on: capitalisation, quotes, cue classes, case endings, gazetteer flags. */
import { capClass } from './features.ts';
import { analyse } from '../lang/morph/turkic.ts';
import { latinKey } from '../text/translit.ts';
import { cueClasses, nerLexicon, type NerLang } from './lexicon.ts';
import { CUE_LANGS, LEGAL_FORM, loadCues } from '../entities/cues.ts';

/** Tokens that open a quotation. */
export const OPEN: ReadonlySet<string> = new Set(['«', '"', '“', '„']);
/** Tokens that close a quotation. */
export const CLOSE: ReadonlySet<string> = new Set(['»', '"', '”', '“']);
/** Any quotation mark token. */
export const QUOTE: ReadonlySet<string> = new Set([...OPEN, ...CLOSE]);

/** Capitalised word (Xx, XX or a single capital). */
export function isCap(w: string): boolean {
  const c = capClass(w);
  return c === 'init' || c === 'caps' || c === 'upper';
}

/**
 * Index of the quote that opens the quotation closed at `close` (at most 7 tokens before it), when a
 * capitalised word opens the quotation (" Azon Zavodu ", « Нұр Отан »); else −1.
 */
export function quotedNameStart(words: readonly string[], close: number): number {
  let o = close - 1;
  while (o >= 0 && close - o <= 6 && !OPEN.has(words[o]!)) o--;
  return o >= 0 && o < close - 1 && OPEN.has(words[o]!) && isCap(words[o + 1]!) ? o : -1;
}

/** Whether the word's stem is an organization head noun (data/ner/cues.tsv). */
export function isOrgHead(w: string, lang: NerLang): boolean {
  return cueClasses(w, lang).includes('org');
}

/** Morpheme ids of the case endings (data/{kk,az}/suffixes.tsv). */
export const ANY_CASE = /\b(GEN|ACC|DAT|LOC|ABL|INS)\d?\b/;

/** Whether the word carries a case ending (its last suffix is a case morpheme, of the given cases). */
export function hasCase(w: string, lang: NerLang, cases: RegExp = ANY_CASE): boolean {
  const an = analyse(w, lang);
  const last = an.suffixes[an.suffixes.length - 1];
  if (last === undefined) return false;
  const ids = nerLexicon().suffixIds.get(lang)?.get(last) ?? '';
  return cases.test(ids);
}

/** Whether the word ends in a 3rd-person possessive followed by a dative, locative or ablative (Nazirliyində, министрлігінде). */
export function closesName(w: string, lang: NerLang): boolean {
  const ids = nerLexicon().suffixIds.get(lang);
  const sx = analyse(w, lang).suffixes.map((x) => ids?.get(x) ?? '');
  return sx.length >= 2 && /\bP3\b/.test(sx[sx.length - 2]!) && /\b(DAT3|LOC3|ABL3)\b/.test(sx[sx.length - 1]!);
}

/** Whether two token ranges share a token. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Gazetteer flags of a word, looked up by the keys of the word and of its stem. */
export function gazFlags(w: string, lang: NerLang): Set<string> {
  const gaz = nerLexicon().gaz;
  return new Set([...(gaz.get(latinKey(w)) ?? []), ...(gaz.get(latinKey(analyse(w, lang).stem)) ?? [])]);
}

/** Legal-form abbreviations per language: the organization heads written in capitals in data/<lang>/org-heads.tsv. */
let legalForms: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** Whether the word is a legal-form abbreviation written after a company's name (ASC, MMC, АҚ, ЖШС). */
export function isLegalForm(w: string, lang: NerLang): boolean {
  legalForms ??= new Map(CUE_LANGS.map((l) => [l, new Set(loadCues().orgHeads.filter((h) => h.lang === l && LEGAL_FORM.test(h.head)).map((h) => h.head))]));
  return legalForms.get(lang)?.has(w) ?? false;
}

/** Whether the word is a patronymic particle (oğlu, qızı, ұлы; data/ner/cues.tsv `kin`). */
export function isKin(w: string, lang: NerLang): boolean {
  return cueClasses(w, lang).includes('kin');
}

