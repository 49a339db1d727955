/** Gazetteer pass: leftmost-longest matches of known names, abbreviations, hyphenated compounds and news-site domains. */
import type { GazetteerEntry } from './gazetteer.ts';
import type { Lexicon } from './lexicon.ts';
import type { Pattern } from './name-index.ts';
import { isAllCaps, scriptOf, wordFits } from './keys.ts';
import { domainAt, hyphenParts } from './compounds.ts';
import type { TokenView } from './token-view.ts';
import { analyseWord } from '../lang/morph/index.ts';
import { surnameLike } from './names.ts';
import { charSpan, fromEntry, type Draft } from './draft.ts';
import { latinKey } from '../text/translit.ts';

/** Country a language's press writes from, used when a name or title gives none (Kazakh → KAZ, Azerbaijani → AZE). */
export const HOME: Readonly<Record<string, string>> = Object.freeze({ kk: 'KAZ', az: 'AZE' });
/** A pattern matched through an alternative stem must be at least this long (letters), to keep short names from false hits. */
const MIN_ALT_NAME = 4;

/** True when the person holds some post on `date` (any open post when the date is unknown). */
function active(lex: Lexicon, id: string, date: string | null): boolean {
  return date ? lex.gaz.postsOf(id, date).length > 0 : lex.gaz.postsOf(id).some((p) => p.end === undefined);
}

/** Picks the entry a match refers to: the one already named in the document, a country's name over its adjective, an office holder at the date, a main name over a variant. */
function choose(view: TokenView, lex: Lexicon, i: number, pats: readonly Pattern<GazetteerEntry>[], seen: ReadonlySet<string>, date: string | null): Pattern<GazetteerEntry> {
  const first = pats[0]!;
  if (pats.every((p) => p.target === first.target)) return pats.find((p) => !p.variant) ?? first;
  let best = first;
  let bestScore = -Infinity;
  const surface = view.doc.text.slice(view.tok(i).start, view.tok(i).end).toLowerCase();
  for (const p of pats) {
    const e = p.target;
    let s = 0;
    if (p.name.toLowerCase().startsWith(surface)) s += 5;
    if (e.kind !== 'country' || e.form === 'name') s += 3;
    if (e.form === 'compound') s -= 1;
    if (seen.has(e.id)) s += 4;
    if (e.kind === 'person' && active(lex, e.id, date)) s += 2;
    if (!p.variant) s += 1;
    if (p.lang !== undefined && p.lang === view.langs[i]) s += 0.5;
    if (s > bestScore) { best = p; bestScore = s; }
  }
  return best;
}

function confidenceOf(p: Pattern<GazetteerEntry>, viaAlt: boolean): number {
  const base = p.abbr ? (p.name.length <= 2 ? 0.7 : 0.85) : p.variant ? 0.85 : 0.95;
  return viaAlt ? base - 0.1 : base;
}

function ruleOf(p: Pattern<GazetteerEntry>): string {
  if (p.abbr) return 'abbreviation';
  if (p.target.kind === 'person' && p.length === 1) return 'surname';
  return p.variant ? 'gazetteer-variant' : 'gazetteer';
}

/** True when every word of tokens [s, e) is a title word (the person's name is an epithet such as Елбасы). */
function epithet(view: TokenView, lex: Lexicon, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (view.isWord(k) && !view.keys(k).some((x) => lex.functionKeys.has(x))) return false;
  return true;
}

/** The one-word country names (or adjectives) token k offers; empty for no word. */
function countriesAt(view: TokenView, lex: Lexicon, k: number): string[] {
  if (!view.isWord(k)) return [];
  return lex.names.singleWord(view.keys(k), view.tok(k).text).filter((p) => p.target.kind === 'country').map((p) => p.target.country);
}

/**
 * True when the word before token i, or the word after token `last` (across "of"), names a state other than
 * `country`: the body name at i…last («Сенат», Senate) is then that state's body.
 */
function foreignNeighbour(view: TokenView, lex: Lexicon, i: number, country: string, last = i): boolean {
  let next = view.nextWord(last);
  if (next >= 0 && lex.cues.names.genitives.has(view.tok(next).lower)) next = view.nextWord(next);
  const prev = view.prevWord(i);
  for (const k of [prev, next]) {
    if (k < 0) continue;
    const cs = countriesAt(view, lex, k);
    if (cs.length > 0 && !cs.includes(country)) return true;
  }
  return false;
}

/** All gazetteer mentions of a document, left to right, longest first; `seen` collects the ids found. */
export function findKnown(view: TokenView, lex: Lexicon, date: string | null, seen: Set<string>): Draft[] {
  const out: Draft[] = [];
  const ambiguous = lex.cues.names.ambiguous;
  const accept = (p: Pattern<GazetteerEntry>, s: number, e: number): boolean => {
    // A state body's abbreviation after another state's name is that state's body («Тәжікстан СІМ», «Türkmənistan XİN»).
    if (p.abbr && e - s === 1 && p.target.kind === 'organization' && p.target.country !== 'INT') {
      const prev = view.prevWord(s);
      const cs = prev >= 0 ? countriesAt(view, lex, prev) : [];
      return cs.length === 0 || cs.includes(p.target.country);
    }
    // A short variant of an international body's name beside a state's name is that state's body ("Armenia's Security
    // Council", "the Security Council of Armenia").
    if (p.variant && !p.abbr && p.target.kind === 'organization' && p.target.country === 'INT' && foreignNeighbour(view, lex, s, 'INT', e - 1)) return false;
    if (e - s !== 1 || p.abbr) return true;
    // A combining form (казахстанско-, қазақ-) names a country only inside a hyphenated compound (hyphenParts).
    if (p.target.form === 'compound') return false;
    const t = view.tok(s);
    if (!wordFits(t.text, t.lower, p.name)) return false;
    // A one-word body name of another script reached only through its Latin key is no name here: «Сенат» is
    // Kazakhstan's Senate in kk/ru news, but az «Fransa Senatının» is France's.
    if (p.target.kind === 'organization' && scriptOf(p.name) !== scriptOf(t.text)) return false;
    // A one-word name of a state's body beside another state's name is that state's body: «Сената Франции», «французским
    // Сенатом», "the Senate of France" are not Kazakhstan's Senate (an international body's name, межправкомиссия, keeps its states).
    if (p.target.kind === 'organization' && p.target.country !== 'INT' && foreignNeighbour(view, lex, s, p.target.country)) return false;
    if (view.sentStart[s] === 1) {
      if (ambiguous.has(p.name) || ambiguous.has(t.text)) return false;
      // «Ең …» opening a sentence is no «Eni»: a name of another script matched only through its Latin key.
      if (p.target.kind !== 'person' && scriptOf(p.name) !== scriptOf(t.text)) return false;
      // Capitalised only because it opens the sentence: the word must be the name read in lower case too (not Есімде, Алатын).
      const low = analyseWord(t.lower, view.langs[s] ?? 'und').key;
      if (!isAllCaps(t.text) && !p.firstKeys.includes(low) && !p.firstKeys.includes(latinKey(t.lower))) return false;
    }
    // A place or body spelled like a first name, before a surname, is that first name (Нұрсұлтан Әбішұлы).
    if (p.target.kind !== 'person' && view.keys(s).some((k) => lex.persons.firstNames.has(k))) {
      const n = view.nextWord(s);
      if (n >= 0 && view.cap(n) && surnameLike(lex, view.tok(n).stem)) return false;
    }
    return true;
  };
  for (let i = 0; i < view.n; i++) {
    const t = view.tok(i);
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const m = lex.names.longestAt(view, i, accept);
    const dom = t.kind === 'word' ? domainAt(view, lex, i) : -1;
    if (m && !(dom > m.end) && !(m.viaAlt && m.patterns.every((p) => p.name.length < MIN_ALT_NAME))) {
      const p = choose(view, lex, i, m.patterns, seen, date);
      const d = fromEntry(view, lex, m.start, m.end, p.target, ruleOf(p), confidenceOf(p, m.viaAlt));
      if (p.target.kind === 'person' && epithet(view, lex, m.start, m.end)) {
        // An epithet (Елбасы, Ulu Öndər) names the person but is a title, not a name.
        d.named = false;
        d.coref = true;
        d.rule = 'epithet';
      }
      out.push(d);
      seen.add(d.id);
      i = m.end - 1;
      continue;
    }
    if (dom > 0) {
      const span = charSpan(view, i, dom);
      const surface = view.doc.text.slice(span.start, span.end);
      const tld = view.tok(dom - 1).lower;
      const country = lex.cues.names.domains.get(tld) || HOME[view.doc.lang] || null;
      out.push({ t0: i, t1: dom, ...span, canonical: surface, type: 'ORG', country, id: `org:x-${latinKey(surface.toLowerCase().replace(/\./g, '-'))}`, kind: 'organization', rule: 'domain', confidence: 0.8, named: true });
      i = dom - 1;
      continue;
    }
    if (t.kind === 'word' && t.text.includes('-')) for (const d of hyphenParts(view, lex, i)) { out.push(d); if (d.named) seen.add(d.id); }
  }
  return out;
}
