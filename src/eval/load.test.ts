import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldWarnings, loadGold } from './load.ts';
import { parseGold } from './gold.ts';
import { SHARED, needsShared, tempDir } from '../../test/helpers.ts';

const good = {
  id: 'kk-901', lang: 'kk', source_url: 'https://example.kz/1', published: '2024-03-05',
  text: 'Тоқаев Бакуге барды. Ол Әлиевпен кездесті.',
  events: [{
    type: 'CONSULT', mode: 'visit', status: 'occurred',
    source: { name: 'Kassym-Jomart Tokayev', kind: 'person', country: 'KAZ' },
    target: { name: 'Azerbaijan', kind: 'country', country: 'AZE' },
    date: '2024-03', location: { name: 'Baku', country: 'AZE' }, evidence: 'Тоқаев Бакуге барды.', cameo: '040',
  }],
  entities: [{ text: 'Бакуге', canonical: 'Baku', type: 'LOC', country: 'AZE' }],
};
const clone = (): typeof good => JSON.parse(JSON.stringify(good)) as typeof good;

test('parseGold accepts the README shape, drops extra fields, defaults a missing published to null', () => {
  const d = parseGold(good, 'x.json');
  assert.equal(d.events[0]?.mode, 'visit');
  assert.ok(!('cameo' in (d.events[0] ?? {})));
  const { published: _p, ...noDate } = clone();
  assert.equal(parseGold(noDate, 'x.json').published, null);
});

test('parseGold names the file, the field path and the problem', () => {
  const cases: [(d: ReturnType<typeof clone>) => void, RegExp][] = [
    [(d) => { (d.events[0] as { status: string }).status = 'done'; }, /bad\.json: events\[0\]\.status: /],
    [(d) => { (d.events[0]!.source as { country: string }).country = 'KZ'; }, /events\[0\]\.source\.country: must be an ISO 3166-1 alpha-3/],
    [(d) => { (d.events[0] as { date: string }).date = '24.03.2024'; }, /events\[0\]\.date: must be YYYY-MM-DD/],
    [(d) => { (d.entities[0] as { type: string }).type = 'GPE'; }, /entities\[0\]\.type/],
    [(d) => { delete (d as { events?: unknown }).events; }, /bad\.json: events: /],
    [(d) => { (d as { id: string }).id = ' '; }, /id: must be a non-empty string/],
  ];
  for (const [mutate, re] of cases) {
    const d = clone();
    mutate(d);
    assert.throws(() => parseGold(d, 'bad.json'), re);
  }
});

test('loadGold reads a folder in name order and rejects malformed files with the file name', () => {
  const dir = tempDir('elchi-gold-');
  writeFileSync(join(dir, 'b.json'), JSON.stringify({ ...good, id: 'b' }));
  writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...good, id: 'a' }));
  writeFileSync(join(dir, 'notes.txt'), 'not gold');
  assert.deepEqual(loadGold(dir).map((d) => [d.id, d.file]), [['a', join(dir, 'a.json')], ['b', join(dir, 'b.json')]]);

  writeFileSync(join(dir, 'c.json'), '{"id": "c", "lang": "kk",');
  assert.throws(() => loadGold(dir), (e: Error) => e.message.startsWith(`${join(dir, 'c.json')}: invalid JSON`));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...good, id: 'c', entities: [{ text: 'Баку' }] }));
  assert.throws(() => loadGold(dir), new RegExp(`${join(dir, 'c.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: entities\\[0\\]\\.canonical`));
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...good, id: 'a' }));
  assert.throws(() => loadGold(dir), /c\.json: id "a" is also used by .*a\.json/);

  const empty = tempDir('elchi-gold-');
  mkdirSync(join(empty, 'sub'));
  assert.throws(() => loadGold(empty), /no \.json files/);
  assert.throws(() => loadGold(join(empty, 'missing')), /gold folder .*missing: /);
});

test('goldWarnings flags evidence and entity text that are not in the text', () => {
  const d = clone();
  d.events[0]!.evidence = 'Тоқаев Астанаға барды.';
  d.entities[0]!.text = 'Бакуда';
  const w = goldWarnings([{ ...parseGold(d, 'w.json'), file: 'w.json' }]);
  assert.deepEqual(w, ['w.json: events[0].evidence is not a substring of text', 'w.json: entities[0].text "Бакуда" is not a substring of text']);
  assert.deepEqual(goldWarnings([parseGold(good, 'g.json')]), []);
});

test('the shared gold folder loads and has no soft problems', { skip: needsShared }, () => {
  const dir = join(SHARED, 'eval', 'gold');
  if (!existsSync(dir)) return;
  const docs = loadGold(dir);
  assert.ok(docs.length >= 20);
  assert.ok(docs.some((d) => d.events.length === 0), 'has distractors');
  assert.deepEqual(goldWarnings(docs), []);
});
