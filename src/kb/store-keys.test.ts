import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { processDoc } from '../pipeline/text-engine.ts';
import { variantKey } from './store-keys.ts';

test('variantKey joins the keys of the word and number tokens inside the span', () => {
  const doc = processDoc({ id: 't', source: 't', content: 'Президент Қасым-Жомарт Тоқаев 2024 жылы «Бакуге» барды.', format: 'text', lang: 'kk' });
  const start = doc.text.indexOf('Қасым');
  const end = doc.text.indexOf(' жылы');
  const want = doc.tokens.filter((t) => t.end > start && t.start < end && (t.kind === 'word' || t.kind === 'number')).map((t) => t.key).join(' ');
  assert.ok(want.includes('tokaev'), want);
  assert.equal(variantKey(doc.tokens, start, end), want);
  assert.equal(variantKey(doc.tokens, 0, 0), '');
});

test('property: variantKey equals a scan of every token, for any span', () => {
  const doc = processDoc({ id: 't', source: 't', content: 'Ильхам Әлиев пен Тоқаев 12 мамырда «Астана» қаласында кездесті. Azərbaycan və Qazaxıstan razılaşıb.', format: 'text' });
  const n = doc.text.length;
  fc.assert(fc.property(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), (a, b) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    const scan = doc.tokens.filter((t) => t.end > start && t.start < end && (t.kind === 'word' || t.kind === 'number')).map((t) => t.key).join(' ');
    assert.equal(variantKey(doc.tokens, start, end), scan);
  }));
});
