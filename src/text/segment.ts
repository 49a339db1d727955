/** Paragraph and sentence splitting of normalized text, aware of initials, abbreviations, quotes and dialogue dashes. */
import type { Lang, Sentence, Span } from '../pipeline/types.ts';
import { readTsv } from '../util/data.ts';
import { lower } from './case.ts';
import { CC, charClass, isHyphen as isHyphenChar, isLetterClass } from './tokenize.ts';

/** One abbreviation from data/<lang>/abbreviations.tsv. */
export interface Abbreviation {
  abbr: string;
  kind: 'title' | 'initial-like' | 'unit' | 'general';
  canEnd: boolean;
  meaning: string;
}

const KINDS = new Set(['title', 'initial-like', 'unit', 'general']);
const CORE = ['kk', 'az', 'ru', 'en'] as const;
const tables = new Map<string, ReadonlyMap<string, readonly Abbreviation[]>>();

function loadTable(langs: readonly string[]): ReadonlyMap<string, readonly Abbreviation[]> {
  const map = new Map<string, Abbreviation[]>();
  for (const l of langs) {
    for (const row of readTsv(`${l}/abbreviations.tsv`)) {
      const kind = row.kind ?? '';
      if (!KINDS.has(kind)) throw new Error(`data/${l}/abbreviations.tsv: unknown kind "${kind}" for ${row.abbr}`);
      const a: Abbreviation = Object.freeze({
        abbr: row.abbr ?? '', kind: kind as Abbreviation['kind'], canEnd: row.can_end === 'yes', meaning: row.meaning ?? '',
      });
      const key = lower(a.abbr).replace(/\s+/g, '');
      const list = map.get(key);
      if (list) list.push(a); else map.set(key, [a]);
    }
  }
  return map;
}

/** Abbreviations of a language keyed by their lower-case dotted form ("т.б."); other languages get all four lists. */
export function abbreviationsFor(lang: Lang): ReadonlyMap<string, readonly Abbreviation[]> {
  const key = (CORE as readonly string[]).includes(lang) ? lang : '*';
  let t = tables.get(key);
  if (!t) {
    t = loadTable(key === '*' ? CORE : [key]);
    tables.set(key, t);
  }
  return t;
}

const isSpace = (c: number): boolean => charClass(c) === CC.SPACE;
/** . ! ? … */
const isTerminal = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
/** Closing quotes and brackets that may follow a sentence-final mark: » ” “ " ’ ' ) ] */
const isCloser = (c: number): boolean =>
  c === 0xbb || c === 0x201d || c === 0x201c || c === 0x22 || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
/** Opening quotes that may start a sentence: « “ „ " ' ‘ ‹ */
const isOpenQuote = (c: number): boolean =>
  c === 0xab || c === 0x201c || c === 0x201e || c === 0x22 || c === 0x27 || c === 0x2018 || c === 0x2039;
/** Hyphen and dashes used for dialogue and attribution: - ‐ ‑ ‒ – — ― − */
const isDash = (c: number): boolean => c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;

/**
 * Whether a new sentence may start at `m`: a capital (or caseless) letter, a digit, an opening quote or
 * bracket, or a dash not followed by a lower-case word (a dash then "деді", "dedi", "сказал" attributes speech).
 */
function startsSentence(text: string, m: number, end: number): boolean {
  const c = text.charCodeAt(m);
  const k = charClass(c);
  if (k === CC.UPPER || k === CC.LETTER || k === CC.DIGIT || isOpenQuote(c)) return true;
  if (isDash(c) || c === 0x28 || c === 0x5b) {
    let n = m + 1;
    while (n < end && (isSpace(text.charCodeAt(n)) || isDash(text.charCodeAt(n)))) n++;
    if (n >= end) return isDash(c);
    const kn = charClass(text.charCodeAt(n));
    return isDash(c) ? kn !== CC.LOWER : kn === CC.UPPER || kn === CC.DIGIT;
  }
  return false;
}

/** Splits text into paragraphs (spans between blank lines; a lone line such as a headline is its own paragraph). */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let block: number[] = []; // trimmed [start, end) pairs of the lines of the current block
  const flush = (): void => {
    if (block.length) out.push(...groupLines(text, block));
    block = [];
  };
  let ls = 0;
  while (ls <= n) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = n;
    let s = ls;
    let e = le;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (s === e) flush(); else block.push(s, e);
    ls = le + 1;
  }
  flush();
  return out;
}

/** Line break continues the sentence: next line starts lower-case or with closing punctuation, or this line ends open. */
function continues(text: string, prevEnd: number, nextStart: number): boolean {
  const a = text.charCodeAt(prevEnd - 1);
  const b = text.charCodeAt(nextStart);
  if (charClass(b) === CC.LOWER) return true;
  if (b === 0x2c || b === 0x3b || b === 0x29 || b === 0xbb || b === 0x201d || b === 0x2e || b === 0x2026) return true;
  return a === 0x2c || a === 0x3b || a === 0x28 || a === 0xab || a === 0x201c || a === 0x201e || isDash(a);
}

/**
 * Groups the lines of one block into paragraphs: each line break that ends a sentence or a headline starts a new
 * paragraph; a hard-wrapped block (several breaks inside running sentences) stays one paragraph.
 */
function groupLines(text: string, lines: number[]): Span[] {
  const count = lines.length / 2;
  const out: Span[] = [];
  let lowerStarts = 0;
  for (let j = 1; j < count; j++) if (charClass(text.charCodeAt(lines[2 * j] ?? 0)) === CC.LOWER) lowerStarts++;
  if (count >= 3 && lowerStarts >= 2 && lowerStarts * 4 >= count - 1) {
    return [{ start: lines[0] ?? 0, end: lines[lines.length - 1] ?? 0 }];
  }
  let start = lines[0] ?? 0;
  for (let j = 1; j < count; j++) {
    const prevEnd = lines[2 * j - 1] ?? 0;
    const nextStart = lines[2 * j] ?? 0;
    if (!continues(text, prevEnd, nextStart)) {
      out.push({ start, end: prevEnd });
      start = nextStart;
    }
  }
  out.push({ start, end: lines[lines.length - 1] ?? 0 });
  return out;
}

/** Splits text into sentences with their paragraph index; spans trimmed of surrounding whitespace. */
export function splitSentences(text: string, lang: Lang): Sentence[] {
  const abbr = abbreviationsFor(lang);
  const out: Sentence[] = [];
  splitParagraphs(text).forEach((p, i) => splitParagraph(text, p.start, p.end, i, abbr, out));
  return out;
}

type Table = ReadonlyMap<string, readonly Abbreviation[]>;

function splitParagraph(text: string, ps: number, pe: number, para: number, abbr: Table, out: Sentence[]): void {
  const quiet = quotedSpans(text, ps, pe);
  let qi = 0;
  let s = ps;
  let letters = false;
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (!isTerminal(c)) {
      if (!letters && isLetterClass(charClass(c))) letters = true;
      continue;
    }
    let j = i + 1;
    while (j < pe && isTerminal(text.charCodeAt(j))) j++;
    let b = j;
    while (b < pe && isCloser(text.charCodeAt(b))) b++;
    let m = b;
    while (m < pe && isSpace(text.charCodeAt(m))) m++;
    let split = false;
    if (letters && m < pe) {
      if (m > b) split = startsSentence(text, m, pe) && !heldByWord(text, s, i, j, m, abbr);
      else split = b === j && missingSpace(text, s, i, j, pe, abbr);
    }
    if (split) {
      while (qi < quiet.length && (quiet[qi + 1] ?? 0) <= b - 1) qi += 2;
      if (qi < quiet.length && (quiet[qi] ?? 0) < b - 1) split = false;
    }
    if (split) {
      push(text, s, b, para, out);
      s = m;
      letters = false;
      i = m - 1;
    } else {
      i = j - 1;
    }
  }
  push(text, s, pe, para, out);
}

function push(text: string, s: number, e: number, para: number, out: Sentence[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s < e) out.push({ start: s, end: e, paragraph: para });
}

/**
 * True when the word before a single period keeps the sentence going: a listed abbreviation that cannot end
 * a sentence (or can, but a digit follows), initials (С. / Н.Ә. / J.), or an all-capital dateline (АСТАНА.).
 */
function heldByWord(text: string, s: number, i: number, j: number, m: number, abbr: Table): boolean {
  if (j !== i + 1 || text.charCodeAt(i) !== 0x2e) return false;
  let ws = i;
  while (ws > s) {
    const k = charClass(text.charCodeAt(ws - 1));
    if (isLetterClass(k)) { ws--; continue; }
    if (text.charCodeAt(ws - 1) === 0x2e && ws - 2 >= s && isLetterClass(charClass(text.charCodeAt(ws - 2)))) { ws--; continue; }
    break;
  }
  if (ws === i) return false;
  let word = text.slice(ws, i + 1);
  // "т. б.", "и т. д.", "e. ə.": a one-letter part after another one-letter part and a space.
  if (i - ws === 1 && ws - 3 >= s && text.charCodeAt(ws - 1) === 0x20 && text.charCodeAt(ws - 2) === 0x2e
    && isLetterClass(charClass(text.charCodeAt(ws - 3))) && (ws - 4 < s || !isLetterClass(charClass(text.charCodeAt(ws - 4))))) {
    const joined = text.slice(ws - 3, ws - 1) + word;
    if (abbr.has(lower(joined))) { word = joined; ws -= 3; }
  }
  const rows = abbr.get(lower(word));
  if (rows) {
    let p = ws - 1;
    while (p >= s && isSpace(text.charCodeAt(p))) p--;
    const afterNumber = p >= s && charClass(text.charCodeAt(p)) === CC.DIGIT;
    const row = rows.find((r) => (r.kind === 'unit') === afterNumber) ?? rows[0];
    if (!row || !row.canEnd) return true;
    // It may end the sentence, but not before a digit nor when the sentence has just begun ("В 1992 г. Казахстан").
    return charClass(text.charCodeAt(m)) === CC.DIGIT || countWords(text, s, ws) < 3;
  }
  // Initials (А. / Н.Ә. / J.R.R.) and unknown dotted abbreviations (a.b.c.): every part a single letter, standing
  // alone ("m/s." and "91-е." are not initials); a lone lower-case letter is a word ("я.", "o.") unless listed.
  let single = true;
  for (let p = ws; p < i; p += 2) {
    if (p + 1 < i && text.charCodeAt(p + 1) !== 0x2e) { single = false; break; }
  }
  const before = ws > s ? text.charCodeAt(ws - 1) : 0x20;
  const hyphenated = isHyphenChar(before) && ws - 2 >= s && text.charCodeAt(ws - 2) === 0x2e; // К.-Ж. Токаев
  if (single && (isSpace(before) || isOpener(before) || isOpenQuote(before) || hyphenated)
    && (i - ws > 1 || charClass(text.charCodeAt(ws)) === CC.UPPER)) return true;
  // A dateline in capitals (АСТАНА. KAZINFORM –, НҰР-СҰЛТАН.) is not a sentence.
  return isDateline(text, s, i);
}

/** Number of words (runs of letters; numbers do not count) in [s, e). */
function countWords(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let p = s; p < e; p++) {
    const w = isLetterClass(charClass(text.charCodeAt(p)));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** The span is one or two words of capital letters (hyphens allowed), at least two letters, at most 30 chars. */
function isDateline(text: string, s: number, e: number): boolean {
  if (e - s > 30) return false;
  let letters = 0;
  let spaces = 0;
  for (let p = s; p < e; p++) {
    const c = text.charCodeAt(p);
    const k = charClass(c);
    if (k === CC.UPPER || k === CC.MARK) letters++;
    else if (k === CC.SPACE) { if (++spaces > 1) return false; }
    else if (!isDash(c)) return false;
  }
  return letters >= 2;
}

/**
 * A sentence break with no space after the mark, as in scraped text ("qurulur.Dövlət", "Istanbul.During"):
 * a capitalised word of 2+ letters follows; before a period stands a lower-case word of 3+ letters (or a
 * capitalised one when 4+ letters follow: not "News.Az"), not an abbreviation, not part of a domain or path.
 */
function missingSpace(text: string, s: number, i: number, j: number, pe: number, abbr: Table): boolean {
  if (charClass(text.charCodeAt(j)) !== CC.UPPER) return false;
  let ne = j + 1;
  while (ne < pe && isLetterClass(charClass(text.charCodeAt(ne)))) ne++;
  const nlen = ne - j;
  if (nlen < 2) return false;
  let ws = i;
  while (ws > s && isLetterClass(charClass(text.charCodeAt(ws - 1)))) ws--;
  if (ws > s) {
    const c = text.charCodeAt(ws - 1);
    if (c === 0x2e || c === 0x40 || c === 0x2f || c === 0x5c || c === 0x3a || c === 0x5f || charClass(c) === CC.DIGIT) return false;
  }
  if (text.charCodeAt(i) !== 0x2e || j !== i + 1) return ws < i; // "?", "!" or "..." right after a word
  if (i - ws < 3) return false;
  if (abbr.has(lower(text.slice(ws, i + 1)))) return false;
  let lowerTail = true;
  for (let p = ws + 1; p < i; p++) if (charClass(text.charCodeAt(p)) === CC.UPPER) { lowerTail = false; break; }
  if (!lowerTail) return false;
  if (charClass(text.charCodeAt(ws)) !== CC.UPPER) return true;
  return nlen >= 4 && charClass(text.charCodeAt(j + 1)) === CC.LOWER;
}

/** ( [ and opening quotes, before which a quotation mark still opens. */
const isOpener = (c: number): boolean => c === 0x28 || c === 0x5b || c === 0xab || c === 0x201c || c === 0x201e || isDash(c);

/** Whether an unmatched quotation mark opens a quotation: « „ always, “ before a word, ” and " between a gap and a word. */
function opens(c: number, prevOpen: boolean, nextSpace: boolean): boolean {
  if (c === 0xab || c === 0x201e) return true;
  if (c === 0x201c) return !nextSpace;
  if (c === 0x201d || c === 0x22) return prevOpen && !nextSpace;
  return false;
}

/**
 * Interiors of quotations inside which sentences are not split: «…», “…”, „…“, "…". A quotation that ends with
 * its own final mark and is followed by a new sentence (or the paragraph end) is open to splitting. Returns
 * merged exclusive intervals as a flat sorted list [open, close, open, close, …].
 */
function quotedSpans(text: string, ps: number, pe: number): number[] {
  const stack: number[] = [];
  const spans: number[] = [];
  const close = (at: number, o: number, c: number): void => {
    stack.length = at;
    if (isTerminal(text.charCodeAt(c - 1))) {
      let b = c + 1;
      while (b < pe && isCloser(text.charCodeAt(b))) b++;
      let m = b;
      while (m < pe && isSpace(text.charCodeAt(m))) m++;
      if (m >= pe || (m > b && startsSentence(text, m, pe))) return;
    }
    spans.push(o, c);
  };
  const find = (open: (ch: number) => boolean): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (open(text.charCodeAt(stack[k] ?? 0))) return k;
    return -1;
  };
  for (let i = ps; i < pe; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xab && c !== 0xbb && c !== 0x201c && c !== 0x201d && c !== 0x201e && c !== 0x22) continue;
    const prevOpen = i === ps || isSpace(text.charCodeAt(i - 1)) || isOpener(text.charCodeAt(i - 1));
    const nextSpace = i + 1 >= pe || isSpace(text.charCodeAt(i + 1));
    let k = -1;
    if (c === 0xbb) k = find((q) => q === 0xab);
    else if (c === 0x201d) k = find((q) => q === 0x201c || q === 0x201e || q === 0x201d);
    else if (c === 0x201c) {
      k = find((q) => q === 0x201e);
      if (k < 0 && !prevOpen && nextSpace) k = find((q) => q === 0x201c); // “…“ typed for “…”
    } else if (c === 0x22) {
      const top = stack[stack.length - 1];
      if (top !== undefined && text.charCodeAt(top) === 0x22) k = stack.length - 1;
    }
    if (k >= 0) close(k, stack[k] ?? 0, i);
    else if (stack.length < 16 && opens(c, prevOpen, nextSpace)) stack.push(i);
  }
  if (spans.length <= 2) return spans;
  const pairs: [number, number][] = [];
  for (let p = 0; p < spans.length; p += 2) pairs.push([spans[p] ?? 0, spans[p + 1] ?? 0]);
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [o, c] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && o < (merged[last] ?? 0)) merged[last] = Math.max(merged[last] ?? 0, c);
    else merged.push(o, c);
  }
  return merged;
}
