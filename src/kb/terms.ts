/** Search terms: stems and Latin keys of words, for indexing (documents, evidence) and for queries alike. */
import type { Doc, Lang } from '../pipeline/types.ts';
import { analyseWord } from '../lang/morph/index.ts';
import { tokenize } from '../text/tokenize.ts';
import { latinKey } from '../text/translit.ts';
import { tokenWords } from '../pipeline/token-words.ts';
import { newSlot, type WordSlots } from '../util/memo.ts';

/** FTS5 tokens are ASCII-safe words; anything else (quotes, operators) is dropped from a term. */
const UNSAFE = /[^\p{L}\p{N}]+/gu;

function clean(s: string): string {
  return s.replace(UNSAFE, '');
}

/** The terms of one word: its cleaned stem, then its cleaned key when that differs ('' when neither is left). */
function wordTerms(stem: string, key: string): string {
  const s = clean(stem);
  const k = clean(key);
  return k && k !== s ? (s ? `${s} ${k}` : k) : s;
}

/** Where a word form's bag keeps its {@link wordTerms} (they depend only on the form's analysis). */
const TERMS = newSlot<string>();

/** {@link wordTerms} of an analysed word form, remembered in its bag. */
function bagTerms(bag: WordSlots, stem: string, key: string): string {
  let v = bag.get(TERMS);
  if (v === undefined) {
    v = wordTerms(stem, key);
    bag.set(TERMS, v);
  }
  return v;
}

/** The indexed terms of the words in [start, end) of a document: `stem key` for every word token. */
export function indexTerms(doc: Doc, start = 0, end: number = doc.text.length): string {
  const parts: string[] = [];
  const bags = tokenWords(doc.tokens);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const bag = bags?.[i];
    const terms = bag ? bagTerms(bag, t.stem, t.key) : wordTerms(t.stem, t.key);
    if (terms) parts.push(terms);
  }
  return parts.join(' ');
}

/** Languages a query word is analysed in (a query has no reliable language of its own). */
const QUERY_LANGS: readonly Lang[] = ['kk', 'az', 'ru', 'en'];

/** The alternatives one query word may match: its lower case, stems and Latin keys in each language. */
export function queryAlternatives(word: string): string[] {
  const alts = new Set<string>();
  const k = clean(latinKey(word));
  if (k) alts.add(k);
  for (const lang of QUERY_LANGS) {
    const a = analyseWord(word, lang);
    for (const s of [a.key, a.stem]) {
      const c = clean(s);
      if (c) alts.add(c);
    }
  }
  return [...alts];
}

/**
 * An FTS5 MATCH expression for free text: every word must match (AND), each word by any of its
 * alternatives (OR); null when the text has no word.
 */
export function ftsQuery(text: string): string | null {
  const groups: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const alts = queryAlternatives(t.text);
    if (alts.length === 0) continue;
    groups.push('(' + alts.map((a) => `"${a}"`).join(' OR ') + ')');
  }
  return groups.length ? groups.join(' AND ') : null;
}

/** The indexed terms of a free text in a known language (evidence sentences): `stem key` per word. */
export function textTerms(text: string, lang: string): string {
  const l = (QUERY_LANGS as readonly string[]).includes(lang) ? (lang as Lang) : 'und';
  const parts: string[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const a = analyseWord(t.text, l);
    const terms = bagTerms(a.slots, a.stem, a.key);
    if (terms) parts.push(terms);
  }
  return parts.join(' ');
}
