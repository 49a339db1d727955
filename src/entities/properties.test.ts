import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from './index.ts';

/** Fragments that exercise every rule: names in four languages and scripts, titles, initials, quotes, domains, hyphens. */
const FRAGMENTS = [
  'Қасым-Жомарт Тоқаев', 'Тоқаевқа', 'Қ.', 'Т.', 'Бакуге', 'БҰҰ-ның', '«AMANAT» партиясының', 'Атқарушы хатшысы', 'Дәулет Кәрібек',
  'Мемлекет басшысы', 'құрамасы', 'министрлігі', 'Milli Məclisin Sədri', 'Sahibə Qafarova', '"Report"a', 'Metbuat.az', 'xəbər verir',
  'QXA', 'C.Tuymebayev', 'Azərbaycan', 'Qazaxıstan-Azərbaycan', 'hökuməti', 'Komitəsi', 'Министр иностранных дел', 'Казахстана',
  'Ермеком Кошербаевым', 'А. Байель', 'глава государства', 'Kazakhstan’s', 'the Kazakh leader', 'Foreign Minister', '@', '//', '.', ',',
  '–', '-', '«', '»', '"', '(', ')', '\n', '\n\n', ' ', 'и', 'мен', 'və', 'and', '2024', '°C.', 'Ә', 'İ', 'ı', '\u0301', '💬', 'www.x.kz/a',
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.constantFrom(' ', ' ', ' ')), { maxLength: 40 })
  .map((parts) => parts.join(' '));

test('findEntities never throws, and every span is inside the text and spells the mention', () => {
  fc.assert(
    fc.property(textArb, fc.constantFrom('kk', 'az', 'ru', 'en', undefined), fc.constantFrom('2024-05-01', '2003-01', undefined), (content, lang, published) => {
      const doc = processDoc({ id: 'p', source: 'p', content, format: 'text', ...(lang ? { lang } : {}), ...(published ? { published } : {}) });
      const { entities, mentions } = findEntities(doc);
      for (const m of [...entities, ...mentions]) {
        assert.ok(m.start >= 0 && m.start < m.end && m.end <= doc.text.length, `span ${m.start}-${m.end} of ${doc.text.length}`);
        assert.equal(m.text, doc.text.slice(m.start, m.end));
        assert.ok(['PER', 'ORG', 'LOC'].includes(m.type));
        assert.ok(m.canonical.length > 0 && m.id.includes(':'));
        assert.ok(m.country === null || /^[A-Z]{3}$/.test(m.country), `country ${m.country}`);
        assert.ok(m.confidence > 0 && m.confidence <= 1);
      }
      for (const e of entities) assert.ok(mentions.some((m) => m.start === e.start && m.end === e.end && m.id === e.id && m.named), 'entity without its mention');
      const forms = new Set(entities.map((e) => `${e.id} ${e.text}`));
      assert.equal(forms.size, entities.length, 'a surface form listed twice');
    }),
    { numRuns: 300 },
  );
});

test('named mentions never overlap one another', () => {
  fc.assert(
    fc.property(textArb, fc.constantFrom('kk', 'az', 'ru', 'en'), (content, lang) => {
      const doc = processDoc({ id: 'p', source: 'p', content, format: 'text', lang });
      const named = findEntities(doc).mentions.filter((m) => m.named).sort((a, b) => a.start - b.start);
      for (let k = 1; k < named.length; k++) {
        const a = named[k - 1]!;
        const b = named[k]!;
        assert.ok(b.start >= a.end, `«${a.text}» ${a.start}-${a.end} overlaps «${b.text}» ${b.start}-${b.end}`);
      }
    }),
    { numRuns: 300 },
  );
});

test('an empty or punctuation-only document has no entities', () => {
  for (const content of ['', '   ', '...', '«»', '\n\n\n', '— — —']) {
    const doc = processDoc({ id: 'e', source: 'e', content, format: 'text' });
    assert.deepEqual(findEntities(doc).entities, []);
  }
});
