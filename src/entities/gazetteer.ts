/** The actor gazetteer (data/gazetteer/): countries, places, organizations and persons with names in en/kk/az/ru/tr, and dated posts. */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/data.ts';

/** Languages with a name column in the gazetteer. */
export const NAME_LANGS = ['en', 'kk', 'az', 'ru', 'tr'] as const;
/** A gazetteer name language. */
export type NameLang = (typeof NAME_LANGS)[number];
/** What an entry is. */
export type EntityKind = 'person' | 'organization' | 'country' | 'place';
/** How a country row refers to its country (only `name` rows are entity mentions). */
export type CountryForm = 'name' | 'adjective' | 'demonym' | 'compound';

/** One gazetteer entry (a row of countries/places/organizations/persons.tsv). */
export interface GazetteerEntry {
  readonly id: string;
  readonly kind: EntityKind;
  /** ISO 3166-1 alpha-3, or INT for international bodies and places in no single state. */
  readonly country: string;
  /** English canonical name (English Wikipedia title). */
  readonly canonical: string;
  readonly names: Readonly<Partial<Record<NameLang, string>>>;
  readonly variants: readonly string[];
  readonly abbreviations: readonly string[];
  /** Organizations: state-body|parliament|party|ministry|international|media|company|other; places: capital|city|region|…. */
  readonly role?: string;
  readonly form?: CountryForm;
  /** `data/gazetteer/file.tsv:line` of the row. */
  readonly source: string;
}
/** A person entry. */
export type Person = GazetteerEntry & { readonly kind: 'person' };
/** A dated office: `post` is HOLDER:role[:TARGET] (KAZ:president, un:secretary-general, AZE:ambassador-to:KAZ). */
export interface Post { readonly personId: string; readonly post: string; readonly start: string; readonly end?: string }
/** Titles of a post pattern (role or COUNTRY:role) in each language. */
export interface PostTitle { readonly pattern: string; readonly names: Readonly<Partial<Record<NameLang, string>>>; readonly variants: readonly string[] }

/** The loaded, validated gazetteer. */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  readonly posts: readonly Post[];
  readonly postTitles: ReadonlyMap<string, PostTitle>;
  /** Valid alpha-3 codes (iso3166.tsv). */
  readonly countryCodes: ReadonlySet<string>;
  /** The person holding `postId` on `dateISO` (YYYY[-MM[-DD]]); the latest-appointed when dates overlap. */
  officeHolder(postId: string, dateISO: string): Person | undefined;
  /** Posts of a person, optionally only those held on `dateISO`. */
  postsOf(personId: string, dateISO?: string): Post[];
  /** Titles of a post id: the country-specific pattern (USA:foreign-minister) before the generic role. */
  titleOf(postId: string): PostTitle | undefined;
}

/** Raw text of the gazetteer files, keyed by file name without `.tsv`. */
export type GazetteerFiles = Record<'iso3166' | 'countries' | 'places' | 'organizations' | 'persons' | 'posts' | 'post-titles', string>;
const FILES = ['iso3166', 'countries', 'places', 'organizations', 'persons', 'posts', 'post-titles'] as const;
const ENTITY_FILES = { countries: 'country', places: 'place', organizations: 'organization', persons: 'person' } as const;
const ID_PREFIX: Record<EntityKind, string> = { country: 'country:', place: 'place:', organization: 'org:', person: 'person:' };
const ROLES: Partial<Record<EntityKind, ReadonlySet<string>>> = {
  organization: new Set(['state-body', 'parliament', 'party', 'ministry', 'international', 'media', 'company', 'other']),
  place: new Set(['capital', 'city', 'region', 'sea', 'lake', 'river', 'mountain', 'corridor', 'pipeline', 'railway', 'port', 'field', 'landmark']),
};
const FORMS: ReadonlySet<string> = new Set(['name', 'adjective', 'demonym', 'compound']);
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const ID = /^[a-z]+:[A-Za-z0-9][A-Za-z0-9\-/+]*$/;

interface Row { cells: Record<string, string>; where: string }

/** Parses a data TSV keeping each row's `file:line` (same format as util/data.ts readTsv). */
function rows(text: string, file: string): Row[] {
  const out: Row[] = [];
  let columns: string[] | undefined;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    const where = `data/gazetteer/${file}.tsv:${i + 1}`;
    if (!columns) { columns = cells.map((c) => c.trim()); return; }
    if (cells.length !== columns.length) throw new Error(`${where}: expected ${columns.length} cells, found ${cells.length}`);
    const rec: Record<string, string> = {};
    columns.forEach((c, j) => { rec[c] = (cells[j] ?? '').trim(); });
    out.push({ cells: rec, where });
  });
  return out;
}

const list = (cell: string | undefined): readonly string[] => (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
/** Lowest and highest ISO day a partial date can mean. */
const low = (d: string): string => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const high = (d: string): string => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
/** Whether `date` falls within a post's dates (end exclusive when given to the day). */
function holds(p: Post, date: string): boolean {
  if (low(p.start) > high(date)) return false;
  if (p.end === undefined) return true;
  return p.end.length === 10 ? low(date) < p.end : low(date) <= high(p.end);
}

/** Builds and validates a gazetteer from file texts; throws `file:line: problem` on the first bad row. */
export function buildGazetteer(files: GazetteerFiles): Gazetteer {
  const countryCodes = new Set(rows(files.iso3166, 'iso3166').map((r) => r.cells['alpha3'] ?? ''));
  const validCountry = (c: string): boolean => c === 'INT' || countryCodes.has(c);
  const entries: GazetteerEntry[] = [];
  const byId = new Map<string, GazetteerEntry>();
  for (const [file, kind] of Object.entries(ENTITY_FILES) as [keyof typeof ENTITY_FILES, EntityKind][]) {
    for (const { cells, where } of rows(files[file], file)) {
      const fail = (msg: string): never => { throw new Error(`${where}: ${msg}`); };
      const id = cells['id'] ?? '';
      if (!id) fail('missing id');
      if (!ID.test(id) || !id.startsWith(ID_PREFIX[kind])) fail(`bad id ${id} (want ${ID_PREFIX[kind]}…)`);
      if (cells['kind'] !== kind) fail(`${id}: kind ${cells['kind'] || '(empty)'} in a ${kind} file`);
      const country = cells['country'] ?? '';
      if (!country) fail(`${id}: missing country`);
      if (!validCountry(country)) fail(`${id}: country ${country} is not an ISO 3166-1 alpha-3 code or INT`);
      if (!cells['en']) fail(`${id}: missing en name`);
      const role = cells['role'] || undefined;
      const roles = ROLES[kind];
      if (roles && (!role || !roles.has(role))) fail(`${id}: role ${role ?? '(empty)'} not one of ${[...roles].join('|')}`);
      const form = cells['form'] || undefined;
      if (kind === 'country' && (!form || !FORMS.has(form))) fail(`${id}: form ${form ?? '(empty)'} not one of ${[...FORMS].join('|')}`);
      if (byId.has(id)) fail(`duplicate id ${id} (first at ${byId.get(id)?.source})`);
      const names: Partial<Record<NameLang, string>> = {};
      for (const l of NAME_LANGS) if (cells[l]) names[l] = cells[l];
      const entry: GazetteerEntry = Object.freeze({
        id, kind, country, canonical: cells['canonical'] || (cells['en'] ?? ''), names,
        variants: list(cells['variants']), abbreviations: list(cells['abbreviations']),
        ...(role ? { role } : {}), ...(form ? { form: form as CountryForm } : {}), source: where,
      });
      entries.push(entry);
      byId.set(id, entry);
    }
  }
  const postTitles = new Map<string, PostTitle>();
  for (const { cells, where } of rows(files['post-titles'], 'post-titles')) {
    const pattern = cells['pattern'] ?? '';
    if (!pattern || !cells['en']) throw new Error(`${where}: missing pattern or en title`);
    if (postTitles.has(pattern)) throw new Error(`${where}: duplicate pattern ${pattern}`);
    const names: Partial<Record<NameLang, string>> = {};
    for (const l of NAME_LANGS) if (cells[l]) names[l] = cells[l];
    postTitles.set(pattern, Object.freeze({ pattern, names, variants: list(cells['variants']) }));
  }
  const titleOf = (postId: string): PostTitle | undefined => {
    const [holder = '', role = ''] = postId.split(':');
    return postTitles.get(`${holder}:${role}`) ?? postTitles.get(role);
  };
  const posts: Post[] = [];
  for (const { cells, where } of rows(files.posts, 'posts')) {
    const fail = (msg: string): never => { throw new Error(`${where}: ${msg}`); };
    const personId = cells['person_id'] ?? '';
    const post = cells['post'] ?? '';
    const start = cells['start'] ?? '';
    const end = cells['end'] || undefined;
    if (byId.get(personId)?.kind !== 'person') fail(`unknown person ${personId || '(empty)'}`);
    const [holder = '', role = '', target, ...rest] = post.split(':');
    if (rest.length > 0 || !role) fail(`post ${post} is not HOLDER:role[:TARGET]`);
    if (!validCountry(holder) && byId.get(`org:${holder}`)?.kind !== 'organization') fail(`post ${post}: holder ${holder} is neither a country code nor an organization`);
    if (target !== undefined && !countryCodes.has(target)) fail(`post ${post}: target ${target} is not an alpha-3 code`);
    if (!titleOf(post)) fail(`post ${post}: role ${role} has no row in post-titles.tsv`);
    if (!DATE.test(start)) fail(`bad start date ${start || '(empty)'}`);
    if (end !== undefined && !DATE.test(end)) fail(`bad end date ${end}`);
    if (end !== undefined && low(end) < low(start)) fail(`end ${end} is before start ${start}`);
    posts.push(Object.freeze({ personId, post, start, ...(end ? { end } : {}) }));
  }
  const byPost = new Map<string, Post[]>();
  for (const p of posts) byPost.set(p.post, [...(byPost.get(p.post) ?? []), p]);
  const byPerson = new Map<string, Post[]>();
  for (const p of posts) byPerson.set(p.personId, [...(byPerson.get(p.personId) ?? []), p]);
  const NO_POSTS: readonly Post[] = [];
  return Object.freeze({
    entries, byId, posts, postTitles, countryCodes, titleOf,
    officeHolder(postId: string, dateISO: string): Person | undefined {
      if (!DATE.test(dateISO)) throw new Error(`officeHolder: bad date ${dateISO}`);
      let best: Post | undefined;
      for (const p of byPost.get(postId) ?? []) if (holds(p, dateISO) && (!best || low(p.start) > low(best.start))) best = p;
      return best ? (byId.get(best.personId) as Person) : undefined;
    },
    postsOf(personId: string, dateISO?: string): Post[] {
      const own = byPerson.get(personId) ?? NO_POSTS;
      return dateISO === undefined ? [...own] : own.filter((p) => holds(p, dateISO));
    },
  });
}

let cached: Gazetteer | undefined;
/** Loads data/gazetteer/*.tsv once (cached) and validates it. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const files = Object.fromEntries(FILES.map((f) => [f, readFileSync(dataPath('gazetteer', `${f}.tsv`), 'utf8')])) as GazetteerFiles;
    cached = buildGazetteer(files);
  }
  return cached;
}

/** The person holding `postId` (e.g. KAZ:president) on `dateISO`, from the shipped gazetteer. */
export function officeHolder(postId: string, dateISO: string): Person | undefined {
  return loadGazetteer().officeHolder(postId, dateISO);
}
