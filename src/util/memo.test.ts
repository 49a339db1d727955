import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedMemo, detach } from './memo.ts';

test('detach: the same characters, for any string and any slice of a longer one', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), fc.nat(), (s, a, b) => {
    assert.equal(detach(s), s);
    const cut = s.slice(Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1));
    assert.equal(detach(cut), cut);
  }));
});

test('boundedMemo: computes each key once until the cache is full, then starts over', () => {
  const calls: string[] = [];
  const f = boundedMemo((k) => { calls.push(k); return k.length; }, 2);
  assert.equal(f('ab'), 2);
  assert.equal(f('ab'), 2);
  assert.equal(f('abc'), 3);
  assert.deepEqual(calls, ['ab', 'abc']);
  f('x'); // full: cleared, then 'x' stored
  f('ab');
  assert.deepEqual(calls, ['ab', 'abc', 'x', 'ab']);
});
