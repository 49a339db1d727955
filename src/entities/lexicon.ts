/** The actor layer's compiled lexicon: gazetteer names, titles and organization heads as pattern indexes, built once. */
import { loadGazetteer, NAME_LANGS, type Gazetteer, type GazetteerEntry, type Person } from './gazetteer.ts';
import { loadCues, type Cues, type OrgHead, type TitleKind } from './cues.ts';
import { PatternIndex } from './name-index.ts';
import { nameWordKeys } from './keys.ts';
import { tokenize } from '../text/tokenize.ts';

/** What a title refers to: a role (president, executive-secretary), the holder when the title names it (AZE:…), and its kind. */
export interface TitleTarget { readonly role: string; readonly holder: string | null; readonly kind: TitleKind }

/** Person-name facts drawn from the gazetteer for linking unknown and partial names. */
export interface PersonKeys {
  /** Surname key → persons with that surname (last word of a full name in any language). */
  readonly surnames: ReadonlyMap<string, readonly Person[]>;
  /** Keys of first names of gazetteer persons (evidence that a capitalised word opens a person name). */
  readonly firstNames: ReadonlySet<string>;
  /** Person id → keys of its first names. */
  readonly firstOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** First-name key → the one state whose gazetteer persons bear it ('' when persons of several states do). */
  readonly firstCountry: ReadonlyMap<string, string>;
}

/** Everything the matcher needs, compiled once from data/gazetteer and data/<lang> cue files. */
export interface Lexicon {
  readonly gaz: Gazetteer;
  readonly cues: Cues;
  readonly names: PatternIndex<GazetteerEntry>;
  readonly titles: PatternIndex<TitleTarget>;
  readonly heads: PatternIndex<OrgHead>;
  readonly persons: PersonKeys;
  /** Keys of every word of a title or head noun: such words never start an unknown person name. */
  readonly functionKeys: ReadonlySet<string>;
  /** Country code → its `name`-form gazetteer entry. */
  readonly countries: ReadonlyMap<string, GazetteerEntry>;
  /** Roles the posts data attaches to organizations rather than states (kaz-amanat:chairman, un:secretary-general). */
  readonly orgRoles: ReadonlySet<string>;
}

function buildNames(gaz: Gazetteer): PatternIndex<GazetteerEntry> {
  const idx = new PatternIndex<GazetteerEntry>();
  for (const e of gaz.entries) {
    // Turkish names are not matched: Turkish is no input language, and its spellings collide with Azerbaijani first names (Ceyhun = Amu Darya).
    for (const l of NAME_LANGS) {
      const name = e.names[l];
      if (name && l !== 'tr') idx.add(name, e, { lang: l }, e.id);
    }
    for (const v of e.variants) idx.add(v, e, { variant: true }, e.id);
    for (const a of e.abbreviations) idx.add(a, e, { abbr: true, variant: true }, e.id);
  }
  return idx;
}

function buildTitles(gaz: Gazetteer, cues: Cues): PatternIndex<TitleTarget> {
  const idx = new PatternIndex<TitleTarget>();
  for (const [pattern, t] of gaz.postTitles) {
    const parts = pattern.split(':');
    const target: TitleTarget = Object.freeze(parts.length > 1
      ? { role: parts[1] ?? '', holder: parts[0] ?? null, kind: 'office' as const }
      : { role: pattern, holder: null, kind: 'office' as const });
    for (const l of NAME_LANGS) {
      const name = t.names[l];
      if (name) idx.add(name, target, { lang: l, caseless: true }, pattern);
    }
    for (const v of t.variants) idx.add(v, target, { caseless: true }, pattern);
  }
  for (const row of cues.titles) {
    idx.add(row.title, Object.freeze({ role: row.post, holder: null, kind: row.kind }), { lang: row.lang, caseless: true }, `${row.post}/${row.kind}`);
  }
  return idx;
}

function buildHeads(cues: Cues): PatternIndex<OrgHead> {
  const idx = new PatternIndex<OrgHead>();
  for (const h of cues.orgHeads) idx.add(h.head, h, { lang: h.lang, caseless: true }, `${h.lang}:${h.head}`);
  return idx;
}

function nameWords(name: string, cues: Cues): string[] {
  return tokenize(name).filter((t) => t.kind === 'word').map((t) => t.text)
    .filter((w) => !cues.names.honorifics.has(w.toLowerCase()) && !cues.names.patronymicWords.has(w.toLowerCase()));
}

function buildPersons(gaz: Gazetteer, cues: Cues): PersonKeys {
  const surnames = new Map<string, Person[]>();
  const firstNames = new Set<string>();
  const firstOf = new Map<string, Set<string>>();
  const firstCountry = new Map<string, string>();
  for (const e of gaz.entries) {
    if (e.kind !== 'person') continue;
    const p = e as Person;
    const mine = new Set<string>();
    const named: [string, string | undefined][] = [
      ...NAME_LANGS.flatMap((l): [string, string | undefined][] => (e.names[l] ? [[e.names[l] ?? '', l]] : [])),
      ...e.variants.map((v): [string, string | undefined] => [v, undefined]),
    ];
    for (const [name, lang] of named) {
      const words = nameWords(name, cues);
      if (words.length < 2) continue;
      // Xi Jinping, Lee Jae-myung: family name first, and it opens the name as a first name does (Wang Wenbin).
      const first = words[0] ?? '';
      const last = (cues.names.familyFirst.has(e.country) ? words[0] : words[words.length - 1]) ?? '';
      for (const k of nameWordKeys(first, lang)) {
        firstNames.add(k);
        mine.add(k);
        const c = firstCountry.get(k);
        firstCountry.set(k, c === undefined || c === e.country ? e.country : '');
      }
      for (const k of nameWordKeys(last, lang)) {
        const list = surnames.get(k) ?? [];
        if (!list.includes(p)) list.push(p);
        surnames.set(k, list);
      }
    }
    firstOf.set(e.id, mine);
  }
  return { surnames, firstNames, firstOf, firstCountry };
}

let cached: Lexicon | undefined;
/** The compiled lexicon (built on first use, about a second; cached for the process). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const gaz = loadGazetteer();
  const cues = loadCues();
  const functionKeys = new Set<string>();
  for (const row of cues.titles) for (const t of tokenize(row.title)) if (t.kind === 'word') for (const k of nameWordKeys(t.text, row.lang)) functionKeys.add(k);
  for (const h of cues.orgHeads) for (const t of tokenize(h.head)) if (t.kind === 'word') for (const k of nameWordKeys(t.text, h.lang)) functionKeys.add(k);
  const countries = new Map<string, GazetteerEntry>();
  for (const e of gaz.entries) if (e.kind === 'country' && e.form === 'name') countries.set(e.country, e);
  const orgRoles = new Set<string>();
  for (const p of gaz.posts) {
    const [holder = '', role = ''] = p.post.split(':');
    if (!gaz.countryCodes.has(holder)) orgRoles.add(role);
  }
  cached = Object.freeze({
    gaz, cues, names: buildNames(gaz), titles: buildTitles(gaz, cues), heads: buildHeads(cues),
    persons: buildPersons(gaz, cues), functionKeys, countries, orgRoles,
  });
  return cached;
}
