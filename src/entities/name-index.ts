/** Multi-word name patterns in a trie over word keys, matched leftmost-longest on a document's tokens (a hash lookup per word). */
import { tokenize } from '../text/tokenize.ts';
import { isCapitalized, nameWordKeys, QUOTES } from './keys.ts';
import type { TokenView } from './token-view.ts';
import { latinKey } from '../text/translit.ts';
import { newSlot } from '../util/memo.ts';

/** A name (or title, or head noun) compiled for matching. */
export interface Pattern<T> {
  /** Number of words (and punctuation marks) of the name. */
  readonly length: number;
  /** Position of the first word written with a capital in the source name; that text word must be capitalized (-1: none). */
  readonly capAt: number;
  readonly target: T;
  readonly abbr: boolean;
  /** True for variants (surnames, other spellings), false for the main name of a language. */
  readonly variant: boolean;
  readonly lang: string | undefined;
  readonly name: string;
  /** Keys (or the exact surface) of the first word. */
  readonly firstKeys: readonly string[];
}

/** A match: token range [start, end) and every pattern of that (maximal) length. */
export interface Match<T> { readonly start: number; readonly end: number; readonly patterns: readonly Pattern<T>[]; readonly viaAlt: boolean }

/** Options of {@link PatternIndex.add}; `caseless` patterns (titles, head nouns) match in any letter case. */
export interface AddOptions { lang?: string; abbr?: boolean; variant?: boolean; caseless?: boolean }

/**
 * A trie node; edges by word key, by exact surface, and their variants for words written without a space before
 * them. Most nodes are leaves or have one kind of edge: empty maps and pattern lists are shared constants (four maps
 * per node made the lexicon's tries take 7 MB more heap in every process and worker), and `edges` tells matching
 * whether to go on without reading the four maps.
 */
interface Node<T> {
  next: ReadonlyMap<string, Node<T>>;
  glued: ReadonlyMap<string, Node<T>>;
  exact: ReadonlyMap<string, Node<T>>;
  gluedExact: ReadonlyMap<string, Node<T>>;
  ends: readonly Pattern<T>[];
  /** Number of edges of all four kinds. */
  edges: number;
}
type EdgeKind = 'next' | 'glued' | 'exact' | 'gluedExact';
/** Best match so far of one longestAt call. */
interface Best<T> { end: number; pats: Pattern<T>[] }
type Accept<T> = ((p: Pattern<T>, start: number, end: number) => boolean) | undefined;

const NO_EDGES: ReadonlyMap<string, never> = new Map<string, never>();
const NO_ENDS: readonly never[] = [];
const NO_NODES: readonly never[] = [];
const newNode = <T>(): Node<T> => ({ next: NO_EDGES, glued: NO_EDGES, exact: NO_EDGES, gluedExact: NO_EDGES, ends: NO_ENDS, edges: 0 });

/** The edge map of a node for a word kind (keyed or exact) and spacing (glued or not), created on first use. */
function edgesFor<T>(node: Node<T>, exact: boolean, glued: boolean): Map<string, Node<T>> {
  const kind: EdgeKind = exact ? (glued ? 'gluedExact' : 'exact') : (glued ? 'glued' : 'next');
  let map = node[kind];
  if (map === NO_EDGES) {
    map = new Map<string, Node<T>>();
    node[kind] = map;
  }
  return map as Map<string, Node<T>>;
}

/** A trie of patterns by word keys; matching walks it from each token start. */
export class PatternIndex<T> {
  private readonly root: Node<T> = newNode();
  private readonly seen = new Set<string>();
  /** Scratch stack of the nodes reached while matching (reused across calls). */
  private readonly found: Node<T>[] = [];
  private readonly best: Best<T> = { end: -1, pats: [] };
  private readonly path: number[] = [];
  /**
   * Where a word form's bag keeps the root children its primary (alternative) keys reach in this index; new
   * slots when a pattern is added after matching began, so nothing remembered before the change is read.
   */
  private rootSlot = newSlot<readonly Node<T>[]>();
  private rootAltSlot = newSlot<readonly Node<T>[]>();
  private rootCached = false;
  size = 0;

  /** Compiles `name` (analysed per `lang`) and indexes it; returns false when the name has no words or is a duplicate. */
  add(name: string, target: T, opts: AddOptions = {}, identity = ''): boolean {
    const words: { keys: string[]; exact: boolean; glued: boolean }[] = [];
    let capAt = -1;
    // Quotation marks are not part of a name's pattern («AMANAT» партиясы matches AMANAT партиясы too).
    const toks = tokenize(name).filter((t) => t.kind === 'word' || !QUOTES.has(t.text));
    let lastWord = -1;
    toks.forEach((t, k) => { if (t.kind === 'word') lastWord = k; });
    let prevEnd = -1;
    for (const [k, t] of toks.entries()) {
      const glued = words.length > 0 && t.start === prevEnd;
      prevEnd = t.end;
      if (t.kind === 'word' && !opts.abbr) {
        if (capAt < 0 && !opts.caseless && isCapitalized(t.text)) capAt = words.length;
        words.push({ keys: nameWordKeys(t.text, opts.lang, k === lastWord), exact: false, glued });
      } else {
        words.push({ keys: [t.text], exact: true, glued });
      }
    }
    if (words.length === 0) return false;
    if (this.rootCached) {
      this.rootSlot = newSlot();
      this.rootAltSlot = newSlot();
      this.rootCached = false;
    }
    const sig = `${identity}\u0000${opts.lang ?? ''}\u0000${name.toLowerCase()}\u0000${opts.abbr ? 'A' : ''}${capAt}\u0000${words.map((w) => `${w.glued ? '+' : ''}${w.exact ? '=' : ''}${w.keys.join('|')}`).join(' ')}`;
    if (this.seen.has(sig)) return false;
    this.seen.add(sig);
    const p: Pattern<T> = Object.freeze({ length: words.length, capAt, target, abbr: opts.abbr ?? false, variant: opts.variant ?? false, lang: opts.lang, name, firstKeys: words[0]?.keys ?? [] });
    let nodes: Node<T>[] = [this.root];
    for (const w of words) {
      const after: Node<T>[] = [];
      for (const node of nodes) {
        const map = edgesFor(node, w.exact, w.glued);
        // The word's keys are spellings of one form: they share one child (an existing one when some key has it).
        let child: Node<T> | undefined;
        for (const k of w.keys) { child = map.get(k); if (child) break; }
        child ??= newNode<T>();
        for (const k of w.keys) {
          const have = map.get(k);
          if (!have) { map.set(k, child); node.edges++; }
          else if (!after.includes(have)) after.push(have);
        }
        if (!after.includes(child)) after.push(child);
      }
      nodes = after;
    }
    for (const n of nodes) {
      if (n.ends === NO_ENDS) n.ends = [p];
      else (n.ends as Pattern<T>[]).push(p);
    }
    this.size++;
    return true;
  }

  /** One-word patterns matching any of `keys` or the exact surface `exact` (parts of hyphenated compounds). */
  singleWord(keys: readonly string[], exact: string): Pattern<T>[] {
    const out: Pattern<T>[] = [];
    const nodes = [...keys.map((k) => this.root.next.get(k)), this.root.exact.get(exact)];
    for (const n of nodes) for (const p of n?.ends ?? []) if (p.length === 1 && !out.includes(p)) out.push(p);
    return out;
  }

  /**
   * The longest pattern match starting at token i (all patterns of that length), or null. Capitalised words are also
   * tried by their alternative stems (`alt`, on by default) when their best stem starts no match.
   */
  longestAt(view: TokenView, i: number, accept?: Accept<T>, alt = true): Match<T> | null {
    const t = view.tokens[i];
    if (!t || t.kind === 'punct' || t.kind === 'symbol') return null;
    const best = this.best;
    best.end = -1;
    if (best.pats.length > 0) best.pats.length = 0;
    const path = this.path;
    if (path.length > 0) path.length = 0;
    this.step(view, this.root, i, false, path, best, accept, false);
    if (best.end < 0 && alt && t.kind === 'word' && view.cap(i)) {
      this.step(view, this.root, i, false, path, best, accept, true);
      return best.end < 0 ? null : { start: i, end: best.end, patterns: best.pats.slice(), viaAlt: true };
    }
    return best.end < 0 ? null : { start: i, end: best.end, patterns: best.pats.slice(), viaAlt: false };
  }

  /** Follows the edges token j offers from `node`, then the tokens after it. */
  private step(view: TokenView, node: Node<T>, j: number, glued: boolean, path: number[], best: Best<T>, accept: Accept<T>, altFirst: boolean): void {
    const t = view.tokens[j];
    if (!t) return;
    const found = this.found;
    const base = found.length;
    const bag = node === this.root && !glued && t.kind === 'word' ? view.bag(j) : undefined;
    if (bag) {
      // The root children a word form reaches (by its keys, its plural rule and its exact forms), remembered in the
      // form's bag: no lookup in the root's large maps. Everything read here depends on the form alone.
      const slot = altFirst ? this.rootAltSlot : this.rootSlot;
      let hits = bag.get(slot);
      if (hits === undefined) {
        const hs: Node<T>[] = [];
        this.offered(view, node, j, glued, path, altFirst, hs, 0);
        hits = hs.length === 0 ? NO_NODES : hs;
        bag.set(slot, hits);
        this.rootCached = true;
      }
      for (let k = 0; k < hits.length; k++) found.push(hits[k]!);
    } else this.offered(view, node, j, glued, path, altFirst, found, base);
    const top = found.length;
    if (top === base) return;
    path.push(j);
    for (let k = base; k < top; k++) this.visit(view, found[k]!, j, path, best, accept);
    path.pop();
    if (found.length > base) found.length = base;
  }

  /** Pushes onto found[base..] the children of `node` that token j offers: by its keys (or alternative keys), then by its exact forms. */
  private offered(view: TokenView, node: Node<T>, j: number, glued: boolean, path: readonly number[], altFirst: boolean, found: Node<T>[], base: number): void {
    const t = view.tokens[j]!;
    const map = glued ? node.glued : node.next;
    if (t.kind === 'word' && map.size > 0) {
      const keys = altFirst ? view.altKeys(j) : view.keys(j);
      for (let k = 0; k < keys.length; k++) push(found, base, map.get(keys[k]!));
      if (found.length > base && view.plural(j)) {
        // A plural form matches only a name spelled in the plural (not «парламенттері» for «Парламенті»).
        found.length = base;
        push(found, base, map.get(view.surfaceKeys(j)[0] ?? ''));
      } else if (found.length === base && !altFirst && path.length > 0 && view.cap(j) && !view.plural(j)) {
        // Inside a name, a capitalised word may need an alternative stem too.
        const alt = view.altKeys(j);
        for (let k = 0; k < alt.length; k++) push(found, base, map.get(alt[k]!));
      }
    }
    const ex = glued ? node.gluedExact : node.exact;
    // Exact patterns (abbreviations, numbers) start with a capital or a digit.
    if (ex.size > 0 && (path.length > 0 || t.kind !== 'word' || view.cap(j))) {
      const forms = view.exactForms(j);
      for (let k = 0; k < forms.length; k++) push(found, base, ex.get(forms[k]!));
    }
  }

  private visit(view: TokenView, c: Node<T>, j: number, path: number[], best: Best<T>, accept: Accept<T>): void {
    for (const p of c.ends) this.consider(view, p, path, best, accept);
    if (c.edges > 0) this.onward(view, c, j, path, best, accept);
  }

  private onward(view: TokenView, node: Node<T>, j: number, path: number[], best: Best<T>, accept: Accept<T>): void {
    if ((node.glued.size > 0 || node.gluedExact.size > 0) && view.glued(j, j + 1)) this.step(view, node, j + 1, true, path, best, accept, false);
    if (node.next.size === 0 && node.exact.size === 0) return;
    const n = view.nextWord(j);
    if (n >= 0) this.step(view, node, n, false, path, best, accept, false);
    else if (j + 1 < view.n && !view.isWord(j + 1) && !view.glued(j, j + 1) && view.gapOk(j, j + 1)) this.step(view, node, j + 1, false, path, best, accept, false);
  }

  private consider(view: TokenView, p: Pattern<T>, path: readonly number[], best: Best<T>, accept: Accept<T>): void {
    const start = path[0]!;
    const end = path[path.length - 1]! + 1;
    if (end < best.end) return;
    // A trie node is shared by the spellings of one word form, so a one-word name can sit on a node that a longer
    // name's first word also reaches by a stem that word may not be matched by when it ends a name (үнді, Indian, and
    // Үнді мұхиты reached by ұн, flour): the word must offer one of the name's own keys.
    if (p.length === 1 && !offers(view, start, p.firstKeys)) return;
    if (p.capAt >= 0) {
      const c = path[p.capAt];
      if (c === undefined) return;
      if (!view.cap(c) && view.tok(c).kind !== 'number') return;
    }
    if (accept && !accept(p, start, end)) return;
    if (end > best.end) {
      best.end = end;
      best.pats.length = 0;
      best.pats.push(p);
    } else if (!best.pats.includes(p)) best.pats.push(p);
  }
}

/** True when token i has one of `want` among its keys or alternative keys ({@link TokenView.matches}), exact forms or surface key. */
function offers(view: TokenView, i: number, want: readonly string[]): boolean {
  return view.matches(i, want) || anyIn(view.exactForms(i), want) || anyIn(view.surfaceKeys(i), want);
}

function anyIn(keys: readonly string[], want: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) if (want.includes(keys[k]!)) return true;
  return false;
}

/** Pushes node n onto found[base..] unless absent or already there. */
function push<T>(found: Node<T>[], base: number, n: Node<T> | undefined): void {
  if (n === undefined) return;
  for (let k = base; k < found.length; k++) if (found[k] === n) return;
  found.push(n);
}
