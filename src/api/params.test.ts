import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDyad, checkRange, toFilter, checkType } from './params.ts';
import { ApiError } from './errors.ts';

function code(f: () => unknown): string | null {
  try { f(); return null; } catch (e) { assert.ok(e instanceof ApiError, String(e)); return `${e.status} ${e.code}`; }
}

test('dyad parameters: two known alpha-3 codes in any case and separator; anything else is a 400 invalid_dyad', () => {
  assert.deepEqual(parseDyad('KAZ,AZE'), ['KAZ', 'AZE']);
  assert.deepEqual(parseDyad('kaz, aze'), ['KAZ', 'AZE']);
  assert.deepEqual(parseDyad('AZE KAZ'), ['AZE', 'KAZ']);
  for (const bad of ['KAZ', 'KAZ,AZE,RUS', 'KAZ,AZ', 'KAZ,XXX', 'KAZ,KAZ', 'Kazakhstan,Azerbaijan', ',', 'KAZ;AZE']) {
    assert.equal(code(() => parseDyad(bad)), '400 invalid_dyad', bad);
  }
});

test('date ranges: real dates at any precision, from not after to', () => {
  assert.deepEqual(checkRange('2024', '2024-06'), { from: '2024', to: '2024-06' });
  assert.deepEqual(checkRange('2024-06-01', '2024-06'), { from: '2024-06-01', to: '2024-06' });
  assert.deepEqual(checkRange(undefined, undefined), {});
  for (const [from, to] of [['2024-02-30', undefined], [undefined, '2024-13'], ['2025', '2024'], ['2024-07', '2024-06-30'], ['yesterday', undefined]] as const) {
    assert.equal(code(() => checkRange(from, to)), '400 invalid_date', `${from}..${to}`);
  }
});

test('event filters: types upper-cased and checked against PLOVER; the rest passed through', () => {
  assert.deepEqual(toFilter({ dyad: 'kaz,aze', type: 'consult', mode: 'visit', from: '2024', copies: false }), { from: '2024', dyad: ['KAZ', 'AZE'], type: 'CONSULT', mode: 'visit' });
  assert.equal(checkType('Support'), 'SUPPORT');
  assert.equal(code(() => checkType('MEET')), '400 invalid_parameter');
});
