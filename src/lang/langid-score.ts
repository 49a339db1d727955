/** Scores extracted words against a compiled language model (the hot loop of language ID). */
import { FNV_OFFSET, FNV_PRIME, type LangModel } from './langid-model.ts';
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

/** Per-call scratch owned by the scorer (sized to the model once). */
export interface Scratch {
  ll: Float64Array;
  unseenByOrder: Float64Array;
  /** Number of scored n-grams (weighted). */
  features: number;
}

/** Allocates scratch space for {@link scoreWords}. */
export function makeScratch(m: LangModel): Scratch {
  const L = m.langs.length;
  return { ll: new Float64Array(L), unseenByOrder: new Float64Array(m.maxOrder), features: 0 };
}

/**
 * Sums log P(n-gram | language) over every n-gram (orders 1..maxOrder, within ` word ` runs) of the
 * extracted text into `s.ll` for the languages whose bit is set in `cand`, each word's n-grams weighted
 * by its weight (names count less).
 */
export function scoreWords(m: LangModel, ex: Extracted, cand: number, s: Scratch): void {
  const L = m.langs.length;
  const { keys, rows, mask, weights, maxOrder } = m;
  s.ll.fill(0);
  s.unseenByOrder.fill(0);
  let features = 0;
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
      let slot = h & mask;
      let row = 0;
      for (;;) {
        const r = rows[slot] ?? 0;
        if (r === 0) break;
        if (keys[slot] === h) { row = r; break; }
        slot = (slot + 1) & mask;
      }
      if (row === 0) {
        s.unseenByOrder[n - 1] = (s.unseenByOrder[n - 1] ?? 0) + w;
      } else {
        const base = (row - 1) * L;
        for (let l = 0; l < L; l++) if ((cand >> l) & 1) s.ll[l] = (s.ll[l] ?? 0) + w * (weights[base + l] ?? 0);
      }
      if (ch === BOUNDARY && n > 1) break; // the gram reached the end of its word
    }
  }
  for (let o = 1; o <= maxOrder; o++) {
    const k = s.unseenByOrder[o - 1] ?? 0;
    if (k === 0) continue;
    for (let l = 0; l < L; l++) if ((cand >> l) & 1) s.ll[l] = (s.ll[l] ?? 0) + k * (m.unseen[(o - 1) * L + l] ?? 0);
  }
  s.features = features;
}
