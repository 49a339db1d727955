/** The date rules of one language, composed from the shared shapes and the language's vocabulary. */
import type { Grammar } from './grammar.ts';
import { compileRule } from './rule.ts';
import type { Rule, RuleShape } from './rule.ts';
import { dayWordTail, daySuffixRe, genitiveMonth, monthRe, weekdayRe, yearWithWordRe, yearWordRe } from './fragments.ts';
import { B, DAY, E, HS, HYPHEN_SUFFIX, NB, NE, WS, YEAR, alt, wordForms, words } from './patterns.ts';

const NUM_YEAR = '(?<y>19\\d{2}|20\\d{2})';

/** Builds the rules of a grammar (rules whose vocabulary the language lacks are left out). */
export function buildRules(g: Grammar): readonly Rule[] {
  const rules: Rule[] = [];
  // Group offsets (flag d) cost time on every match; only capitalisation checks need them.
  const needsIndices = [...g.months.values()].some((m) => m.cap) || [...g.words.weekday.values()].some((w) => w.cap);
  const flags = needsIndices ? 'dgu' : 'gu';
  const add = (name: string, shape: RuleShape, src: string | null, prefix?: string | null): void => {
    if (src) rules.push(compileRule(name, shape, src, flags, prefix));
  };
  /** A rule whose core starts with a word of the list `lead` (see Rule.leadWords). */
  const addLed = (lead: readonly string[], name: string, shape: RuleShape, src: string | null, prefix?: string | null): void => {
    if (src) rules.push(compileRule(name, shape, src, flags, prefix, lead));
  };
  const monthForms = [...g.months.keys()];
  const month = monthRe(g);
  const monthGen = words(g, 'month_suffix', (gram) => gram === 'gen');
  const monthWord = words(g, 'month_word');
  const monthWordGen = words(g, 'month_word', (gram) => gram === 'gen');
  const yearWord = yearWordRe(g);
  const yearWithWord = yearWithWordRe(g);
  const dmLink = words(g, 'dm_link');
  const dayTail = dayWordTail(g);
  const daySuf = daySuffixRe(g);
  const optYearWord = yearWord ? `(?:(?:${WS}|-)${yearWord})?` : '';
  const optYear = `(?:,?${WS}${YEAR}(?:-(?<ys>\\p{L}{1,3}))?${NE}(?!\\p{L})${optYearWord})?`;
  const sep = `(?:${WS}|${HS}[-.]${HS}${dmLink ? `|${WS}${dmLink}${WS}` : ''})`;

  add('iso', 'numeric', `${NB}${NUM_YEAR}(?<s>[-./])(?<mo>[01]\\d)\\k<s>(?<d>[0-3]\\d)(?![\\p{N}]|[-./]\\p{N})`);
  add('dmy', 'numeric', `${NB}(?<d>[0-3]?\\d)(?<s>[./])(?<mo>[01]?\\d)\\k<s>${NUM_YEAR}(?![\\p{N}]|[-./]\\p{N})`);
  add('dmy-hyphen', 'numeric', `${NB}(?<d>[0-3]\\d)-(?<mo>[01]\\d)-${NUM_YEAR}(?![\\p{N}]|[-./]\\p{N})`);
  const label = words(g, 'label');
  if (label) addLed(wordForms(g, 'label'), 'label-ym', 'label-month', `${B}${label}${HS}:?${HS}${NUM_YEAR}[-./](?<mo>[01]\\d)(?![\\p{N}]|[-./]\\p{N})`);

  // 24 Қараша, 2023 · 18 октября 2025 года · 10 сәуір күні · 10-11 сәуірде · 02-ноя · 25th of May 2005
  add('day-month', 'day-month', `${NB}${DAY}${daySuf}${sep}${month}${optYear}${dayTail}`);
  // May 25, 2005 (English order)
  if (g.monthFirst) addLed(monthForms, 'month-day', 'day-month', `${B}${monthRe(g, { suffix: 'none' })}${WS}${NB}${DAY}${daySuf}${optYear}`);
  // Turkic genitive month + day: aprelin 2-də, наурыздың 8-і, may ayının 17-də
  const genMonth = genitiveMonth(g, monthGen, monthWordGen);
  if (genMonth) addLed(monthForms, 'month-gen-day', 'day-month', `${B}${genMonth}${WS}${NB}${DAY}(?:${HYPHEN_SUFFIX})?${E}${dayTail}`);

  if (yearWithWord && g.yearFirst) {
    // 2023 жылғы 10 сәуірде · 2020-ci ilin 17 oktyabr tarixində
    add('year-day-month', 'day-month', `${yearWithWord}${WS}${NB}${DAY}${daySuf}${sep}${month}${dayTail}`);
    // 2025-ci il oktyabrın 18-də · 2023-cü il aprelin 10-da
    if (genMonth) add('year-month-gen-day', 'day-month', `${yearWithWord}${WS}${genMonth}${WS}${NB}${DAY}(?:${HYPHEN_SUFFIX})?${E}${dayTail}`);
    // 2023 жылғы қарашада · 2023-cü ilin aprel ayında
    add('year-month', 'month-year', `${yearWithWord}${WS}${month}${monthWord ? `(?:${WS}(?<mw>${monthWord})${E})?` : ''}`);
  }
  const monthPrep = words(g, 'month_prep');
  const prep = monthPrep ? `(?<p>${monthPrep})(?:${WS}|-)` : null;
  // November 2023 · в ноябре 2023 года · oktyabr 2020
  addLed(monthForms, 'month-year', 'month-year', `${B}${month},?${WS}${YEAR}(?:-(?<ys>\\p{L}{1,3}))?${NE}(?!\\p{L})${optYearWord}`, prep);
  // қарашада · noyabr ayında · в ноябре · in November (validated: needs a preposition, ending or month word)
  addLed(monthForms, 'month', 'month', `${B}${monthRe(g, { abbr: false })}${monthWord ? `(?:${WS}(?<mw>${monthWord})${E})?` : ''}`, prep);

  // 2023 жылы · 2023-cü ildə · в 2023 году · 2020-2023 жылдары · in 2023: the word "year" is required
  // where the language has one (its preposition is an optional prefix), otherwise the preposition is.
  const yearPrep = words(g, 'year_prep');
  const range = `(?<yr>${HS}[-–—]${HS}(?:1\\d{3}|20\\d{2}|\\d{2})(?!\\d))?`;
  // Without a word "year" only 1900-2099 passes ("in 1500 villages" is a count).
  const yearCore = `${NB}${yearWord ? YEAR : NUM_YEAR}${range}(?:-(?<ys>\\p{L}{1,3}))?${NE}(?!\\p{L})`;
  if (yearWord) add('year', 'year', `${yearCore}(?:${WS}|-)${yearWord}`, yearPrep ? `(?<p>${yearPrep})(?:${WS}|-)` : null);
  else if (yearPrep) addLed(wordForms(g, 'year_prep'), 'year', 'year', `${B}(?<p>${yearPrep})(?:${WS}|-)${yearCore}`);

  const relDay = words(g, 'rel_day');
  // "Today.Az" is a site name, not a date: no dot or hyphen + letter after the word.
  if (relDay) addLed(wordForms(g, 'rel_day'), 'rel-day', 'rel-day', `${B}(?<r>${relDay})${E}(?![.\\-]\\p{L})`);
  const relMonth = words(g, 'rel_month');
  if (relMonth) addLed(wordForms(g, 'rel_month'), 'rel-month', 'rel-month', `${B}(?<r>${relMonth})${E}`);
  const relWeek = words(g, 'rel_week');
  if (relWeek) addLed(wordForms(g, 'rel_week'), 'rel-week', 'rel-week', `${B}(?<r>${relWeek})${E}`);
  const relYear = words(g, 'rel_year');
  if (relYear) {
    // keçən ilin martında · өткен жылдың наурызында (the year first) · в марте прошлого года · in March last year (the month first)
    const mw = monthWord ? `(?:${WS}(?<mw>${monthWord})${E})?` : '';
    const midPrep = monthPrep ? `(?:(?:${monthPrep})${WS})?` : '';
    addLed(wordForms(g, 'rel_year'), 'rel-year-month', 'rel-year-month', `${B}(?<r>${relYear})${WS}${midPrep}${monthRe(g, { abbr: false })}${mw}`);
    addLed(monthForms, 'month-rel-year', 'rel-year-month', `${B}${monthRe(g, { abbr: false })}${WS}(?<r>${relYear})${E}`, prep);
    addLed(wordForms(g, 'rel_year'), 'rel-year', 'rel-year', `${B}(?<r>${relYear})${E}`);
  }
  const wdPrep = words(g, 'weekday_prep');
  const wdMod = words(g, 'weekday_mod');
  const wdPrefix = wdPrep || wdMod ? `${wdPrep ? `(?:(?<p>${wdPrep})${WS})?` : ''}${wdMod ? `(?:(?<mod>${wdMod})${WS})?` : ''}` : null;
  addLed(wordForms(g, 'weekday'), 'weekday', 'weekday', weekdayRe(g), wdPrefix);
  return rules;
}

/**
 * Where the lead words of `rules` start (see Rule.leadWords): one character trie of the first word of every lead
 * form (a rule's match starts with a whole form, so with its first word), or null when no rule has any.
 */
export function leadStarts(rules: readonly Rule[]): RegExp | null {
  const first = new Set<string>();
  for (const r of rules) for (const f of r.leadWords ?? []) first.add(f.trim().split(/\s+/)[0] ?? '');
  const re = alt(first);
  return re ? new RegExp(re, 'gu') : null;
}
