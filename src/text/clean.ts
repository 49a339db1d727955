/** Finds site furniture in scraped article text (mastheads, counters, date headers, read-more links, trailing headline blocks). */
import { readTsv } from '../util/data.ts';
import { lower } from './case.ts';

/** A dropped piece of the extracted text: offsets into it, the text itself and why it was dropped. */
export interface Removed { text: string; start: number; end: number; reason: string }

interface Prefix { key: string; kind: string; maxWords: number }
interface Pattern { re: RegExp; kind: string; scope: 'line' | 'match'; needs: RegExp | null; maxWords: number }
interface Rules {
  line: ReadonlyMap<string, string>;
  prefixes: readonly Prefix[];
  /** First two characters of the prefix phrases: other lines skip the prefix loop. */
  prefixFirst: ReadonlySet<string>;
  patterns: readonly Pattern[];
  /** Words allowed in date/counter header lines: header-words.tsv kinds plus month and weekday forms. */
  headerWords: ReadonlyMap<string, string>;
  /** Full month stems matched as word prefixes (inflected forms: қарашада, oktyabrın). */
  monthStems: readonly string[];
  shareWords: ReadonlySet<string>;
}

const LANGS = ['kk', 'az', 'ru', 'en'] as const;
/** Longest line (characters) checked against phrases and line patterns; longer lines are article text. */
const MAX_FURNITURE_CHARS = 300;
/** Lines of more words are never furniture as a whole (the longest notice is about this long). */
const MAX_FURNITURE_WORDS = 40;
/** Whole-line phrases and share-button rows are at most this many words. */
const MAX_PHRASE_WORDS = 8;
/** Word limits of prefix matches per kind: a credit is short, a notice may be a long sentence. */
const PREFIX_MAX_WORDS: Record<string, number> = { credit: 15, tags: 40, notice: 40, related: 25 };
/** A line this long that ends a sentence is article prose: a tail marker before it does not cut to the end. */
const PROSE_WORDS = 30;
/** A headline after a "read also" marker: short and without final sentence punctuation. */
const HEADLINE_WORDS = 20;

let rules: Rules | null = null;

function loadRules(): Rules {
  const line = new Map<string, string>();
  const prefixes: Prefix[] = [];
  const shareWords = new Set<string>();
  for (const r of readTsv('boilerplate/phrases.tsv')) {
    const kind = r.kind ?? '';
    const phrase = r.phrase ?? '';
    if (r.match === 'prefix') {
      prefixes.push({ key: prefixKey(phrase), kind, maxWords: PREFIX_MAX_WORDS[kind] ?? 20 });
    } else {
      line.set(lineKey(phrase), kind);
      if (kind === 'share' && !phrase.includes(' ')) shareWords.add(lineKey(phrase));
    }
  }
  const patterns: Pattern[] = readTsv('boilerplate/patterns.tsv').map((r) => ({
    re: new RegExp(r.pattern ?? '', 'iu'),
    kind: r.kind ?? '',
    scope: r.scope === 'match' ? 'match' : 'line',
    needs: r.needs ? new RegExp(r.needs.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i') : null,
    maxWords: Number(r.max_words) || Infinity,
  }));
  const headerWords = new Map<string, string>();
  for (const r of readTsv('boilerplate/header-words.tsv')) headerWords.set(lineKey(r.word ?? ''), r.kind ?? '');
  const monthStems: string[] = [];
  for (const lang of LANGS) {
    for (const r of readTsv(`${lang}/months.tsv`)) {
      const form = lineKey(r.form ?? '');
      headerWords.set(form, 'month');
      if (r.kind === 'full' && form.length >= 4) monthStems.push(form);
    }
    for (const r of readTsv(`${lang}/date-words.tsv`)) {
      if (r.kind !== 'weekday') continue;
      for (const w of lineKey(r.form ?? '').split(' ')) if (w) headerWords.set(w, 'weekday');
    }
  }
  const prefixFirst = new Set(prefixes.map((p) => p.key.slice(0, 2)));
  return Object.freeze({ line, prefixes, prefixFirst, patterns, headerWords, monthStems, shareWords });
}

function getRules(): Rules {
  rules ??= loadRules();
  return rules;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
const LEAD = /^[\s•·*►▶■□▪●○◦→>|\-–—]+/u;
const TRAIL = /[\s:.…»›→!|\-–—]+$/u;

/** Lower-cased line with bullets, final punctuation and extra spaces removed: the key of whole-line phrases. */
function lineKey(s: string): string {
  return lower(s.replace(INVISIBLE, '').replace(SPACES, ' ')).replace(LEAD, '').replace(TRAIL, '');
}

/** Lower-cased start of a line for prefix phrases (keeps the colon of "Фото:"). */
function prefixKey(s: string): string {
  return lower(s.slice(0, 80).replace(INVISIBLE, '').replace(SPACES, ' ')).replace(LEAD, '').trimEnd();
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:[a-z]{2,6}|рф|қаз)\/?$/iu;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\-]*(?:[.:/][\p{L}\p{N}][\p{L}\p{M}\p{N}\-]*)*/gu;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const DATE_NUMBER = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?|(?:19|20)\d{2})$/;
const SENTENCE_END = /[.!?…]["»”')\]]*$/u;
const BREADCRUMB_CHAR = /\s[»›>/|→]\s/u;
const BREADCRUMB_SEP = /\s+(?:»|›|>|\/|\||→)\s+/gu;

const WORD_RUN = /\S+/g;

function words(s: string): string[] {
  return s.match(WORD_RUN) ?? [];
}

/**
 * Number of white-space separated words, without allocating them; counting stops past `atMost` (the result is then
 * atMost + 1), since callers only compare it with a bound and a paragraph line is long.
 */
function countWords(s: string, atMost: number): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160 || c === 10 || c === 13 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
    if (!space && !inWord && ++n > atMost) return n;
    inWord = !space;
  }
  return n;
}

/**
 * Classifies a date or counter header line ("Сенбі, 23 Қараша 2024", "1381 2 пікір 24 Қараша, 2023 сағат 16:21",
 * "25 May 2005 [08:55] - Today.Az", "2 пікір"): numbers, times, month/weekday names, counter words and site
 * names only. Returns 'header-date', 'counter' or null.
 */
function headerKind(line: string, r: Rules): string | null {
  if (line.length > 120 || !DIGIT.test(line)) return null;
  const k = headerTokens(line, r);
  if (k) return k === 'date' || k === 'stamp' ? 'header-date' : 'counter';
  // "Caspian Dispatch | 4 March 2024, 19:20", "11 aprel 2024, 16:20 | Xarici siyasət": a dated segment beside
  // short capitalised names (site, section) that are not in the phrase lists.
  if (line.length > 100) return null;
  const segs = line.split(HEADER_SEP);
  if (segs.length < 2) return null;
  let stamp = false;
  for (const seg of segs) {
    const kind = headerTokens(seg, r);
    if (kind === 'stamp') { stamp = true; continue; }
    if (kind) continue;
    const ws = words(seg);
    if (ws.length === 0 || ws.length > 3 || !/^\p{Lu}/u.test(seg.trim()) || /\d|[!?;:,]|\.(?:\s|$)/u.test(seg)) return null;
  }
  return stamp ? 'header-date' : null;
}

const HEADER_SEP = /\s+[|\-–—•·]\s+|\s*\|\s*/u;
/** A full date or a clock time (not a bare year): what makes a segment a time stamp. */
const STAMP_NUMBER = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}(?::\d{2})?)$/;

/**
 * Tokens of a header line: null when a word is not a header word; 'stamp' when it holds a month name with a day
 * or year, or a full date or time; 'date' for a year; 'count' for numbers and counter words only.
 */
function headerTokens(line: string, r: Rules): 'stamp' | 'date' | 'count' | null {
  if (line.length > 120 || !DIGIT.test(line)) return null;
  const tokens = line.match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > 14) return null;
  let date = false, stamp = false, month = false;
  let numbers = 0;
  for (const t of tokens) {
    if (!LETTER.test(t)) {
      numbers++;
      if (STAMP_NUMBER.test(t)) stamp = true;
      else if (DATE_NUMBER.test(t)) date = true;
      continue;
    }
    const k = lineKey(t);
    if (t.includes('.') && DOMAIN_LINE.test(t)) continue;
    if (r.line.get(k) === 'site-name') continue;
    const kind = r.headerWords.get(k) ?? (r.monthStems.some((m) => k.startsWith(m)) ? 'month' : undefined);
    if (kind === undefined) return null;
    if (kind === 'month') month = true;
  }
  if (numbers === 0) return null;
  if (stamp || month) return 'stamp';
  return date ? 'date' : 'count';
}

/** Breadcrumb trail ("Today.Az » Business » Title"): returns the length of the trail prefix to drop, or -1. */
function breadcrumb(line: string, r: Rules): number {
  if (!BREADCRUMB_CHAR.test(line)) return -1;
  const seps = [...line.matchAll(BREADCRUMB_SEP)];
  if (seps.length === 0) return -1;
  const first = line.slice(0, seps[0]?.index ?? 0);
  const firstKind = r.line.get(lineKey(first));
  if (seps.length === 1 && !DOMAIN_LINE.test(first.trim()) && firstKind !== 'site-name' && firstKind !== 'section') return -1;
  let from = 0;
  for (const m of seps) {
    const seg = line.slice(from, m.index);
    if (words(seg).length > 4 || /[!?]|[.,;:](?:\s|$)/u.test(seg)) return -1;
    from = (m.index ?? 0) + m[0].length;
  }
  return words(line.slice(from)).length >= 3 ? from : line.length;
}

interface Line { start: number; end: number }

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x202f || c === 0x205f || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    out.push({ start, end });
    start = nl + 1;
  }
  return out;
}

function isProse(s: string): boolean {
  return SENTENCE_END.test(s) && countWords(s, PROSE_WORDS) >= PROSE_WORDS;
}

function isHeadline(s: string): boolean {
  return s !== '' && countWords(s, HEADLINE_WORDS) <= HEADLINE_WORDS && !/[.!?:;]$/u.test(s);
}

/** Drops boilerplate lines from extracted text; returns kept line ranges and what was removed (offsets into `text`). */
export function findBoilerplate(text: string): Removed[] {
  const r = getRules();
  const lines = splitLines(text);
  const out: Removed[] = [];
  const add = (start: number, end: number, reason: string): void => {
    if (end > start) out.push({ text: text.slice(start, end), start, end, reason });
  };
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i] as Line;
    if (isProse(text.slice(l.start, l.end).trim())) { lastProse = i; break; }
  }
  const seen = new Set<string>();
  let skipHeadlines = 0;
  const matchPatterns = r.patterns.filter((p) => p.scope === 'match');
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (!ln) continue;
    let s = ln.start;
    let e = ln.end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (s >= e) continue;
    let line = text.slice(s, e);
    // Metadata prefixes and trailing site tags are cut from the line; the rest is judged on its own.
    for (const p of matchPatterns) {
      if (p.needs && !p.needs.test(line)) continue;
      const m = p.re.exec(line);
      if (!m || m[0] === '') continue;
      const ms = s + m.index;
      add(ms, ms + m[0].length, p.kind);
      if (ms === s) s += m[0].length; else e = ms;
      while (s < e && isBlank(text.charCodeAt(s))) s++;
      while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
      line = text.slice(s, e);
    }
    if (s >= e) continue;
    if (skipHeadlines > 0) {
      if (isHeadline(line)) { add(s, e, 'related'); skipHeadlines--; continue; }
      skipHeadlines = 0;
    }
    const reason = line.length <= MAX_FURNITURE_CHARS ? classify(line, r) : null;
    if (reason === 'tail') {
      if (lastProse < i) { add(ln.start, text.length, 'tail'); break; }
      add(s, e, 'related');
      skipHeadlines = 3;
      continue;
    }
    if (reason === 'related-marker') { add(s, e, 'related'); skipHeadlines = 3; continue; }
    if (reason) { add(s, e, reason); continue; }
    let rest = line;
    if (line.length <= MAX_FURNITURE_CHARS) {
      const cut = breadcrumb(line, r);
      if (cut > 0) { add(s, s + cut, 'breadcrumb'); if (cut === line.length) continue; rest = line.slice(cut); s += cut; }
    }
    const key = rest;
    if (countWords(rest, 3) >= 3) {
      if (seen.has(key)) { add(s, e, 'duplicate'); continue; }
      seen.add(key);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** Reason a whole short line is furniture, 'related-marker' for a "read also" line alone, or null for content. */
function classify(line: string, r: Rules): string | null {
  if (!HAS_WORD_CHAR.test(line)) return 'symbols';
  const n = countWords(line, MAX_FURNITURE_WORDS);
  if (n > MAX_FURNITURE_WORDS) return null;
  let key: string | null = null;
  if (n <= MAX_PHRASE_WORDS) {
    key = lineKey(line);
    const kind = r.line.get(key);
    if (kind) return kind === 'related' ? 'related-marker' : kind;
  }
  const pkey = r.prefixFirst.has(line.slice(0, 2).toLowerCase()) || LEAD.test(line.charAt(0)) ? prefixKey(line) : '';
  for (const p of r.prefixes) {
    if (pkey === '') break;
    if (n > p.maxWords || !pkey.startsWith(p.key)) continue;
    const next = pkey.charAt(p.key.length);
    if (next === '' || !/[\p{L}\p{N}]/u.test(next) || /[^\p{L}\p{N}]$/u.test(p.key)) return p.kind;
  }
  for (const p of r.patterns) {
    if (p.scope === 'line' && n <= p.maxWords && (!p.needs || p.needs.test(line)) && p.re.test(line)) return p.kind;
  }
  if (n <= 2 && DOMAIN_LINE.test(line)) return 'site-name';
  const h = headerKind(line, r);
  if (h) return h;
  if (n <= MAX_PHRASE_WORDS) {
    const ws = (key ?? lineKey(line)).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (ws.length > 0 && ws.every((w) => r.shareWords.has(w))) return 'share';
  }
  return null;
}
