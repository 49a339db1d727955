/** Training and scoring helpers shared by scripts/train-ner.ts and scripts/eval-ner.ts. */
import { spansFromTags } from './bio.ts';
import type { LabelledSentence } from './conll.ts';
import { tokenFeatures, wordFeatures, type FeatureMode, type WordFeatures } from './features.ts';
import { sentenceInfo } from './context.ts';
import { featureKey, tagWithModel, type NerModel } from './model.ts';
import { schemeField, tagScheme, type SchemeName } from './scheme.ts';
import { trainPerceptron, type PerceptronOptions, type TrainSentence } from './perceptron.ts';
import { nerLexicon, type NerLang } from './lexicon.ts';
import { repairSpans } from './rules.ts';
import { addSentence, emptyTable, type ScoreTable } from './score.ts';

/**
 * How to train: the language the model will tag, feature mode, perceptron settings, and `hashBits` (0 or
 * absent: features kept by name; otherwise hashed into 2^hashBits buckets, see hash.ts).
 */
export interface ModelSpec extends PerceptronOptions {
  modelLang: NerLang; mode: FeatureMode; hashBits?: number;
  /** Train this many perceptrons with shuffle seeds seed, seed+1, … and average their weights (default 1). */
  bag?: number;
  /** Tag scheme to learn (scheme.ts; default BIO). */
  scheme?: SchemeName;
}

/** A single-language training set: the language of the training text plus the model spec. */
export interface TrainSpec extends ModelSpec { textLang: NerLang }

/**
 * Labelled sentences in one language; `copies` (default 1) repeats them to weigh this part more; `mode`
 * (default the model's) featurises this part in another feature mode, e.g. `cross` for text in another
 * language than the model's, so its weights go to the features the two languages share.
 */
export interface TrainPart { sents: readonly LabelledSentence[]; lang: NerLang; copies?: number; mode?: FeatureMode }

/** Trains a model on labelled sentences of one language (deterministic for the same data and spec). */
export function trainModel(sents: readonly LabelledSentence[], spec: TrainSpec): NerModel {
  return trainOnParts([{ sents, lang: spec.textLang }], spec);
}

/**
 * Trains a model on several parts, each featurised in its own language (deterministic for the same parts
 * and spec); with `spec.bag` > 1, the average of that many models trained in different shuffle orders.
 */
export function trainOnParts(parts: readonly TrainPart[], spec: ModelSpec): NerModel {
  const bag = spec.bag ?? 1;
  if (!Number.isInteger(bag) || bag < 1) throw new Error(`NER training: bag must be a positive whole number, got ${bag}`);
  if (bag === 1) return trainOne(parts, spec);
  return averageModels(Array.from({ length: bag }, (_, b) => trainOne(parts, { ...spec, seed: spec.seed + b })));
}

/** The model whose weights (features and transitions) are the means of the given models' (same language, mode and hashing). */
export function averageModels(models: readonly NerModel[]): NerModel {
  const first = models[0];
  if (!first) throw new Error('averageModels: no models');
  const features = new Map<string, Float32Array>();
  const trans = new Float32Array(first.trans.length);
  for (const m of models) {
    if (m.mode !== first.mode || m.hashBits !== first.hashBits || m.lang !== first.lang || m.scheme !== first.scheme) throw new Error('averageModels: models differ in language, mode, hashing or tag scheme');
    for (const [k, v] of m.features) {
      let a = features.get(k);
      if (!a) { a = new Float32Array(v.length); features.set(k, a); }
      for (let t = 0; t < v.length; t++) a[t]! += v[t]! / models.length;
    }
    for (let t = 0; t < trans.length; t++) trans[t]! += m.trans[t]! / models.length;
  }
  return { lang: first.lang, mode: first.mode, hashBits: first.hashBits, features, trans, ...schemeField(tagScheme(first.scheme)) };
}

function trainOne(parts: readonly TrainPart[], spec: ModelSpec): NerModel {
  const { modelLang, mode } = spec;
  const hashBits = spec.hashBits ?? 0;
  const key = (f: string): string => featureKey({ hashBits }, f);
  const scheme = tagScheme(spec.scheme);
  const data: TrainSentence[] = [];
  for (const part of parts) {
    const cache = new Map<string, WordFeatures>();
    const wf = (w: string): WordFeatures => {
      let f = cache.get(w);
      if (!f) { f = wordFeatures(w, part.lang, part.mode ?? mode); cache.set(w, f); }
      return f;
    };
    const featurised = part.sents.map((s) => {
      const f = s.words.map(wf);
      const info = sentenceInfo(f);
      return { tags: scheme.encode(s.tags), feats: s.words.map((_, i) => tokenFeatures(f, s.words, i, info).map(key)) };
    });
    for (let c = 0; c < (part.copies ?? 1); c++) data.push(...featurised);
  }
  const { features, trans } = trainPerceptron(data, spec, scheme);
  return { lang: modelLang, mode, hashBits, features, trans, ...schemeField(scheme) };
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
 * Cross-validation over contiguous blocks: fold k holds sentences [k·n/folds, (k+1)·n/folds) of `sents` in
 * file order, so a test fold holds whole articles the model never saw (a random split would put sentences
 * of the same article, with the same names, on both sides and overrate memorising names). `train` gets the
 * other folds' sentences; the scores of all folds are summed.
 */
export function blockCrossValidate(sents: readonly LabelledSentence[], folds: number, train: (sents: readonly LabelledSentence[]) => NerModel, raw = false): ScoreTable {
  if (!Number.isInteger(folds) || folds < 2 || folds > sents.length) throw new Error(`cross-validation: folds must be 2…${sents.length}, got ${folds}`);
  const fold = (n: number): number => Math.floor((n * folds) / sents.length);
  const total = emptyTable();
  for (let k = 0; k < folds; k++) {
    const model = train(sents.filter((_, n) => fold(n) !== k));
    const t = scoreModel(model, sents.filter((_, n) => fold(n) === k), raw);
    for (const type of ['PER', 'ORG', 'LOC', 'ALL'] as const) {
      total[type].tp += t[type].tp; total[type].pred += t[type].pred; total[type].gold += t[type].gold;
    }
  }
  return total;
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
