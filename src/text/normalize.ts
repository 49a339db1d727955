/** Normalizes extracted article text with an offset map back to the input: cuts, NFC, whitespace, line-break repair, look-alike letters. */
import { readTsv } from '../util/data.ts';
import { lower } from './case.ts';

/** Normalized text and, for every output character, its offset in the input (length text.length + 1). */
export interface Normalized { text: string; map: Int32Array /* map[i] = offset in the input of output char i; length text.length+1 */ }

/** Code-unit classes of the BMP, built once on first use. */
const C_OTHER = 0, C_UPPER = 1, C_LOWER = 2, C_LETTER = 3, C_MARK = 4;
/** Scripts that matter for look-alike repair. */
const S_LATIN = 1, S_CYRILLIC = 2;

interface Tables {
  cls: Uint8Array;
  script: Uint8Array;
  /** Latin → Cyrillic look-alike (0 = none); kk overrides for Kazakh documents. */
  toCyr: Uint16Array;
  toCyrKk: Uint16Array;
  /** Cyrillic → Latin look-alike (0 = none). */
  toLat: Uint16Array;
  /** Apostrophe variants: 1 = inside words only, 2 = also after o/g at a word end (Uzbek oʻ gʻ). */
  apos: Uint8Array;
  /** Letter fixes of one language: code → replacement (0: none), with the language and its marker letters (1 per marker code unit). */
  fixes: { lang: string; markers: Uint8Array; map: Uint16Array }[];
  /** Kazakh-only Cyrillic letters (ә ғ қ ң ө ұ ү һ і): their presence marks a Kazakh document. */
  kazakh: Set<number>;
}

let tables: Tables | null = null;

function buildTables(): Tables {
  const cls = new Uint8Array(0x10000);
  const script = new Uint8Array(0x10000);
  const upper = /\p{Lu}|\p{Lt}/u, low = /\p{Ll}/u, letter = /\p{L}/u, mark = /\p{M}/u;
  const lat = /\p{Script=Latin}/u, cyr = /\p{Script=Cyrillic}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) { cls[c] = C_UPPER; script[c] = S_LATIN; } else if (c >= 0x61 && c <= 0x7a) { cls[c] = C_LOWER; script[c] = S_LATIN; }
      continue;
    }
    if (letter.test(ch)) cls[c] = upper.test(ch) ? C_UPPER : low.test(ch) ? C_LOWER : C_LETTER;
    else if (mark.test(ch)) cls[c] = C_MARK;
    if (cls[c] === C_UPPER || cls[c] === C_LOWER || cls[c] === C_LETTER) script[c] = lat.test(ch) ? S_LATIN : cyr.test(ch) ? S_CYRILLIC : 0;
  }
  const toCyr = new Uint16Array(0x10000), toCyrKk = new Uint16Array(0x10000), toLat = new Uint16Array(0x10000);
  const kkRows: [number, number][] = [];
  for (const r of readTsv('normalize/homoglyphs.tsv')) {
    const l = (r.latin ?? '').charCodeAt(0), k = (r.cyrillic ?? '').charCodeAt(0);
    if (!(l > 0) || !(k > 0)) continue;
    if (r.lang === 'kk') { if (r.dir !== 'to-latin') kkRows.push([l, k]); continue; }
    if (r.dir !== 'to-latin') toCyr[l] = k;
    if (r.dir !== 'to-cyrillic') toLat[k] = l;
  }
  toCyrKk.set(toCyr);
  for (const [l, k] of kkRows) toCyrKk[l] = k;
  const apos = new Uint8Array(0x10000);
  for (const r of readTsv('normalize/apostrophes.tsv')) {
    const c = (r.char ?? '').charCodeAt(0);
    if (c > 0) apos[c] = r.final_after_og === 'yes' ? 2 : 1;
  }
  const byLang = new Map<string, { lang: string; markers: Uint8Array; map: Uint16Array }>();
  for (const r of readTsv('normalize/letter-fixes.tsv')) {
    const lang = r.lang ?? '';
    let f = byLang.get(lang);
    if (!f) { f = { lang, markers: new Uint8Array(0x10000), map: new Uint16Array(0x10000) }; byLang.set(lang, f); }
    const from = (r.from ?? '').charCodeAt(0);
    if (from >= 0) f.map[from] = (r.to ?? '').charCodeAt(0) || 0;
    for (const ch of r.marker ?? '') f.markers[ch.charCodeAt(0)] = 1;
  }
  const kazakh = new Set([...'әғқңөұүһіӘҒҚҢӨҰҮҺІ'].map((c) => c.charCodeAt(0)));
  return { cls, script, toCyr, toCyrKk, toLat, apos, fixes: [...byLang.values()], kazakh };
}

function getTables(): Tables {
  tables ??= buildTables();
  return tables;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Memory a {@link Buf} may borrow instead of allocating its own: the passes of one {@link normalizeText} call write
 * into two of these in turn, kept from document to document (allocating and zeroing four pairs of typed arrays per
 * document was a measurable share of cleaning). Grows to the longest text seen, up to {@link SCRATCH_MAX} units.
 */
class Storage {
  codes = new Uint16Array(0);
  map = new Int32Array(0);
}
/** Texts longer than this (in UTF-16 units) get buffers of their own, so a huge input leaves no huge storage behind. */
const SCRATCH_MAX = 1 << 18;
const SCRATCH: readonly [Storage, Storage] = [new Storage(), new Storage()];

/** A growable UTF-16 buffer whose every code unit carries its offset in the original input. */
class Buf {
  codes: Uint16Array;
  map: Int32Array;
  len = 0;
  /** The borrowed storage `codes` and `map` are views of (undefined: arrays of its own). */
  store: Storage | undefined;
  constructor(cap: number, store?: Storage) {
    const n = Math.max(16, cap);
    if (store) {
      if (store.codes.length < n) {
        store.codes = new Uint16Array(n);
        store.map = new Int32Array(n);
      }
      // Views of exactly the asked size, zeroed, so every read (a scan with indexOf, a look past the end) sees what
      // it would in a new buffer.
      this.codes = store.codes.subarray(0, n).fill(0);
      this.map = store.map.subarray(0, n).fill(0);
      this.store = store;
    } else {
      this.codes = new Uint16Array(n);
      this.map = new Int32Array(n);
    }
  }
  /** Makes room for `n` more code units. */
  reserve(n: number): void {
    if (this.len + n <= this.codes.length) return;
    const cap = Math.max(this.len + n, this.codes.length * 2);
    const codes = new Uint16Array(cap); codes.set(this.codes.subarray(0, this.len)); this.codes = codes;
    const map = new Int32Array(cap); map.set(this.map.subarray(0, this.len)); this.map = map;
    this.store = undefined;
  }
  push(c: number, at: number): void {
    if (this.len === this.codes.length) this.reserve(1);
    this.codes[this.len] = c;
    this.map[this.len++] = at;
  }
  /** Appends src[from, to) with its offsets. */
  copy(src: Buf, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.codes.set(src.codes.subarray(from, to), this.len);
    this.map.set(src.map.subarray(from, to), this.len);
    this.len += to - from;
  }
  toString(from = 0, to = this.len): string {
    const codes = this.codes.subarray(from, to);
    // UTF-16LE bytes decode as is, lone surrogates included (TextDecoder would replace them).
    if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
    let s = '';
    for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.subarray(i, i + 8192));
    return s;
  }
}

const NL = 10, SP = 32, SHY = 0xad, HYPHEN = 0x2d;

function isSpace(c: number): boolean {
  return c === SP || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Makes the output buffer of a pass with room for `cap` units; `src` is the pass's input, the only buffer still
 * read, so its storage is not handed out again.
 */
type Alloc = (cap: number, src: Buf | undefined) => Buf;
const ownAlloc: Alloc = (cap) => new Buf(cap);
const scratchAlloc: Alloc = (cap, src) => new Buf(cap, src?.store === SCRATCH[0] ? SCRATCH[1] : SCRATCH[0]);
/** True while a {@link normalizeText} call uses the scratch storage (a nested call then allocates its own). */
let scratchBusy = false;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** `i`, or the start of the surrogate pair whose second half is at `i`. */
function snapStart(s: string, i: number): number {
  return i > 0 && isLow(s.charCodeAt(i)) && isHigh(s.charCodeAt(i - 1)) ? i - 1 : i;
}
/** `i`, or the end of the surrogate pair whose first half is at `i - 1`. */
function snapEnd(s: string, i: number): number {
  return i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i)) ? i + 1 : i;
}

/** Pass 1: cut removed ranges, CRLF → LF, spaces → space, drop invisible and control characters. */
function cutAndClean(input: string, remove: readonly { start: number; end: number }[], alloc: Alloc): Buf {
  // A range never splits a character: its ends move out to whole surrogate pairs (joining the halves of two different
  // characters would make a third).
  const ranges = remove
    .map((r) => [snapStart(input, Math.max(0, Math.floor(r.start))), snapEnd(input, Math.min(input.length, Math.floor(r.end)))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const out = alloc(input.length + 1, undefined);
  const codes = out.codes, map = out.map; // pass 1 never emits more code units than it reads
  let n = 0;
  const cls = getTables().cls;
  let at = 0;
  for (let ri = 0; ri <= ranges.length; ri++) {
    const rg = ranges[ri];
    const end = rg ? rg[0] : input.length;
    for (let i = at; i < end; i++) {
      const c = input.charCodeAt(i);
      if ((c > 32 && c < 127) || (c >= 0x100 && c < 0x1680)) { codes[n] = c; map[n++] = i; continue; }
      if (c === NL) { codes[n] = NL; map[n++] = i; continue; }
      if (c === 13) { if (input.charCodeAt(i + 1) !== NL) { codes[n] = NL; map[n++] = i; } continue; }
      if (c === 0x85 || c === 0x2028 || c === 0x2029) { codes[n] = NL; map[n++] = i; continue; }
      if (isSpace(c)) { codes[n] = SP; map[n++] = i; continue; }
      if (c === SHY) {
        // A soft hyphen after a letter at a line end marks a hyphenation point; the line pass resolves (drops) it.
        let j = i + 1;
        while (j < input.length && isSpace(input.charCodeAt(j))) j++;
        const nx = input.charCodeAt(j);
        if ((nx === NL || nx === 13) && n > 0 && isCased(cls, codes[n - 1] ?? 0)) { codes[n] = SHY; map[n++] = i; }
        continue;
      }
      if (c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x180e) continue;
      codes[n] = c; map[n++] = i;
    }
    if (!rg) break;
    at = Math.max(at, rg[1]);
  }
  out.len = n;
  return out;
}

/** Pass 2: Unicode NFC, chunk by chunk, cluster by cluster where a chunk changes. */
function nfc(src: Buf, alloc: Alloc): Buf {
  const str = src.toString();
  if (str.normalize('NFC') === str) return src;
  const cls = getTables().cls;
  const out = alloc(src.len + 16, src);
  const joins = (k: number): boolean => {
    const c = src.codes[k] ?? 0;
    return cls[c] === C_MARK || (c >= 0x1160 && c <= 0x11ff) || (c >= 0xdc00 && c <= 0xdfff);
  };
  let start = 0;
  while (start < src.len) {
    // Chunks end before an ASCII character: nothing composes with what precedes it.
    let end = Math.min(src.len, start + 4096);
    while (end < src.len && (src.codes[end] ?? 0) >= 0x80) end++;
    const chunk = str.slice(start, end);
    if (chunk.normalize('NFC') === chunk) { out.copy(src, start, end); start = end; continue; }
    let i = start;
    while (i < end) {
      let j = i + 1;
      while (j < end && joins(j)) j++;
      const cl = str.slice(i, j);
      const norm = cl.normalize('NFC');
      // A lone character NFC leaves alone is copied; one it replaces (U+0F73 → U+0F71 U+0F72, CJK
      // compatibility ideographs) goes through the cluster path like any other change.
      if (j - i === 1 && norm === cl) { out.push(src.codes[i] ?? 0, src.map[i] ?? 0); i = j; continue; }
      // An output unit found unchanged in the cluster maps to it; a new one (composed or decomposed)
      // maps to the next source unit not yet used, so the map stays monotone.
      let last = src.map[i] ?? 0, p = 0;
      for (let k = 0; k < norm.length; k++) {
        const c = norm.charCodeAt(k);
        let q = p;
        while (q < cl.length && cl.charCodeAt(q) !== c) q++;
        if (q < cl.length) { last = Math.max(last, src.map[i + q] ?? last); p = q + 1; }
        else {
          // Never into the middle of a surrogate pair: a unit of an expanded astral character (U+1D1BB →
          // U+1D1B9 U+1D165) maps to where that character starts.
          let at = i + Math.min(p, cl.length - 1);
          if (at > i && isLow(src.codes[at] ?? 0) && isHigh(src.codes[at - 1] ?? 0)) at--;
          last = Math.max(last, src.map[at] ?? last);
        }
        out.push(c, last);
      }
      i = j;
    }
    start = end;
  }
  return out;
}

/** Pass 3: spaces collapsed, lines trimmed, blank-line runs → one blank line, no blank lines at the ends. */
function whitespace(src: Buf, alloc: Alloc): Buf {
  const out = alloc(src.len + 1, src);
  const codes = out.codes, map = out.map; // never longer than its input
  const sc = src.codes, sm = src.map;
  let n = 0;
  let i = 0;
  let pendingNl = 0, nlAt = 0, nlAt2 = 0;
  while (i < src.len) {
    let e = sc.indexOf(NL, i);
    if (e < 0 || e > src.len) e = src.len;
    let s = i, t = e;
    while (s < t && sc[s] === SP) s++;
    while (t > s && sc[t - 1] === SP) t--;
    if (t > s) {
      if (n > 0 && pendingNl > 0) {
        codes[n] = NL; map[n++] = nlAt;
        if (pendingNl > 1) { codes[n] = NL; map[n++] = nlAt2; }
      }
      pendingNl = 0;
      let prevSp = false;
      for (let k = s; k < t; k++) {
        const c = sc[k] ?? 0;
        if (c === SP) { if (!prevSp) { codes[n] = SP; map[n++] = sm[k] ?? 0; } prevSp = true; continue; }
        prevSp = false;
        codes[n] = c; map[n++] = sm[k] ?? 0;
      }
    }
    if (e < src.len) {
      pendingNl++;
      if (pendingNl === 1) nlAt = sm[e] ?? 0; else if (pendingNl === 2) nlAt2 = sm[e] ?? 0;
    }
    i = e + 1;
  }
  out.len = n;
  return out;
}

function isCased(cls: Uint8Array, c: number): boolean {
  const k = cls[c];
  return k === C_UPPER || k === C_LOWER;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const FINAL = new Set([...'.!?…:;'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'»"”’\')]'].map((c) => c.charCodeAt(0)));

/** True when a line ending with `last` (and `prev` before it) closes a sentence or a clause. */
function endsSentence(last: number, prev: number): boolean {
  if (FINAL.has(last)) return true;
  return CLOSERS.has(last) && FINAL.has(prev);
}

const KEEP = 0, SPACE = 1, JOIN = 2, HYPHEN_JOIN = 3;

/** The document's vocabulary for hyphenation decisions: word counts and hyphenated compounds, lower-cased. */
interface Vocab { counts: Map<string, number>; sorted: string[]; compounds: string[] }

function buildVocab(src: Buf, text: string, lang: string | undefined): Vocab {
  const cls = getTables().cls;
  const low = lower(text, lang);
  const word = low.length === text.length ? (a: number, b: number): string => low.slice(a, b) : (a: number, b: number): string => lower(text.slice(a, b), lang);
  const counts = new Map<string, number>();
  const compounds = new Set<string>();
  let i = 0;
  let chainStart = -1, prevEnd = -2;
  while (i < src.len) {
    if ((cls[src.codes[i] ?? 0] ?? 0) === C_OTHER) { i++; continue; }
    let j = i;
    while (j < src.len && (cls[src.codes[j] ?? 0] ?? 0) !== C_OTHER) j++;
    const w = word(i, j);
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (prevEnd === i - 1 && src.codes[i - 1] === HYPHEN) compounds.add(word(chainStart, j));
    else chainStart = i;
    prevEnd = j;
    i = j;
  }
  return { counts, sorted: [], compounds: [...compounds].sort() };
}

/** True when a word of the sorted list starts with `prefix`. */
function hasPrefix(sorted: readonly string[], prefix: string): boolean {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1; else hi = mid;
  }
  return (sorted[lo] ?? '').startsWith(prefix);
}

interface Line { s: number; e: number; gap: number; nl: number; nl2: number }

/**
 * Pass 4: line breaks. A word broken by a hyphen at a line end is joined or keeps its hyphen (document vocabulary
 * first, then: short fragment → join, capital continuation or abbreviation → keep hyphen); a soft hyphen at a
 * line end joins; a break inside a sentence (next line lower-case) becomes a space; hard-wrapped paragraphs
 * (many such breaks) become one line.
 */
function lineBreaks(src: Buf, lang: string | undefined, alloc: Alloc): Buf {
  const { cls } = getTables();
  const lines: Line[] = [];
  let i = 0;
  while (i < src.len) {
    let e = src.codes.indexOf(NL, i);
    if (e < 0 || e > src.len) e = src.len;
    let gap = 0, nl = 0, nl2 = 0, k = e;
    while (k < src.len && src.codes[k] === NL) { if (gap === 0) nl = src.map[k] ?? 0; else nl2 = src.map[k] ?? 0; gap++; k++; }
    lines.push({ s: i, e, gap, nl, nl2 });
    i = k;
  }
  const code = (k: number): number => src.codes[k] ?? 0;
  const last = (l: Line): number => code(l.e - 1);
  const prev = (l: Line): number => (l.e - 2 >= l.s ? code(l.e - 2) : 0);
  const lowerStart = (l: Line | undefined): boolean => l !== undefined && cls[code(l.s)] === C_LOWER;
  // Hard-wrapped paragraphs: many single breaks inside sentences.
  const wrapped = new Uint8Array(lines.length);
  for (let a = 0; a < lines.length;) {
    let b = a, breaks = 0, evidence = 0;
    while (b < lines.length - 1 && lines[b]?.gap === 1) {
      const l = lines[b] as Line;
      breaks++;
      if (lowerStart(lines[b + 1]) && !endsSentence(last(l), prev(l))) evidence++;
      b++;
    }
    if (evidence >= 2 && evidence * 3 >= breaks) for (let k = a; k < b; k++) wrapped[k] = 1;
    a = b + 1;
  }
  let text: string | null = null;
  let vocab: Vocab | null = null;
  const fragment = (from: number, to: number, dir: 1 | -1): [number, number] => {
    let k = from;
    if (dir < 0) { while (k > to && isCased(cls, code(k - 1))) k--; return [k, from]; }
    while (k < to && (cls[code(k)] ?? 0) !== C_OTHER) k++;
    return [from, k];
  };
  const hyphenBreak = (l: Line, n: Line): boolean => {
    const c = last(l);
    return (c === HYPHEN || c === 0x2010) && (isCased(cls, prev(l)) || isDigit(prev(l))) && isCased(cls, code(n.s));
  };
  const decide = (idx: number): number => {
    const l = lines[idx] as Line, n = lines[idx + 1];
    if (!n) return KEEP;
    const c = last(l);
    if (c === SHY) return isCased(cls, code(n.s)) ? JOIN : KEEP;
    if (hyphenBreak(l, n)) {
      if (isDigit(prev(l))) return HYPHEN_JOIN;
      text ??= src.toString();
      if (!vocab) {
        vocab = buildVocab(src, text, lang);
        for (let k = 0; k < lines.length - 1; k++) {
          const a = lines[k] as Line, b = lines[k + 1] as Line;
          if (!hyphenBreak(a, b)) continue;
          const [ls, le] = fragment(a.e - 1, a.s, -1);
          const [rs, re] = fragment(b.s, b.e, 1);
          for (const w of [lower(text.slice(ls, le), lang), lower(text.slice(rs, re), lang)]) vocab.counts.set(w, (vocab.counts.get(w) ?? 1) - 1);
        }
        vocab.sorted = [...vocab.counts].filter(([, n]) => n > 0).map(([w]) => w).sort();
      }
      const [ls, le] = fragment(l.e - 1, l.s, -1);
      const [rs, re] = fragment(n.s, n.e, 1);
      const left = text.slice(ls, le), right = text.slice(rs, re);
      const joined = lower(left + right, lang), hyph = lower(`${left}-${right}`, lang);
      if ((vocab.counts.get(joined) ?? 0) > 0 || (joined.length >= 4 && hasPrefix(vocab.sorted, joined))) return JOIN;
      if (hasPrefix(vocab.compounds, hyph)) return HYPHEN_JOIN;
      if (cls[code(n.s)] === C_UPPER) return HYPHEN_JOIN;
      if (left.length >= 2 && left === left.toUpperCase() && left !== left.toLowerCase()) return HYPHEN_JOIN;
      const lc = vocab.counts.get(lower(left, lang)) ?? 0, rc = vocab.counts.get(lower(right, lang)) ?? 0;
      if (lc > 0 && rc > 0 && left.length >= 2 && right.length >= 2) return HYPHEN_JOIN;
      return left.length <= 3 || right.length <= 3 ? JOIN : HYPHEN_JOIN;
    }
    if (lowerStart(n) && !endsSentence(c, prev(l))) return SPACE;
    if (l.gap === 1 && wrapped[idx]) return SPACE;
    return KEEP;
  };
  const out = alloc(src.len + 1, src);
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k] as Line;
    const d = decide(k);
    let e = l.e;
    if (last(l) === SHY || (d === JOIN && (last(l) === HYPHEN || last(l) === 0x2010))) e--;
    out.copy(src, l.s, e);
    if (k === lines.length - 1) break;
    if (d === KEEP) { out.push(NL, l.nl); if (l.gap > 1) out.push(NL, l.nl2); } else if (d === SPACE) out.push(SP, l.nl);
  }
  return out;
}

const CYRILLIC_LANGS = new Set(['kk', 'ru', 'ky', 'tt', 'ba', 'uk', 'be', 'tg', 'mn', 'bg', 'sr']);
const LATIN_LANGS = new Set(['az', 'en', 'tr', 'uz', 'tk']);

/**
 * Pass 5 (in place, one code unit for one): look-alike letters inside mixed Latin/Cyrillic words go to the
 * word's majority script; apostrophe variants inside words become U+0027; language letter fixes (az ä → ə).
 */
function letters(buf: Buf, lang: string | undefined): void {
  const t = getTables();
  const { cls, script, apos } = t;
  const codes = buf.codes;
  const n = buf.len;
  const isWordChar = (c: number): boolean => (cls[c] ?? 0) !== C_OTHER && apos[c] === 0;
  let kk: boolean | null = lang === 'kk' ? true : null;
  const isKk = (): boolean => {
    if (kk === null) { kk = false; for (let i = 0; i < n; i++) if (t.kazakh.has(codes[i] ?? 0)) { kk = true; break; } }
    return kk;
  };
  const convert = (s: number, e: number, to: number): boolean => {
    const table = to === S_CYRILLIC ? (isKk() ? t.toCyrKk : t.toCyr) : t.toLat;
    const from = to === S_CYRILLIC ? S_LATIN : S_CYRILLIC;
    let changed = false;
    for (let k = s; k < e; k++) {
      const c = codes[k] ?? 0;
      // A letter carrying a combining mark is left alone: the pair may compose differently in the other script.
      if (script[c] !== from || cls[codes[k + 1] ?? 0] === C_MARK) continue;
      const r = table[c] ?? 0;
      if (r !== 0) { codes[k] = r; changed = true; }
    }
    return changed;
  };
  const prefer = lang && CYRILLIC_LANGS.has(lang) ? S_CYRILLIC : lang && LATIN_LANGS.has(lang) ? S_LATIN : 0;
  const homoglyphs = (): void => {
    for (let i = 0; i < n;) {
      if (!isWordChar(codes[i] ?? 0)) { i++; continue; }
      let j = i, latin = 0, cyr = 0;
      for (; j < n && isWordChar(codes[j] ?? 0); j++) {
        const s = script[codes[j] ?? 0];
        if (s === S_LATIN) latin++; else if (s === S_CYRILLIC) cyr++;
      }
      if (latin > 0 && cyr > 0) {
        if (latin !== cyr) convert(i, j, latin > cyr ? S_LATIN : S_CYRILLIC);
        else {
          let first = 0;
          for (let k = i; k < j && first === 0; k++) first = script[codes[k] ?? 0] ?? 0;
          const p = prefer || first;
          if (!convert(i, j, p)) convert(i, j, p === S_LATIN ? S_CYRILLIC : S_LATIN);
        }
      }
      i = j;
    }
  };
  homoglyphs();
  // Language letter fixes (az ä → ə), judged on the text after look-alike repair; a fixed letter may sit in a
  // word of the other script, so look-alikes are repaired once more after it.
  for (const f of t.fixes) {
    let on = lang === f.lang;
    if (!on) for (let i = 0; i < n && !on; i++) on = f.markers[codes[i] ?? 0] === 1;
    if (!on) continue;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const r = f.map[codes[i] ?? 0] ?? 0;
      if (r !== 0) { codes[i] = r; changed = true; }
    }
    if (changed) homoglyphs();
  }
  // Apostrophes: between letters, and after o/g at a word end for the variants Uzbek uses (tog‘).
  for (let i = 1; i < n; i++) {
    const a = apos[codes[i] ?? 0] ?? 0;
    if (a === 0) continue;
    const before = codes[i - 1] ?? 0, after = i + 1 < n ? codes[i + 1] ?? 0 : 0;
    if (!isWordChar(before)) continue;
    if (isWordChar(after)) { codes[i] = 0x27; continue; }
    const og = before === 0x6f || before === 0x4f || before === 0x67 || before === 0x47;
    if (a === 2 && og && i >= 2 && isWordChar(codes[i - 2] ?? 0)) codes[i] = 0x27;
  }
}

/** Normalizes extracted text after removing the given ranges: NFC, look-alike letters, soft hyphens, hyphenation repair, whitespace. */
export function normalizeText(input: string, remove: { start: number; end: number }[], lang?: string): Normalized {
  const l = lang && lang !== 'und' ? lang : undefined;
  const scratch = !scratchBusy && input.length < SCRATCH_MAX;
  if (scratch) scratchBusy = true;
  try {
    const alloc: Alloc = scratch ? scratchAlloc : ownAlloc;
    const buf = lineBreaks(whitespace(nfc(cutAndClean(input, remove, alloc), alloc), alloc), l, alloc);
    letters(buf, l);
    const map = new Int32Array(buf.len + 1);
    map.set(buf.map.subarray(0, buf.len));
    map[buf.len] = input.length;
    return { text: buf.toString(), map };
  } finally {
    if (scratch) scratchBusy = false;
  }
}
