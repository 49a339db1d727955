/** Regex fragments of the date grammars: shared shapes (numbers, spaces) and a language's word lists. */
import type { Grammar, WordKind } from './grammar.ts';

/** Horizontal whitespace (no line break). */
const H = '[^\\S\\r\\n]';
/** A run of spaces that may contain one line break (hard-wrapped text), but not a paragraph break. */
export const WS = `(?:${H}{1,6}(?:\\r?\\n${H}{0,6})?|\\r?\\n${H}{0,6})`;
/** Optional horizontal space (bounded, so scanning stays linear). */
export const HS = `${H}{0,3}`;
/** Start of a word: not inside a word or number. */
export const B = '(?<![\\p{L}\\p{N}])';
/** End of a word. */
export const E = '(?![\\p{L}\\p{N}])';
/** Start of a number: not inside a word or number, nor right after "12." / "12/" / "12:" (versions, times, fractions). */
export const NB = '(?<![\\p{L}\\p{N}]|\\p{N}[.,:/\\-])';
/** End of a number: not followed by more digits or by ".5" / "/22" / ":30". */
export const NE = '(?![\\p{N}]|[.,:/]\\p{N})';
/** A year 1000-2099 in text; numeric dates only accept 1900-2099. */
export const YEAR = '(?<y>1\\d{3}|20\\d{2})';
/** A day number 1-31 (range checked later) with an optional day range "10-11" whose first day is kept. */
export const DAY = `(?<d>[0-3]?\\d)(?:${HS}[-–—]${HS}[0-3]?\\d(?!\\d))?`;
/** A hyphenated ending on a numeral: Azerbaijani 18-də, Kazakh 10-ы, Russian 1-го (written with a hyphen by orthography rules). */
export const HYPHEN_SUFFIX = '-\\p{L}{1,5}';

/** Escapes regex metacharacters. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Alternation of `forms` as a character trie (a space in a form matches {@link WS}); null when empty.
 * A trie lets the regex engine reject a position with one character test instead of one per form, and
 * greedy optional branches try the longest form first.
 */
export function alt(forms: Iterable<string>): string | null {
  const root: Trie = new Map();
  let any = false;
  for (const f of forms) {
    if (!f) continue;
    any = true;
    let node = root;
    for (const tok of tokens(f)) {
      let next = node.get(tok);
      if (!next) { next = new Map(); node.set(tok, next); }
      node = next;
    }
    node.set(END, new Map());
  }
  return any ? trieRe(root) : null;
}

type Trie = Map<string, Trie>;
const END = '';

function tokens(form: string): string[] {
  const out: string[] = [];
  form.trim().split(/\s+/).forEach((word, i) => {
    if (i > 0) out.push(WS);
    for (const ch of word) out.push(escapeRe(ch));
  });
  return out;
}

function trieRe(node: Trie): string {
  const branches: string[] = [];
  for (const [tok, child] of node) if (tok !== END) branches.push(tok + trieRe(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  const wrapped = branches.length === 1 && node.has(END) ? `(?:${body})` : body;
  return node.has(END) ? `${wrapped}?` : body;
}

/** The forms of one kind of date word, optionally filtered. */
export function wordForms(g: Grammar, kind: WordKind, keep: (gram: string, form: string) => boolean = () => true): string[] {
  return [...g.words[kind]].filter(([form, w]) => keep(w.gram, form)).map(([form]) => form);
}

/** Alternation of the forms of one kind of date word, optionally filtered. */
export function words(g: Grammar, kind: WordKind, keep: (gram: string, form: string) => boolean = () => true): string | null {
  return alt(wordForms(g, kind, keep));
}
