import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadModel, modelPath, tagTokens } from './tagger.ts';
import { foldOf } from '../lang/langid-train.ts';
import { readKazNerd } from '../lang/langid-corpus.ts';
import { kazNerdHalf, KAZNERD_VALID } from './corpus.ts';

/** Spans as TYPE:text for readable assertions. */
function tagged(text: string, lang: 'kk' | 'az'): string[] {
  const words = text.split(' ');
  return tagTokens(words, lang).map((s) => `${s.type}:${words.slice(s.start, s.end).join(' ')}`);
}

test('the shipped model files load, with a header naming their sources and licence', () => {
  for (const lang of ['kk', 'az'] as const) {
    const text = readFileSync(modelPath(lang), 'utf8');
    assert.match(text, /^# elchi NER model/);
    assert.match(text, /KazNERD.*CC BY 4\.0/s);
    assert.ok(text.length < 5e6, `data/ner/${lang}.tsv is ${text.length} bytes`);
    const m = loadModel(lang);
    assert.ok(m && m.features.size > 1000, `data/ner/${lang}.tsv has features`);
    assert.equal(m.mode, 'full');
    assert.ok(m.trans.some((x) => x !== 0), 'transition weights are set');
  }
});

test('the az model is hashed: its file names the ADA corpus and holds bucket numbers, never corpus words', () => {
  const text = readFileSync(modelPath('az'), 'utf8');
  assert.match(text, /ADA University Azerbaijani NER corpus/);
  assert.match(text, /not redistribute/);
  assert.match(text, /FNV-1a/);
  const m = loadModel('az')!;
  assert.ok(m.hashBits > 0 && m.hashBits <= 24, `hash bits ${m.hashBits}`);
  assert.equal(m.scheme, 'bilou', 'the az model decodes BILOU tags (chosen by block cross-validation)');
  const rows = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).slice(1).map((l) => l.split('\t')[0]!);
  const bad = rows.filter((r) => !r.startsWith('@') && !/^\d+$/.test(r));
  assert.deepEqual(bad.slice(0, 5), [], 'every weight row is keyed by a bucket number');
  const body = text.split('\n').filter((l) => !l.startsWith('#')).join('\n');
  assert.ok(!/\p{L}{3,}/u.test(body.replace(/@(mode:full|hash|trans:START|trans:[BILU]-(PER|ORG|LOC)|trans:O)|feature|PER|ORG|LOC/g, '')), 'no words outside the header and column names');
});

test('Kazakh sentences: persons, places and organizations, inflected', () => {
  const cases: [string, string[]][] = [
    ['Мемлекет басшысы Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевті қабылдады .', ['PER:Қасым-Жомарт Тоқаев', 'PER:Ильхам Әлиевті']],
    ['Ербол Сапаров Шымкент қаласында кездесу өткізді .', ['PER:Ербол Сапаров', 'LOC:Шымкент']],
    ['Денсаулық сақтау министрлігі жаңа ережені бекітті .', ['ORG:Денсаулық сақтау министрлігі']],
    ['Кеше « Нұр Отан » партиясының съезі өтті .', ['ORG:Нұр Отан']],
    ['Антониу Гутерриш Женевада сөз сөйледі .', ['PER:Антониу Гутерриш', 'LOC:Женевада']],
  ];
  for (const [text, want] of cases) assert.deepEqual(tagged(text, 'kk'), want, text);
});

test('Azerbaijani sentences: persons, places and organizations, inflected', () => {
  const cases: [string, string[]][] = [
    ['Milli Məclisin sədri Sahibə Qafarova Ankarada türk həmkarı ilə görüşüb .', ['ORG:Milli Məclisin', 'PER:Sahibə Qafarova', 'LOC:Ankarada']],
    ['Bakı Dövlət Universitetinin rektoru Elçin Babayev Gəncəyə səfər edib .', ['ORG:Bakı Dövlət Universitetinin', 'PER:Elçin Babayev', 'LOC:Gəncəyə']],
    ['Yeni Azərbaycan Partiyasının qurultayı Sumqayıtda keçirilib .', ['ORG:Yeni Azərbaycan Partiyasının', 'LOC:Sumqayıtda']],
    ['Ceyhun Bayramov Moskvada Sergey Lavrovla görüşüb .', ['PER:Ceyhun Bayramov', 'LOC:Moskvada', 'PER:Sergey Lavrovla']],
    ['Azərbaycan Respublikası Təhsil Nazirliyi yeni qayda təsdiqləyib .', ['ORG:Azərbaycan Respublikası Təhsil Nazirliyi']],
  ];
  for (const [text, want] of cases) assert.deepEqual(tagged(text, 'az'), want, text);
});

test('scores are confidences in [0.5, 1) and empty input gives no spans', () => {
  const words = 'Prezident İlham Əliyev Bakıda çıxış edib .'.split(' ');
  for (const s of tagTokens(words, 'az')) assert.ok(s.score >= 0.5 && s.score <= 1, String(s.score));
  assert.deepEqual(tagTokens([], 'kk'), []);
});

const SHARED = resolve(import.meta.dirname, '../../../shared');
test('the NER training half of KazNERD is the language-ID training half', { skip: !existsSync(resolve(SHARED, KAZNERD_VALID)) && 'needs ../shared' }, () => {
  const ner = kazNerdHalf(SHARED, 0).map((s) => s.words.join(' '));
  const langid = readKazNerd(SHARED, 0).map((s) => s.text);
  assert.deepEqual(ner, langid);
  assert.equal(foldOf('kaznerd-0', 2) === 0 || foldOf('kaznerd-0', 2) === 1, true);
  const held = new Set(kazNerdHalf(SHARED, 1).map((s) => s.words.join(' ')));
  assert.ok(held.size > 5000);
});
