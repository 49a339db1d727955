/** Language-aware lower-casing: Turkic languages map I→ı and İ→i (Unicode SpecialCasing, tr/az). */
import type { Lang } from '../pipeline/types.ts';

const TURKIC_LATIN = new Set<string>(['az', 'tr', 'tk']);

/** Lower-cases `s` with the dotted/dotless i rule of Azerbaijani, Turkish and Turkmen when `lang` is one of them. */
export function lower(s: string, lang?: Lang | string): string {
  if (lang && TURKIC_LATIN.has(lang)) return s.replace(/I/g, 'ı').replace(/İ/g, 'i').toLowerCase();
  // Outside Turkic text, İ still lowers to plain i (not i + combining dot).
  return s.replace(/İ/g, 'i').toLowerCase();
}
