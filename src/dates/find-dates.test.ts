import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { DateMention, Lang } from '../pipeline/types.ts';
import { SHARED, needsShared } from '../../test/helpers.ts';
import { findDates, grammarsFor } from './index.ts';

const ANCHOR = '2023-11-24';
const LANGS: Lang[] = ['kk', 'az', 'ru', 'en', 'tr', 'uz', 'ky', 'und'];

function assertWellFormed(text: string, found: DateMention[]): void {
  let last = 0;
  for (const d of found) {
    assert.ok(d.start >= last, `sorted and non-overlapping at ${d.start}`);
    assert.ok(d.end > d.start && d.end <= text.length, 'offsets in range');
    assert.equal(text.slice(d.start, d.end), d.text);
    assert.match(d.value, d.precision === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : d.precision === 'month' ? /^\d{4}-\d{2}$/ : /^\d{4}$/);
    last = d.end;
  }
}

test('grammars: core languages use their own, tr/tk/uz use az, others try all four', () => {
  assert.deepEqual(grammarsFor('ru'), ['ru']);
  assert.deepEqual(grammarsFor('tk'), ['az']);
  assert.deepEqual(grammarsFor('ky'), ['kk', 'az', 'ru', 'en']);
  assert.deepEqual(grammarsFor('und'), ['kk', 'az', 'ru', 'en']);
});

test('und: mixed-language text finds dates of every grammar, longest span wins', () => {
  const text = 'Баку, 30 ноября 2023 года. 2025-ci il oktyabrın 18-də. 2023 жылғы 10 сәуірде. May 25, 2005.';
  const found = findDates(text, 'und', ANCHOR);
  assert.deepEqual(found.map((d) => [d.text, d.value]), [
    ['30 ноября 2023 года', '2023-11-30'],
    ['2025-ci il oktyabrın 18-də', '2025-10-18'],
    ['2023 жылғы 10 сәуірде', '2023-04-10'],
    ['May 25, 2005', '2005-05-25'],
  ]);
  assertWellFormed(text, found);
});

test('overlaps: a date inside a longer date is not reported twice', () => {
  const found = findDates('в ноябре 2023 года и 18 октября 2025 года', 'ru', ANCHOR);
  assert.deepEqual(found.map((d) => d.text), ['в ноябре 2023 года', '18 октября 2025 года']);
});

test('anchors: a month anchor resolves month-level words, a bad anchor counts as none', () => {
  assert.deepEqual(findDates('в ноябре', 'ru', '2023-11').map((d) => d.value), ['2023-11']);
  assert.deepEqual(findDates('вчера', 'ru', '2023-11'), []);
  assert.deepEqual(findDates('вчера', 'ru', 'not a date'), []);
  assert.deepEqual(findDates('вчера', 'ru', '2023-11-24T08:55:00Z').map((d) => d.value), ['2023-11-23']);
  assert.deepEqual(findDates('', 'kk', ANCHOR), []);
});

test('property: never throws, offsets in range, slice equals text, sorted, non-overlapping', () => {
  const pieces = [
    '24 Қараша, 2023', '2023 жылғы 10 сәуірде', 'қарашада', 'кеше', 'aprelin 2-də', '2025-ci il oktyabrın 18-də',
    'bu gün', '18 октября 2025 года', 'в ноябре', 'вчера', 'May 25, 2005', 'last Tuesday', 'in 2023', '2023-11-24',
    '24.11.2023', '10-11', ' ', '\n', ',', '.', '-', '/', ':', 'İ', 'I', 'ı', '2023', '12', '1.', 'жылы', 'il', 'года',
  ];
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(' ')),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
  );
  const anchor = fc.oneof(fc.constant(null), fc.constant(ANCHOR), fc.constant('2024-02'), fc.string({ maxLength: 12 }));
  fc.assert(fc.property(text, fc.constantFrom(...LANGS), anchor, (t, lang, a) => {
    assertWellFormed(t, findDates(t, lang, a));
  }), { numRuns: 600 });
});

// A hang guard against catastrophic backtracking, not a speed target (npm run bench measures speed).
test('1 MB of text and pathological digit lines are scanned to the end', { timeout: 60_000 }, () => {
  const article = 'Қасым-Жомарт Тоқаев 2023 жылғы 10 сәуірде Бакуге барды. Кеше 2 пікір 24 Қараша, 2023 сағат 16:21. '
    + 'Prezident 2025-ci il oktyabrın 18-də gəlib. Баку, 30 ноября 2023 года. On March 10, 2022 the talks. ';
  const big = article.repeat(Math.ceil(1_000_000 / article.length));
  const inputs = [big, '1.'.repeat(500_000), '1'.repeat(1_000_000), `${'12 '.repeat(300_000)}`, `12${' '.repeat(1_000_000)}қараша`,
    '2023-'.repeat(200_000), '24.11.'.repeat(160_000)];
  for (const input of inputs) {
    for (const lang of ['kk', 'und'] as const) {
      const found = findDates(input, lang, ANCHOR);
      assert.ok(Array.isArray(found));
      if (input === big && lang === 'kk') assert.ok(found.length > 10_000);
    }
  }
});

test('gold: every event date of the annotated articles is found in their text', { skip: needsShared }, () => {
  const dir = join(SHARED, 'eval', 'gold');
  if (!existsSync(dir)) return;
  let checked = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; lang: Lang; published: string | null; events: { date: string | null }[] };
    const found = findDates(doc.text, doc.lang, doc.published);
    assertWellFormed(doc.text, found);
    for (const date of new Set(doc.events.map((e) => e.date).filter((d): d is string => !!d))) {
      assert.ok(found.some((d) => d.value.startsWith(date)), `${f}: event date ${date} not among ${found.map((d) => d.value).join(', ')}`);
      checked++;
    }
  }
  assert.ok(checked > 0);
});
