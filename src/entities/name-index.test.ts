import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { exactForms } from './keys.ts';
import { TokenView } from './token-view.ts';
import { PatternIndex } from './name-index.ts';

function view(content: string, lang: string): TokenView {
  return new TokenView(processDoc({ id: 'n', source: 'n', content, format: 'text', lang }));
}

/** All matches left to right, longest first: [surface, target]. */
function scan(idx: PatternIndex<string>, v: TokenView): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < v.n; i++) {
    const m = idx.longestAt(v, i);
    if (!m) continue;
    out.push([v.doc.text.slice(v.tok(m.start).start, v.tok(m.end - 1).end), m.patterns.map((p) => p.target).join('|')]);
    i = m.end - 1;
  }
  return out;
}

const idx = new PatternIndex<string>();
idx.add('Қазақстан', 'KAZ', { lang: 'kk' });
idx.add('Қазақстан Республикасы', 'KAZ-long', { lang: 'kk' });
idx.add('Біріккен ұлттар ұйымы', 'UN', { lang: 'kk' });
idx.add('БҰҰ', 'UN-abbr', { abbr: true });
idx.add('Metbuat.az', 'metbuat', { lang: 'az' });
idx.add('Baku', 'BAK', { lang: 'en' });
idx.add('Havana', 'HAV', { lang: 'az' });
idx.add('«AMANAT» партиясы', 'AMANAT', { lang: 'kk' });
idx.add('Парламент', 'PARL', { lang: 'kk' });

test('longest match wins and inflection on the last word is matched by its stem', () => {
  assert.deepEqual(scan(idx, view('Қазақстан Республикасының өкілі Қазақстанға келді.', 'kk')), [['Қазақстан Республикасының', 'KAZ-long'], ['Қазақстанға', 'KAZ']]);
  assert.deepEqual(scan(idx, view('Біріккен ұлттар ұйымының мәжілісі', 'kk')), [['Біріккен ұлттар ұйымының', 'UN']]);
});

test('capital letters: a capitalised name needs a capital in the text', () => {
  assert.deepEqual(scan(idx, view('қазақстан туралы', 'kk')), []);
  assert.deepEqual(scan(idx, view('ҚАЗАҚСТАН туралы', 'kk')), [['ҚАЗАҚСТАН', 'KAZ']]);
});

test('abbreviations match exactly, with a lower-case suffix after a hyphen only', () => {
  assert.deepEqual(scan(idx, view('БҰҰ-ның қарары, БҰҰ мен бұұ', 'kk')), [['БҰҰ-ның', 'UN-abbr'], ['БҰҰ', 'UN-abbr']]);
  assert.deepEqual(exactForms('БҰҰ-ның'), ['БҰҰ-ның', 'БҰҰ']);
  assert.deepEqual(exactForms('Aİ-Azərbaycan'), ['Aİ-Azərbaycan']);
  assert.deepEqual(exactForms("NATO's"), ["NATO's", 'NATO']);
});

test('glued names need their parts written together; quotes inside names are skipped', () => {
  assert.deepEqual(scan(idx, view('Metbuat.az xəbər verir, Metbuat az deyil.', 'az')), [['Metbuat.az', 'metbuat']]);
  assert.deepEqual(scan(idx, view('«AMANAT» партиясының съезі', 'kk')), [['AMANAT» партиясының', 'AMANAT']]);
});

test('a name is never matched inside another word, nor from an over-stemmed name', () => {
  assert.deepEqual(scan(idx, view('Bakuvian Bakular', 'en')), []);
  assert.deepEqual(scan(idx, view('Havanın temperaturu', 'az')), []);
});

test('a plural is not the singular name', () => {
  assert.deepEqual(scan(idx, view('Парламенттері мен Парламенті', 'kk')), [['Парламенті', 'PARL']]);
});

test('duplicate names are indexed once', () => {
  const i2 = new PatternIndex<string>();
  assert.equal(i2.add('Astana', 'A', { lang: 'en' }), true);
  assert.equal(i2.add('Astana', 'A', { lang: 'en' }), false);
  assert.equal(i2.add('', 'A'), false);
  assert.equal(i2.size, 1);
});

test('a name added after matching began is found in word forms matched before', () => {
  const i3 = new PatternIndex<string>();
  i3.add('Ақтау', 'AKT', { lang: 'kk' });
  const text = 'Ақтау мен Атырау арасында жол ашылды.';
  assert.deepEqual(scan(i3, view(text, 'kk')), [['Ақтау', 'AKT']]);
  i3.add('Атырау', 'ATY', { lang: 'kk' });
  assert.deepEqual(scan(i3, view(text, 'kk')), [['Ақтау', 'AKT'], ['Атырау', 'ATY']]);
  assert.deepEqual(scan(i3, view(text, 'kk')), [['Ақтау', 'AKT'], ['Атырау', 'ATY']], 'and again from what the word forms remember');
});

test('tokens the segment stage did not make are matched the same way', () => {
  const v = view('Қазақстан Республикасының өкілі Қазақстанға келді.', 'kk');
  const copy = new TokenView({ ...v.doc, tokens: v.doc.tokens.map((t) => ({ ...t })) });
  assert.deepEqual(scan(idx, copy), scan(idx, v));
});
