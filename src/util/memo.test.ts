import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { boundedMemo, detach, LangMemo, newSlot, WordSlots, type Owned } from './memo.ts';

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

test('LangMemo: values by language and key, emptied when full', () => {
  const m = new LangMemo<number>(3);
  m.set('kk', 'сапар', 1);
  m.set('az', 'sapar', 2);
  m.set('az', 'səfər', 3, true);
  assert.equal(m.get('kk', 'сапар'), 1);
  assert.equal(m.get('az', 'сапар'), undefined, 'languages are kept apart');
  assert.equal(m.get('az', 'səfər'), 3);
  m.set('ru', 'визит', 4); // full: emptied, then stored
  assert.equal(m.get('kk', 'сапар'), undefined);
  assert.equal(m.get('ru', 'визит'), 4);
});

test('LangMemo: values by language and key, whatever order the languages are asked in; emptied at its size', () => {
  const m = new LangMemo<number>(5);
  assert.equal(m.get('kk', 'a'), undefined);
  m.set('kk', 'a', 1);
  assert.equal(m.get('kk', 'a'), 1, 'set after a miss in the same language');
  assert.equal(m.get('az', 'a'), undefined);
  m.set('az', 'a', 2);
  m.set('', 'a', 3);
  assert.deepEqual([m.get('az', 'a'), m.get('kk', 'a'), m.get('', 'a'), m.get('az', 'a')], [2, 1, 3, 2]);
  m.set('kk', 'b', 4);
  m.set('kk', 'c', 5);
  assert.equal(m.get('kk', 'c'), 5);
  m.set('ru', 'x', 6); // the sixth value empties the memo first
  assert.deepEqual([m.get('kk', 'a'), m.get('kk', 'c'), m.get('ru', 'x')], [undefined, undefined, 6]);
});

test('WordSlots.getFor: a value kept for one owner is not read for another', () => {
  const slot = newSlot<Owned<string, number[]>>();
  const bag = new WordSlots();
  assert.equal(bag.getFor(slot, 'kk'), undefined);
  const kept = [1, 2];
  bag.setFor(slot, 'kk', kept);
  assert.equal(bag.getFor(slot, 'kk'), kept);
  assert.equal(bag.getFor(slot, 'az'), undefined);
  bag.setFor(slot, 'az', []);
  assert.deepEqual([bag.getFor(slot, 'kk'), bag.getFor(slot, 'az')], [undefined, []]);
});
