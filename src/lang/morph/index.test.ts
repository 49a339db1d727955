import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wordLang } from './index.ts';
import type { Lang } from '../../pipeline/types.ts';

/** wordLang as specified: the paragraph's language when the word is in its script, else by the word's own letters. */
function reference(word: string, p: Lang): Lang {
  if (/[\u0400-\u04FF]/.test(word)) return p === 'kk' || p === 'ru' ? p : /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/.test(word) ? 'kk' : 'ru';
  if (p === 'az' || p === 'en' || p === 'tr' || p === 'tk' || p === 'uz') return p;
  return /[əƏğĞıİşŞçÇöÖüÜ]/.test(word) ? 'az' : 'en';
}

test('wordLang: the paragraph language in its own script, else the language the word\'s letters point to', () => {
  const letters = fc.constantFrom(...'abzəğışçöüйқәұіяЁёӨӀ\u03a9\u0500-1'.split(''));
  const langs = fc.constantFrom<Lang>('kk', 'az', 'ru', 'en', 'tr', 'uz', 'ky', 'und');
  fc.assert(fc.property(fc.array(letters, { maxLength: 8 }).map((a) => a.join('')), langs, (w, p) => {
    assert.equal(wordLang(w, p), reference(w, p));
  }), { numRuns: 3000 });
  assert.equal(wordLang('Бакуге', 'az'), 'ru');
  assert.equal(wordLang('Тоқаев', 'az'), 'kk');
  assert.equal(wordLang('Bakıya', 'kk'), 'az');
});
