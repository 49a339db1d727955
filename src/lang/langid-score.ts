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
/** Words whose scores {@link scoreWords} remembers (per scratch); the memo is emptied when it reaches this size. */
const WORD_MEMO_MAX = 50_000;

/**
 * Scores of words met before, in flat typed arrays (a hit reads a few neighbouring cache lines, where objects per
 * word scattered its letters and scores over the heap): an open-addressing table of entry numbers by a 32-bit hash
 * of the word's letters, and per entry its hash, letters (in one shared letter store), and scores. News repeat
 * their words, so most words are scored once; keying by number spares building a string per word.
 */
export interface WordMemo {
  /** Open addressing by hash: entry number + 1, 0 for an empty slot. */
  slots: Int32Array;
  /** Per entry, side by side (one cache line): its hash, where its letters start in `chars`, and how many. */
  meta: Int32Array;
  chars: Uint16Array;
  charsUsed: number;
  /** Per entry, `width` numbers: log P(word's n-grams | l) for every language l (unseen n-grams included), then the word's number of n-grams. */
  scores: Float64Array;
  width: number;
  count: number;
}

/** Per-call scratch owned by the scorer (sized to the model once). */
export interface Scratch {
  ll: Float64Array;
  unseenByOrder: Float64Array;
  /** Number of scored n-grams (weighted). */
  features: number;
  /** The pending batch of n-grams: hash and order of each. */
  hashes: Int32Array;
  orders: Uint8Array;
  /** Result of the last slot-reading pass (kept so the reads are not optimised away). */
  touched: number;
  /** Indexes of the candidate languages of the current call (the first `candCount`). */
  candLangs: Int32Array;
  candCount: number;
  /** Scores of words met before. */
  words: WordMemo;
}

/** Allocates scratch space for {@link scoreWords}. */
export function makeScratch(m: LangModel): Scratch {
  const L = m.langs.length;
  return {
    ll: new Float64Array(L), unseenByOrder: new Float64Array(m.maxOrder), features: 0,
    hashes: new Int32Array(BATCH), orders: new Uint8Array(BATCH), touched: 0,
    candLangs: new Int32Array(L), candCount: 0, words: makeWordMemo(L + 1),
  };
}

function makeWordMemo(width: number): WordMemo {
  let size = 1;
  while (size < 2 * WORD_MEMO_MAX) size <<= 1;
  return {
    slots: new Int32Array(size), meta: new Int32Array(WORD_MEMO_MAX * 3),
    chars: new Uint16Array(16 * 1024), charsUsed: 0, scores: new Float64Array(WORD_MEMO_MAX * width), width, count: 0,
  };
}

/**
 * Sums log P(n-gram | language) over every n-gram (orders 1..maxOrder, within ` word ` runs) of the
 * extracted text into `s.ll` for the languages whose bit is set in `cand`, each word's n-grams weighted
 * by its weight (names count less). A word's n-grams never reach into the next word, so each distinct word
 * is scored once ({@link wordScores}, remembered in `s.words`) and added with its weight.
 */
export function scoreWords(m: LangModel, ex: Extracted, cand: number, s: Scratch): void {
  const L = m.langs.length;
  const { ll } = s;
  ll.fill(0);
  s.candCount = 0;
  for (let l = 0; l < L; l++) if ((cand >> l) & 1) s.candLangs[s.candCount++] = l;
  const { candLangs, candCount } = s;
  let features = 0;
  const buf = ex.buf;
  const len = ex.len;
  let i = 0;
  while (i < len) {
    // buf[i] is the BOUNDARY opening a word; the word runs to the next BOUNDARY.
    let j = i + 1;
    let h = FNV_OFFSET;
    for (; j < len; j++) {
      const ch = buf[j]!;
      if (ch === BOUNDARY) break;
      h = Math.imul(h ^ ch, FNV_PRIME);
    }
    if (j >= len) break;
    if (j > i + 1) {
      const w = ex.weight[i] ?? 1;
      const at = wordScores(m, s, buf, i, j + 1, h);
      const v = s.words.scores;
      for (let c = 0; c < candCount; c++) {
        const l = candLangs[c]!;
        ll[l] = (ll[l] ?? 0) + w * (v[at + l] ?? 0);
      }
      features += w * (v[at + L] ?? 0);
    }
    i = j + 1;
  }
  s.features = features;
}

/**
 * Where in `s.words.scores` the scores of the word written `buf[from..to)` (BOUNDARY word BOUNDARY) start, its
 * letters hashing to `hash`: from the memo (letters compared, so a hash collision is never mistaken for the word)
 * or computed and remembered.
 */
function wordScores(m: LangModel, s: Scratch, buf: Uint16Array, from: number, to: number, hash: number): number {
  const n = to - from - 2;
  const w = s.words;
  const mask = w.slots.length - 1;
  let slot = hash & mask;
  for (;;) {
    const e = w.slots[slot]! - 1;
    if (e < 0) break;
    if (w.meta[3 * e] === hash && w.meta[3 * e + 2] === n) {
      const c = w.meta[3 * e + 1]!;
      let k = 0;
      while (k < n && w.chars[c + k] === buf[from + 1 + k]) k++;
      if (k === n) return e * w.width;
    }
    slot = (slot + 1) & mask;
  }
  if (w.count >= WORD_MEMO_MAX) {
    w.slots.fill(0);
    w.count = 0;
    w.charsUsed = 0;
    slot = hash & mask;
  }
  const e = w.count++;
  if (w.charsUsed + n > w.chars.length) {
    const more = new Uint16Array(Math.max(2 * w.chars.length, w.charsUsed + n));
    more.set(w.chars.subarray(0, w.charsUsed));
    w.chars = more;
  }
  // A copy of the letters: `buf` is reused for the next text.
  w.chars.set(buf.subarray(from + 1, to - 1), w.charsUsed);
  w.meta[3 * e] = hash;
  w.meta[3 * e + 1] = w.charsUsed;
  w.meta[3 * e + 2] = n;
  w.charsUsed += n;
  w.slots[slot] = e + 1;
  scoreRun(m, s, buf, from, to, e * w.width);
  return e * w.width;
}

/**
 * Log P(n-gram | l) summed over the n-grams of `buf[from..to)` for every language l, unseen n-grams scored
 * by their order's smoothing, then the number of n-grams (at index L), written to `s.words.scores` from `at`.
 * Same n-grams as {@link forEachGram}.
 */
function scoreRun(m: LangModel, s: Scratch, buf: Uint16Array, from: number, to: number, at: number): void {
  const L = m.langs.length;
  const { maxOrder } = m;
  const v = s.words.scores.subarray(at, at + L + 1);
  v.fill(0);
  const { unseenByOrder, hashes, orders } = s;
  unseenByOrder.fill(0);
  let pending = 0;
  let grams = 0;
  for (let i = from; i < to; i++) {
    let h = FNV_OFFSET;
    const first = buf[i];
    for (let n = 1; n <= maxOrder && i + n <= to; n++) {
      const ch = buf[i + n - 1] ?? BOUNDARY;
      h = Math.imul(h ^ ch, FNV_PRIME);
      if (ch === BOUNDARY) {
        if (n === 1) continue; // a lone boundary is no feature
        if (n === 2 && first === BOUNDARY) break; // between two words
      }
      grams++;
      hashes[pending] = h;
      orders[pending] = n;
      if (++pending === BATCH) { scoreBatch(m, s, v, pending); pending = 0; }
      if (ch === BOUNDARY && n > 1) break; // the gram reached the end of its word
    }
  }
  if (pending > 0) scoreBatch(m, s, v, pending);
  for (let o = 1; o <= maxOrder; o++) {
    const k = unseenByOrder[o - 1] ?? 0;
    if (k === 0) continue;
    for (let l = 0; l < L; l++) v[l] = (v[l] ?? 0) + k * (m.unseen[(o - 1) * L + l] ?? 0);
  }
  v[L] = grams;
}

/** Reads the first slot of each n-gram in one pass; the result (any slot used) only keeps the reads from being optimised away. */
function touchSlots(m: LangModel, hashes: Int32Array, count: number): number {
  const { slots, stride, mask } = m;
  let any = 0;
  for (let k = 0; k < count; k++) any |= slots[(hashes[k]! & mask) * stride + 1] ?? 0;
  return any;
}

/**
 * Adds the first `count` pending n-grams to `v` (every language). The table is larger than the CPU caches:
 * reading every n-gram's slot first, with no branch on what is read, lets the processor fetch them in
 * parallel instead of waiting for each in turn.
 */
function scoreBatch(m: LangModel, s: Scratch, v: Float64Array, count: number): void {
  const { slots, slotWeights, stride, mask } = m;
  const L = m.langs.length;
  const { unseenByOrder, hashes, orders } = s;
  s.touched = touchSlots(m, hashes, count);
  for (let k = 0; k < count; k++) {
    const h = hashes[k]!;
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
      unseenByOrder[o] = (unseenByOrder[o] ?? 0) + 1;
    } else {
      for (let l = 0; l < L; l++) v[l] = (v[l] ?? 0) + (slotWeights[at + l] ?? 0);
    }
  }
}
