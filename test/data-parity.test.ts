/** Data parity: every data file has a header and parses; languages carry the same files with the same columns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataPath, parseTsv } from '../src/util/data.ts';

const CORE = ['kk', 'az', 'ru', 'en'] as const;
/** Files every core language must have (the morphology table is named by its kind: suffixes or endings). */
const REQUIRED = ['abbreviations.tsv', 'months.tsv', 'date-words.tsv'];
const MORPHOLOGY = ['suffixes.tsv', 'endings.tsv'];

function tsvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsvFiles(p);
    return name.endsWith('.tsv') ? [p] : [];
  });
}

function columns(file: string): string[] {
  const first = readFileSync(file, 'utf8').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  return (first ?? '').split('\t').map((c) => c.trim());
}

test('every data TSV opens with a # header saying what it holds, names its columns, and parses', () => {
  const files = tsvFiles(dataPath());
  assert.ok(files.length > 20, `only ${files.length} data files found`);
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const name = relative(dataPath(), f);
    assert.ok(text.startsWith('#'), `data/${name} lacks a # header comment`);
    assert.ok(text.split('\n').filter((l) => l.startsWith('#')).join(' ').length >= 30, `data/${name}: header too short to say what the file holds`);
    assert.doesNotThrow(() => parseTsv(text, `data/${name}`), `data/${name} does not parse`);
  }
});

test('each core language has the same language files, with the same columns', () => {
  for (const lang of CORE) {
    const have = new Set(readdirSync(dataPath(lang)));
    for (const f of REQUIRED) assert.ok(have.has(f), `data/${lang}/${f} is missing`);
    assert.ok(MORPHOLOGY.some((f) => have.has(f)), `data/${lang} has no morphology table (${MORPHOLOGY.join(' or ')})`);
  }
  for (const f of REQUIRED) {
    const ref = columns(dataPath('kk', f));
    for (const lang of CORE) assert.deepEqual(columns(dataPath(lang, f)), ref, `data/${lang}/${f} columns differ from data/kk/${f}`);
  }
  assert.deepEqual(columns(dataPath('az', 'suffixes.tsv')), columns(dataPath('kk', 'suffixes.tsv')), 'kk and az suffix tables differ in columns');
});

test('parseTsv names the file and line of a malformed row', () => {
  assert.throws(() => parseTsv('# what\na\tb\n1\t2\n3\n', 'data/x.tsv'), /data\/x\.tsv:4: expected 2 tab-separated cells/);
  assert.throws(() => parseTsv('# only a comment\n', 'data/y.tsv'), /data\/y\.tsv: no header line/);
});
