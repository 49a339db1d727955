/** Cross-script Latin match keys (Тоқаев = Tokayev = Toqaev) and Kazakh Cyrillic → 2021 Kazakh Latin. */
import { readTsv } from '../util/data.ts';
import { detach } from '../util/memo.ts';

const VOWELS = 'aeiou';
const CONSONANTS = 'bdfghjklmnprstvzšč';
/** Symbols whose doubles collapse (Kassym = Qasym); other doubled vowels stay (Шаяхметов ≠ Шахметов). */
const COLLAPSE_SYMS = CONSONANTS + 'iyc';
const BOUNDARY = '#';
/** The key's internal alphabet; symbols are handled as indexes into it. š and č are spelled sh and ch. */
const SYMBOLS = [...'abcdefghijklmnopqrstuvwxyz0123456789', 'š', 'č', '-', BOUNDARY];
const SYM = new Map(SYMBOLS.map((s, i) => [s, i]));
const B = SYM.get(BOUNDARY)!;
const HYPHEN = SYM.get('-')!;
const SPELL = SYMBOLS.map((s) => (s === 'š' ? 'sh' : s === 'č' ? 'ch' : s === BOUNDARY ? '' : s));

/** One compiled rewrite rule: per pattern position a membership table over symbols; replacement items
 *  are a symbol index (>= 0) or a back-reference to pattern position -1 - n. */
interface Rule { pattern: Uint8Array[]; replacement: number[] }

interface KeyTables {
  /** Letter → symbol indexes of its key fragment. */
  letters: Map<string, number[]>;
  fast: (number[] | undefined)[];
  collapse: Uint8Array;
  /** Rules indexed by the symbol their pattern ends with. */
  byLast: Rule[][];
  overrides: Map<string, string>;
}

function symbols(frag: string): number[] {
  return [...frag].map((c) => {
    const i = SYM.get(c);
    if (i === undefined) throw new Error(`translit data: symbol ${c} is not in the key alphabet`);
    return i;
  });
}

function patternSet(sym: string): Uint8Array {
  const set = new Uint8Array(SYMBOLS.length);
  const members = sym === 'V' ? VOWELS : sym === 'K' ? CONSONANTS : sym === '_' ? BOUNDARY + '-' : sym === '.' ? SYMBOLS.join('') : sym;
  for (const c of symbols(members)) set[c] = 1;
  return set;
}

function buildKeyTables(): KeyTables {
  const raw = new Map<string, string>();
  for (const c of 'abcdefghijklmnopqrstuvwxyz0123456789-') raw.set(c, c);
  for (const file of ['translit/key-latin.tsv', 'translit/key-cyrillic.tsv']) {
    for (const row of readTsv(file)) raw.set(row.char ?? '', row.key ?? '');
  }
  for (const [ch, key] of [...raw]) {
    const up = ch.toUpperCase();
    if (up.length === 1 && !raw.has(up)) raw.set(up, key);
  }
  raw.set('İ', 'i');
  raw.set('I', 'i');
  const letters = new Map<string, number[]>();
  const fast: (number[] | undefined)[] = [];
  for (const [ch, key] of raw) {
    const syms = symbols(key);
    letters.set(ch, syms);
    if (ch.length === 1 && ch.charCodeAt(0) < 0x530) fast[ch.charCodeAt(0)] = syms;
  }
  const collapse = new Uint8Array(SYMBOLS.length);
  for (const c of symbols(COLLAPSE_SYMS)) collapse[c] = 1;
  const byLast: Rule[][] = SYMBOLS.map(() => []);
  for (const row of readTsv('translit/key-rules.tsv')) {
    const pattern = [...(row.pattern ?? '')].map(patternSet);
    const replacement = (row.replacement ?? '').split(/(\$\d)/).filter(Boolean)
      .flatMap((p) => (p.startsWith('$') ? [-Number(p.slice(1))] : symbols(p)));
    const last = pattern[pattern.length - 1];
    if (!last) continue;
    last.forEach((member, i) => { if (member) byLast[i]!.push({ pattern, replacement }); });
  }
  const overrides = new Map<string, string>();
  for (const row of readTsv('translit/key-overrides.tsv')) overrides.set(row.key ?? '', row.replacement ?? '');
  return { letters, fast, collapse, byLast, overrides };
}

let tables: KeyTables | null = null;
function keyTables(): KeyTables {
  tables ??= buildKeyTables();
  return tables;
}

/** Pushes one symbol and rewrites the buffer end until no rule applies (every prefix stays rule-free). */
function push(buf: number[], sym: number, t: KeyTables): void {
  const n = buf.length + 1;
  if (t.collapse[sym] === 1 && buf[n - 2] === sym) return;
  buf.push(sym);
  const rules = t.byLast[sym]!;
  for (let r = 0; r < rules.length; r++) {
    const { pattern, replacement } = rules[r]!;
    const len = pattern.length;
    if (len > n) continue;
    let ok = true;
    for (let i = 0; i < len - 1; i++) {
      if (pattern[i]![buf[n - len + i]!] !== 1) { ok = false; break; }
    }
    if (!ok) continue;
    const matched = buf.splice(n - len, len);
    for (const x of replacement) push(buf, x >= 0 ? x : matched[-x - 1]!, t);
    return;
  }
}

/** Resolves pending symbols (c, y) at a word end or before a hyphen. */
function flush(buf: number[], t: KeyTables): void {
  push(buf, B, t);
  if (buf[buf.length - 1] === B) buf.pop();
}

function fragmentOf(ch: string, t: KeyTables): number[] {
  let frag = t.letters.get(ch);
  if (frag === undefined) {
    const base = ch.normalize('NFD').charAt(0);
    frag = base !== ch ? (t.letters.get(base) ?? []) : [];
    t.letters.set(ch, frag);
  }
  return frag;
}

function computeKey(word: string): string {
  const t = keyTables();
  const buf: number[] = [B];
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let frag = code < 0x530 ? t.fast[code] : undefined;
    if (frag === undefined) {
      const cp = word.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      frag = fragmentOf(ch, t);
    }
    for (let j = 0; j < frag.length; j++) {
      const s = frag[j]!;
      if (s === HYPHEN) flush(buf, t);
      push(buf, s, t);
    }
  }
  flush(buf, t);
  let out = '';
  for (let i = 1; i < buf.length; i++) out += SPELL[buf[i]!]!;
  return t.overrides.get(out) ?? out;
}

const CACHE_MAX = 50_000;
const cache = new Map<string, string>();

/**
 * Lossy Latin match key of one token in any Cyrillic or Latin spelling (ASCII lower-case letters, digits,
 * hyphens): Тоқаев, Токаев, Tokayev, Toqayev and Tokaev all give "tokaev". Rules: data/translit/key-*.tsv.
 */
export function latinKey(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(detach(word), key);
  return key;
}

let kkTable: Map<string, string> | null = null;
function kkLatinTable(): Map<string, string> {
  if (kkTable) return kkTable;
  const m = new Map<string, string>();
  for (const row of readTsv('translit/kk-latin-2021.tsv')) m.set(row.cyrillic ?? '', row.latin ?? '');
  kkTable = m;
  return m;
}

/** Upper-cases a Kazakh Latin fragment with the dotted/dotless i rule (i → İ, ı → I). */
function upperKk(s: string): string {
  return s.replace(/i/g, 'İ').replace(/ı/g, 'I').toUpperCase();
}

const LETTER = /\p{L}/u;

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * Kazakh Cyrillic text in the 2021 Kazakh Latin alphabet (data/translit/kk-latin-2021.tsv), keeping case
 * (Тоқаев → Toqaev, ШЫМКЕНТ → ŞYMKENT) and leaving every non-Cyrillic character untouched.
 */
export function kazakhLatin(text: string): string {
  const table = kkLatinTable();
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const low = ch.toLowerCase();
    const lat = table.get(low);
    if (lat === undefined) { out += ch; continue; }
    if (low === ch || lat === '') { out += lat; continue; }
    const next = chars[i + 1];
    const prev = chars[i - 1];
    const caps = isUpperLetter(next) || (!LETTER.test(next ?? '') && isUpperLetter(prev));
    out += caps ? upperKk(lat) : upperKk(lat.slice(0, 1)) + lat.slice(1);
  }
  return out;
}
