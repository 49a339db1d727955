/** extractEvents as a whole: evidence spans, never throwing on arbitrary text, non-core languages, explain records. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { originalSpan } from './evidence.ts';
import { eventKey, explainEvent } from './format.ts';

function run(content: string, lang?: string, published?: string) {
  const doc = processDoc({ id: 't', source: 't', content, format: 'text', ...(lang ? { lang } : {}), ...(published ? { published } : {}) });
  return { doc, events: extractEvents(doc, findEntities(doc).mentions) };
}

test('evidence quotes the article as written, across a repaired line-break hyphen', () => {
  const text = 'Azərbaycan Respublikası ilə Qazaxıstan Respublikası arasında nəqliyyat sahəsində saziş im-\n\nzalanıb.';
  const { doc, events } = run(text, 'az', '2024-05-17');
  assert.equal(events.length, 1);
  const e = events[0];
  assert.ok(e);
  assert.equal(eventKey(e), 'SUPPORT occurred AZE>KAZ');
  assert.equal(e.evidence.text, text.slice(e.evidence.start, e.evidence.end));
  assert.ok(e.evidence.text.includes('im-\n\nzalanıb'), e.evidence.text);
  assert.equal(doc.text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
});

test('originalSpan maps normalized offsets back and tolerates empty spans', () => {
  const { doc } = run('Tokayev   met  Aliyev.', 'en');
  const s = originalSpan(doc, 0, doc.text.length);
  assert.equal(s.text, doc.original.slice(s.start, s.end));
  assert.deepEqual(originalSpan(doc, 3, 3), { text: '', start: 0, end: 0 });
});

test('each event carries its date, place, confidence and the rules that built it', () => {
  const { events } = run('Қасым-Жомарт Тоқаев 24 тамызда Бакуге мемлекеттік сапармен барды.', 'kk', '2022-08-25');
  const e = events[0];
  assert.ok(e);
  assert.equal(eventKey(e), 'CONSULT/visit occurred KAZ>AZE');
  assert.equal(e.date, '2022-08-24');
  assert.equal(e.location?.name, 'Baku');
  assert.equal(e.cameo, '042');
  assert.ok(e.confidence > 0 && e.confidence <= 1);
  assert.ok(e.explain.some((x) => x.startsWith('trigger')));
  assert.match(explainEvent(e), /CONSULT\/visit occurred 042/);
});

test('a planned event with no date of its own takes no publication date; an occurred one does', () => {
  const planned = run('Ильхам Әлиев Астанаға мемлекеттік сапармен келеді.', 'kk', '2025-10-20').events[0];
  assert.equal(planned?.status, 'planned');
  assert.equal(planned?.date, null);
  const done = run('Ильхам Әлиев Астанаға мемлекеттік сапармен келді.', 'kk', '2025-10-21').events[0];
  assert.equal(done?.date, '2025-10-21');
});

test('languages without an event lexicon yield no events', () => {
  assert.deepEqual(run('Tokayev ve Aliyev Bakü\'de görüştü.', 'tr').events, []);
});

test('arbitrary text never throws and every span stays inside its text', () => {
  const words = ['Tokayev', 'Aliyev', 'met', 'visited', 'Baku', 'Тоқаев', 'Бакуге', 'сапармен', 'келді', 'Əliyev', 'görüşüb', 'с', 'встретился', 'Алиевым', '.', ',', '«', '»', 'and', 'və', '\n\n', 'im-', 'қол', 'қойды', 'the sides', 'Стороны'];
  fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom('kk', 'az', 'ru', 'en'), (parts, lang) => {
    const { doc, events } = run(parts.join(' '), lang, '2024-05-17');
    for (const e of events) {
      assert.ok(e.evidence.start >= 0 && e.evidence.end <= doc.original.length && e.evidence.start <= e.evidence.end);
      assert.equal(e.evidence.text, doc.original.slice(e.evidence.start, e.evidence.end));
      assert.ok(e.trigger.start >= 0 && e.trigger.end <= doc.text.length);
      assert.ok(e.source !== null);
    }
  }), { numRuns: 150 });
});
