import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatReport, reportJson } from './format.ts';
import { score } from './score.ts';
import type { EvalDoc, GoldEvent } from './gold.ts';

const ev = (type: string, s: string, t: string, o: Partial<GoldEvent> = {}): GoldEvent => ({
  type, mode: null, status: 'occurred', date: null, location: null, evidence: `${type} evidence sentence.`,
  source: { name: `${s} leader`, kind: 'person', country: s }, target: { name: `${t} leader`, kind: 'person', country: t }, ...o,
});
const gold: EvalDoc[] = [
  { id: 'kk-1', lang: 'kk', text: 't', published: null, events: [
    ev('CONSULT', 'KAZ', 'AZE', { mode: 'visit', date: '2023-11-24' }),
    ev('SUPPORT', 'KAZ', 'AZE', { evidence: 'Президент Бакуге   ресми сапармен\nбарды, онда келіссөздер жүргізді және бірнеше құжатқа қол қойды, содан соң баспасөзге мәлімдеме жасады.' }),
  ], entities: [{ text: 'Бакуге', canonical: 'Baku', type: 'LOC', country: 'AZE' }] },
  { id: 'az-2', lang: 'az', text: 't', published: null, events: [], entities: [] },
  { id: 'ru-3', lang: 'ru', text: 't', published: null, events: [], entities: [] },
];
const report = score(gold, [
  { id: 'kk-1', lang: 'kk', events: [ev('CONSULT', 'AZE', 'KAZ', { date: '2023-11-20' })], entities: [{ text: 'Астана', canonical: 'Astana', type: 'LOC', country: 'KAZ' }] },
  { id: 'az-2', lang: 'tr', events: [ev('AGREE', 'AZE', 'TUR')], entities: [] },
]);

test('the table lists the headline first, then the other keys, entities, date, language and distractors', () => {
  const s = formatReport(report, { diff: false });
  const order = ['type+dyad ', 'type+mode+dyad', 'type+direction', 'type+dyad+status', 'entities', 'date agreement', 'language', 'distractors'];
  const at = order.map((l) => s.indexOf(l));
  assert.ok(at.every((i, k) => i > 0 && (k === 0 || i > (at[k - 1] ?? 0))), s);
  assert.match(s, /type\+dyad\s+0\.500\s+0\.500\s+0\.500\s+1\s+2\s+2 {2}← headline/);
  assert.match(s, /type\+direction\s+0\.000\s+0\.000\s+0\.000\s+0\s+2\s+2/);
  assert.match(s, /date agreement\s+0\.000 {2}\(0\/1 /);
  assert.match(s, /language\s+0\.333 {2}\(1\/3 documents\)/);
  assert.match(s, /distractors\s+1 {2}events predicted on 2 documents/);
  assert.match(s, /no prediction for: ru-3/);
  assert.ok(!s.includes('Differences'));
  assert.ok(!s.includes('NaN'));
});

test('the diff lists missed and spurious events with evidence, mismatches, and entity errors per document', () => {
  const s = formatReport(report, { diff: true });
  const kk = s.slice(s.indexOf('── kk-1'), s.indexOf('── az-2'));
  assert.match(kk, /missed gold events:\n {4}- SUPPORT occurred {2}KAZ leader \(KAZ\) → AZE leader \(AZE\) {2}@ —\n {8}"Президент Бакуге ресми сапармен барды, онда .{40,}…"\n/);
  assert.match(kk, /~ gold CONSULT\/visit occurred {2}KAZ leader \(KAZ\) → AZE leader \(AZE\) {2}@ 2023-11-24/);
  assert.match(kk, /\(mode visit ≠ —; direction; date 2023-11-24 ≠ 2023-11-20\)/);
  assert.match(kk, /missed entities: Baku \[LOC\] ← Бакуге/);
  assert.match(kk, /spurious entities: Astana \[LOC\] ← Астана/);
  const az = s.slice(s.indexOf('── az-2'), s.indexOf('── ru-3'));
  assert.match(az, /predicted lang tr; events 0\/0 found, 1 predicted; distractor/);
  assert.match(az, /spurious predicted events:\n {4}\+ AGREE occurred {2}AZE leader \(AZE\) → TUR leader \(TUR\)/);
  assert.match(s, /── ru-3 \(ru; NO PREDICTION/);
});

test('a perfect document is left out of the diff', () => {
  const g: EvalDoc[] = [{ id: 'en-1', lang: 'en', text: 't', published: null, events: [ev('CONSULT', 'KAZ', 'UZB')], entities: [] }];
  const s = formatReport(score(g, [{ id: 'en-1', lang: 'en', events: [ev('CONSULT', 'KAZ', 'UZB')], entities: [] }]), { diff: true });
  assert.match(s, /Differences: none\./);
  assert.ok(!s.includes('── en-1'));
});

test('the JSON form round-trips to the same report', () => {
  assert.deepEqual(JSON.parse(reportJson(report)), report);
  assert.equal(JSON.parse(reportJson(score(gold, []))).events.typeDyad.f1, 0);
});
