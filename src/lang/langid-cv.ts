/** K-fold cross-validation and temperature calibration for the language identifier (used by scripts/). */
import { makeDetector, type Detector } from './langid-detector.ts';
import type { NgramCounts } from './langid-model.ts';
import { scoreWords } from './langid-score.ts';
import { extractWords } from './langid-text.ts';
import { foldOf, train, type Sample, type TrainOptions } from './langid-train.ts';

/**
 * Trains one model per fold on `samples` outside the fold plus all of `extra`, and hands it the held-out
 * fold: every sample is scored by a model that never saw it (folds by hash of the sample id, so the
 * translations of one FLORES sentence, which share an id, fall in the same fold). `calibration` gives the
 * fold models the fit statistics of the shipped model (two numbers per language).
 */
export function crossValidate(
  samples: Sample[], extra: Sample[], langs: string[], opts: TrainOptions, k: number,
  fn: (det: Detector, heldOut: Sample[], fold: number) => void,
  calibration?: Pick<NgramCounts, 'fitMean' | 'fitSd'>,
): void {
  for (let f = 0; f < k; f++) {
    const counts = train([...samples.filter((s) => foldOf(s.id, k) !== f), ...extra], langs, opts);
    fn(makeDetector({ ...counts, ...calibration }), samples.filter((s) => foldOf(s.id, k) === f), f);
  }
}

/** The first `words` whitespace-separated words of `text` (all of it when `words` is 0). */
export function prefixWords(text: string, words: number): string {
  if (words <= 0) return text;
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}

/**
 * Scores one labelled text into `det.scratch`: the candidate mask of its script and the gold language's
 * index, or null when the text has no letters or its gold language is not a candidate of its script.
 */
function scoreLabelled(det: Detector, lang: string, text: string): { cand: number; gi: number } | null {
  const ex = extractWords(text);
  const cand = det.scriptMask.get(ex.script) ?? 0;
  const gi = det.langs.indexOf(lang as never);
  if (ex.len === 0 || !((cand >> gi) & 1)) return null;
  scoreWords(det.model, ex, cand, det.scratch);
  return { cand, gi };
}

/** Log-likelihoods of the gold language's script candidates for one text, with the gold index among them. */
export interface LlRecord { ll: number[]; gold: number }

/** Collects log-likelihood vectors of `texts` (for temperature fitting). */
export function collectLl(det: Detector, texts: { lang: string; text: string }[], out: LlRecord[]): void {
  for (const { lang, text } of texts) {
    const scored = scoreLabelled(det, lang, text);
    if (!scored) continue;
    const { cand, gi } = scored;
    const ll: number[] = [];
    let gold = -1;
    for (let l = 0; l < det.langs.length; l++) {
      if (!((cand >> l) & 1)) continue;
      if (l === gi) gold = ll.length;
      ll.push(det.scratch.ll[l] ?? 0);
    }
    out.push({ ll, gold });
  }
}

/** Temperature T minimising the mean negative log-likelihood of softmax(ll / T) (grid search, log scale). */
export function fitTemperature(recs: LlRecord[]): { temperature: number; nll: number } {
  let best = { temperature: 1, nll: Infinity };
  for (let e = -1; e <= 3; e += 0.02) {
    const t = 10 ** e;
    let nll = 0;
    for (const { ll, gold } of recs) {
      const m = Math.max(...ll);
      let z = 0;
      for (const v of ll) z += Math.exp((v - m) / t);
      nll += Math.log(z) - ((ll[gold] ?? m) - m) / t;
    }
    nll /= Math.max(1, recs.length);
    if (nll < best.nll) best = { temperature: Number(t.toPrecision(3)), nll };
  }
  return best;
}

/** Per-language sums for {@link fitStats}: (mean log-likelihood per n-gram, n-grams) of correctly identified texts. */
export type FitRecords = Map<string, { avg: number; n: number }[]>;

/** Records how well held-out texts fit their (correctly predicted) language. */
export function collectFit(det: Detector, texts: { lang: string; text: string }[], out: FitRecords): void {
  for (const { lang, text } of texts) {
    const scored = scoreLabelled(det, lang, text);
    if (!scored) continue;
    const { cand, gi } = scored;
    let best = gi;
    for (let l = 0; l < det.langs.length; l++) if ((cand >> l) & 1 && (det.scratch.ll[l] ?? 0) > (det.scratch.ll[best] ?? 0)) best = l;
    if (best !== gi || det.scratch.features === 0) continue;
    const rec = out.get(lang) ?? [];
    rec.push({ avg: (det.scratch.ll[gi] ?? 0) / det.scratch.features, n: det.scratch.features });
    out.set(lang, rec);
  }
}

/** Mean per-n-gram log-likelihood per language (weighted by n-grams) and its spread scaled by √n. */
export function fitStats(recs: FitRecords, langs: string[]): { fitMean: Float64Array; fitSd: Float64Array } {
  const fitMean = new Float64Array(langs.length);
  const fitSd = new Float64Array(langs.length);
  langs.forEach((l, i) => {
    const v = recs.get(l) ?? [];
    let sw = 0;
    let sa = 0;
    for (const r of v) { sw += r.n; sa += r.avg * r.n; }
    const mu = sw > 0 ? sa / sw : 0;
    let ss = 0;
    for (const r of v) ss += (r.avg - mu) ** 2 * r.n;
    fitMean[i] = mu;
    fitSd[i] = v.length > 0 ? Math.sqrt(ss / v.length) : 0;
  });
  return { fitMean, fitSd };
}
