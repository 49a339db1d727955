/** Word lists behind the NER features: gazetteer name words, cue words (data/ner/cues.tsv) and suffix ids, keyed by Latin key. */
import { loadGazetteer, type GazetteerEntry } from '../entities/gazetteer.ts';
import { analyse, analyses, type TurkicLang } from '../lang/morph/turkic.ts';
import { wordLang } from '../lang/morph/index.ts';
import { lower } from '../text/case.ts';
import { latinKey } from '../text/translit.ts';
import { readTsv } from '../util/data.ts';

/** Languages the tagger has models for. */
export type NerLang = TurkicLang;

/** Lexical facts about word keys: gazetteer membership flags and cue classes. */
export interface NerLexicon {
  /** Latin key → gazetteer flags (per, perL, org, orgL, orgA, cty, adj, loc, locL; per1, org1, cty1, adj1, loc1 = a whole one-word name). */
  readonly gaz: ReadonlyMap<string, readonly string[]>;
  /** Latin key of a stem → cue classes (org, loc, title, kin) from data/ner/cues.tsv and post titles. */
  readonly cues: ReadonlyMap<string, readonly string[]>;
  /** Per language: suffix surface form → morpheme ids joined by `/` (data/{lang}/suffixes.tsv). */
  readonly suffixIds: ReadonlyMap<NerLang, ReadonlyMap<string, string>>;
  /** Azerbaijani word (lower case) → Kazakh counterpart (data/ner/az-kk-bridge.tsv). */
  readonly bridge: ReadonlyMap<string, string>;
  /** The Kazakh words of the bridge (lower case): their keys are shared context features in cross-language models. */
  readonly bridged: ReadonlySet<string>;
  /** Whole gazetteer names as sequences of word keys, indexed by the key of their first word (see {@link matchNames}). */
  readonly names: ReadonlyMap<string, readonly GazName[]>;
}

/**
 * A gazetteer name as the keys of its words, the keys its last word may also be matched by (its stem's:
 * Partiyası → partiya, so Partiyasının matches), and the kind of entry it names (loc = country or place).
 */
export interface GazName { readonly keys: readonly string[]; readonly last: readonly string[]; readonly kind: 'per' | 'org' | 'loc' }

const NAME_CHARS = /^[«»"“”„'()[\],.;:!?]+|[«»"“”„'()[\],.;:!?]+$/g;
const STARTS_UPPER = /^[\p{Lu}\p{N}]/u;

/** Keys a name word is known by: of the word itself and of its Turkic stem. */
function nameKeys(word: string): string[] {
  const keys = [latinKey(word)];
  const wl = wordLang(word, 'und');
  if (wl === 'kk' || wl === 'az') keys.push(latinKey(analyse(word, wl).stem));
  return keys.filter((k) => k.length > 1);
}

function add(map: Map<string, Set<string>>, key: string, flag: string): void {
  let s = map.get(key);
  if (!s) { s = new Set(); map.set(key, s); }
  s.add(flag);
}

function entryFlags(e: GazetteerEntry): { names: string[]; any: string; last: string } | null {
  const names = [...Object.values(e.names), ...e.variants].filter((n): n is string => !!n);
  switch (e.kind) {
    case 'person': return { names, any: 'per', last: 'perL' };
    case 'organization': return { names, any: 'org', last: 'orgL' };
    case 'place': return { names, any: 'loc', last: 'locL' };
    case 'country': return e.form === undefined || e.form === 'name' ? { names, any: 'cty', last: 'cty' } : { names, any: 'adj', last: 'adj' };
  }
}

function buildGaz(): Map<string, Set<string>> {
  const gaz = new Map<string, Set<string>>();
  for (const e of loadGazetteer().entries) {
    const f = entryFlags(e);
    if (!f) continue;
    for (const name of f.names) {
      const words = name.split(/\s+/).map((w) => w.replace(NAME_CHARS, '')).filter((w) => STARTS_UPPER.test(w));
      words.forEach((w, i) => {
        for (const k of nameKeys(w)) add(gaz, k, i === words.length - 1 && words.length > 1 ? f.last : f.any);
      });
      if (words.length === 1) for (const k of nameKeys(words[0]!)) add(gaz, k, `${f.any}1`);
    }
    if (e.kind === 'organization') for (const a of e.abbreviations) for (const k of nameKeys(a)) add(gaz, k, 'orgA');
  }
  return gaz;
}

const NAME_KIND: Readonly<Record<string, GazName['kind']>> = { person: 'per', organization: 'org', place: 'loc', country: 'loc' };

/** Every name, variant and abbreviation of the gazetteer (country names, not adjectives) as key sequences. */
function buildNames(): Map<string, GazName[]> {
  const out = new Map<string, GazName[]>();
  const seen = new Set<string>();
  for (const e of loadGazetteer().entries) {
    const kind = NAME_KIND[e.kind];
    if (!kind || (e.kind === 'country' && e.form !== undefined && e.form !== 'name')) continue;
    for (const name of [...Object.values(e.names), ...e.variants, ...e.abbreviations]) {
      if (!name) continue;
      const words = name.split(/\s+/).map((w) => w.replace(NAME_CHARS, '')).filter((w) => w !== '');
      if (words.length === 0 || !words.every((w) => STARTS_UPPER.test(w) || words.length > 1)) continue;
      const keys = words.map((w) => latinKey(w)).filter((k) => k !== '');
      const id = `${kind}:${keys.join(' ')}`;
      if (keys.length !== words.length || seen.has(id)) continue;
      seen.add(id);
      const list = out.get(keys[0]!) ?? [];
      list.push(Object.freeze({ keys: Object.freeze(keys), last: Object.freeze([...new Set([keys[keys.length - 1]!, ...nameKeys(words[words.length - 1]!)])]), kind }));
      out.set(keys[0]!, list);
    }
  }
  return out;
}

/** A matched gazetteer name over tokens [start, end). */
export interface NameMatch { start: number; end: number; kind: GazName['kind'] }

/**
 * Gazetteer names in a sentence, given each token's keys (key of the word, then of its stem; none for a
 * word that is not capitalised, so every word of a match is capitalised): the longest name starting at each
 * token, left to right, non-overlapping. Every word of a name but the last must match by its own key; the
 * last may match by its stem's key too, so an inflected name is found (Təhsil Nazirliyinin, Алматы облысында).
 */
export function matchNames(keys: readonly (readonly string[])[]): NameMatch[] {
  const names = nerLexicon().names;
  const out: NameMatch[] = [];
  const fits = (n: GazName, i: number): boolean => {
    const last = n.keys.length - 1;
    if (i + last >= keys.length) return false;
    for (let j = 0; j < last; j++) if (keys[i + j]![0] !== n.keys[j]) return false;
    const kl = keys[i + last]!;
    return n.last.some((k) => kl.includes(k));
  };
  for (let i = 0; i < keys.length;) {
    let best: NameMatch | null = null;
    for (const k of new Set(keys[i])) {
      for (const n of names.get(k) ?? []) {
        const end = i + n.keys.length;
        if ((!best || end > best.end) && fits(n, i)) best = { start: i, end, kind: n.kind };
      }
    }
    if (best) { out.push(best); i = best.end; } else i++;
  }
  return out;
}

function buildCues(): Map<string, Set<string>> {
  const cues = new Map<string, Set<string>>();
  for (const r of readTsv('ner/cues.tsv')) {
    const lang = r['lang'] === 'az' ? 'az' : 'kk';
    const word = r['word'] ?? '';
    // Stem-final voicing before a vowel suffix (министрлік → министрлігі, nazirlik → nazirliyi): key both spellings.
    const voiced = lang === 'az' ? word.replace(/k$/, 'y').replace(/q$/, 'ğ') : word.replace(/к$/, 'г').replace(/қ$/, 'ғ').replace(/п$/, 'б');
    for (const w of new Set([word, voiced])) {
      add(cues, latinKey(analyse(w, lang).stem), r['cue'] ?? '');
      add(cues, latinKey(w), r['cue'] ?? '');
    }
  }
  // The last word of every post title (министрі, Sədri, President) is a title cue too.
  for (const t of loadGazetteer().postTitles.values()) {
    for (const name of [...Object.values(t.names), ...t.variants]) {
      const last = name?.split(/\s+/).pop();
      if (last) for (const k of nameKeys(lower(last))) add(cues, k, 'title');
    }
  }
  return cues;
}

function buildSuffixIds(lang: NerLang): Map<string, string> {
  const ids = new Map<string, Set<string>>();
  for (const r of readTsv(`${lang}/suffixes.tsv`)) add(ids, r['form'] ?? '', r['id'] ?? '');
  return new Map([...ids].map(([form, s]) => [form, [...s].sort().join('/')]));
}

function freeze(m: Map<string, Set<string>>): ReadonlyMap<string, readonly string[]> {
  return new Map([...m].map(([k, s]) => [k, Object.freeze([...s].sort())]));
}

function buildBridge(): Map<string, string> {
  return new Map(readTsv('ner/az-kk-bridge.tsv').map((r) => [lower(r['az'] ?? '', 'az'), lower(r['kk'] ?? '', 'kk')]));
}

let cached: NerLexicon | undefined;

/** The NER lexicon, built once from the shipped gazetteer and data files. */
export function nerLexicon(): NerLexicon {
  cached ??= Object.freeze({
    gaz: freeze(buildGaz()),
    cues: freeze(buildCues()),
    suffixIds: new Map<NerLang, ReadonlyMap<string, string>>([['kk', buildSuffixIds('kk')], ['az', buildSuffixIds('az')]]),
    bridge: buildBridge(),
    bridged: new Set(buildBridge().values()),
    names: buildNames(),
  });
  return cached;
}

const NO_CUES: readonly string[] = Object.freeze([]);

/**
 * Cue classes of a word: of its own key or the stem of any of its three best analyses (the analyser may
 * rank a wrong split first: zavodu → zavo+du before zavod+u).
 */
export function cueClasses(word: string, lang: NerLang): readonly string[] {
  const cues = nerLexicon().cues;
  const found = new Set<string>(cues.get(latinKey(lower(word, lang))) ?? []);
  for (const a of analyses(word, lang).slice(0, 3)) for (const c of cues.get(latinKey(a.stem)) ?? []) found.add(c);
  return found.size ? [...found].sort() : NO_CUES;
}
