import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isBackground, pastDate, plannedDate } from './when.ts';

test('plannedDate: a bare weekday read as the last one is the next one for an act to come', () => {
  assert.equal(plannedDate('2026-11-12', true, '2026-11-18', true), '2026-11-19');
  assert.equal(plannedDate('2026-11-18', true, '2026-11-18', true), '2026-11-18');
  assert.equal(plannedDate('2026-11-12', true, '2026-11-18'), '2026-11-12');
  assert.equal(plannedDate('2026-12-28', true, '2027-01-02', true), '2027-01-04');
});

test('plannedDate: a yearless month two or more months before publication is the coming one', () => {
  assert.equal(plannedDate('2024-10', true, '2025-02-18'), '2025-10');
  assert.equal(plannedDate('2024-12-05', true, '2025-02-18'), '2025-12-05');
  // The month before publication, the same month, a later one and explicit years stay as read.
  assert.equal(plannedDate('2025-01', true, '2025-02-18'), '2025-01');
  assert.equal(plannedDate('2025-03-10', true, '2025-02-18'), '2025-03-10');
  assert.equal(plannedDate('2024-10', false, '2025-02-18'), '2024-10');
  assert.equal(plannedDate('2024', true, '2025-02-18'), '2024');
  assert.equal(plannedDate('2024-10', true, null), '2024-10');
});

test('pastDate: a yearless date after publication, of an act told in the past, is the last one', () => {
  assert.equal(pastDate('2025-05', true, '2025-03-12'), '2024-05');
  assert.equal(pastDate('2025-03-20', true, '2025-03-12'), '2024-03-20');
  // Dates up to publication, explicit years and undated articles stay as read.
  assert.equal(pastDate('2025-03', true, '2025-03-12'), '2025-03');
  assert.equal(pastDate('2025-03-12', true, '2025-03-12'), '2025-03-12');
  assert.equal(pastDate('2025-01', true, '2025-03-12'), '2025-01');
  assert.equal(pastDate('2025-05', false, '2025-03-12'), '2025-05');
  assert.equal(pastDate('2025-05', true, null), '2025-05');
});

test('isBackground: an act more than two months before publication, or in an earlier year only, is background', () => {
  assert.equal(isBackground('2024-11-20', null, '2025-10-10'), true);
  assert.equal(isBackground('2025-08', null, '2025-10-10'), false);
  assert.equal(isBackground('2025-07', null, '2025-10-10'), true);
  assert.equal(isBackground('2025-10-09', null, '2025-10-10'), false);
  assert.equal(isBackground(null, '2024', '2025-10-10'), true);
  assert.equal(isBackground(null, '2025', '2025-10-10'), false);
  // Without a publication day nothing is background.
  assert.equal(isBackground('2020-01-01', null, null), false);
  assert.equal(isBackground('2020-01-01', null, '2025-10'), false);
});
