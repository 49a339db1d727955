import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isValidDate, usualCameo } from './curation-check.ts';

test('isValidDate: year, month and day precision; real calendar days only', () => {
  const rows: [string, boolean][] = [
    ['2024', true], ['2024-05', true], ['2024-05-17', true], ['2024-02-29', true], ['2023-02-29', false], ['2000-02-29', true], ['1900-02-29', false],
    ['2024-04-31', false], ['2024-13', false], ['2024-00', false], ['2024-01-00', false], ['0999', false], ['24-05-01', false], ['2024-5-1', false],
    ['2024-05-17T00:00', false], [' 2024', false], ['', false], ['2024/05/17', false],
  ];
  for (const [s, want] of rows) assert.equal(isValidDate(s), want, s);
});

test('isValidDate agrees with the calendar for every day, and never throws on any string', () => {
  fc.assert(fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
    const iso = d.toISOString().slice(0, 10);
    return isValidDate(iso) && isValidDate(iso.slice(0, 7)) && isValidDate(iso.slice(0, 4));
  }));
  fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
    const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
    return isValidDate(s) === real;
  }));
  fc.assert(fc.property(fc.string(), (s) => typeof isValidDate(s) === 'boolean'));
});

test('usualCameo: the trigger lexicons\' most frequent CAMEO code for a type and mode', () => {
  assert.equal(usualCameo('CONSULT', 'visit'), '042');
  assert.equal(usualCameo('CONSULT', 'phone'), '041');
  assert.equal(usualCameo('CONSULT', null), '040');
  assert.match(usualCameo('SUPPORT', null) ?? '', /^05\d$/);
  assert.match(usualCameo('AGREE', null) ?? '', /^03\d$/);
  assert.equal(usualCameo('NOT-A-TYPE', null), undefined);
});
