/** Greedy one-to-one matching of predicted items to gold items within one document. */

/** A matched pair: index into the gold list, index into the predicted list. */
export type Pair = readonly [gold: number, pred: number];

/**
 * Matches items whose key strings are equal, one-to-one. Predictions are taken in order; each takes the
 * unmatched gold item with the same key that scores highest on `prefer` (first in gold order on ties).
 * Since key equality is an equivalence, the pair count is the maximum possible; `prefer` only chooses
 * which equal-key gold item a prediction pairs with.
 */
export function matchByKey(goldKeys: readonly string[], predKeys: readonly string[], prefer?: (g: number, p: number) => number): Pair[] {
  const free = new Map<string, number[]>();
  goldKeys.forEach((k, i) => {
    const list = free.get(k);
    if (list) list.push(i);
    else free.set(k, [i]);
  });
  const pairs: Pair[] = [];
  predKeys.forEach((k, p) => {
    const list = free.get(k);
    if (!list || list.length === 0) return;
    let best = 0;
    if (prefer && list.length > 1) {
      let bestScore = -Infinity;
      list.forEach((g, j) => {
        const s = prefer(g, p);
        if (s > bestScore) { bestScore = s; best = j; }
      });
    }
    const g = list.splice(best, 1)[0];
    if (g !== undefined) pairs.push([g, p]);
  });
  return pairs;
}

/**
 * Matches items by a sequence of predicates, one-to-one: pass 1 pairs everything `tests[0]` accepts
 * (predictions in order, each taking the first free gold item), then pass 2 with `tests[1]` on what is
 * left, and so on. Use a strict test first and a looser one after, so loose matches cannot steal exact ones.
 */
export function matchGreedy(goldCount: number, predCount: number, tests: readonly ((g: number, p: number) => boolean)[]): Pair[] {
  const goldUsed = new Uint8Array(goldCount);
  const predUsed = new Uint8Array(predCount);
  const pairs: Pair[] = [];
  for (const test of tests) {
    for (let p = 0; p < predCount; p++) {
      if (predUsed[p]) continue;
      for (let g = 0; g < goldCount; g++) {
        if (goldUsed[g] || !test(g, p)) continue;
        goldUsed[g] = 1;
        predUsed[p] = 1;
        pairs.push([g, p]);
        break;
      }
    }
  }
  return pairs;
}
