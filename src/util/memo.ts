/** Small shared helpers for memoizing pure per-word functions. */

/**
 * A flat copy of `s` that does not keep alive the text it was cut from. V8 represents a long `slice` (and a
 * lower-casing that changes nothing) as a view into its parent string, and a concatenation as a pair of its
 * parts, so a cache keyed by token texts would otherwise hold whole documents in memory. Used on cache misses only.
 */
export function detach(s: string): string {
  return (s + ' ').slice(0, -1);
}

/** Wraps a pure one-argument function with a Map cache that is cleared when it reaches `max` entries. */
export function boundedMemo<V>(fn: (key: string) => V, max: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      const own = detach(key);
      v = fn(own);
      if (cache.size >= max) cache.clear();
      cache.set(own, v);
    }
    return v;
  };
}
