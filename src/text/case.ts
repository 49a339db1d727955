/** Letter case and script of words: language-aware lower-casing (Turkic languages map I→ı and İ→i, Unicode SpecialCasing, tr/az), and the Cyrillic test. */
import type { Lang } from '../pipeline/types.ts';

const TURKIC_LATIN = new Set<string>(['az', 'tr', 'tk']);

/** Lower-cases `s` with the dotted/dotless i rule of Azerbaijani, Turkish and Turkmen when `lang` is one of them. */
export function lower(s: string, lang?: Lang | string): string {
  if (lang && TURKIC_LATIN.has(lang)) return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  // Outside Turkic text, İ still lowers to plain i (not i + combining dot).
  return s.replace(/İ/g, 'i').toLowerCase();
}

/** True when `word` has a letter of the Cyrillic block (U+0400–U+04FF); a loop over char codes, not a regular expression: it runs for every token. */
export function hasCyrillic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) return true;
  }
  return false;
}
