import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CoreLang } from '../pipeline/types.ts';
import { parseAnchor } from './calendar.ts';
import { loadGrammar } from './grammar.ts';
import { ANCHORED_SHAPES, resolveMatch, type Groups } from './resolve.ts';
import type { RuleShape } from './rule.ts';

/** First form of a map whose entry passes `keep`. */
function first<V>(m: ReadonlyMap<string, V>, keep: (v: V) => boolean = () => true): string {
  for (const [k, v] of m) if (keep(v)) return k;
  throw new Error('no form');
}

/** Groups a match of each anchored shape could have, with every optional marker set. */
function groupsFor(lang: CoreLang, shape: RuleShape): Groups {
  const g = loadGrammar(lang);
  const monthWord = g.words.month_word.size ? first(g.words.month_word) : undefined;
  const month = first(g.months, (m) => !m.abbr);
  const prep = g.words.month_prep.size ? first(g.words.month_prep) : undefined;
  switch (shape) {
    case 'month': return { m: month, mw: monthWord, p: prep };
    case 'rel-day': return { r: first(g.words.rel_day) };
    case 'rel-year': return { r: first(g.words.rel_year) };
    case 'rel-year-month': return { r: first(g.words.rel_year), m: month, mw: monthWord };
    case 'rel-month': return { r: first(g.words.rel_month) };
    case 'rel-week': return { r: first(g.words.rel_week) };
    case 'weekday': return { wd: first(g.words.weekday), p: g.words.weekday_prep.size ? first(g.words.weekday_prep) : undefined, dw: g.words.day_word.size ? first(g.words.day_word) : undefined };
    default: throw new Error(`not an anchored shape: ${shape}`);
  }
}

test('anchored shapes resolve against an anchor and never without one (findDates skips them when there is none)', () => {
  assert.deepEqual([...ANCHORED_SHAPES].sort(), ['month', 'rel-day', 'rel-month', 'rel-week', 'rel-year', 'rel-year-month', 'weekday']);
  for (const lang of ['kk', 'az', 'ru', 'en'] as const) {
    const grammar = loadGrammar(lang);
    for (const shape of ANCHORED_SHAPES) {
      const groups = groupsFor(lang, shape);
      // The word the match starts with, capitalised in the text (English months and weekdays must be).
      const word = groups['m'] ?? groups['wd'] ?? '';
      const text = `${word.charAt(0).toUpperCase()}${word.slice(1)} x`;
      const ix = { m: [0, word.length] as [number, number], wd: [0, word.length] as [number, number] };
      const withAnchor = resolveMatch(shape, groups, ix, 0, { grammar, text, anchor: parseAnchor('2023-11-24') });
      assert.ok(withAnchor, `${lang} ${shape} ${JSON.stringify(groups)} resolves with an anchor`);
      assert.equal(withAnchor.relative, true, `${lang} ${shape} is relative`);
      assert.equal(resolveMatch(shape, groups, ix, 0, { grammar, text, anchor: null }), null, `${lang} ${shape} without an anchor`);
    }
  }
});
