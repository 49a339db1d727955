/**
 * MinHash over word 3-shingles of the cleaned text, with LSH bands to find near-duplicate candidates.
 * On the sample corpus republished copies score 0.79–0.83 (exact Jaccard, 3-shingles of stems) and
 * unrelated articles below 0.2, so {@link COPY_THRESHOLD} 0.5 sits in the gap.
 */
import type { Doc } from '../pipeline/types.ts';

/** Number of hash functions in a signature. */
export const NUM_HASHES = 128;
/** LSH bands (rows per band = NUM_HASHES / BANDS); candidates share at least one band. */
export const BANDS = 32;
/** Words per shingle. */
export const SHINGLE = 3;
/** Estimated Jaccard at or above which a document is a copy of an earlier one. */
export const COPY_THRESHOLD = 0.5;

/** Fixed odd multipliers and offsets of the hash family (deterministic, so signatures are stable across runs). */
const A = new Uint32Array(NUM_HASHES);
const B = new Uint32Array(NUM_HASHES);
{
  let x = 0x9e3779b9;
  const next = (): number => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
  for (let i = 0; i < NUM_HASHES; i++) { A[i] = (next() | 1) >>> 0; B[i] = next(); }
}

/** The words a document's similarity is computed on: stems of word and number tokens. */
export function shingleWords(doc: Doc): string[] {
  const out: string[] = [];
  for (const t of doc.tokens) if (t.kind === 'word' || t.kind === 'number') out.push(t.stem);
  return out;
}

/** 32-bit FNV-1a of `words[from..to)` joined by single spaces (UTF-16 code units), without building that string. */
function fnv1aJoined(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    if (k > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const w = words[k]!;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** Hash offsets with the sign bit flipped, so that signed 32-bit order in {@link minhash} is unsigned order of the real values. */
const B_FLIPPED = Int32Array.from(B, (b) => (b ^ 0x80000000) | 0);

/** MinHash signature of the word 3-shingles (a single shingle of all words when shorter). */
export function minhash(words: readonly string[]): Uint32Array {
  const n = Math.max(1, words.length - SHINGLE + 1);
  const hs = new Int32Array(n);
  for (let i = 0; i < n; i++) hs[i] = fnv1aJoined(words, i, Math.min(words.length, i + SHINGLE)) | 0;
  const sig = new Uint32Array(NUM_HASHES);
  for (let j = 0; j < NUM_HASHES; j++) {
    // One hash function over all shingles, the minimum kept as int32 with the sign bit flipped (v ^ 2^31 orders
    // like v unsigned): (a·h + b) ^ 2^31 = a·h + (b ^ 2^31) mod 2^32, all small-integer arithmetic.
    const a = A[j]! | 0;
    const b = B_FLIPPED[j]!;
    let min = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const v = (Math.imul(a, hs[i]!) + b) | 0;
      if (v < min) min = v;
    }
    sig[j] = (min ^ 0x80000000) >>> 0;
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of equal signature positions. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let eq = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) eq++;
  return eq / NUM_HASHES;
}

/** LSH band keys of a signature: `BANDS` short hex strings. */
export function bandHashes(sig: Uint32Array): string[] {
  const rows = NUM_HASHES / BANDS;
  const out: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5;
    for (let r = 0; r < rows; r++) { h ^= sig[b * rows + r]!; h = Math.imul(h, 0x01000193); }
    out.push((h >>> 0).toString(16));
  }
  return out;
}

/** Signature as bytes for storage. */
export function toBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

/** Signature back from stored bytes. */
export function fromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, Math.floor(copy.byteLength / 4));
}
