import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOCS_PER_WORKER, parseWorkers, threadsFor } from './workers.ts';

test('parseWorkers: a whole number from 1 to 64, or the problem with the value given', () => {
  assert.deepEqual(parseWorkers(undefined), { workers: undefined });
  assert.deepEqual(parseWorkers('3'), { workers: 3 });
  assert.deepEqual(parseWorkers(' 2 '), { workers: 2 });
  for (const bad of ['0', '65', '1.5', 'two', '', '-1']) {
    const r = parseWorkers(bad);
    assert.ok('problem' in r && r.problem === `--workers takes a whole number from 1 to 64, not "${bad}"`, bad);
  }
});

test('threadsFor: what was asked; else one per core and at most one per DOCS_PER_WORKER documents; one when the count is unknown', () => {
  assert.equal(threadsFor(5, 10, 2), 5);
  assert.equal(threadsFor(undefined, null, 8), 1);
  assert.equal(threadsFor(undefined, 0, 8), 1);
  assert.equal(threadsFor(undefined, DOCS_PER_WORKER, 8), 1);
  assert.equal(threadsFor(undefined, DOCS_PER_WORKER + 1, 8), 2);
  assert.equal(threadsFor(undefined, 100 * DOCS_PER_WORKER, 8), 8);
  assert.equal(threadsFor(undefined, 100 * DOCS_PER_WORKER, 2), 2);
});
