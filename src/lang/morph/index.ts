/** Routes a word to the morphological analyser of its language (kk/az suffix chains, ru endings, en stemming). */
import type { Lang } from '../../pipeline/types.ts';
import { hasCyrillic, lower } from '../../text/case.ts';
import * as turkic from './turkic.ts';
import * as ru from './ru.ts';
import * as en from './en.ts';
import { latinKey } from '../../text/translit.ts';
import { detach, LangMemo, WordSlots } from '../../util/memo.ts';

/** A stem and the suffixes stripped from a lower-cased word. */
export interface StemResult { stem: string; suffixes: string[]; lemma?: string }

const AZ_LETTERS = /[əƏğĞıİşŞçÇöÖüÜ]/;
const KK_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/**
 * The analyser language for one word: the paragraph's language when the word is in that language's
 * script, else a guess from the word's own letters (Kazakh-only letters → kk, Azerbaijani letters → az).
 */
export function wordLang(word: string, paragraphLang: Lang): Lang {
  const cyr = hasCyrillic(word);
  if (cyr) {
    if (paragraphLang === 'kk' || paragraphLang === 'ru') return paragraphLang;
    return KK_LETTERS.test(word) ? 'kk' : 'ru';
  }
  if (paragraphLang === 'az' || paragraphLang === 'en') return paragraphLang;
  if (paragraphLang === 'tr' || paragraphLang === 'tk' || paragraphLang === 'uz') return paragraphLang;
  return AZ_LETTERS.test(word) ? 'az' : 'en';
}

/** Stem + suffixes of a word in `lang`; languages without an analyser keep the lower-cased word whole. */
export function stemWord(word: string, lang: Lang): StemResult {
  switch (lang) {
    case 'kk':
    case 'az':
      return turkic.analyse(word, lang);
    case 'ru':
      return ru.analyse(word, 'ru');
    case 'en':
      return en.analyse(word, 'en');
    default:
      return { stem: lower(word, lang), suffixes: [] };
  }
}

/**
 * Everything the token layer keeps about one word form, and the bag where later stages remember what they
 * derive from it (see {@link WordSlots}; one bag per paragraph language and form, like the analysis).
 */
export interface WordAnalysis { lower: string; stem: string; suffixes: readonly string[]; key: string; readonly slots: WordSlots }

/** Per paragraph language, word → analysis. */
const cache = new LangMemo<WordAnalysis>(200_000);

/**
 * Analyses a word as it appears in a paragraph of `paragraphLang`: lower case, stem, suffixes and
 * Latin key. News repeats its words, so results are memoized (bounded; cleared when full).
 */
export function analyseWord(word: string, paragraphLang: Lang): WordAnalysis {
  const hit = cache.get(paragraphLang, word);
  if (hit) return hit;
  // The cache keeps the word and strings derived from it: a copy, not a view into the document's text.
  const own = detach(word);
  const wl = wordLang(own, paragraphLang);
  const { stem, suffixes, lemma } = stemWord(own, wl);
  // Russian stems drop endings (Астане → астан); its lemma (астана) keys like kk/az stems do.
  const result: WordAnalysis = Object.freeze({ lower: lower(own, wl), stem, suffixes: [...suffixes], key: latinKey(lemma ?? stem), slots: new WordSlots() });
  cache.set(paragraphLang, own, result, true);
  return result;
}
