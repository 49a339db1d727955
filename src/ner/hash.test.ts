import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { featureBucket, fnv1a32 } from './hash.ts';
import { tagIndex } from './bio.ts';
import type { LabelledSentence } from './conll.ts';
import { parseModel, serializeModel, tagWithModel } from './model.ts';
import { averageModels, blockCrossValidate, trainOnParts } from './train.ts';

/** Reference FNV-1a over the bytes TextEncoder writes. */
function reference(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) h = Math.imul(h ^ b, 16777619);
  return h >>> 0;
}

test('fnv1a32 gives the published FNV-1a 32-bit values and hashes UTF-8 bytes', () => {
  // Test vectors of the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv): '', 'a', 'foobar'.
  assert.equal(fnv1a32(''), 0x811c9dc5);
  assert.equal(fnv1a32('a'), 0xe40c292c);
  assert.equal(fnv1a32('foobar'), 0xbf9cf968);
  // Values the shipped az model depends on: changing the hash silently breaks data/ner/az.tsv.
  assert.equal(fnv1a32('0w=bakı'), 0x6aecb524);
  assert.equal(fnv1a32('Ə😀x'), 0x65bdc409);
  assert.equal(featureBucket('0w=bakı', 22), 0x6aecb524 & 0x3fffff);
});

test('property: fnv1a32 equals FNV-1a over TextEncoder bytes, lone surrogates included', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => assert.equal(fnv1a32(s), reference(s))));
  fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)), maxLength: 8 }), (s) => assert.equal(fnv1a32(s), reference(s))));
});

test('featureBucket stays in 0…2^bits−1 and rejects a bucket space it cannot index', () => {
  fc.assert(fc.property(fc.string(), fc.integer({ min: 1, max: 31 }), (s, bits) => {
    const b = featureBucket(s, bits);
    assert.ok(Number.isInteger(b) && b >= 0 && b < 2 ** bits);
  }));
  for (const bad of [0, 32, 2.5, -1]) assert.throws(() => featureBucket('x', bad), /bucket bits must be 1…31/);
});

const GIVEN = ['Elçin', 'Sahibə', 'Rəşad', 'Aygün', 'Tural', 'Nərmin'];
const FAMILY = ['Babayev', 'Qafarova', 'Nəbiyev', 'Hüseynova', 'Məmmədov', 'Əliyeva'];
const TOWNS = ['Gəncə', 'Şəki', 'Lənkəran', 'Quba', 'Zaqatala', 'Masallı'];

function corpus(n: number): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (let i = 0; i < n; i++) {
    const g = GIVEN[i % GIVEN.length]!, f = FAMILY[(i * 5 + 1) % FAMILY.length]!, t = TOWNS[(i * 7 + 2) % TOWNS.length]!;
    const [text, tags] = i % 2
      ? [`${g} ${f} dünən ${t} şəhərinə gedib .`, 'B-PER I-PER O B-LOC O O O']
      : [`Bu gün ${t} şəhərində ${g} ${f} çıxış edib .`, 'O O B-LOC O B-PER I-PER O O O'];
    out.push({ words: text.split(' '), tags: tags.split(' ').map(tagIndex) });
  }
  return out;
}

test('a hashed model round-trips through its file, tags as before, and the file holds no feature strings', () => {
  const data = corpus(40);
  const spec = { modelLang: 'az', mode: 'full', epochs: 3, seed: 2, hashBits: 18 } as const;
  const m = trainOnParts([{ sents: data, lang: 'az' }], spec);
  assert.equal(m.hashBits, 18);
  const text = serializeModel(m, ['hashed test model'], 0);
  assert.equal(serializeModel(trainOnParts([{ sents: data, lang: 'az' }], spec), ['hashed test model'], 0), text, 'deterministic');
  const back = parseModel(text, 'az', 'test');
  assert.equal(back.hashBits, 18);
  assert.equal(serializeModel(back, ['hashed test model'], 0), text);
  const rows = text.split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t')[0]!);
  const weights = rows.filter((r) => !r.startsWith('@'));
  assert.ok(weights.length > 50 && weights.every((r) => /^\d+$/.test(r) && Number(r) < 2 ** 18), 'feature column: bucket numbers only');
  assert.ok(!/Elçin|Babayev|Gəncə|şəhər/i.test(text), 'no training words in the file');
  const words = 'Nərmin Hüseynova dünən Quba şəhərinə gedib .'.split(' ');
  assert.deepEqual(tagWithModel(back, words), tagWithModel(m, words));
  assert.deepEqual(tagWithModel(back, words).map((s) => [s.type, s.start, s.end]), [['PER', 0, 2], ['LOC', 3, 4]]);
});

test('a hashed model file with a bad @hash row or a non-numeric feature row is refused with the file named', () => {
  const head = 'feature\tO\tB-PER\tI-PER\tB-ORG\tI-ORG\tB-LOC\tI-LOC\n';
  assert.throws(() => parseModel(`# t\n${head}@hash:40\t\t\t\t\t\t\t\n`, 'az', 'data/ner/az.tsv'), /data\/ner\/az\.tsv: @hash must be a bucket bit count/);
  assert.throws(() => parseModel(`# t\n${head}@hash:8\t\t\t\t\t\t\t\n0w=bakı\t1\t\t\t\t\t\t\n`, 'az', 'data/ner/az.tsv'), /not a bucket number below 2\^8/);
  assert.throws(() => parseModel(`# t\n${head}@hash:8\t\t\t\t\t\t\t\n300\t1\t\t\t\t\t\t\n`, 'az', 'data/ner/az.tsv'), /not a bucket number below 2\^8/);
  assert.throws(() => parseModel(`# t\n${head}7\tx\t\t\t\t\t\t\n`, 'az', 'data/ner/az.tsv'), /feature 7 has a weight that is not a number/);
});

test('bagging averages the weights of models trained in different orders', () => {
  const data = corpus(20);
  const spec = { modelLang: 'az', mode: 'full', epochs: 2, seed: 5, hashBits: 16 } as const;
  const a = trainOnParts([{ sents: data, lang: 'az' }], spec);
  const b = trainOnParts([{ sents: data, lang: 'az' }], { ...spec, seed: 6 });
  const bagged = trainOnParts([{ sents: data, lang: 'az' }], { ...spec, bag: 2 });
  assert.equal(serializeModel(bagged, [], 0), serializeModel(averageModels([a, b]), [], 0));
  const [k, v] = [...a.features].find(([key]) => b.features.has(key))!;
  assert.ok(Math.abs(bagged.features.get(k)![1]! - (v[1]! + b.features.get(k)![1]!) / 2) < 1e-6);
  assert.throws(() => trainOnParts([{ sents: data, lang: 'az' }], { ...spec, bag: 0 }), /bag must be a positive whole number/);
});

test('block cross-validation tests every sentence once, on a model that never saw it', () => {
  const data = corpus(23);
  const seen: number[] = [];
  const table = blockCrossValidate(data, 4, (train) => {
    assert.ok(train.length >= 17 && train.length <= 18);
    seen.push(train.length);
    return trainOnParts([{ sents: train, lang: 'az' }], { modelLang: 'az', mode: 'full', epochs: 1, seed: 1 });
  });
  assert.equal(seen.reduce((a, b) => a + b, 0), 3 * data.length, 'each sentence is in the training part of 3 of 4 folds');
  assert.equal(table.ALL.gold, data.length * 2);
  assert.throws(() => blockCrossValidate(data, 1, () => { throw new Error('unreached'); }), /folds must be 2…23/);
});
