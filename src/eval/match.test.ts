import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchByKey, matchGreedy } from './match.ts';

test('matchByKey pairs equal keys one-to-one in prediction order', () => {
  assert.deepEqual(matchByKey(['a', 'b', 'a'], ['a', 'a', 'a', 'c']), [[0, 0], [2, 1]]);
  assert.deepEqual(matchByKey([], ['a']), []);
  assert.deepEqual(matchByKey(['a'], []), []);
});

test('matchByKey prefers the highest-scoring free gold item, first on ties', () => {
  // both gold items have key a; prediction 0 prefers gold 1
  assert.deepEqual(matchByKey(['a', 'a'], ['a', 'a'], (g, p) => (g === 1 && p === 0 ? 1 : 0)), [[1, 0], [0, 1]]);
});

test('matchByKey finds the maximum number of equal-key pairs', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'b', 'c')), fc.array(fc.constantFrom('a', 'b', 'c')), (g, p) => {
    const pairs = matchByKey(g, p, () => Math.random());
    const want = ['a', 'b', 'c'].reduce((n, k) => n + Math.min(g.filter((x) => x === k).length, p.filter((x) => x === k).length), 0);
    assert.equal(pairs.length, want);
    assert.equal(new Set(pairs.map(([x]) => x)).size, pairs.length);
    assert.equal(new Set(pairs.map(([, y]) => y)).size, pairs.length);
    for (const [x, y] of pairs) assert.equal(g[x], p[y]);
  }));
});

test('matchGreedy runs the strict test before the loose one', () => {
  const gold = [['aliyev'], ['ilham', 'aliyev']];
  const pred = [['ilham', 'aliyev'], ['heydar', 'aliyev']];
  const exact = (g: number, p: number): boolean => gold[g]?.join(' ') === pred[p]?.join(' ');
  const subset = (g: number, p: number): boolean => (gold[g] ?? []).every((w) => pred[p]?.includes(w));
  assert.deepEqual(matchGreedy(2, 2, [subset]), [[0, 0]]); // loose only: "ilham aliyev" takes "aliyev", "heydar aliyev" is left
  assert.deepEqual(matchGreedy(2, 2, [exact, subset]), [[1, 0], [0, 1]]);
});
