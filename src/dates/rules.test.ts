import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadGrammar } from './grammar.ts';
import { buildRules, leadStarts } from './rules.ts';
import { lower } from '../text/case.ts';

const LANGS = ['kk', 'az', 'ru', 'en'] as const;

test('word-led rules: months, weekdays and relative words in every language', () => {
  for (const l of LANGS) {
    const rules = buildRules(loadGrammar(l));
    assert.ok(leadStarts(rules), l);
    const led = new Set(rules.filter((r) => r.sticky).map((r) => r.name));
    for (const name of ['month-year', 'month', 'rel-day', 'rel-year', 'weekday']) assert.ok(led.has(name), `${l}: ${name} is not word-led`);
    // Rules led by a number scan the whole text.
    assert.ok(!led.has('day-month') && !led.has('iso'), l);
  }
});

// findDates tries a word-led rule only where a lead word starts: sound only if every match of the rule's regex,
// scanning the whole text, starts at such a place (and the sticky copy finds the same match there).
test('property: every match of a word-led rule starts where a lead word starts, as its sticky copy finds it', () => {
  for (const l of LANGS) {
    const g = loadGrammar(l);
    const all = buildRules(g);
    const rules = all.filter((r) => r.sticky);
    const anchor = leadStarts(all)!;
    const vocab = [...g.months.keys(), ...Object.values(g.words).flatMap((m) => [...m.keys()])];
    const pieces = [...vocab, ...vocab.map((m) => `${m}${l === 'en' ? 's' : 'ы'}`), ' ', ', ', '\n', '-', '.', ':', '2023', '24', '5-',
      'года', 'жылы', 'ildə', 'in', 'в', 'на', 'of', 'last', 'next', 'a', 'б'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => lower(a.join(''), l));
    fc.assert(fc.property(text, (t) => {
      const starts = new Set<number>();
      anchor.lastIndex = 0;
      for (let m = anchor.exec(t); m; m = anchor.exec(t)) { starts.add(m.index); anchor.lastIndex = m.index + 1; }
      for (const r of rules) {
        r.re.lastIndex = 0;
        for (let m = r.re.exec(t); m; m = r.re.exec(t)) {
          assert.ok(starts.has(m.index), `${l} ${r.name}: match «${m[0]}» at ${m.index} is no month start`);
          r.sticky!.lastIndex = m.index;
          assert.equal(r.sticky!.exec(t)?.[0], m[0]);
          r.re.lastIndex = m.index + 1;
        }
      }
    }), { numRuns: 400 });
  }
});
