import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CoreLang } from '../pipeline/types.ts';
import { loadGrammar } from './grammar.ts';

const LANGS: CoreLang[] = ['kk', 'az', 'ru', 'en'];
/** Kinds every language needs: the words that make relative dates, weekdays and years. */
const REQUIRED = ['rel_day', 'rel_year', 'weekday'] as const;

for (const lang of LANGS) {
  test(`${lang}: months.tsv names all twelve months in full, date-words.tsv has the required kinds`, () => {
    const g = loadGrammar(lang);
    const months = new Set([...g.months.values()].filter((m) => !m.abbr).map((m) => m.month));
    assert.deepEqual([...months].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    for (const kind of REQUIRED) assert.ok(g.words[kind].size > 0, `${lang} lacks ${kind}`);
    assert.ok(g.words.year_word.size > 0 || g.words.year_prep.size > 0, `${lang} has no way to mark a year`);
    const days = new Set([...g.words.weekday.values()].map((w) => w.value));
    assert.deepEqual([...days].sort(), [1, 2, 3, 4, 5, 6, 7]);
    for (const [form, w] of g.words.rel_day) assert.ok(Number.isInteger(w.value) && Math.abs(w.value) <= 2, `${lang} ${form}`);
    for (const form of g.months.keys()) assert.equal(form, form.toLowerCase());
  });
}

test('Turkic languages write the year first and mark the month genitive; English writes the month first', () => {
  for (const lang of ['kk', 'az'] as const) {
    const g = loadGrammar(lang);
    assert.ok(g.yearFirst && !g.monthFirst);
    assert.ok([...g.words.month_suffix.values()].some((w) => w.gram === 'gen'));
  }
  assert.ok(loadGrammar('en').monthFirst && !loadGrammar('en').yearFirst);
  assert.ok(!loadGrammar('ru').monthFirst && !loadGrammar('ru').yearFirst);
});
