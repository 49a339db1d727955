/**
 * Feature hashing for NER models whose weights may not carry their training text (the ADA Azerbaijani
 * corpus may be trained on but not redistributed): a feature string is replaced by a bucket number, the
 * 32-bit FNV-1a hash (Fowler–Noll–Vo) of its UTF-8 bytes reduced to `bits` bits. Features that share a bucket share
 * weights, in training and in tagging alike, so the hashed model is exactly the model that was learnt.
 */

const OFFSET = 0x811c9dc5;
const PRIME = 16777619;

/** 32-bit FNV-1a of the UTF-8 encoding of `s` (unsigned). fnv1a32('') = 0x811c9dc5, fnv1a32('a') = 0xe40c292c. */
export function fnv1a32(s: string): number {
  let h = OFFSET;
  const byte = (b: number): void => { h = Math.imul(h ^ b, PRIME); };
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
    }
    if (c >= 0xd800 && c < 0xe000) c = 0xfffd; // lone surrogate: U+FFFD, as TextEncoder writes it
    if (c < 0x80) byte(c);
    else if (c < 0x800) { byte(0xc0 | (c >> 6)); byte(0x80 | (c & 63)); }
    else if (c < 0x10000) { byte(0xe0 | (c >> 12)); byte(0x80 | ((c >> 6) & 63)); byte(0x80 | (c & 63)); }
    else { byte(0xf0 | (c >> 18)); byte(0x80 | ((c >> 12) & 63)); byte(0x80 | ((c >> 6) & 63)); byte(0x80 | (c & 63)); }
  }
  return h >>> 0;
}

/** Largest bucket space: 2^31 buckets (a bucket number then still fits a positive 32-bit integer). */
export const MAX_HASH_BITS = 31;

/** Bucket of a feature in a space of 2^bits buckets: the low `bits` bits of its FNV-1a hash. */
export function featureBucket(feature: string, bits: number): number {
  if (!Number.isInteger(bits) || bits < 1 || bits > MAX_HASH_BITS) throw new Error(`feature hashing: bucket bits must be 1…${MAX_HASH_BITS}, got ${bits}`);
  return (fnv1a32(feature) & ((2 ** bits - 1) | 0)) >>> 0;
}
