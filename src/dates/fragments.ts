/** Regex fragments built from one language's vocabulary: month names, year words, day endings, weekdays. */
import type { Grammar } from './grammar.ts';
import { B, E, HYPHEN_SUFFIX, NB, WS, YEAR, alt, words } from './patterns.ts';

/** Month name with optional ending (groups m, ms) or abbreviation with optional dot (group ma); `suffix` restricts endings. */
export function monthRe(g: Grammar, opts: { suffix?: 'any' | 'gen' | 'none'; abbr?: boolean } = {}): string {
  const full = alt([...g.months].filter(([, m]) => !m.abbr).map(([f]) => f)) ?? '(?!)';
  const suffixMode = opts.suffix ?? 'any';
  const suf = suffixMode === 'none' ? null : words(g, 'month_suffix', (gram) => suffixMode === 'any' || gram === 'gen');
  const fullPart = `(?<m>${full})${suf ? `(?<ms>${suf})?` : ''}`;
  const abbr = opts.abbr === false ? null : alt([...g.months].filter(([, m]) => m.abbr).map(([f]) => f));
  return `(?:${fullPart}${abbr ? `|(?<ma>${abbr})\\.?` : ''})${E}`;
}

/** The word "year" after a year number (group yw; abbreviations like "г." in group ywa with an optional dot). */
export function yearWordRe(g: Grammar): string | null {
  const full = alt([...g.words.year_word].filter(([, w]) => !w.abbr).map(([f]) => f));
  const abbr = alt([...g.words.year_word].filter(([, w]) => w.abbr).map(([f]) => f));
  if (!full && !abbr) return null;
  const parts = [full ? `(?<yw>${full})${E}` : null, abbr ? `(?<ywa>${abbr})(?:\\.|${E})` : null].filter(Boolean);
  return `(?:${parts.join('|')})`;
}

/** Year number with an optional ordinal ending (az 2023-cü, ru 2023-м; group ys) and the word "year" after it. */
export function yearWithWordRe(g: Grammar): string | null {
  const yw = yearWordRe(g);
  return yw ? `${NB}${YEAR}(?:-(?<ys>\\p{L}{1,3}))?(?:${WS}|-)${yw}` : null;
}

/** Optional day marker after a date (kk күні, az tarixində; group dw). */
export function dayWordTail(g: Grammar): string {
  const dw = words(g, 'day_word');
  return dw ? `(?:${WS}(?<dw>${dw})${E})?` : '';
}

/** Ending on a day number: hyphenated (any language) or an unhyphenated ordinal ending (English 25th). */
export function daySuffixRe(g: Grammar): string {
  const ds = words(g, 'day_suffix');
  return `(?:${HYPHEN_SUFFIX}${ds ? `|${ds}` : ''})?${E}`;
}

/** Month name in the genitive, by ending (aprelin) or by the genitive of "month" after it (may ayının); null if the language has neither. */
export function genitiveMonth(g: Grammar, monthGen: string | null, monthWordGen: string | null): string | null {
  if (!monthGen && !monthWordGen) return null;
  const full = alt([...g.months].filter(([, m]) => !m.abbr).map(([f]) => f));
  const branches = [monthGen ? `(?<ms>${monthGen})` : null, monthWordGen ? `${WS}(?<mw>${monthWordGen})` : null].filter(Boolean);
  return `(?<m>${full})(?:${branches.join('|')})${E}`;
}

/** Weekday with optional ending and day word; a weekday heading a date ("Monday, 24 May") is left to the date. */
export function weekdayRe(g: Grammar): string | null {
  const wd = words(g, 'weekday');
  if (!wd) return null;
  const suf = words(g, 'weekday_suffix');
  return `${B}(?<wd>${wd})${suf ? `(?<wsx>${suf})?` : ''}${E}${dayWordTail(g)}(?!,?${WS}?\\d)`;
}
