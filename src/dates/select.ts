/** Chooses non-overlapping mentions among overlapping candidates: the longest wins, then the earliest, then rule order. */
import type { Span } from '../pipeline/types.ts';

/** A candidate span with the index of the rule that produced it (lower = preferred on ties). */
export interface Candidate extends Span {
  rank: number;
}

/**
 * Returns the chosen candidates sorted by start; no two overlap. Spans are short (a date is a few words),
 * so a per-character "taken" map over the covered range costs O(total span length) after the sort.
 */
export function pickLongest<T extends Candidate>(cands: readonly T[]): T[] {
  if (cands.length < 2) return [...cands];
  let lo = Infinity;
  let hi = 0;
  for (const c of cands) {
    if (c.start < lo) lo = c.start;
    if (c.end > hi) hi = c.end;
  }
  const taken = new Uint8Array(hi - lo);
  const order = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start || a.rank - b.rank);
  const chosen: T[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start - lo; i < c.end - lo; i++) {
      if (taken[i]) { free = false; break; }
    }
    if (!free) continue;
    taken.fill(1, c.start - lo, c.end - lo);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
