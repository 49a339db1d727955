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

/**
 * Compiled model: an open-addressing hash table from n-gram hash to the n-gram's log-probabilities. Each slot
 * holds, in `stride` consecutive 32-bit words, [hash, 1 when the slot is used, log P(gram | l) for each l]:
 * `slots` and `slotWeights` view the same buffer, so one lookup reads one place in memory (the table is
 * larger than the CPU caches, and separate key, row and weight arrays cost three cache misses per n-gram).
 */
export interface LangModel {
  langs: string[];
  maxOrder: number;
  temperature: number;
  /** slots[s * stride] = n-gram hash, slots[s * stride + 1] = 1 when slot s is used. */
  slots: Int32Array;
  /** slotWeights[s * stride + 2 + l] = log P(gram | l) (float32). */
  slotWeights: Float32Array;
  /** 32-bit words per slot: 2 + number of languages, rounded up to a multiple of 16 (64 bytes). */
  stride: number;
  /** Number of slots − 1 (a power of two − 1). */
  mask: number;
  /** unseen[(order - 1) * L + l] = log P(unseen gram of that order | l) */
  unseen: Float64Array;
  fitMean: Float64Array;
  fitSd: Float64Array;
}

/** Offset of the first weight within a slot of {@link LangModel}. */
export const SLOT_WEIGHTS = 2;

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
  // Slots are padded to 64 bytes, the size of a cache line: faster than packed 52-byte slots, which share lines.
  const stride = Math.ceil((SLOT_WEIGHTS + L) / 16) * 16;
  const buffer = new ArrayBuffer(size * stride * 4);
  const slots = new Int32Array(buffer);
  const slotWeights = new Float32Array(buffer);
  /** The n-gram (index + 1) in each slot while compiling; 0 = empty. */
  const owner = new Int32Array(size);
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
    while (owner[slot] !== 0 && slots[slot * stride] !== h) slot = (slot + 1) & mask;
    if (owner[slot] !== 0) {
      const other = (owner[slot] ?? 1) - 1;
      if (rowTotal(other) >= rowTotal(g)) continue;
    }
    owner[slot] = g + 1;
    const at = slot * stride;
    slots[at] = h;
    slots[at + 1] = 1;
    for (let l = 0; l < L; l++) slotWeights[at + SLOT_WEIGHTS + l] = Math.log((c.counts[g * L + l] ?? 0) + c.alpha) - denom(order, l);
  }
  return { langs: c.langs, maxOrder: c.maxOrder, temperature: c.temperature, slots, slotWeights, stride, mask, unseen, fitMean: c.fitMean, fitSd: c.fitSd };
}
