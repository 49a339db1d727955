import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allowedAfter, NUM_TAGS, spansFromTags, tagIndex, tagsFromSpans, TAGS } from './bio.ts';
import { viterbi, viterbiWithMargins } from './viterbi.ts';

const t = (s: string): number[] => s.split(' ').map((x) => { const i = tagIndex(x); assert.ok(i >= 0, x); return i; });

test('spansFromTags reads B/I runs, and an I- after O or another type starts a new entity (conlleval)', () => {
  const cases: [string, string[]][] = [
    ['B-PER I-PER O B-LOC', ['PER:0-2', 'LOC:3-4']],
    ['B-ORG I-ORG I-ORG', ['ORG:0-3']],
    ['B-PER B-PER', ['PER:0-1', 'PER:1-2']],
    ['O I-LOC I-LOC O', ['LOC:1-3']],
    ['B-PER I-ORG', ['PER:0-1', 'ORG:1-2']],
    ['O O', []],
  ];
  for (const [tags, want] of cases) {
    assert.deepEqual(spansFromTags(t(tags)).map((s) => `${s.type}:${s.start}-${s.end}`), want, tags);
  }
});

test('spans carry the lowest token confidence of their tokens', () => {
  assert.deepEqual(spansFromTags(t('B-PER I-PER O'), [0.9, 0.7, 0.1]).map((s) => s.score), [0.7]);
});

test('property: any tag sequence decodes to ordered, non-overlapping, in-range spans that re-encode to themselves', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: NUM_TAGS - 1 }), { maxLength: 40 }), (tags) => {
    const spans = spansFromTags(tags);
    let last = 0;
    for (const s of spans) {
      assert.ok(s.start >= last && s.start < s.end && s.end <= tags.length);
      assert.ok(tags[s.start]! > 0);
      last = s.end;
    }
    const again = tagsFromSpans(tags.length, spans);
    for (let i = 1; i < again.length; i++) assert.ok(allowedAfter(again[i - 1]!, again[i]!), 'tagsFromSpans writes well-formed BIO');
    assert.deepEqual(spansFromTags(again), spans);
  }));
});

test('property: Viterbi never outputs I-X except after B-X or I-X, whatever the scores', () => {
  const scores = (n: number) => fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: n, maxLength: n });
  fc.assert(fc.property(fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), scores(n * NUM_TAGS), scores((NUM_TAGS + 1) * NUM_TAGS))), ([n, e, tr]) => {
    const tags = viterbi(Float64Array.from(e), n, Float64Array.from(tr));
    assert.equal(tags.length, n);
    tags.forEach((tag, i) => assert.ok(allowedAfter(i === 0 ? -1 : tags[i - 1]!, tag), `${TAGS[tag]} after ${i === 0 ? 'START' : TAGS[tags[i - 1]!]}`));
    const { margins } = viterbiWithMargins(Float64Array.from(e), n, Float64Array.from(tr));
    assert.ok(margins.every((m) => m >= 0 && Number.isFinite(m)));
  }));
});

test('Viterbi prefers the best well-formed path over a locally better ill-formed one', () => {
  // Token 0 likes O slightly, token 1 likes I-PER strongly: O I-PER is forbidden, so B-PER I-PER wins.
  const e = new Float64Array(2 * NUM_TAGS);
  e[0] = 1; e[1] = 0.5; e[NUM_TAGS + 2] = 5;
  assert.deepEqual(viterbi(e, 2, new Float64Array((NUM_TAGS + 1) * NUM_TAGS)), t('B-PER I-PER'));
});
