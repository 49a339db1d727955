import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordFeatures } from './features.ts';
import { positionFeatures, sentenceInfo } from './context.ts';
import { matchNames } from './lexicon.ts';

const feats = (text: string, lang: 'kk' | 'az' = 'az') => {
  const words = text.split(' ');
  const wf = words.map((w) => wordFeatures(w, lang, 'full'));
  return { words, wf, info: sentenceInfo(wf) };
};

const names = (text: string, lang: 'kk' | 'az' = 'az'): string[] => {
  const { words, wf } = feats(text, lang);
  return matchNames(wf.map((f) => f.keys)).map((m) => `${m.kind}:${words.slice(m.start, m.end).join(' ')}`);
};

test('gazetteer names are matched whole, longest first, inflected on their last word only', () => {
  assert.deepEqual(names('Yeni Azərbaycan Partiyasının qurultayı İlham Əliyevin çıxışı ilə açılıb .'), ['org:Yeni Azərbaycan Partiyasının', 'per:İlham Əliyevin']);
  assert.deepEqual(names('Dünən Qazaxıstan Xarici İşlər Nazirliyində görüş olub .'), ['org:Qazaxıstan Xarici İşlər Nazirliyində']);
  assert.deepEqual(names('Сыртқы істер министрлігінде кездесу өтті .', 'kk').length, 0, 'lower-case words never start a match');
});

test('a lower-case or derived word does not match a name its key or stem shares', () => {
  // qəbul has the Latin key of Kabul; Kanadalı (a Canadian) derives from Kanada.
  assert.deepEqual(names('Sənəd qəbul edilib .'), []);
  assert.deepEqual(names('Kanadalı alim Kanadada yaşayır .'), ['loc:Kanadada']);
});

test('position features: the gazetteer name a token is in, and the possessive head of its capitalised run', () => {
  const { words, info } = feats('Bu gün Yeni Azərbaycan Partiyasının qurultayı olub .');
  assert.ok(positionFeatures(words, 2, info).includes('Pgm=org|B'));
  assert.ok(positionFeatures(words, 3, info).includes('Pgm=org|I'));
  assert.ok(positionFeatures(words, 4, info).includes('Pgm=org|E'));
  assert.ok(!positionFeatures(words, 5, info).some((f) => f.startsWith('Pgm=')));
  // Partiyasının carries the 3rd-person possessive and closes the capitalised run Yeni … Partiyasının.
  assert.ok(positionFeatures(words, 2, info).includes('Ppz=2|E'));
  assert.ok(positionFeatures(words, 4, info).includes('Ppz=0|E'));
  const plain = feats('Bu gün Yeni Azərbaycan Partiyası ilə Bakı Dövlət Universiteti görüşüb .');
  assert.ok(positionFeatures(plain.words, 6, plain.info).includes('Ppz=2|E'), 'an unknown name with a possessive head');
  assert.ok(!positionFeatures(plain.words, 1, plain.info).some((f) => f.startsWith('Ppz')), 'lower-case words start no run');
});

test('word features flag the 3rd-person possessive, and only capitalised words carry name keys', () => {
  assert.equal(wordFeatures('Gəmiçiliyi', 'az', 'full').poss, true);
  assert.ok(wordFeatures('Gəmiçiliyi', 'az', 'full').far.includes('pz'));
  assert.equal(wordFeatures('министрлігі', 'kk', 'full').poss, true);
  assert.equal(wordFeatures('Bakı', 'az', 'full').poss, false);
  assert.deepEqual(wordFeatures('qəbul', 'az', 'full').keys, []);
  assert.ok(wordFeatures('Bakıda', 'az', 'full').keys.length === 2);
});
