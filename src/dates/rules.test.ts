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
    const led = new Set(rules.filter((r) => r.leadWords).map((r) => r.name));
    for (const name of ['month-year', 'month', 'rel-day', 'rel-year', 'weekday']) assert.ok(led.has(name), `${l}: ${name} is not word-led`);
    assert.ok(!led.has('day-month') && !led.has('iso'), l);
    // Every rule is tried only where its matches can start: a lead word or a number.
    for (const r of rules) assert.ok(r.sticky && (r.leadWords || r.lead === 'number'), `${l} ${r.name}`);
  }
});

// findDates tries a word-led rule only where a lead word starts: sound only if every match of the rule's regex,
// scanning the whole text, starts at such a place (and the sticky copy finds the same match there).
test('property: every match of a word-led rule starts where a lead word starts, as its sticky copy finds it', () => {
  for (const l of LANGS) {
    const g = loadGrammar(l);
    const all = buildRules(g);
    const rules = all.filter((r) => r.leadWords);
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

test('property: every match of a number-led rule starts with an ASCII digit, as its sticky copy finds it', () => {
  for (const l of LANGS) {
    const g = loadGrammar(l);
    const rules = buildRules(g).filter((r) => r.lead === 'number');
    const vocab = [...g.months.keys(), ...Object.values(g.words).flatMap((m) => [...m.keys()])];
    const pieces = [...vocab, ' ', ', ', '\n', '-', '–', '.', '/', ':', '2023', '1999', '24', '5', '05', '11', '2023-11-24', '٣', 'th', 'a'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => lower(a.join(''), l));
    fc.assert(fc.property(text, (t) => {
      for (const r of rules) {
        r.re.lastIndex = 0;
        for (let m = r.re.exec(t); m; m = r.re.exec(t)) {
          assert.match(t.charAt(m.index), /[0-9]/, `${l} ${r.name}: match «${m[0]}» does not start with a digit`);
          r.sticky!.lastIndex = m.index;
          assert.equal(r.sticky!.exec(t)?.[0], m[0]);
          r.re.lastIndex = m.index + 1;
        }
      }
    }), { numRuns: 300 });
  }
});
