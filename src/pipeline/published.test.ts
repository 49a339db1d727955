import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { leadingParagraphs } from './published.ts';

test('leadingParagraphs gives the first n pieces of split(/\\n\\s*\\n/)', () => {
  const text = fc.array(fc.constantFrom('a', 'б', ' ', '\n', '\t', '\r', '.'), { maxLength: 60 }).map((cs) => cs.join(''));
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 6 }), (t, n) => {
    assert.deepEqual(leadingParagraphs(t, n), t.split(/\n\s*\n/).slice(0, n));
  }), { numRuns: 2000 });
  assert.deepEqual(leadingParagraphs('one\n\ntwo\n \nthree', 2), ['one', 'two']);
});
