/** Finds lexicon entries (single or multi-word, words in any order within a small window) in a token range. */
import { anyKey } from './keys.ts';
import type { Owned, Slot, WordSlots } from '../util/memo.ts';

/** An entry with per-word match keys. */
export interface Worded {
  words: readonly (readonly string[])[];
  /** The words stand next to each other in the order listed, the first being the anchor (else: any order, within WINDOW). */
  fixed?: boolean;
}

/** One match: the entry and the token indices of its words (anchor first). */
export interface Hit<T> { def: T; tokens: readonly number[]; first: number; last: number }

/** Other words of a multi-word entry must stand within this many tokens of the anchor. */
export const WINDOW = 4;

function matchRest<T extends Worded>(def: T, anchor: number, keys: readonly (readonly string[])[], from: number, to: number): number[] | null {
  const used = [anchor];
  if (def.fixed) {
    for (let w = 1; w < def.words.length; w++) {
      const j = anchor + w;
      const kj = keys[j];
      if (j >= to || !kj || kj.length === 0 || !anyKey(kj, def.words[w] ?? [])) return null;
      used.push(j);
    }
    return used;
  }
  for (let w = 1; w < def.words.length; w++) {
    const want = def.words[w] ?? [];
    let found = -1;
    for (let d = 1; d <= WINDOW && found < 0; d++) {
      // After the anchor first, then before it.
      for (let side = 0; side < 2; side++) {
        const j = side === 0 ? anchor + d : anchor - d;
        if (j < from || j >= to || used.includes(j)) continue;
        const kj = keys[j];
        if (kj && kj.length > 0 && anyKey(kj, want)) { found = j; break; }
      }
    }
    if (found < 0) return null;
    used.push(found);
  }
  return used;
}

/**
 * The entries of `index` each token anchors: those its keys reach, first key first, each entry once. A word form's
 * list is remembered in its bag under `slot` (for this index), so a token of a known form costs no lookup.
 */
export function anchorsOf<T>(index: ReadonlyMap<string, readonly T[]>, keys: readonly (readonly string[])[], bags: readonly (WordSlots | null)[] | undefined, slot: Slot<Anchored<T>>): (readonly T[])[] {
  const out = new Array<readonly T[]>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const bag = bags?.[i];
    const held = bag?.getFor(slot, index);
    if (held !== undefined) { out[i] = held; continue; }
    const defs = anchoredBy(index, keys[i]!);
    bag?.setFor(slot, index, defs);
    out[i] = defs;
  }
  return out;
}

/** What a bag remembers for {@link anchorsOf}: for an index, the entries the form's keys reach in it. */
export type Anchored<T> = Owned<ReadonlyMap<string, readonly T[]>, readonly T[]>;

const NO_DEFS: readonly never[] = [];

function anchoredBy<T>(index: ReadonlyMap<string, readonly T[]>, ks: readonly string[]): readonly T[] {
  let seen: T[] | null = null;
  for (let a = 0; a < ks.length; a++) {
    const defs = index.get(ks[a]!);
    if (!defs) continue;
    for (let b = 0; b < defs.length; b++) if (!seen?.includes(defs[b]!)) (seen ??= []).push(defs[b]!);
  }
  return seen ?? NO_DEFS;
}

/**
 * All entries matching in tokens [from, to): for each anchor token every entry that matches there
 * (longest first), so callers can apply further conditions and take the first that holds. `anchors[i]`: the
 * entries token i's keys reach ({@link anchorsOf}); `keys[i]`: its keys, for the other words of multi-word entries.
 */
export function findHits<T extends Worded>(anchors: readonly (readonly T[])[], keys: readonly (readonly string[])[], from: number, to: number): Hit<T>[][] {
  const out: Hit<T>[][] = [];
  for (let i = from; i < to; i++) {
    const defs = anchors[i];
    if (!defs || defs.length === 0) continue;
    let here: Hit<T>[] | null = null;
    for (let b = 0; b < defs.length; b++) {
      const def = defs[b]!;
      const toks = def.words.length === 1 ? [i] : matchRest(def, i, keys, from, to);
      if (!toks) continue;
      let first = i;
      let last = i;
      for (let c = 0; c < toks.length; c++) { const t = toks[c]!; if (t < first) first = t; if (t > last) last = t; }
      (here ??= []).push({ def, tokens: toks, first, last });
    }
    if (here) {
      if (here.length > 1) here.sort((a, b) => b.def.words.length - a.def.words.length);
      out.push(here);
    }
  }
  return out;
}
