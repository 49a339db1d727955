import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spansFromTags, tagIndex, NUM_TAGS } from './bio.ts';
import { BILOU, BIO, schemeOfTags, tagScheme } from './scheme.ts';
import { viterbi, viterbiWithMargins } from './viterbi.ts';
import { parseModel, serializeModel, tagWithModel } from './model.ts';
import { trainOnParts } from './train.ts';

const bio = (s: string): number[] => s.split(' ').map((x) => { const i = tagIndex(x); assert.ok(i >= 0, x); return i; });
const names = (tags: number[]): string[] => tags.map((t) => BILOU.tags[t]!);

test('BILOU encodes BIO: last word of a multi-word name L-, a one-word name U-', () => {
  assert.deepEqual(names(BILOU.encode(bio('B-ORG I-ORG I-ORG O B-PER O B-LOC I-LOC'))), ['B-ORG', 'I-ORG', 'L-ORG', 'O', 'U-PER', 'O', 'B-LOC', 'L-LOC']);
  assert.deepEqual(names(BILOU.encode(bio('B-PER B-PER I-PER'))), ['U-PER', 'B-PER', 'L-PER']);
  assert.deepEqual(names(BILOU.encode(bio('O I-LOC I-LOC'))), ['O', 'B-LOC', 'L-LOC'], 'a stray I- starts an entity, as conlleval reads it');
});

test('property: BILOU encoding keeps the spans of any BIO sequence', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: NUM_TAGS - 1 }), { maxLength: 30 }), (tags) => {
    const enc = BILOU.encode(tags);
    assert.deepEqual(BILOU.spans(enc), spansFromTags(tags));
    enc.forEach((t, i) => assert.ok(BILOU.allowed(i === 0 ? -1 : enc[i - 1]!, t)));
    if (enc.length) assert.ok(BILOU.final(enc[enc.length - 1]!));
  }));
});

test('property: Viterbi in BILOU only outputs well-formed sequences, whatever the scores', () => {
  const T = BILOU.tags.length;
  const scores = (n: number) => fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n, maxLength: n });
  fc.assert(fc.property(fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(fc.constant(n), scores(n * T), scores((T + 1) * T))), ([n, e, tr]) => {
    const tags = viterbi(Float64Array.from(e), n, Float64Array.from(tr), BILOU);
    tags.forEach((t, i) => assert.ok(BILOU.allowed(i === 0 ? -1 : tags[i - 1]!, t), `${BILOU.tags[t]} after ${i ? BILOU.tags[tags[i - 1]!] : 'START'}`));
    assert.ok(BILOU.final(tags[n - 1]!), `ends on ${BILOU.tags[tags[n - 1]!]}`);
    const { margins } = viterbiWithMargins(Float64Array.from(e), n, Float64Array.from(tr), BILOU);
    assert.ok(margins.every((m) => m >= 0 && Number.isFinite(m)));
  }));
});

test('schemes are found by their tag columns and by name', () => {
  assert.equal(schemeOfTags(BILOU.tags), BILOU);
  assert.equal(schemeOfTags(BIO.tags), BIO);
  assert.equal(schemeOfTags(['O', 'B-PER']), undefined);
  assert.equal(tagScheme(undefined), BIO);
  assert.equal(tagScheme('bilou'), BILOU);
});

test('a BILOU model round-trips through its file (tag columns name the scheme) and tags as before', () => {
  const sents = [
    ['Aygün Qafarova dünən Şəki şəhərinə gedib .', 'B-PER I-PER O B-LOC O O O'],
    ['Bu gün Gəncə şəhərində Tural Babayev çıxış edib .', 'O O B-LOC O B-PER I-PER O O O'],
    ['Elçin dünən Bakı Dövlət Universitetinə gedib .', 'B-PER O B-ORG I-ORG I-ORG O O'],
    ['Rəşad Məmmədov Quba şəhərində yaşayır .', 'B-PER I-PER B-LOC O O O'],
  ].map(([text, tags]) => ({ words: text!.split(' '), tags: bio(tags!) }));
  const data = Array.from({ length: 5 }, () => sents).flat();
  const spec = { modelLang: 'az', mode: 'full', epochs: 4, seed: 3, hashBits: 16, scheme: 'bilou' } as const;
  const m = trainOnParts([{ sents: data, lang: 'az' }], spec);
  assert.equal(m.scheme, 'bilou');
  assert.equal(m.trans.length, (BILOU.tags.length + 1) * BILOU.tags.length);
  const text = serializeModel(m, ['BILOU test model'], 0);
  assert.match(text, /^feature\tO\tB-PER\tI-PER\tL-PER\tU-PER\tB-ORG/m);
  const back = parseModel(text, 'az', 'test');
  assert.equal(back.scheme, 'bilou');
  assert.equal(serializeModel(back, ['BILOU test model'], 0), text);
  const words = 'Aygün Babayev dünən Quba şəhərinə gedib .'.split(' ');
  const spans = (x: typeof m) => tagWithModel(x, words).map((s) => [s.type, s.start, s.end]);
  assert.deepEqual(spans(back), spans(m));
  assert.deepEqual(tagWithModel(back, words).map((s) => [s.type, s.start, s.end]), [['PER', 0, 2], ['LOC', 3, 4]]);
  assert.equal(parseModel(serializeModel(trainOnParts([{ sents: data, lang: 'az' }], { ...spec, scheme: 'bio' }), [], 0), 'az', 't').scheme, undefined, 'a BIO model stays BIO');
});
