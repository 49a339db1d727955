import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { minhash, NUM_HASHES, similarity } from './minhash.ts';

/** The signature as first written: FNV-1a of each shingle's words joined by spaces, then the hash family. */
function reference(words: readonly string[]): Uint32Array {
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return h >>> 0;
  };
  let x = 0x9e3779b9;
  const next = (): number => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
  const A: number[] = [];
  const B: number[] = [];
  for (let i = 0; i < NUM_HASHES; i++) { A.push((next() | 1) >>> 0); B.push(next()); }
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const h = fnv(words.slice(i, i + 3).join(' '));
    for (let j = 0; j < NUM_HASHES; j++) { const v = (Math.imul(A[j]!, h) + B[j]!) >>> 0; if (v < sig[j]!) sig[j] = v; }
  }
  return sig;
}

test('property: the signature equals the one computed from joined shingle strings (stored signatures stay valid)', () => {
  fc.assert(fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 }), (words) => {
    assert.deepEqual(minhash(words), reference(words));
  }), { numRuns: 200 });
  assert.deepEqual(minhash(['тоқаев', 'баку', 'сапар', 'барды']), reference(['тоқаев', 'баку', 'сапар', 'барды']));
});

test('identical word lists have similarity 1, disjoint ones about 0', () => {
  const a = 'a b c d e f g h i j'.split(' ');
  const b = 'k l m n o p q r s t'.split(' ');
  assert.equal(similarity(minhash(a), minhash(a)), 1);
  assert.ok(similarity(minhash(a), minhash(b)) < 0.1);
});
