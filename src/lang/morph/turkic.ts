/**
 * Table-driven suffix-chain analyser for Kazakh and Azerbaijani: strips suffix chains right to left
 * following the allomorph, ordering and vowel-harmony facts in data/{kk,az}/suffixes.tsv and
 * phonology.tsv, and ranks every segmentation (harmony breaks in loanwords are allowed at a cost).
 */
import { readTsv } from '../../util/data.ts';
import { lower } from '../../text/case.ts';
import { detach } from '../../util/memo.ts';

/** One segmentation: lower-case stem, suffix chain (surface forms, left to right), and its score. */
export interface Analysis { stem: string; suffixes: string[]; score: number }

/** Languages with suffix tables. */
export type TurkicLang = 'kk' | 'az';

interface Rule {
  form: string; id: string; cat: string;
  back: boolean | null; round: boolean | null;
  afterSet: Set<string> | null; afterLit: string[];
  beforeVowel: boolean; prev: Set<string>; next: Set<string> | null; end: boolean;
  weight: number; vowelInitial: boolean; verbal: boolean;
}
interface Node { kids: Map<string, Node>; rules: Rule[] }
interface Table {
  trie: Node; syllabic: Set<string>;
  back: Set<string>; front: Set<string>; round: Set<string>; glide: Set<string>;
  transparent: Set<string>; known: Set<string>; endings: string[];
  nounLex: Map<string, number>; verbLex: Map<string, number>;
}
interface Cand { stem: string; rules: Rule[]; exact: boolean }

/** Engine tuning (not linguistic data): penalties and bonuses added to the summed suffix weights. */
const HARMONY_PENALTY = 0.6; // suffix vowel disagrees in backness with the vowel before it
const ROUND_PENALTY = 0.5; // four-way suffix disagrees in rounding (az)
const SHORT_STEM_PENALTY = 0.4; // two-letter stem
const KNOWN_STEM_BONUS = 1.5; // stem listed in data/{lang}/stems.tsv
const KNOWN_WORD_BONUS = 3.0; // extra when the whole word is listed: it is not an inflected form
const KNOWN_ENDING_BONUS = 0.5; // stem ends like a listed stem family (*стан, *stan)
const LEXICON_WEIGHT = 0.4; // × ln(1 + corpus support) of the stem (data/{lang}/lexicon.tsv)
const LEXICON_CAP = 1.2;
const POS_CONFLICT = 0.5; // × support of the stem as the other part of speech (verb reading of a noun)
const CAPITAL_VERB_PENALTY = 1.2; // capitalised word (likely a name) analysed with verbal suffixes
const HYPHEN_BONUS = 1.0; // whole tail after a hyphen/apostrophe is a suffix chain (БҰҰ-ның)
const SOFT_AFTER_PENALTY = 0.3; // allomorph condition broken after a hyphen (abbreviations)
const MAX_DEPTH = 7;
const MAX_CANDIDATES = 200;
const CACHE_LIMIT = 50_000;
const VERBAL = new Set(['voice', 'neg', 'tense', 'pers', 'conv', 'ptcp', 'vn', 'mood']);
const SEPARATORS = new Set(['-', '\u2010', "'", '\u2019', '\u02bc']);

/** Index of the last hyphen/apostrophe in s that has text on both sides, or -1. */
function lastSeparator(s: string): number {
  for (let i = s.length - 2; i > 0; i--) if (SEPARATORS.has(s.charAt(i))) return i;
  return -1;
}

const tables = new Map<TurkicLang, Table>();
const cache = new Map<string, readonly Analysis[]>();

function words(s: string | undefined): string[] {
  return (s ?? '').split(/\s+/).filter((w) => w !== '' && w !== '-');
}

function loadTable(lang: TurkicLang): Table {
  const cls = new Map<string, Set<string>>();
  for (const r of readTsv(`${lang}/phonology.tsv`)) cls.set(r['class'] ?? '', new Set(words(r['letters'])));
  const get = (name: string): Set<string> => cls.get(name) ?? new Set<string>();
  const vowel = get('vowel');
  const trie: Node = { kids: new Map(), rules: [] };
  for (const r of readTsv(`${lang}/suffixes.tsv`)) {
    const form = r['form'] ?? '';
    const harmony = r['harmony'] ?? 'none';
    const after = words(r['after']);
    let afterSet: Set<string> | null = null;
    const afterLit: string[] = [];
    if (!after.includes('any')) {
      afterSet = new Set<string>();
      for (const a of after) {
        if (a.startsWith('=')) afterLit.push(a.slice(1));
        else if (cls.has(a)) for (const ch of get(a)) afterSet.add(ch);
        else throw new Error(`data/${lang}/suffixes.tsv: unknown letter class '${a}' for -${form}`);
      }
    }
    const next = words(r['next']);
    const cat = r['cat'] ?? '';
    const rule: Rule = {
      form, id: r['id'] ?? '', cat,
      back: harmony.startsWith('back') ? true : harmony.startsWith('front') ? false : null,
      round: harmony.endsWith('-round') ? true : harmony.endsWith('-unround') ? false : null,
      afterSet, afterLit, beforeVowel: r['before'] === 'vowel',
      prev: new Set(words(r['prev'])),
      next: next.includes('*') ? null : new Set(next),
      end: r['before'] !== 'vowel' && (next.includes('*') || next.includes('$')),
      weight: Number(r['weight'] ?? '0'),
      vowelInitial: vowel.has(form.charAt(0)), verbal: VERBAL.has(cat),
    };
    let node = trie;
    for (let i = form.length - 1; i >= 0; i--) {
      const ch = form.charAt(i);
      let kid = node.kids.get(ch);
      if (!kid) { kid = { kids: new Map(), rules: [] }; node.kids.set(ch, kid); }
      node = kid;
    }
    node.rules.push(rule);
  }
  const listed = readTsv(`${lang}/stems.tsv`).map((r) => lower(r['stem'] ?? '', lang));
  const known = new Set(listed.filter((w) => !w.startsWith('*')));
  const endings = listed.filter((w) => w.startsWith('*')).map((w) => w.slice(1));
  return {
    trie, syllabic: get('syllabic'), back: get('back'), front: get('front'), round: get('round'),
    glide: get('glide'), transparent: get('transparent'), known, endings,
    nounLex: loadLexicon(lang, 'noun'), verbLex: loadLexicon(lang, 'verb'),
  };
}

function loadLexicon(lang: TurkicLang, column: 'noun' | 'verb'): Map<string, number> {
  const lex = new Map<string, number>();
  for (const r of readTsv(`${lang}/lexicon.tsv`)) {
    const n = Number(r[column] ?? '0');
    if (n > 0) lex.set(r['stem'] ?? '', Math.min(LEXICON_CAP, LEXICON_WEIGHT * Math.log1p(n)));
  }
  return lex;
}

/** Evidence that `stem` (or its dictionary spelling) is a real verb or noun stem: curated list, stem family ending, corpus support. */
function stemBonus(t: Table, lang: TurkicLang, stem: string, verb: boolean, whole: boolean): number {
  let best = -Infinity;
  for (const s of stemVariants(stem, lang)) {
    let b = ((verb ? t.verbLex : t.nounLex).get(s) ?? 0) - POS_CONFLICT * ((verb ? t.nounLex : t.verbLex).get(s) ?? 0);
    if (t.known.has(s)) b += KNOWN_STEM_BONUS + (whole ? KNOWN_WORD_BONUS : 0);
    else if (t.endings.some((e) => s.endsWith(e))) b += KNOWN_ENDING_BONUS;
    best = Math.max(best, b);
  }
  return best;
}

function table(lang: TurkicLang): Table {
  let t = tables.get(lang);
  if (!t) { t = loadTable(lang); tables.set(lang, t); }
  return t;
}

/** May `left` stand directly before `right` (null = end of word)? */
function joins(left: Rule, right: Rule | null): boolean {
  if (!right) return left.end;
  if (left.beforeVowel && !right.vowelInitial) return false;
  if (!right.prev.has(left.id) && !right.prev.has(left.cat)) return false;
  return left.next === null || left.next.has(right.id) || left.next.has(right.cat);
}

/** Does the text before position k satisfy the rule's allomorph condition? */
function afterOk(t: Table, rule: Rule, s: string, k: number): boolean {
  if (!rule.afterSet) return true;
  for (const lit of rule.afterLit) if (s.startsWith(lit, k - lit.length)) return true;
  let j = k - 1;
  while (j > 0 && t.transparent.has(s.charAt(j))) j--;
  return rule.afterSet.has(s.charAt(j));
}

function search(t: Table, s: string, end: number, lo: number, exact: boolean,
  right: Rule | null, chain: Rule[], out: Cand[]): void {
  if (out.length >= MAX_CANDIDATES) return;
  if ((exact ? end === lo : end > lo) && (right === null || right.prev.has('stem'))) {
    out.push({ stem: s.slice(0, end), rules: chain.slice().reverse(), exact });
  }
  if (chain.length >= MAX_DEPTH) return;
  const minStart = exact ? lo : lo + 1;
  let node: Node | undefined = t.trie;
  for (let k = end - 1; k >= minStart && node; k--) {
    node = node.kids.get(s.charAt(k));
    if (!node) break;
    for (const rule of node.rules) {
      if (!joins(rule, right)) continue;
      if (!exact && !afterOk(t, rule, s, k)) continue;
      chain.push(rule);
      search(t, s, k, lo, exact, rule, chain, out);
      chain.pop();
    }
  }
}

/** Backness and rounding of the last harmony-bearing vowel before position k (null when none). */
function governing(t: Table, s: string, k: number): { back: boolean; round: boolean } | null {
  for (let j = k - 1; j >= 0; j--) {
    const ch = s.charAt(j);
    if (t.glide.has(ch) && j > 0 && t.syllabic.has(s.charAt(j - 1))) continue;
    if (t.back.has(ch)) return { back: true, round: t.round.has(ch) };
    if (t.front.has(ch)) return { back: false, round: t.round.has(ch) };
  }
  return null;
}

function score(t: Table, lang: TurkicLang, c: Cand, cap: boolean): number | null {
  const { stem, rules, exact } = c;
  let sc = 0;
  let verbal = false;
  let text = stem;
  for (const r of rules) {
    sc += r.weight;
    if (r.verbal) verbal = true;
    if (exact) {
      if (!afterOk(t, r, text, text.length) && !/\d$/.test(text)) sc -= SOFT_AFTER_PENALTY;
    } else if (r.back !== null) {
      const g = governing(t, text, text.length);
      if (g && g.back !== r.back) sc -= HARMONY_PENALTY;
      else if (g && r.round !== null && g.round !== r.round) sc -= ROUND_PENALTY;
    }
    text += r.form;
  }
  if (cap && verbal) sc -= CAPITAL_VERB_PENALTY;
  if (exact) return sc + HYPHEN_BONUS;
  if (rules.length > 0) {
    const core = stem.slice(lastSeparator(stem + ' ') + 1);
    let vowel = false;
    for (const ch of core) if (t.syllabic.has(ch)) { vowel = true; break; }
    if (core.length < 2 || !vowel) return null;
    if (core.length === 2) sc -= SHORT_STEM_PENALTY;
  }
  return sc + stemBonus(t, lang, stem, rules[0]?.verbal ?? false, rules.length === 0);
}

function compute(low: string, lang: TurkicLang, cap: boolean): Analysis[] {
  const t = table(lang);
  const cands: Cand[] = [];
  const sepAt = lastSeparator(low);
  if (sepAt > 0) {
    // БҰҰ-ның, ATƏT-in, 2019-cu: the tail is a bare suffix chain; the separator is dropped.
    const joined = low.slice(0, sepAt) + low.slice(sepAt + 1);
    search(t, joined, joined.length, sepAt, true, null, [], cands);
  }
  search(t, low, low.length, sepAt > 0 ? sepAt + 1 : 0, false, null, [], cands);
  const best = new Map<string, Analysis>();
  for (const c of cands) {
    const sc = score(t, lang, c, cap);
    if (sc === null) continue;
    const suffixes = c.rules.map((r) => r.form);
    const key = `${c.stem}|${suffixes.join('+')}`;
    const old = best.get(key);
    if (!old || old.score < sc) best.set(key, { stem: c.stem, suffixes, score: Math.round(sc * 1000) / 1000 });
  }
  if (!best.has(`${low}|`)) best.set(`${low}|`, { stem: low, suffixes: [], score: stemBonus(t, lang, low, false, true) });
  return [...best.values()].sort((a, b) => b.score - a.score || b.stem.length - a.stem.length);
}

/**
 * All plausible segmentations of a word (any case; lower-cased inside), best first; the unsegmented word is always
 * included. The caller gets its own copies: changing them changes nothing remembered.
 */
export function analyses(word: string, lang: TurkicLang): Analysis[] {
  return sharedAnalyses(word, lang).map(copyOf);
}

/**
 * {@link analyses} without the copies: the remembered list itself, for callers that only read it. Its arrays are
 * not frozen: V8 reads frozen arrays on slower paths, and these are read for every token.
 */
export function sharedAnalyses(word: string, lang: TurkicLang): readonly Readonly<Analysis>[] {
  const low = lower(word, lang);
  const cap = low.length > 0 && word.charAt(0) !== low.charAt(0);
  const key = `${lang}${cap ? 'C' : 'l'}${low}`;
  let hit = cache.get(key);
  if (!hit) {
    // The cache keeps copies: `word` may be a view into a document's text (and `key` still refers to it).
    hit = compute(detach(low), lang, cap);
    if (cache.size >= CACHE_LIMIT) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
    cache.set(detach(key), hit);
  }
  return hit;
}

const copyOf = (a: Readonly<Analysis>): Analysis => ({ ...a, suffixes: a.suffixes.slice() });

/** Best segmentation (lower-case stem + suffix chain), the caller's own copy. */
export function analyse(word: string, lang: TurkicLang): Analysis {
  const first = sharedAnalyses(word, lang)[0];
  return first ? copyOf(first) : { stem: lower(word, lang), suffixes: [], score: 0 };
}

/** Dictionary spellings a surface stem may stand for, undoing stem-final voicing before vowels (az nazirliy → nazirlik, kk кітаб → кітап). */
export function stemVariants(stem: string, lang: TurkicLang): string[] {
  const alt: Record<string, string> = lang === 'az' ? { y: 'k', ğ: 'q' } : { б: 'п', г: 'к', ғ: 'қ' };
  const last = stem.charAt(stem.length - 1);
  const sub = alt[last];
  return sub !== undefined && stem.length > 2 ? [stem, stem.slice(0, -1) + sub] : [stem];
}
