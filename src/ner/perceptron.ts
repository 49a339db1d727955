/**
 * Averaged structured perceptron (Collins 2002) over the tags of a scheme (BIO by default, scheme.ts) with
 * first-order transitions and Viterbi decoding.
 */
import { viterbi } from './viterbi.ts';
import { BIO, type TagScheme } from './scheme.ts';
import { rng } from '../util/rng.ts';

/** A training sentence: feature strings per token and gold tag indices (of the scheme trained in). */
export interface TrainSentence { feats: readonly (readonly string[])[]; tags: readonly number[] }

/** Training settings. */
export interface PerceptronOptions { epochs: number; seed: number; onEpoch?: (epoch: number, errors: number, tokens: number) => void }

/** Averaged weights: feature → weight per tag, and the (T+1) × T transition matrix (last row = sentence start). */
export interface PerceptronWeights { features: Map<string, Float32Array>; trans: Float32Array }


/** Trains an averaged perceptron; deterministic for the same data, order and options. */
export function trainPerceptron(data: readonly TrainSentence[], opts: PerceptronOptions, scheme: TagScheme = BIO): PerceptronWeights {
  const T = scheme.tags.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const sents = data.map((s) => ({
    tags: s.tags,
    feats: s.feats.map((fs) => Int32Array.from(fs, (f) => {
      let id = ids.get(f);
      if (id === undefined) { id = names.length; ids.set(f, id); names.push(f); }
      return id;
    })),
  }));
  const w = new Float64Array(names.length * T);
  const u = new Float64Array(names.length * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const order = sents.map((_, i) => i);
  const rand = rng(opts.seed);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const s = sents[si]!;
      const n = s.tags.length;
      const emit = new Float64Array(n * T);
      for (let i = 0; i < n; i++) {
        for (const f of s.feats[i]!) for (let t = 0; t < T; t++) emit[i * T + t]! += w[f * T + t]!;
      }
      const pred = viterbi(emit, n, tw, scheme);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = s.tags[i]!;
        const p = pred[i]!;
        const gp = i === 0 ? T : s.tags[i - 1]!;
        const pp = i === 0 ? T : pred[i - 1]!;
        if (g !== p) {
          errors++;
          for (const f of s.feats[i]!) {
            w[f * T + g]! += 1; u[f * T + g]! += c;
            w[f * T + p]! -= 1; u[f * T + p]! -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * T + g]! += 1; tu[gp * T + g]! += c;
          tw[pp * T + p]! -= 1; tu[pp * T + p]! -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(epoch + 1, errors, tokens);
  }
  const features = new Map<string, Float32Array>();
  names.forEach((name, f) => {
    const v = new Float32Array(T);
    let nz = false;
    for (let t = 0; t < T; t++) {
      v[t] = w[f * T + t]! - u[f * T + t]! / c;
      if (v[t] !== 0) nz = true;
    }
    if (nz) features.set(name, v);
  });
  const trans = new Float32Array((T + 1) * T);
  for (let k = 0; k < trans.length; k++) trans[k] = tw[k]! - tu[k]! / c;
  return { features, trans };
}
