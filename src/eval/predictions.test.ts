import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePredictions } from './predictions.ts';

const a = { id: 'kk-1', lang: 'kk', lang_confidence: 0.99, published: null, paragraphs: [], dates: [], events: [], entities: [] };
const b = {
  id: 7, lang: 'az', events: [{ type: 'SUPPORT', source: { name: 'Ilham Aliyev', kind: 'person', country: 'AZE' }, target: null, evidence: 'Təşəkkür etdi {"quoted"} [x].' }],
  entities: [{ canonical: 'Baku', type: 'LOC' }],
};

test('parsePredictions reads JSONL, pretty objects separated by blank lines, and arrays', () => {
  const want = ['kk-1', '7'];
  assert.deepEqual(parsePredictions(`${JSON.stringify(a)}\n${JSON.stringify(b)}\n`, 'p.jsonl').map((p) => p.id), want);
  assert.deepEqual(parsePredictions(`${JSON.stringify(a, null, 2)}\n\n${JSON.stringify(b, null, 2)}\n`, 'p.json').map((p) => p.id), want);
  assert.deepEqual(parsePredictions(JSON.stringify([a, b]), 'p.json').map((p) => p.id), want);
  assert.deepEqual(parsePredictions('\ufeff  \n', 'empty'), []);
});

test('parsePredictions fills missing event fields with null and ignores extra fields', () => {
  const [, p] = parsePredictions(`${JSON.stringify(a)}\n${JSON.stringify(b)}`, 'p.jsonl');
  assert.deepEqual(p?.events[0], {
    type: 'SUPPORT', mode: null, status: 'occurred', source: { name: 'Ilham Aliyev', kind: 'person', country: 'AZE' }, target: null,
    date: null, location: null, evidence: 'Təşəkkür etdi {"quoted"} [x].',
  });
  assert.deepEqual(p?.entities, [{ text: '', canonical: 'Baku', type: 'LOC', country: null }]);
  assert.ok(!('paragraphs' in (p ?? {})));
});

test('parsePredictions errors name the input and the line', () => {
  assert.throws(() => parsePredictions(`${JSON.stringify(a)}\n{"lang": "kk"}\n`, 'p.jsonl'), /p\.jsonl:2: id: /);
  assert.throws(() => parsePredictions(`${JSON.stringify(a)}\n\n{"id": "x", "events": [{"type": 3}]}`, 'p.jsonl'), /p\.jsonl:3: events\[0\]\.type/);
  assert.throws(() => parsePredictions(`${JSON.stringify(a)}\nnot json`, 'p.jsonl'), /p\.jsonl:2: expected a JSON object or array/);
  assert.throws(() => parsePredictions('{"id": "x", "lang": "kk"', 'p.jsonl'), /p\.jsonl:1: JSON value is not closed/);
  assert.throws(() => parsePredictions('{"id": "x",, }', 'p.jsonl'), /p\.jsonl:1: invalid JSON/);
});

test('parsePredictions round-trips any list of predictions in every layout', () => {
  const text = fc.string({ unit: 'binary' });
  const pred = fc.record({
    id: text, lang: fc.constantFrom('kk', 'az', 'ru', 'en'),
    events: fc.array(fc.record({ type: text, mode: fc.option(text), status: fc.constantFrom('occurred', 'planned'), source: fc.constant(null),
      target: fc.constant(null), date: fc.option(text), location: fc.constant(null), evidence: text }), { maxLength: 3 }),
    entities: fc.array(fc.record({ text, canonical: text, type: text, country: fc.option(text) }), { maxLength: 3 }),
  });
  fc.assert(fc.property(fc.array(pred, { maxLength: 4 }), fc.constantFrom('jsonl', 'pretty', 'array'), (list, layout) => {
    const s = layout === 'array' ? JSON.stringify(list) : list.map((p) => JSON.stringify(p, null, layout === 'pretty' ? 2 : undefined)).join('\n');
    assert.deepEqual(parsePredictions(s, 'gen'), JSON.parse(JSON.stringify(list)));
  }));
});
