/** Training and scoring helpers shared by scripts/train-ner.ts and scripts/eval-ner.ts. */
import { spansFromTags } from './bio.ts';
import type { LabelledSentence } from './conll.ts';
import { tokenFeatures, wordFeatures, type FeatureMode, type WordFeatures } from './features.ts';
import { sentenceInfo } from './context.ts';
import { tagWithModel, type NerModel } from './model.ts';
import { trainPerceptron, type PerceptronOptions } from './perceptron.ts';
import { nerLexicon, type NerLang } from './lexicon.ts';
import { repairSpans } from './rules.ts';
import { addSentence, emptyTable, type ScoreTable } from './score.ts';

/** What to train: the language of the training text, the language the model will tag, feature mode and perceptron settings. */
export interface TrainSpec extends PerceptronOptions { textLang: NerLang; modelLang: NerLang; mode: FeatureMode }

/** Trains a model on labelled sentences (deterministic for the same data and spec). */
export function trainModel(sents: readonly LabelledSentence[], spec: TrainSpec): NerModel {
  const { textLang: lang, modelLang, mode } = spec;
  const cache = new Map<string, WordFeatures>();
  const wf = (w: string): WordFeatures => {
    let f = cache.get(w);
    if (!f) { f = wordFeatures(w, lang, mode); cache.set(w, f); }
    return f;
  };
  const data = sents.map((s) => {
    const f = s.words.map(wf);
    const info = sentenceInfo(f);
    return { tags: s.tags, feats: s.words.map((_, i) => tokenFeatures(f, s.words, i, info)) };
  });
  const { features, trans } = trainPerceptron(data, spec);
  return { lang: modelLang, mode, features, trans };
}

/** Entity-level scores of a model on labelled sentences, with the rule repairs of rules.ts unless `raw`. */
export function scoreModel(m: NerModel, sents: readonly LabelledSentence[], raw = false): ScoreTable {
  const table = emptyTable();
  for (const s of sents) {
    const spans = tagWithModel(m, s.words);
    addSentence(table, raw ? spans : repairSpans(s.words, m.lang, spans), spansFromTags(s.tags));
  }
  return table;
}

/**
 * Kazakh sentences restyled for an Azerbaijani model: every word of a multi-word organization name is
 * capitalised, as Azerbaijani writes them (Azərbaycan Dövlət Neft Şirkəti) where Kazakh capitalises only the
 * first (Денсаулық сақтау министрлігі); function words of the az-kk bridge (және, мен) stay lower case.
 */
export function titleCaseOrganizations(sents: readonly LabelledSentence[]): LabelledSentence[] {
  const keepLower = nerLexicon().bridged;
  return sents.map((s) => {
    const words = [...s.words];
    for (const sp of spansFromTags(s.tags)) {
      if (sp.type !== 'ORG') continue;
      for (let i = sp.start; i < sp.end; i++) {
        const w = words[i]!;
        if (!keepLower.has(w)) words[i] = w.charAt(0).toUpperCase() + w.slice(1);
      }
    }
    return { words, tags: s.tags };
  });
}
