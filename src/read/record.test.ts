import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isoDate, parseRecordLine, recordToDoc } from './record.ts';

test('parseRecordLine: a full record becomes a RawDoc', () => {
  const r = parseRecordLine(JSON.stringify({ id: 'kz-17', text: 'Мемлекет басшысы Бакуге барды.', url: 'https://example.kz/a', published: '2023-11-24T16:21:00+05:00', lang: 'KK', title: 'Сапар' }), 'docs#1', 'docs.jsonl#1');
  assert.deepEqual(r, { ok: true, doc: { id: 'kz-17', source: 'docs.jsonl#1', content: 'Мемлекет басшысы Бакуге барды.', format: 'text', url: 'https://example.kz/a', title: 'Сапар', lang: 'kk', published: '2023-11-24' } });
});

test('parseRecordLine: html records, numeric ids, missing ids, gold-style source_url and null published', () => {
  const h = parseRecordLine('{"id": 42, "html": "<p>Salam</p>"}', 'x#3', 'x.jsonl#3');
  assert.ok(h.ok && h.doc.format === 'html' && h.doc.id === '42' && h.doc.content === '<p>Salam</p>');
  const g = parseRecordLine('{"text": "Görüş keçirilib.", "source_url": "https://az.example/x", "published": null}', 'x#4', 'x.jsonl#4');
  assert.ok(g.ok && g.doc.id === 'x#4' && g.doc.url === 'https://az.example/x' && g.doc.published === undefined);
});

test('parseRecordLine: one clear problem per broken record', () => {
  const cases: [string, RegExp][] = [
    ['{"id": "a", "text": ', /^invalid JSON \(/],
    ['not json at all', /^invalid JSON \(Unexpected token/],
    ['{"id": "a", "text": 17}', /^field `text` must be a string$/],
    ['{"id": "a"}', /^needs `text` or `html`$/],
    ['{"id": "a", "text": "  "}', /^field `text` is empty$/],
    ['{"id": {"x": 1}, "text": "t"}', /^field `id` must be a string or a number$/],
    ['{"text": "t", "published": "yesterday"}', /^field `published` must be an ISO date \(YYYY-MM-DD\), found "yesterday"$/],
    ['{"text": "t", "published": "2023-13-01"}', /^field `published` must be an ISO date/],
    ['[1, 2]', /^not a JSON object \(found an array\)$/],
    ['"text"', /^not a JSON object \(found string\)$/],
  ];
  for (const [line, re] of cases) {
    const r = parseRecordLine(line, 'x#1', 'x.jsonl#1');
    assert.equal(r.ok, false, line);
    if (!r.ok) assert.match(r.problem, re, line);
  }
});

test('isoDate keeps the stated precision', () => {
  assert.equal(isoDate('2020-01'), '2020-01');
  assert.equal(isoDate('2024'), '2024');
  assert.equal(isoDate('2005-05-25 08:55'), '2005-05-25');
  assert.equal(isoDate('2023-11-24T16:21:00.000Z'), '2023-11-24');
  assert.equal(isoDate('24.11.2023'), null);
});

test('recordToDoc never throws on arbitrary JSON values', () => {
  fc.assert(fc.property(fc.jsonValue(), (v) => {
    const r = recordToDoc(v, 'f', 's');
    assert.equal(typeof r.ok, 'boolean');
  }));
});
