import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagIndex } from './bio.ts';
import type { LabelledSentence } from './conll.ts';
import { parseModel, serializeModel, tagWithModel } from './model.ts';
import { prf } from './score.ts';
import { scoreModel, trainModel } from './train.ts';

// A synthetic Kazakh-like corpus: invented names in a few sentence frames, slots filled independently by a
// seeded generator; names held out of training appear at test time, so the model must generalise from
// shapes, suffixes and context.
const GIVEN = ['Ерлан', 'Айгүл', 'Бауыржан', 'Мәди', 'Сәуле', 'Нұрлан', 'Дана', 'Арман', 'Гүлнар', 'Талғат', 'Ғалым', 'Жанар'];
const FAMILY = ['Сейітов', 'Жақыпова', 'Омаров', 'Бекова', 'Тұрсынов', 'Әлімова', 'Қасенов', 'Рысқұлова', 'Ержанов', 'Мұратова', 'Нұрпейісов', 'Сәрсенова'];
const TOWNS = ['Талдықорған', 'Қызылжар', 'Теміртау', 'Жаңаөзен', 'Арқалық', 'Сарыағаш', 'Кентау', 'Ақсай', 'Шардара', 'Балқаш'];
const ORGS = [['Ақжол', 'компаниясы'], ['Самұрық', 'қоры'], ['Болашақ', 'орталығы'], ['Береке', 'банкі'], ['Даму', 'агенттігі'], ['Шапағат', 'қоғамы']];

function pick<T>(xs: readonly T[], r: () => number, from: number, to: number): T {
  return xs[from + Math.floor(r() * (to - from))]!;
}

/** Sentences whose names come from the first `train` entries of each list (held-out names after them when `heldOut`). */
function corpus(n: number, seed: number, heldOut: boolean): LabelledSentence[] {
  let a = seed;
  const r = (): number => { a = (a * 1103515245 + 12345) % 2147483648; return a / 2147483648; };
  const slot = <T>(xs: readonly T[]): T => (heldOut ? pick(xs, r, xs.length - 2, xs.length) : pick(xs, r, 0, xs.length - 2));
  const out: LabelledSentence[] = [];
  for (let i = 0; i < n; i++) {
    const g = slot(GIVEN), f = slot(FAMILY), town = slot(TOWNS), [o1, o2] = slot(ORGS);
    const frames: [string, string][] = [
      [`${g} ${f} кеше ${town} қаласына барды .`, 'B-PER I-PER O B-LOC O O O'],
      [`${o1} ${o2} ${town} қаласында жаңа кеңсе ашты .`, 'B-ORG I-ORG B-LOC O O O O O'],
      [`Жиынға ${g} ${f} пен ${o1} ${o2} өкілдері қатысты .`, 'O B-PER I-PER O B-ORG I-ORG O O O'],
      [`${town} тұрғындары ${f} мырзаға алғыс айтты .`, 'B-LOC O B-PER O O O O'],
      [`Бүгін ${town} қаласында ${g} ${f} сөз сөйледі .`, 'O B-LOC O B-PER I-PER O O O'],
      [`${o1} ${o2} басшысы ${g} ${f} жаңа жоспар ұсынды .`, 'B-ORG I-ORG O B-PER I-PER O O O O'],
    ];
    const [text, tags] = frames[Math.floor(r() * frames.length)]!;
    out.push({ words: text.split(' '), tags: tags.split(' ').map(tagIndex) });
  }
  return out;
}

test('the perceptron learns a small synthetic corpus and tags unseen names', () => {
  const train = corpus(200, 1, false);
  const unseen = corpus(60, 2, true);
  const m = trainModel(train, { textLang: 'kk', modelLang: 'kk', mode: 'full', epochs: 5, seed: 3 });
  assert.ok(prf(scoreModel(m, train, true).ALL).f1 > 0.98, 'fits its training data');
  const f1 = prf(scoreModel(m, unseen, true).ALL).f1;
  assert.ok(f1 > 0.9, `F1 on unseen names ${f1}`);
  const words = 'Ғалым Нұрпейісов кеше Шардара қаласына барды .'.split(' ');
  assert.deepEqual(tagWithModel(m, words).map((s) => [s.type, s.start, s.end]), [['PER', 0, 2], ['LOC', 3, 4]]);
});

test('training is deterministic and the model file round-trips', () => {
  const data = corpus(40, 5, false);
  const spec = { textLang: 'kk', modelLang: 'kk', mode: 'full', epochs: 3, seed: 9 } as const;
  const a = serializeModel(trainModel(data, spec), ['test model'], 0);
  const b = serializeModel(trainModel(data, spec), ['test model'], 0);
  assert.equal(a, b);
  const back = parseModel(a, 'kk', 'test');
  assert.equal(serializeModel(back, ['test model'], 0), a);
  assert.equal(back.mode, 'full');
  assert.ok(back.features.size > 100);
});
