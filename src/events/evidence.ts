/** Evidence spans: a sentence of the normalized text mapped back to the article text as it was extracted. */
import type { Doc } from '../pipeline/types.ts';
import type { TextSpan } from './types.ts';

/**
 * The span of `doc.original` that normalized characters [start, end) came from, with its text:
 * start = offsetMap[start], end = offsetMap[end − 1] + 1 (so repaired hyphenation and changed
 * apostrophes are quoted as the article wrote them).
 */
export function originalSpan(doc: Doc, start: number, end: number): TextSpan {
  const map = doc.offsetMap;
  if (end <= start || map.length === 0) return { text: '', start: 0, end: 0 };
  const a = map[start] ?? 0;
  const b = (map[end - 1] ?? a) + 1;
  const lo = Math.max(0, Math.min(a, doc.original.length));
  const hi = Math.max(lo, Math.min(b, doc.original.length));
  return { text: doc.original.slice(lo, hi), start: lo, end: hi };
}
