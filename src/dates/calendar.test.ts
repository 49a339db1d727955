import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  dayNumber, isValidDate, isoOfDayNumber, isoWeekday, parseAnchor, shiftDays, weekdayDate, yearForDay, yearForMonth,
} from './calendar.ts';

const FRIDAY = parseAnchor('2023-11-24')!;

test('parseAnchor: day, month and year precision; invalid input is null', () => {
  assert.deepEqual(parseAnchor('2023-11-24'), { year: 2023, month: 11, day: 24 });
  assert.deepEqual(parseAnchor('2023-11'), { year: 2023, month: 11, day: null });
  assert.deepEqual(parseAnchor('2023'), { year: 2023, month: null, day: null });
  assert.deepEqual(parseAnchor('2023-11-24T08:55:00+05:00'), { year: 2023, month: 11, day: 24 });
  for (const bad of [null, '', 'yesterday', '2023-13', '2023-02-30', '20231124', '0099-01-01']) assert.equal(parseAnchor(bad), null, String(bad));
});

test('isValidDate knows month lengths and leap years', () => {
  assert.ok(isValidDate(2024, 2, 29));
  assert.ok(!isValidDate(2023, 2, 29));
  assert.ok(!isValidDate(1900, 2, 29));
  assert.ok(isValidDate(2000, 2, 29));
  assert.ok(!isValidDate(2023, 4, 31));
  assert.ok(!isValidDate(2023, 0, 1));
});

test('yearForDay: the anchor year unless over two months in the future', () => {
  assert.equal(yearForDay(4, 10, FRIDAY), 2023);
  assert.equal(yearForDay(12, 31, FRIDAY), 2023); // 37 days ahead
  assert.equal(yearForDay(1, 20, FRIDAY), 2023); // the past January, never the next one
  assert.equal(yearForDay(12, 15, parseAnchor('2023-09-01')!), 2022);
  assert.equal(yearForDay(2, 29, parseAnchor('2024-03-01')!), 2024);
  assert.equal(yearForDay(2, 29, FRIDAY), null);
  assert.equal(yearForDay(12, 15, parseAnchor('2023')!), 2023);
});

test('yearForMonth: the anchor year unless over two months ahead', () => {
  assert.equal(yearForMonth(1, FRIDAY), 2023);
  assert.equal(yearForMonth(12, FRIDAY), 2023);
  assert.equal(yearForMonth(11, parseAnchor('2024-01-10')!), 2023);
  assert.equal(yearForMonth(3, parseAnchor('2024-01-10')!), 2024);
  assert.equal(yearForMonth(4, parseAnchor('2024-01-10')!), 2023);
});

test('shiftDays crosses month and year ends; needs a day anchor', () => {
  assert.equal(shiftDays(parseAnchor('2023-12-31')!, 1), '2024-01-01');
  assert.equal(shiftDays(parseAnchor('2024-03-01')!, -1), '2024-02-29');
  assert.equal(shiftDays(parseAnchor('2023-11')!, -1), null);
});

test('weekdayDate: most recent on/before, last = strictly before, next = strictly after', () => {
  assert.equal(weekdayDate(FRIDAY, 5, 0), '2023-11-24');
  assert.equal(weekdayDate(FRIDAY, 5, -1), '2023-11-17');
  assert.equal(weekdayDate(FRIDAY, 5, 1), '2023-12-01');
  assert.equal(weekdayDate(FRIDAY, 1, 0), '2023-11-20');
  assert.equal(weekdayDate(FRIDAY, 6, 0), '2023-11-18');
  assert.equal(weekdayDate(FRIDAY, 1, 1), '2023-11-27');
  assert.equal(weekdayDate(parseAnchor('2024-01-02')!, 7, 0), '2023-12-31');
});

test('property: day numbers round-trip through ISO and weekdays cycle', () => {
  fc.assert(fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
    const iso = isoOfDayNumber(n);
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    assert.equal(dayNumber(y, m, d), n);
    assert.equal(isoWeekday(n + 7), isoWeekday(n));
    assert.ok(isoWeekday(n) >= 1 && isoWeekday(n) <= 7);
  }));
});
