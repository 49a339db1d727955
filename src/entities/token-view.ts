/** A document's tokens with their match keys (computed lazily, memoized across documents) and layout helpers. */
import type { Doc, Lang, Token } from '../pipeline/types.ts';
import { analyseWord, wordLang } from '../lang/morph/index.ts';
import { latinKey } from '../text/translit.ts';
import { alternativeKeys, exactForms, isCapitalized, QUOTES } from './keys.ts';
import { hasDerivation, hasPlural, suffixes } from './suffix-sets.ts';
import { LangMemo, newSlot, type WordSlots } from '../util/memo.ts';
import { tokenWords } from '../pipeline/token-words.ts';

const POSSESSIVE = /['’]s$/;
/** Lower-cased word forms whose primary keys are remembered across documents (news repeat their words). */
const MEMO_MAX = 100_000;
/** Per-language memo of a lower-cased word form's primary keys, valid while its stem key and suffix count agree. */
const lowerMemo = new LangMemo<{ key: string; suffixes: number; keys: readonly string[] }>(MEMO_MAX);
/** A word form's primary keys and alternative keys, in its analysis' bag (tokens from the segment stage). */
const PRIMARY = newSlot<readonly string[]>();
const ALTERNATIVE = newSlot<readonly string[]>();

/** The token's stem key, with derivational suffixes kept on the stem (қазақстандық stays kazakstandik, not kazakstan). */
function primaryKey(t: Token): string {
  if (t.suffixes.length === 0 || !hasDerivation(t.suffixes)) return t.key;
  const d = suffixes().derivation;
  let k = t.suffixes.length - 1;
  while (k >= 0 && !d.has(t.suffixes[k] ?? '')) k--;
  return latinKey(t.stem + t.suffixes.slice(0, k + 1).join(''));
}

/** A document's tokens with lazily computed match keys, per-token language and layout helpers. */
export class TokenView {
  readonly doc: Doc;
  readonly tokens: readonly Token[];
  readonly n: number;
  /** Analyser language of each token (paragraph language refined by the word's letters). */
  readonly langs: Lang[];
  /** True for the first word token of each sentence. */
  readonly sentStart: Uint8Array;
  private readonly primary: (readonly string[] | undefined)[];
  private readonly exacts: (readonly string[] | undefined)[];
  /** 0 unknown, 1 not capitalized, 2 capitalized. */
  private readonly caps: Uint8Array;
  private readonly plurals: Uint8Array;
  private readonly alt: (readonly string[] | undefined)[];
  /** The tokens' word-form bags, when the segment stage made the tokens (else keys come from this module's memo). */
  private readonly words: readonly (WordSlots | null)[] | undefined;

  constructor(doc: Doc) {
    this.doc = doc;
    this.tokens = doc.tokens;
    this.n = doc.tokens.length;
    this.langs = new Array<Lang>(this.n);
    this.sentStart = new Uint8Array(this.n);
    this.primary = new Array<readonly string[] | undefined>(this.n);
    this.alt = new Array<readonly string[] | undefined>(this.n);
    this.exacts = new Array<readonly string[] | undefined>(this.n);
    this.caps = new Uint8Array(this.n);
    this.plurals = new Uint8Array(this.n);
    this.words = tokenWords(doc.tokens);
    const paras = doc.paragraphs;
    const sents = doc.sentences;
    let p = 0;
    let s = 0;
    let seenWordInSentence = false;
    for (let i = 0; i < this.n; i++) {
      const t = this.tokens[i]!;
      while (p < paras.length - 1 && (paras[p]?.end ?? 0) <= t.start) p++;
      while (s < sents.length && (sents[s]?.end ?? 0) <= t.start) { s++; seenWordInSentence = false; }
      const plang = paras[p]?.lang ?? doc.lang;
      this.langs[i] = t.kind === 'word' ? wordLang(t.text, plang) : plang;
      if (t.kind === 'word' && !seenWordInSentence) { this.sentStart[i] = 1; seenWordInSentence = true; }
    }
  }

  /** Token i (caller guarantees 0 ≤ i < n). */
  tok(i: number): Token {
    return this.tokens[i]!;
  }

  /** True for word tokens. */
  isWord(i: number): boolean {
    return this.tokens[i]?.kind === 'word';
  }

  /** True for quotation-mark tokens. */
  isQuote(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.kind !== 'word' && QUOTES.has(t.text);
  }

  /** True when the word starts with a capital letter (computed once per token). */
  cap(i: number): boolean {
    let c = this.caps[i];
    if (c === 0) {
      const t = this.tokens[i];
      c = t !== undefined && t.kind === 'word' && isCapitalized(t.text) ? 2 : 1;
      this.caps[i] = c;
    }
    return c === 2;
  }

  /** The bag of token i's word form (see {@link WordSlots}); undefined for tokens the segment stage did not make. */
  bag(i: number): WordSlots | null | undefined {
    return this.words?.[i];
  }

  /** Primary keys: the token's stem key, its surface key, and the key without an English possessive. */
  keys(i: number): readonly string[] {
    let k = this.primary[i];
    if (k) return k;
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') {
      k = [];
    } else if ((k = this.words?.[i]?.get(PRIMARY)) !== undefined) {
      // Remembered in the bag of the token's analysis (same form, same language).
    } else {
      const lang = this.langs[i] ?? 'und';
      // Memo by the lower-cased form (a string the analyser cache reuses, so its hash is computed once), checked on the stem key.
      const hit = lowerMemo.get(lang, t.lower);
      k = hit !== undefined && hit.key === t.key && hit.suffixes === t.suffixes.length ? hit.keys : undefined;
      if (!k) {
        const set = new Set<string>([primaryKey(t), latinKey(t.lower)]);
        if (POSSESSIVE.test(t.lower)) {
          const bare = t.lower.slice(0, -2);
          set.add(latinKey(bare));
          set.add(analyseWord(bare, lang).key);
        }
        set.delete('');
        k = [...set];
        // t.lower comes from the analyser's cache, already a copy of its own.
        lowerMemo.set(lang, t.lower, { key: t.key, suffixes: t.suffixes.length, keys: k }, true);
      }
      this.words?.[i]?.set(PRIMARY, k);
    }
    this.primary[i] = k;
    return k;
  }

  /** The key of the token's whole surface alone (plural forms match only names spelled in the plural). */
  surfaceKeys(i: number): readonly string[] {
    const t = this.tokens[i];
    return t && t.kind === 'word' ? [latinKey(t.lower)] : [];
  }

  /** Surfaces the token offers exact patterns: itself, and its part before a suffix separator (БҰҰ-ның → БҰҰ). */
  exactForms(i: number): readonly string[] {
    let f = this.exacts[i];
    if (f) return f;
    f = exactForms(this.tokens[i]?.text ?? '');
    this.exacts[i] = f;
    return f;
  }

  /** Keys of the token's alternative analyses (computed on first use). */
  altKeys(i: number): readonly string[] {
    let k = this.alt[i];
    if (k) return k;
    const t = this.tokens[i];
    const bag = this.words?.[i];
    k = bag?.get(ALTERNATIVE);
    if (k === undefined) {
      k = t && t.kind === 'word' ? alternativeKeys(POSSESSIVE.test(t.text) ? t.text.slice(0, -2) : t.text, this.langs[i] ?? this.doc.lang) : [];
      bag?.set(ALTERNATIVE, k);
    }
    this.alt[i] = k;
    return k;
  }

  /** True when the token carries a plural suffix (a plural is not the singular name: парламенттері, parlamentlərin). */
  plural(i: number): boolean {
    let c = this.plurals[i];
    if (c === 0) {
      const t = this.tokens[i];
      const l = this.langs[i];
      let yes = false;
      if (t !== undefined && t.suffixes.length > 0) {
        if (l === 'en') yes = t.suffixes.includes('s') || t.suffixes.includes('es');
        else if (l === 'kk' || l === 'az') yes = hasPlural(t.suffixes);
      }
      c = yes ? 2 : 1;
      this.plurals[i] = c;
    }
    return c === 2;
  }

  /** True when one of `want` is among the token's primary or alternative keys. */
  matches(i: number, want: readonly string[]): boolean {
    const prim = this.keys(i);
    for (const w of want) if (prim.includes(w)) return true;
    const alt = this.altKeys(i);
    for (const w of want) if (alt.includes(w)) return true;
    return false;
  }

  /** True when only spaces (at most one line break) and quotation marks stand between tokens a and b (a < b). */
  gapOk(a: number, b: number): boolean {
    const ta = this.tokens[a];
    const tb = this.tokens[b];
    if (!ta || !tb) return false;
    const text = this.doc.text;
    let breaks = 0;
    for (let c = ta.end; c < tb.start; c++) {
      const ch = text.charAt(c);
      if (ch === '\n') { if (++breaks > 1) return false; continue; }
      if (ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || QUOTES.has(ch)) continue;
      return false;
    }
    return true;
  }

  /** Index of the next word token after i when only spaces and quotes lie between, else -1. */
  nextWord(i: number): number {
    let j = i + 1;
    while (j < this.n && this.isQuote(j)) j++;
    if (j >= this.n || !this.isWord(j) || !this.gapOk(i, j)) return -1;
    return j;
  }

  /** Index of the previous word token before i when only spaces and quotes lie between, else -1. */
  prevWord(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.isQuote(j)) j--;
    if (j < 0 || !this.isWord(j) || !this.gapOk(j, i)) return -1;
    return j;
  }

  /** True when token j starts right where token i ends (no space). */
  glued(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
}
