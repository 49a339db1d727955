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

/**
 * Values by language and word form, remembered across documents: nested maps (no key string built per
 * lookup), each stored key a {@link detach}ed copy, everything emptied when `max` entries are reached.
 */
export class LangMemo<V> {
  private readonly byLang = new Map<string, Map<string, V>>();
  private size = 0;
  constructor(private readonly max: number) {}

  get(lang: string, key: string): V | undefined {
    return this.byLang.get(lang)?.get(key);
  }

  /** Stores `value` under a detached copy of `key` (or `key` itself when the caller has `detached` it already). */
  set(lang: string, key: string, value: V, detached = false): void {
    if (this.size >= this.max) { this.byLang.clear(); this.size = 0; }
    let inner = this.byLang.get(lang);
    if (!inner) { inner = new Map(); this.byLang.set(lang, inner); }
    inner.set(detached ? key : detach(key), value);
    this.size++;
  }
}

/** A value a bag keeps for one owner only (a lexicon, a document language): a bag is per word form, not per owner. */
export interface Owned<O, V> { readonly owner: O; readonly value: V }

/** A typed place in a {@link WordSlots} bag, made once per module by {@link newSlot}. */
export interface Slot<V> { readonly id: number; readonly _v?: V }
let slotCount = 0;

/** A new slot for values of type V. */
export function newSlot<V>(): Slot<V> {
  return { id: slotCount++ };
}

/**
 * Values remembered for one word form by modules further down the pipeline (match keys, alternative stems):
 * the analyser's memo gives each form one bag, and a document's tokens carry their forms' bags (see
 * src/pipeline/token-words.ts), so a module reads its value from the token's bag instead of probing a
 * memo of its own. A value must depend only on the word form and the analysis the bag belongs to.
 */
export class WordSlots {
  private readonly v: unknown[] = [];

  get<V>(slot: Slot<V>): V | undefined {
    return this.v[slot.id] as V | undefined;
  }

  set<V>(slot: Slot<V>, value: V): void {
    this.v[slot.id] = value;
  }

  /** The value kept under `slot` for `owner`; undefined when none is, or when it was kept for another owner. */
  getFor<O, V>(slot: Slot<Owned<O, V>>, owner: O): V | undefined {
    const held = this.get(slot);
    return held !== undefined && held.owner === owner ? held.value : undefined;
  }

  /** Keeps `value` under `slot` for `owner` (replacing what another owner kept there). */
  setFor<O, V>(slot: Slot<Owned<O, V>>, owner: O, value: V): void {
    this.set(slot, { owner, value });
  }
}
