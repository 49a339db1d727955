import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hasCyrillic } from './case.ts';

test('hasCyrillic: true exactly when a code unit lies in U+0400–U+04FF', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (s) => {
    assert.equal(hasCyrillic(s), /[\u0400-\u04FF]/.test(s));
  }), { numRuns: 3000 });
  assert.deepEqual(['Тоқаев', 'Tokayev', 'Ԁ', 'Ͽ', 'abcӿ'].map(hasCyrillic), [true, false, false, false, true]);
});
