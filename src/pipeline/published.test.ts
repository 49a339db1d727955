import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { leadingParagraphs, publicationDate } from './published.ts';

test('leadingParagraphs gives the first n pieces of split(/\\n\\s*\\n/)', () => {
  const text = fc.array(fc.constantFrom('a', 'б', ' ', '\n', '\t', '\r', '.'), { maxLength: 60 }).map((cs) => cs.join(''));
  fc.assert(fc.property(text, fc.integer({ min: 1, max: 6 }), (t, n) => {
    assert.deepEqual(leadingParagraphs(t, n), t.split(/\n\s*\n/).slice(0, n));
  }), { numRuns: 2000 });
  assert.deepEqual(leadingParagraphs('one\n\ntwo\n \nthree', 2), ['one', 'two']);
});

test('a weekday before a header date is a site clock; a city before it is a dateline', () => {
  // The article's own stamp outranks today's date on the site clock.
  assert.equal(publicationDate('', [], 'Сенбі, 23 Қараша 2024\n\n12 қараша 2024, 10:15\n\nМәтін.', 'kk'), '2024-11-12');
  // A dateline outranks a month named in a short first sentence.
  assert.equal(publicationDate('', [], 'Астана, 12 марта 2025 года.\n\nВ августе 2024 года Ильхам Алиев посетил Астану.', 'ru'), '2025-03-12');
  assert.equal(publicationDate('', [], 'Bakı, 5 may 2025.\n\nMart ayında nazir Astanaya səfər edib.', 'az'), '2025-05-05');
});
