/** Character n-gram naive Bayes language model: counts ↔ data file, and fast scoring of extracted words. */

/** Raw model: n-gram counts per language plus the parameters needed to turn them into probabilities. */
export interface NgramCounts {
  langs: string[];
  maxOrder: number;
  grams: string[];
  /** counts[g * langs.length + l] */
  counts: Int32Array;
  /** totals[(order - 1) * langs.length + l]: all n-grams of that order seen in training, before pruning. */
  totals: Float64Array;
  /** vocab[order - 1]: distinct n-grams of that order in training, before pruning. */
  vocab: Float64Array;
  /** Additive smoothing constant and the calibration temperature applied to log-likelihoods. */
  alpha: number;
  temperature: number;
  /**
   * Per language: mean and spread of the per-n-gram log-likelihood of held-out text of that language
   * (spread scaled by √n-grams), used to notice text that fits no known language. Empty when not fitted.
   */
  fitMean: Float64Array;
  fitSd: Float64Array;
}

/** Compiled model: an open-addressing hash table from n-gram hash to a row of log-probabilities. */
export interface LangModel {
  langs: string[];
  maxOrder: number;
  temperature: number;
  keys: Int32Array;
  rows: Int32Array; // row index + 1; 0 = empty slot
  mask: number;
  /** weights[row * L + l] = log P(gram | l) */
  weights: Float32Array;
  /** unseen[(order - 1) * L + l] = log P(unseen gram of that order | l) */
  unseen: Float64Array;
  fitMean: Float64Array;
  fitSd: Float64Array;
}

/** FNV-1a 32-bit offset basis and prime (the n-gram hash). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
/** FNV-1a prime. */
export const FNV_PRIME = 16777619;

/** FNV-1a hash of a string's UTF-16 units (the same hash as the incremental one used while scoring). */
export function hashGram(g: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < g.length; i++) h = Math.imul(h ^ g.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Compiles counts into a scoring model; on a 32-bit hash clash the rarer n-gram is dropped (treated as unseen). */
export function compileModel(c: NgramCounts): LangModel {
  const L = c.langs.length;
  const G = c.grams.length;
  let size = 1;
  while (size < G * 2) size <<= 1;
  const keys = new Int32Array(size);
  const rows = new Int32Array(size);
  const weights = new Float32Array(G * L);
  const unseen = new Float64Array(c.maxOrder * L);
  const denom = (order: number, l: number): number =>
    Math.log((c.totals[(order - 1) * L + l] ?? 0) + c.alpha * (c.vocab[order - 1] ?? 1));
  for (let o = 1; o <= c.maxOrder; o++) for (let l = 0; l < L; l++) unseen[(o - 1) * L + l] = Math.log(c.alpha) - denom(o, l);
  const mask = size - 1;
  const rowTotal = (g: number): number => { let t = 0; for (let l = 0; l < L; l++) t += c.counts[g * L + l] ?? 0; return t; };
  for (let g = 0; g < G; g++) {
    const gram = c.grams[g] ?? '';
    const order = gram.length;
    const h = hashGram(gram);
    let slot = h & mask;
    while (rows[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    if (rows[slot] !== 0) {
      const other = (rows[slot] ?? 1) - 1;
      if (rowTotal(other) >= rowTotal(g)) continue;
    }
    keys[slot] = h;
    rows[slot] = g + 1;
    for (let l = 0; l < L; l++) weights[g * L + l] = Math.log((c.counts[g * L + l] ?? 0) + c.alpha) - denom(order, l);
  }
  return { langs: c.langs, maxOrder: c.maxOrder, temperature: c.temperature, keys, rows, mask, weights, unseen, fitMean: c.fitMean, fitSd: c.fitSd };
}

