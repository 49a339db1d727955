/** Small shared helpers for memoizing pure per-word functions. */

/** Wraps a pure one-argument function with a Map cache that is cleared when it reaches `max` entries. */
export function boundedMemo<V>(fn: (key: string) => V, max: number): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = fn(key);
      if (cache.size >= max) cache.clear();
      cache.set(key, v);
    }
    return v;
  };
}
