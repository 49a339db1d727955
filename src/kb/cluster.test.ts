import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatible, dateRange, dyadKey, effectiveDate, type ClusterEvent, type ClusterHead } from './cluster.ts';
import { minhash, similarity } from './minhash.ts';

const base: ClusterEvent = { type: 'CONSULT', mode: 'visit', cameo: '042', status: 'occurred', source_id: 'person:tokayev', source_country: 'KAZ', target_id: 'country:AZE', target_country: 'AZE', date: '2022-08-24', location_name: 'Baku', location_country: 'AZE' };
const head: ClusterHead = { type: 'CONSULT', mode: 'visit', cameo: '042', dyad: 'KAZ>AZE', date_lo: '2022-08-24', date_hi: '2022-08-24', location_name: 'Azerbaijan', location_country: 'AZE' };

test('dyad keys: visits, calls, thanks and invitations keep their direction; meetings and signings do not', () => {
  assert.equal(dyadKey(base), 'KAZ>AZE');
  assert.equal(dyadKey({ ...base, mode: null, cameo: '040' }), 'AZE|KAZ');
  assert.equal(dyadKey({ ...base, mode: null, cameo: '040', source_country: 'AZE', target_country: 'KAZ' }), 'AZE|KAZ');
  assert.equal(dyadKey({ ...base, type: 'SUPPORT', mode: null, cameo: '051' }), 'KAZ>AZE');
  assert.equal(dyadKey({ ...base, type: 'SUPPORT', mode: null, cameo: '057', source_country: 'AZE', target_country: 'KAZ' }), 'AZE|KAZ');
  assert.equal(dyadKey({ ...base, type: 'AGREE', mode: null, cameo: '036' }), 'KAZ>AZE');
  assert.equal(dyadKey({ ...base, target_id: 'org:ots', target_country: null, mode: 'multilateral', cameo: '040' }), 'KAZ|org:ots');
  assert.equal(dyadKey({ ...base, target_id: null, target_country: null }), null);
});

test('date ranges and the ±3-day window; month precision matches its month', () => {
  assert.deepEqual(dateRange('2024-02'), { lo: '2024-02-01', hi: '2024-02-29' });
  assert.deepEqual(dateRange('2023'), { lo: '2023-01-01', hi: '2023-12-31' });
  assert.equal(dateRange('24.08.2022'), null);
  assert.equal(effectiveDate({ date: null, status: 'occurred' }, '2022-08-25'), '2022-08-25');
  assert.equal(effectiveDate({ date: null, status: 'planned' }, '2022-08-25'), null);
  const cases: [string, boolean][] = [['2022-08-24', true], ['2022-08-27', true], ['2022-08-21', true], ['2022-08-28', false], ['2022-08', true], ['2022-09', false], ['2022-07', false]];
  for (const [d, ok] of cases) assert.equal(compatible({ ...base, date: d }, dateRange(d), head).ok, ok, d);
});

test('incompatible: other type, mode or code, other direction of a visit, places in different countries, no date', () => {
  const r = dateRange('2022-08-24');
  assert.equal(compatible({ ...base, mode: 'phone', cameo: '041' }, r, head).ok, false);
  assert.equal(compatible({ ...base, cameo: '043' }, r, head).ok, false);
  assert.equal(compatible({ ...base, source_country: 'AZE', target_country: 'KAZ', source_id: 'p:aliyev', target_id: 'c:KAZ' }, r, head).ok, false);
  assert.match(compatible({ ...base, location_name: 'Astana', location_country: 'KAZ' }, r, head).reasons[0]!, /different countries/);
  assert.equal(compatible(base, null, head).ok, false);
  assert.equal(compatible({ ...base, location_name: null, location_country: null }, r, head).ok, true);
});

test('dateRange never throws and gives lo ≤ hi', () => {
  fc.assert(fc.property(fc.string(), (s) => { const r = dateRange(s); return r === null || r.lo <= r.hi; }));
  fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }), (d) => {
    const iso = d.toISOString().slice(0, 7);
    const r = dateRange(iso)!;
    return r.lo.startsWith(iso) && r.hi.startsWith(iso);
  }));
});

test('minhash: identical word lists are 1, a few edits stay high, unrelated text is low', () => {
  const a = 'the presidents discussed trade transport energy and the middle corridor across the caspian sea and agreed to meet again next year in astana'.split(' ');
  const b = [...a]; b[5] = 'logistics'; b.push('source', 'agency');
  const c = 'heavy rain is expected in the capital on friday with temperatures falling to five degrees at night and strong wind from the north'.split(' ');
  assert.equal(similarity(minhash(a), minhash(a)), 1);
  assert.ok(similarity(minhash(a), minhash(b)) >= 0.5);
  assert.ok(similarity(minhash(a), minhash(c)) < 0.2);
});
