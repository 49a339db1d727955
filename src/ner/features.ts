/**
 * Feature templates of the NER tagger. Every feature belongs to one word at an offset −2…+2 from the
 * tagged token, so a trained model can pre-sum a word's weights per offset (see model.ts).
 */
import { analyse } from '../lang/morph/turkic.ts';
import { lower } from '../text/case.ts';
import { latinKey } from '../text/translit.ts';
import { nerLexicon, type NerLang } from './lexicon.ts';
import { positionFeatures, sentenceInfo, type SentenceInfo } from './context.ts';

/** Which templates a model uses: `full` adds script-specific surface features; `neutral` keeps cross-script ones only. */
export type FeatureMode = 'full' | 'neutral' | 'cross';

/** Context window: features of words at offsets −WINDOW…+WINDOW. */
export const WINDOW = 2;

/**
 * Features of one word by reach: `far` at every offset, `near` also at ±1 and 0, `self` only at offset 0;
 * `keys` are not features but the Latin keys of the word and of its stem, for gazetteer name matching
 * (none for a word that is not capitalised; no stem key for a derived word), and `poss` tells whether the
 * word carries a 3rd-person possessive (the head of an izafet name), for sentence-level features.
 */
export interface WordFeatures { far: string[]; near: string[]; self: string[]; keys: string[]; poss: boolean }

/** Pseudo-word standing for positions before the first token. */
export const BOS = '\u0002';
/** Pseudo-word standing for positions after the last token. */
export const EOS = '\u0003';
const BOUNDARY_FEATURES: WordFeatures = Object.freeze({ far: ['BOUND'], near: [], self: [], keys: [], poss: false }) as WordFeatures;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const LETTER_START = /^\p{L}/u;
const DIGIT = /\p{Nd}/u;
const QUOTES = new Set(['«', '»', '"', '“', '”', '„', "'", '‘', '’']);

/** Suffix ids of the 3rd-person possessive and the case forms that follow it (Universiteti, Nazirliyinin, министрлігі). */
const POSSESSIVE_3 = /\b(P3|[A-Z]+3)\b/;

/** Word shape with runs collapsed: Xx, XX, x, d, Xx-Xx, X.X. (letters X/x, digits d, other characters kept). */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : LETTER.test(ch) ? 'l' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** Capitalisation class: init (Xx…), caps (XX…, ≥2 letters), upper (single capital), lower, other. */
export function capClass(word: string): string {
  const first = word.charAt(0);
  if (!LETTER.test(first)) return QUOTES.has(word) ? 'quote' : DIGIT.test(first) ? 'digit' : 'other';
  if (!UPPER.test(first)) return 'lower';
  if (word.length === 1) return 'upper';
  return LOWER.test(word) ? 'init' : 'caps';
}

/** Computes the features of one word (not cached; see model.ts for caching). */
export function wordFeatures(word: string, lang: NerLang, mode: FeatureMode): WordFeatures {
  if (word === BOS || word === EOS) return BOUNDARY_FEATURES;
  const lex = nerLexicon();
  const low = lower(word, lang);
  const kk = lang === 'az' ? lex.bridge.get(low) : undefined;
  if (kk !== undefined) {
    // Features of the Kazakh counterpart, but the word's own keys for gazetteer names (Yeni Azərbaycan Partiyası).
    const f = wordFeatures(UPPER.test(word.charAt(0)) ? kk.charAt(0).toUpperCase() + kk.slice(1) : kk, 'kk', mode);
    const own = latinKey(low) || low;
    return { ...f, keys: f.keys.length ? [own, latinKey(analyse(word, lang).stem) || own] : [] };
  }
  const cap = capClass(word);
  const shape = wordShape(word);
  const letters = LETTER.test(word);
  const an = letters ? analyse(word, lang) : { stem: low, suffixes: [] as string[] };
  const key = latinKey(an.stem) || low;
  const wkey = latinKey(low) || low;
  // Cross-language models see a word's key only on the word itself: context words' keys are rarely shared.
  const shared = mode !== 'cross' || (lang === 'kk' && lex.bridged.has(low));
  const far: string[] = shared ? [`k=${key}`, `c=${cap}`] : [`c=${cap}`];
  const near: string[] = [`s=${shape}`];
  const self: string[] = shared ? [`wk=${wkey}`] : [`wk=${wkey}`, `k=${key}`];
  const flags = new Set([...(lex.gaz.get(key) ?? []), ...(lex.gaz.get(wkey) ?? [])]);
  for (const f of flags) far.push(`g=${f}`);
  if (flags.size > 0) near.push(`gc=${cap}|${[...flags].sort().join(',')}`);
  for (const c of lex.cues.get(key) ?? lex.cues.get(wkey) ?? []) far.push(`q=${c}`);
  const ids = lex.suffixIds.get(lang);
  const last = an.suffixes[an.suffixes.length - 1];
  const lastId = last === undefined ? '-' : ids?.get(last) ?? '?';
  const prevSuffix = an.suffixes[an.suffixes.length - 2];
  const prevId = prevSuffix === undefined ? '-' : ids?.get(prevSuffix) ?? '?';
  near.push(`x=${lastId}`, `xc=${cap}|${lastId}`);
  const poss = an.suffixes.some((x) => POSSESSIVE_3.test(ids?.get(x) ?? ''));
  if (poss) far.push('pz');
  self.push(`xx=${prevId}+${lastId}`);
  if (key.length > 3) for (let n = 2; n <= 4; n++) self.push(`ks${n}=${key.slice(-n)}`);
  if (mode === 'full') {
    far.push(`w=${low}`);
    near.push(`st=${an.stem}`);
    for (let n = 1; n <= 4 && n < low.length; n++) self.push(`p${n}=${low.slice(0, n)}`, `s${n}=${low.slice(-n)}`);
  } else {
    for (let n = 1; n <= 3 && n < key.length; n++) self.push(`kp${n}=${key.slice(0, n)}`);
  }
  if (word.length === 1 && !letters) far.push(`ch=${word}`);
  // A derived word (Kanadalı, azərbaycanlı) does not name what its stem names.
  const derived = an.suffixes.some((x) => /\bDER_/.test(ids?.get(x) ?? ''));
  return { far, near, self, keys: LETTER_START.test(word) && UPPER.test(word.charAt(0)) ? (derived ? [wkey] : [wkey, key]) : [], poss };
}

/** The features of the word at offset `d` from the tagged token, prefixed with the offset. */
export function offsetFeatures(f: WordFeatures, d: number): string[] {
  const a = Math.abs(d);
  const out = f.far.map((x) => `${d}${x}`);
  if (a <= 1) for (const x of f.near) out.push(`${d}${x}`);
  if (a === 0) for (const x of f.self) out.push(`0${x}`);
  return out;
}

/** Full feature list of token i (training-time form). */
export function tokenFeatures(wf: readonly WordFeatures[], words: readonly string[], i: number, info: SentenceInfo = sentenceInfo(wf)): string[] {
  const out = positionFeatures(words, i, info);
  for (let d = -WINDOW; d <= WINDOW; d++) {
    const j = i + d;
    const f = j < 0 || j >= wf.length ? BOUNDARY_FEATURES : wf[j]!;
    for (const x of offsetFeatures(f, d)) out.push(x);
  }
  return out;
}
