import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dataPath, readTsv } from '../util/data.ts';
import { CUE_LANGS, loadCues } from './cues.ts';
import { loadGazetteer } from './gazetteer.ts';

const FILES = ['titles.tsv', 'org-heads.tsv', 'name-cues.tsv', 'romanization.tsv'];

function columns(file: string): string[] {
  const first = readFileSync(file, 'utf8').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  return (first ?? '').split('\t').map((c) => c.trim());
}

test('every core language has the actor cue files, with the same columns', () => {
  for (const f of FILES) {
    const ref = columns(dataPath('kk', f));
    for (const l of CUE_LANGS) assert.deepEqual(columns(dataPath(l, f)), ref, `data/${l}/${f} columns differ from data/kk/${f}`);
  }
});

test('titles name a known kind and a post pattern', () => {
  const gaz = loadGazetteer();
  for (const l of CUE_LANGS) {
    for (const r of readTsv(`${l}/titles.tsv`)) {
      assert.ok(['office', 'office-home', 'office-with-country', 'role'].includes(r['kind'] ?? ''), `data/${l}/titles.tsv: ${r['title']} kind ${r['kind']}`);
      assert.match(r['post'] ?? '', /^[a-z][a-z-]*$/, `data/${l}/titles.tsv: ${r['title']} post`);
      if (r['kind'] !== 'role') assert.ok(gaz.postTitles.has(r['post'] ?? ''), `data/${l}/titles.tsv: office ${r['post']} has no row in post-titles.tsv`);
    }
  }
});

test('organization heads have an English head, a gazetteer role, a position, and templates with {country}', () => {
  const roles = new Set(['state-body', 'parliament', 'party', 'ministry', 'international', 'media', 'company', 'other']);
  for (const l of CUE_LANGS) {
    const rows = readTsv(`${l}/org-heads.tsv`);
    assert.ok(rows.length >= 20, `data/${l}/org-heads.tsv has only ${rows.length} heads`);
    for (const r of rows) {
      assert.ok(r['en'], `data/${l}/org-heads.tsv: ${r['head']} lacks en`);
      assert.ok(roles.has(r['role'] ?? ''), `data/${l}/org-heads.tsv: ${r['head']} role ${r['role']}`);
      assert.ok(['first', 'last', 'both'].includes(r['position'] ?? ''), `data/${l}/org-heads.tsv: ${r['head']} position`);
      if (r['template']) assert.ok(r['template'].includes('{country}'), `data/${l}/org-heads.tsv: ${r['head']} template without {country}`);
    }
  }
});

test('name cues: known kinds, domain suffixes with ISO countries, one-letter romanization keys', () => {
  const gaz = loadGazetteer();
  const kinds = new Set(['surname-ending', 'patronymic-ending', 'patronymic-word', 'honorific', 'ambiguous-name', 'break', 'portfolio-break', 'conjunction', 'domain-suffix', 'coordinator', 'article', 'genitive', 'portfolio-opener', 'oblique-ending', 'place-preposition', 'family-name-first']);
  for (const l of CUE_LANGS) {
    for (const r of readTsv(`${l}/name-cues.tsv`)) {
      assert.ok(kinds.has(r['kind'] ?? ''), `data/${l}/name-cues.tsv: ${r['cue']} kind ${r['kind']}`);
      if (r['kind'] === 'domain-suffix' && r['value']) assert.ok(gaz.countryCodes.has(r['value']), `data/${l}/name-cues.tsv: ${r['cue']} → ${r['value']}`);
      if (r['kind'] === 'surname-ending' || r['kind'] === 'patronymic-ending') assert.ok(['m', 'f', 'any'].includes(r['value'] ?? ''), `data/${l}/name-cues.tsv: ${r['cue']} gender`);
    }
    for (const r of readTsv(`${l}/romanization.tsv`)) {
      assert.equal([...(r['letter'] ?? '')].length, 1, `data/${l}/romanization.tsv: ${r['letter']}`);
      assert.equal(r['letter'], r['letter']?.toLowerCase(), `data/${l}/romanization.tsv: ${r['letter']} is not lower case`);
      assert.match(`${r['latin']}${r['initial']}`, /^[a-z]*$/, `data/${l}/romanization.tsv: ${r['letter']} → ${r['latin']}`);
    }
  }
});

test('the cue tables load once, merged over languages', () => {
  const c = loadCues();
  assert.equal(loadCues(), c);
  assert.ok(c.names.surnameEndings.some((e) => e.ending === 'ов'));
  assert.ok(c.names.honorifics.has('xanım'));
  assert.equal(c.names.domains.get('kz'), 'KAZ');
  assert.ok(c.titles.some((t) => t.lang === 'kk' && t.title === 'Мемлекет басшысы' && t.kind === 'office-home'));
});
