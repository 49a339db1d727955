import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateAgrees, direction, dyad, eventKey } from './keys.ts';
import type { GoldEvent } from './gold.ts';

const ev = (src: string | null, tgt: string | null, o: Partial<GoldEvent> = {}): GoldEvent => ({
  type: 'CONSULT', mode: null, status: 'occurred', date: null, location: null, evidence: 'x',
  source: src === null ? null : { name: 'S', kind: 'person', country: src || null },
  target: tgt === null ? null : { name: 'T', kind: 'person', country: tgt || null },
  ...o,
});

test('dyad is the unordered country set without missing countries; direction keeps the order', () => {
  const cases: [string | null, string | null, string, string][] = [
    ['KAZ', 'AZE', 'AZE|KAZ', 'KAZ>AZE'],
    ['AZE', 'KAZ', 'AZE|KAZ', 'AZE>KAZ'],
    ['KAZ', '', 'KAZ', 'KAZ>-'],
    [null, 'KAZ', 'KAZ', '->KAZ'],
    ['KAZ', 'KAZ', 'KAZ', 'KAZ>KAZ'],
    ['kaz', ' aze ', 'AZE|KAZ', 'KAZ>AZE'],
    [null, null, '', '->-'],
  ];
  for (const [s, t, d, dir] of cases) {
    assert.equal(dyad(ev(s, t)), d, `${s}/${t}`);
    assert.equal(direction(ev(s, t)), dir, `${s}/${t}`);
  }
});

test('eventKey: mode and status compared case-insensitively, null mode equals empty mode', () => {
  assert.equal(eventKey(ev('KAZ', 'AZE', { mode: 'Visit' }), 'typeModeDyad'), eventKey(ev('AZE', 'KAZ', { mode: 'visit' }), 'typeModeDyad'));
  assert.notEqual(eventKey(ev('KAZ', 'AZE', { mode: 'visit' }), 'typeModeDyad'), eventKey(ev('KAZ', 'AZE'), 'typeModeDyad'));
  assert.equal(eventKey(ev('KAZ', 'AZE', { mode: '' }), 'typeModeDyad'), eventKey(ev('KAZ', 'AZE'), 'typeModeDyad'));
  assert.notEqual(eventKey(ev('KAZ', 'AZE', { status: 'planned' }), 'typeDyadStatus'), eventKey(ev('KAZ', 'AZE'), 'typeDyadStatus'));
  assert.equal(eventKey(ev('KAZ', 'AZE', { type: 'consult' }), 'typeDyad'), eventKey(ev('KAZ', 'AZE'), 'typeDyad'));
});

test('dateAgrees follows the gold precision', () => {
  const cases: [string, string | null, boolean][] = [
    ['2023-11-24', '2023-11-24', true], ['2023-11-24', '2023-11-25', false], ['2023-11-24', '2023-11', false],
    ['2023-11', '2023-11-30', true], ['2023-11', '2023-11', true], ['2023-11', '2023-1', false], ['2023-11', '2023-111', false],
    ['2023', '2023-06-01', true], ['2023', '2024', false], ['2023-11-24', null, false], ['2023-11-24', 'yesterday', false],
  ];
  for (const [g, p, want] of cases) assert.equal(dateAgrees(g, p), want, `${g} vs ${p}`);
});
