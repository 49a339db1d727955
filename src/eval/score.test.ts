import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { score, scoreDoc } from './score.ts';
import { loadGold } from './load.ts';
import type { EvalDoc, GoldEntity, GoldEvent, Prediction } from './gold.ts';
import { SHARED, needsShared } from '../../test/helpers.ts';

/** An event: `KAZ:Tokayev` style actors (country:name; `-` for no country, null for no actor). */
function ev(type: string, src: string | null, tgt: string | null, o: Partial<GoldEvent> = {}): GoldEvent {
  const actor = (s: string | null): GoldEvent['source'] => {
    if (s === null) return null;
    const [c = '', name = c] = s.split(':');
    return { name, kind: 'person', country: c === '-' ? null : c };
  };
  return { type, mode: null, status: 'occurred', source: actor(src), target: actor(tgt), date: null, location: null, evidence: `${type} sentence.`, ...o };
}
const ent = (canonical: string, type: string, text = canonical): GoldEntity => ({ text, canonical, type, country: null });
const doc = (id: string, events: GoldEvent[], entities: GoldEntity[] = [], lang = 'kk'): EvalDoc =>
  ({ id, lang, text: 'Text.', published: null, events, entities });
const pred = (id: string, events: GoldEvent[], entities: GoldEntity[] = [], lang = 'kk'): Prediction => ({ id, lang, events, entities });

test('type+dyad ignores direction, mode and status; the other keys each add one', () => {
  const g = doc('a', [ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev', { mode: 'visit', date: '2023-11-24' })]);
  const cases: [string, GoldEvent, [number, number, number, number]][] = [
    ['identical', ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev', { mode: 'visit' }), [1, 1, 1, 1]],
    ['reversed direction', ev('CONSULT', 'AZE:Aliyev', 'KAZ:Tokayev', { mode: 'visit' }), [1, 1, 0, 1]],
    ['other actor names, same countries', ev('CONSULT', 'KAZ:Kazakhstan', 'AZE:Azerbaijan', { mode: 'visit' }), [1, 1, 1, 1]],
    ['mode missing', ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev'), [1, 0, 1, 1]],
    ['planned', ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev', { mode: 'visit', status: 'planned' }), [1, 1, 1, 0]],
    ['other type', ev('SUPPORT', 'KAZ:Tokayev', 'AZE:Aliyev', { mode: 'visit' }), [0, 0, 0, 0]],
    ['other dyad', ev('CONSULT', 'KAZ:Tokayev', 'UZB:Mirziyoyev', { mode: 'visit' }), [0, 0, 0, 0]],
    ['target country missing', ev('CONSULT', 'KAZ:Tokayev', '-:Someone', { mode: 'visit' }), [0, 0, 0, 0]],
  ];
  for (const [name, p, want] of cases) {
    const r = score([g], [pred('a', [p])]);
    const got = [r.events.typeDyad.tp, r.events.typeModeDyad.tp, r.events.typeDirection.tp, r.events.typeDyadStatus.tp];
    assert.deepEqual(got, want, name);
  }
});

test('a missing country is left out of the dyad set: KAZ→? matches ?→KAZ but not KAZ→AZE', () => {
  const g = doc('a', [ev('SUPPORT', 'KAZ:Tokayev', '-:UN'), ev('AGREE', 'KAZ:Tokayev', 'AZE:Aliyev')]);
  const r = score([g], [pred('a', [ev('SUPPORT', '-:UN', 'KAZ:Tokayev'), ev('AGREE', 'KAZ:Tokayev', null)])]);
  assert.equal(r.events.typeDyad.tp, 1);
  assert.equal(r.events.typeDirection.tp, 0);
  assert.deepEqual(r.details[0]?.missedEvents.map((e) => e.type), ['AGREE']);
  assert.deepEqual(r.details[0]?.spuriousEvents.map((e) => e.type), ['AGREE']);
});

test('matching is one-to-one: two predictions of one gold event give one hit and one false positive', () => {
  const g = doc('a', [ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev')]);
  const r = score([g], [pred('a', [ev('CONSULT', 'KAZ:Tokayev', 'AZE:Aliyev'), ev('CONSULT', 'AZE:Aliyev', 'KAZ:Tokayev')])]);
  assert.deepEqual([r.events.typeDyad.tp, r.events.typeDyad.predicted, r.events.typeDyad.gold], [1, 2, 1]);
  assert.equal(r.events.typeDyad.precision, 0.5);
  assert.equal(r.events.typeDyad.recall, 1);
  assert.ok(Math.abs(r.events.typeDyad.f1 - 2 / 3) < 1e-12);
  // and two gold events of one key need two predictions
  const g2 = doc('b', [ev('SUPPORT', 'KAZ:A', 'AZE:B'), ev('SUPPORT', 'KAZ:A', 'AZE:B', { evidence: 'Second thanks.' })]);
  const r2 = score([g2], [pred('b', [ev('SUPPORT', 'AZE:B', 'KAZ:A')])]);
  assert.deepEqual([r2.events.typeDyad.tp, r2.events.typeDyad.recall], [1, 0.5]);
});

test('each key is matched on its own: type+direction pairs differently from type+dyad when needed', () => {
  // Gold: KAZ→AZE and AZE→KAZ; prediction gives both directions in the other order: all pair up on every key.
  const g = doc('a', [ev('SUPPORT', 'KAZ:A', 'AZE:B'), ev('SUPPORT', 'AZE:B', 'KAZ:A')]);
  const r = score([g], [pred('a', [ev('SUPPORT', 'AZE:B', 'KAZ:A'), ev('SUPPORT', 'KAZ:A', 'AZE:B')])]);
  assert.equal(r.events.typeDyad.tp, 2);
  assert.equal(r.events.typeDirection.tp, 2);
  // and the headline pairing prefers the same direction, so the diff shows no direction mismatch
  assert.deepEqual(r.details[0]?.mismatchedEvents, []);
});

test('date agreement: gold precision rules, only over type+dyad matches with a gold date', () => {
  const cases: [string | null, string | null, boolean | null][] = [
    ['2023-11-24', '2023-11-24', true],
    ['2023-11-24', '2023-11-23', false],
    ['2023-11-24', '2023-11', false], // coarser prediction does not reach day precision
    ['2023-11', '2023-11-02', true],
    ['2023-11', '2023-11', true],
    ['2023-11', '2023-12-01', false],
    ['2023-11', '2023-01-11', false],
    ['2023-11-24', null, false],
    ['2023-11-24', '2023-11-24T10:00:00Z', true],
    [null, '2023-11-24', null], // no gold date: not counted
  ];
  for (const [gd, pd, want] of cases) {
    const r = score([doc('a', [ev('CONSULT', 'KAZ:A', 'AZE:B', { date: gd })])], [pred('a', [ev('CONSULT', 'KAZ:A', 'AZE:B', { date: pd })])]);
    assert.deepEqual([r.date.agree, r.date.total], want === null ? [0, 0] : [want ? 1 : 0, 1], `${gd} vs ${pd}`);
  }
  // an unmatched event with a gold date is not in the denominator
  const r = score([doc('a', [ev('CONSULT', 'KAZ:A', 'AZE:B', { date: '2023-11-24' })])], [pred('a', [ev('SUPPORT', 'KAZ:A', 'AZE:B', { date: '2023-11-24' })])]);
  assert.deepEqual(r.date, { agree: 0, total: 0, ratio: 0 });
});

test('among equal type+dyad gold events the prediction pairs with the one whose date agrees', () => {
  const g = doc('a', [
    ev('CONSULT', 'KAZ:A', 'AZE:B', { date: '2023-05-01', evidence: 'First meeting.' }),
    ev('CONSULT', 'KAZ:A', 'AZE:B', { date: '2023-11-24', evidence: 'Second meeting.' }),
  ]);
  const r = score([g], [pred('a', [ev('CONSULT', 'KAZ:A', 'AZE:B', { date: '2023-11-24', evidence: 'Other words.' })])]);
  assert.deepEqual([r.date.agree, r.date.total], [1, 1]);
  assert.deepEqual(r.details[0]?.missedEvents.map((e) => e.date), ['2023-05-01']);
});

test('entities: distinct (canonical, type) per document, folded and subset names, one-to-one, type must agree', () => {
  const g = doc('a', [], [
    ent('Kassym-Jomart Tokayev', 'PER', 'Тоқаев'), ent('Kassym-Jomart Tokayev', 'PER', 'Тоқаевқа'), // one distinct pair
    ent('Baku', 'LOC', 'Бакуге'), ent('TÜRKSOY', 'ORG', 'ТЮРКСОЙ'), ent('Ilham Aliyev', 'PER'), ent('Mehriban Aliyeva', 'PER'),
    ent('Azerbaijan', 'LOC'),
  ]);
  const p = pred('a', [], [
    ent('Kassym Jomart Tokayev', 'PER'), // hyphen vs space
    ent('Turksoy', 'ORG'), // diacritics and case
    ent('Aliyev', 'PER'), // word subset of Ilham Aliyev
    ent('Baku', 'ORG'), // wrong type
    ent('Azerbaijan', 'LOC'), ent('azerbaijan', 'LOC'), // duplicate after folding: counted once
    ent('Astana', 'LOC'),
  ]);
  const d = scoreDoc(g, p);
  assert.deepEqual(d.entities, { tp: 4, predicted: 6, gold: 6 });
  assert.deepEqual(d.missedEntities.map((e) => e.canonical).sort(), ['Baku', 'Mehriban Aliyeva']);
  assert.deepEqual(d.spuriousEntities.map((e) => `${e.canonical}/${e.type}`).sort(), ['Astana/LOC', 'Baku/ORG']);
  assert.deepEqual(d.missedEntities.find((e) => e.canonical === 'Baku')?.texts, ['Бакуге']);
});

test('entity matching takes exact names before subsets, so a short name cannot steal an exact pair', () => {
  const g = doc('a', [], [ent('Aliyev', 'PER'), ent('Ilham Aliyev', 'PER')]);
  // "Ilham Aliyev" is a superset of gold "Aliyev" and is listed first; a one-pass greedy would pair it with "Aliyev".
  const d = scoreDoc(g, pred('a', [], [ent('Ilham Aliyev', 'PER'), ent('Heydar Aliyev', 'PER')]));
  assert.equal(d.entities.tp, 2);
  const d2 = scoreDoc(doc('b', [], [ent('Ilham Aliyev', 'PER')]), pred('b', [], [ent('Aliyev', 'PER'), ent('Ilham', 'PER')]));
  assert.deepEqual([d2.entities.tp, d2.entities.predicted], [1, 2]);
});

test('distractors: events predicted on gold documents without events are counted', () => {
  const gold = [doc('d1', [], [ent('Baku', 'LOC')]), doc('d2', []), doc('e1', [ev('CONSULT', 'KAZ:A', 'AZE:B')])];
  const r = score(gold, [
    pred('d1', [ev('CONSULT', 'KAZ:A', 'AZE:B'), ev('SUPPORT', 'KAZ:A', 'AZE:B')]),
    pred('d2', []),
    pred('e1', [ev('CONSULT', 'KAZ:A', 'AZE:B')]),
  ]);
  assert.deepEqual(r.distractors, { docs: 2, docsWithEvents: 1, events: 2 });
  assert.deepEqual([r.events.typeDyad.tp, r.events.typeDyad.predicted, r.events.typeDyad.gold], [1, 3, 1]);
});

test('empty prediction set: every metric is 0, never NaN, and every gold id is listed as missing', () => {
  const gold = [doc('a', [ev('CONSULT', 'KAZ:A', 'AZE:B', { date: '2023-11' })], [ent('Baku', 'LOC')]), doc('b', [])];
  const r = score(gold, []);
  assert.ok(!JSON.stringify(r).includes('NaN'));
  for (const m of [...Object.values(r.events), r.entities]) assert.deepEqual([m.precision, m.recall, m.f1], [0, 0, 0]);
  assert.deepEqual(r.date, { agree: 0, total: 0, ratio: 0 });
  assert.deepEqual(r.lang, { correct: 0, total: 2, accuracy: 0 });
  assert.deepEqual(r.missingPredictions, ['a', 'b']);
  // nothing at all to count, on either side
  const z = score([], []);
  assert.deepEqual([z.events.typeDyad.f1, z.entities.f1, z.lang.accuracy, z.date.ratio], [0, 0, 0, 0]);
});

test('language accuracy, unknown prediction ids, duplicate prediction ids', () => {
  const gold = [doc('a', [], [], 'kk'), doc('b', [], [], 'az'), doc('c', [], [], 'ru')];
  const r = score(gold, [pred('a', [], [], 'kk'), pred('b', [], [], 'tr'), pred('zz', [ev('CONSULT', 'KAZ:A', 'AZE:B')])]);
  assert.deepEqual(r.lang, { correct: 1, total: 3, accuracy: 1 / 3 });
  assert.deepEqual(r.unknownPredictions, ['zz']);
  assert.equal(r.events.typeDyad.predicted, 0); // predictions without gold are not scored
  assert.throws(() => score(gold, [pred('a', []), pred('a', [])]), /two predictions have the id "a"/);
});

test('the real gold set scored against itself is perfect on every metric', { skip: needsShared }, () => {
  const dir = join(SHARED, 'eval', 'gold');
  if (!existsSync(dir)) return;
  const gold = loadGold(dir);
  assert.ok(gold.length >= 20);
  const r = score(gold, gold.map((d) => ({ id: d.id, lang: d.lang, events: d.events, entities: d.entities })));
  for (const m of [...Object.values(r.events), r.entities]) {
    assert.ok(m.gold > 0);
    assert.deepEqual([m.precision, m.recall, m.f1], [1, 1, 1]);
  }
  assert.ok(r.date.total > 0);
  assert.equal(r.date.ratio, 1);
  assert.equal(r.lang.accuracy, 1);
  assert.ok(r.distractors.docs > 0);
  assert.equal(r.distractors.events, 0);
  for (const d of r.details) {
    assert.deepEqual([d.missedEvents, d.spuriousEvents, d.mismatchedEvents, d.missedEntities, d.spuriousEntities], [[], [], [], [], []], d.id);
  }
  // and with no predictions the recall is zero on a set that has events
  assert.equal(score(gold, []).events.typeDyad.recall, 0);
});
