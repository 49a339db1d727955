/** Scores extracted words against a compiled language model (the hot loop of language ID). */
import { FNV_OFFSET, FNV_PRIME, SLOT_WEIGHTS, type LangModel } from './langid-model.ts';
import { BOUNDARY, type Extracted } from './langid-text.ts';

/**
 * Calls `fn` with every n-gram (orders 1..maxOrder) of the ` word ` runs in `buf[0..len)`, in the same
 * order and with the same rules as {@link scoreWords}: grams never span two words and a lone boundary is
 * no gram. Used for training, where speed matters less.
 */
export function forEachGram(buf: Uint16Array, len: number, maxOrder: number, fn: (start: number, order: number) => void): void {
  for (let i = 0; i < len; i++) {
    const first = buf[i];
    for (let n = 1; n <= maxOrder && i + n <= len; n++) {
      const ch = buf[i + n - 1];
      if (ch === BOUNDARY) {
        if (n === 1) continue;
        if (n === 2 && first === BOUNDARY) break;
      }
      fn(i, n);
      if (ch === BOUNDARY && n > 1) break;
    }
  }
}

/** N-grams looked up together: their table slots are first read in one pass, so the reads overlap in memory. */
const BATCH = 256;

/** Per-call scratch owned by the scorer (sized to the model once). */
export interface Scratch {
  ll: Float64Array;
  unseenByOrder: Float64Array;
  /** Number of scored n-grams (weighted). */
  features: number;
  /** The pending batch of n-grams: hash, order and weight of each. */
  hashes: Int32Array;
  orders: Uint8Array;
  weights: Float32Array;
  /** Result of the last slot-reading pass (kept so the reads are not optimised away). */
  touched: number;
  /** Indexes of the candidate languages of the current call (the first `candCount`). */
  candLangs: Int32Array;
  candCount: number;
}

/** Allocates scratch space for {@link scoreWords}. */
export function makeScratch(m: LangModel): Scratch {
  const L = m.langs.length;
  return {
    ll: new Float64Array(L), unseenByOrder: new Float64Array(m.maxOrder), features: 0,
    hashes: new Int32Array(BATCH), orders: new Uint8Array(BATCH), weights: new Float32Array(BATCH), touched: 0,
    candLangs: new Int32Array(L), candCount: 0,
  };
}

/**
 * Sums log P(n-gram | language) over every n-gram (orders 1..maxOrder, within ` word ` runs) of the
 * extracted text into `s.ll` for the languages whose bit is set in `cand`, each word's n-grams weighted
 * by its weight (names count less). N-grams are scored in batches, in text order.
 */
export function scoreWords(m: LangModel, ex: Extracted, cand: number, s: Scratch): void {
  const L = m.langs.length;
  const { maxOrder } = m;
  const { ll, unseenByOrder, hashes, orders, weights } = s;
  ll.fill(0);
  unseenByOrder.fill(0);
  s.candCount = 0;
  for (let l = 0; l < L; l++) if ((cand >> l) & 1) s.candLangs[s.candCount++] = l;
  let features = 0;
  let pending = 0;
  const buf = ex.buf;
  const wt = ex.weight;
  const len = ex.len;
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET;
    const first = buf[i];
    const w = wt[i] ?? 1;
    for (let n = 1; n <= maxOrder && i + n <= len; n++) {
      const ch = buf[i + n - 1] ?? BOUNDARY;
      h = Math.imul(h ^ ch, FNV_PRIME);
      if (ch === BOUNDARY) {
        if (n === 1) continue; // a lone boundary is no feature
        if (n === 2 && first === BOUNDARY) break; // between two words
      }
      features += w;
      hashes[pending] = h;
      orders[pending] = n;
      weights[pending] = w;
      if (++pending === BATCH) { scoreBatch(m, s, pending); pending = 0; }
      if (ch === BOUNDARY && n > 1) break; // the gram reached the end of its word
    }
  }
  if (pending > 0) scoreBatch(m, s, pending);
  for (let o = 1; o <= maxOrder; o++) {
    const k = unseenByOrder[o - 1] ?? 0;
    if (k === 0) continue;
    for (let l = 0; l < L; l++) if ((cand >> l) & 1) ll[l] = (ll[l] ?? 0) + k * (m.unseen[(o - 1) * L + l] ?? 0);
  }
  s.features = features;
}

/** Reads the first slot of each n-gram in one pass; the result (any slot used) only keeps the reads from being optimised away. */
function touchSlots(m: LangModel, hashes: Int32Array, count: number): number {
  const { slots, stride, mask } = m;
  let any = 0;
  for (let k = 0; k < count; k++) any |= slots[(hashes[k]! & mask) * stride + 1] ?? 0;
  return any;
}

/**
 * Adds the first `count` pending n-grams to the log-likelihoods. The table is larger than the CPU caches:
 * reading every n-gram's slot first, with no branch on what is read, lets the processor fetch them in
 * parallel instead of waiting for each in turn.
 */
function scoreBatch(m: LangModel, s: Scratch, count: number): void {
  const { slots, slotWeights, stride, mask } = m;
  const { ll, unseenByOrder, hashes, orders, weights, candLangs, candCount } = s;
  s.touched = touchSlots(m, hashes, count);
  for (let k = 0; k < count; k++) {
    const h = hashes[k]!;
    const w = weights[k] ?? 0;
    let slot = h & mask;
    let at = -1;
    for (;;) {
      const base = slot * stride;
      if (slots[base + 1] === 0) break;
      if (slots[base] === h) { at = base + SLOT_WEIGHTS; break; }
      slot = (slot + 1) & mask;
    }
    if (at < 0) {
      const o = orders[k]! - 1;
      unseenByOrder[o] = (unseenByOrder[o] ?? 0) + w;
    } else {
      for (let c = 0; c < candCount; c++) {
        const l = candLangs[c]!;
        ll[l] = (ll[l] ?? 0) + w * (slotWeights[at + l] ?? 0);
      }
    }
  }
}
