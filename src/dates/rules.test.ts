import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadGrammar } from './grammar.ts';
import { buildRules, monthStarts } from './rules.ts';
import { lower } from '../text/case.ts';

const LANGS = ['kk', 'az', 'ru', 'en'] as const;

test('month-led rules exist in every language and have a month anchor', () => {
  for (const l of LANGS) {
    const g = loadGrammar(l);
    assert.ok(monthStarts(g), l);
    assert.ok(buildRules(g).some((r) => r.sticky), `${l}: no month-led rule`);
  }
});

// findDates tries a month-led rule only where a month form starts: sound only if every match of the rule's
// regex, scanning the whole text, starts at such a place (and the sticky copy finds the same match there).
test('property: every match of a month-led rule starts where a month form starts, as its sticky copy finds it', () => {
  for (const l of LANGS) {
    const g = loadGrammar(l);
    const rules = buildRules(g).filter((r) => r.sticky);
    const anchor = monthStarts(g)!;
    const months = [...g.months.keys()];
    const pieces = [...months, ...months.map((m) => `${m}${l === 'en' ? '' : 'ы'}`), ' ', ', ', '\n', '-', '.', '2023', '24', '5-',
      'года', 'жылы', 'ildə', 'in', 'в', 'of', 'last year', 'прошлого года', 'өткен жылдың', 'keçən ilin', 'ayının', 'a', 'б'];
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
