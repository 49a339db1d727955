/** The NER tagger used by the pipeline: PER/ORG/LOC spans over a sentence's tokens, from the shipped models in data/ner/. */
import { existsSync, readFileSync } from 'node:fs';
import type { NerSpan } from './bio.ts';
import type { NerLang } from './lexicon.ts';
import { parseModel, tagWithModel, type NerModel } from './model.ts';
import { repairSpans } from './rules.ts';
import { dataPath } from '../util/data.ts';

export type { NerSpan } from './bio.ts';

const models = new Map<NerLang, NerModel | null>();

/** Path of the shipped model of a language (data/ner/<lang>.tsv). */
export function modelPath(lang: NerLang): string {
  return dataPath('ner', `${lang}.tsv`);
}

/** The shipped model of `lang`, loaded once; null when its file is missing. */
export function loadModel(lang: NerLang): NerModel | null {
  if (!models.has(lang)) {
    const p = modelPath(lang);
    models.set(lang, existsSync(p) ? parseModel(readFileSync(p, 'utf8'), lang, `data/ner/${lang}.tsv`) : null);
  }
  return models.get(lang) ?? null;
}

/**
 * PER/ORG/LOC entities in one tokenised sentence of Kazakh or Azerbaijani text: spans over token indices
 * [start, end) with a confidence in [0.5, 1). Loads the language's model lazily once; [] without a model.
 */
export function tagTokens(words: readonly string[], lang: 'kk' | 'az'): NerSpan[] {
  const m = loadModel(lang);
  return m ? repairSpans(words, lang, tagWithModel(m, words)) : [];
}
