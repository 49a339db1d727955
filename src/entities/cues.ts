/** Language cue tables of the actor layer: titles, organization heads, name cues and romanization (data/<lang>/). */
import { readTsv } from '../util/data.ts';
import type { TokenView } from './token-view.ts';

/** Core languages that carry the cue files. */
export const CUE_LANGS = ['kk', 'az', 'ru', 'en'] as const;

/** An organization head written in capitals is a legal-form abbreviation (ASC, АҚ, ООО, LLC). */
export const LEGAL_FORM = /^\p{Lu}{2,5}$/u;
/** One of {@link CUE_LANGS}. */
export type CueLang = (typeof CUE_LANGS)[number];

/** How a title refers: an office that resolves alone, one that needs a country next to it, or a role. */
export type TitleKind = 'office' | 'office-home' | 'office-with-country' | 'role';
/** A row of data/<lang>/titles.tsv. */
export interface TitleRow { readonly title: string; readonly post: string; readonly kind: TitleKind; readonly lang: CueLang }
/** A row of data/<lang>/org-heads.tsv. */
export interface OrgHead {
  readonly head: string; readonly en: string; readonly role: string;
  readonly position: 'first' | 'last' | 'both'; readonly template: string; readonly lang: CueLang;
  /** For a legal form one state's register uses, that state (ISO alpha-3); '' otherwise. */
  readonly country: string;
}
/** Name cues merged over all languages (data/<lang>/name-cues.tsv). */
export interface NameCues {
  /** Lower-case surname endings with gender (m, f, any), longest first. */
  readonly surnameEndings: readonly { readonly ending: string; readonly gender: string }[];
  readonly patronymicEndings: readonly { readonly ending: string; readonly gender: string }[];
  /** Lower-case separate patronymic words (oğlu, qızı, оглы). */
  readonly patronymicWords: ReadonlySet<string>;
  /** Lower-case honorifics (cənab, xanım, господин, Mr). */
  readonly honorifics: ReadonlySet<string>;
  /** Names matched only when not sentence-initial (exact surface). */
  readonly ambiguous: ReadonlySet<string>;
  /** Lower-case words that never stand inside an organization name (мен, ilə). */
  readonly breaks: ReadonlySet<string>;
  /** Lower-case words that join the capitalised words of one name (və, и, and, of). */
  readonly conjunctions: ReadonlySet<string>;
  /** Lower-case words that never stand inside a minister's portfolio (prepositions other than «по»): the portfolio ends before them. */
  readonly portfolioBreaks: ReadonlySet<string>;
  /** Lower-case web domain endings → implied country ('' when none). */
  readonly domains: ReadonlyMap<string, string>;
  /** Lower-case words joining two phrases (and, &, or). */
  readonly coordinators: ReadonlySet<string>;
  /** Lower-case articles (the, a, an). */
  readonly articles: ReadonlySet<string>;
  /** Lower-case prepositions naming an owner after them (of). */
  readonly genitives: ReadonlySet<string>;
  /** Lower-case words opening a portfolio after its head → where: 'any' head, or only after a person's 'title'. */
  readonly portfolioOpeners: ReadonlyMap<string, 'any' | 'title'>;
  /** Lower-case endings of a state's name in a case other than the genitive (Казахстаном): no owner of a body. */
  readonly obliqueEndings: readonly string[];
  /** Lower-case prepositions of place naming an ambassador's host after the title (в, in, to). */
  readonly placePrepositions: ReadonlySet<string>;
  /** States (alpha-3) whose people are named family name first (Xi Jinping): the first word is the surname. */
  readonly familyFirst: ReadonlySet<string>;
}
/** Letter → English spelling tables per script language (data/<lang>/romanization.tsv). */
export type Romanization = ReadonlyMap<string, { readonly latin: string; readonly initial: string }>;

/** All cue tables, loaded once. */
export interface Cues {
  readonly titles: readonly TitleRow[];
  readonly orgHeads: readonly OrgHead[];
  readonly names: NameCues;
  readonly romanization: Readonly<Record<CueLang, Romanization>>;
}

const TITLE_KINDS: ReadonlySet<string> = new Set(['office', 'office-home', 'office-with-country', 'role']);
const POSITIONS: ReadonlySet<string> = new Set(['first', 'last', 'both']);

function loadTitles(lang: CueLang): TitleRow[] {
  return readTsv(`${lang}/titles.tsv`).map((r, i) => {
    const kind = r['kind'] ?? '';
    if (!r['title'] || !r['post'] || !TITLE_KINDS.has(kind)) throw new Error(`data/${lang}/titles.tsv: bad row ${i + 1} (${r['title'] ?? ''})`);
    return Object.freeze({ title: r['title'], post: r['post'], kind: kind as TitleKind, lang });
  });
}

function loadHeads(lang: CueLang): OrgHead[] {
  return readTsv(`${lang}/org-heads.tsv`).map((r, i) => {
    const position = r['position'] ?? '';
    const country = r['country'] ?? '';
    if (!r['head'] || !r['en'] || !r['role'] || !POSITIONS.has(position) || !/^(?:[A-Z]{3})?$/.test(country)) throw new Error(`data/${lang}/org-heads.tsv: bad row ${i + 1} (${r['head'] ?? ''})`);
    return Object.freeze({ head: r['head'], en: r['en'], role: r['role'], position: position as OrgHead['position'], template: r['template'] ?? '', lang, country });
  });
}

function loadNameCues(): NameCues {
  const surname: { ending: string; gender: string }[] = [];
  const patronymic: { ending: string; gender: string }[] = [];
  const words = new Set<string>();
  const honor = new Set<string>();
  const ambiguous = new Set<string>();
  const breaks = new Set<string>();
  const portfolioBreaks = new Set<string>();
  const conjunctions = new Set<string>();
  const domains = new Map<string, string>();
  const coordinators = new Set<string>();
  const articles = new Set<string>();
  const genitives = new Set<string>();
  const openers = new Map<string, 'any' | 'title'>();
  const oblique: string[] = [];
  const place = new Set<string>();
  const familyFirst = new Set<string>();
  for (const lang of CUE_LANGS) {
    for (const r of readTsv(`${lang}/name-cues.tsv`)) {
      const cue = r['cue'] ?? '';
      const value = r['value'] ?? '';
      switch (r['kind']) {
        case 'surname-ending': surname.push({ ending: cue.toLowerCase(), gender: value || 'any' }); break;
        case 'patronymic-ending': patronymic.push({ ending: cue.toLowerCase(), gender: value || 'any' }); break;
        case 'patronymic-word': words.add(cue.toLowerCase()); break;
        case 'honorific': honor.add(cue.toLowerCase()); break;
        case 'ambiguous-name': ambiguous.add(cue); break;
        case 'break': breaks.add(cue.toLowerCase()); break;
        case 'portfolio-break': portfolioBreaks.add(cue.toLowerCase()); break;
        case 'conjunction': conjunctions.add(cue.toLowerCase()); break;
        case 'coordinator': coordinators.add(cue.toLowerCase()); break;
        case 'article': articles.add(cue.toLowerCase()); break;
        case 'genitive': genitives.add(cue.toLowerCase()); break;
        case 'oblique-ending': oblique.push(cue.toLowerCase()); break;
        case 'place-preposition': place.add(cue.toLowerCase()); break;
        case 'family-name-first':
          if (!/^[A-Z]{3}$/.test(value)) throw new Error(`data/${lang}/name-cues.tsv: family-name-first ${cue}: value must be an alpha-3 code`);
          familyFirst.add(value);
          break;
        case 'portfolio-opener':
          if (value !== '' && value !== 'title') throw new Error(`data/${lang}/name-cues.tsv: portfolio-opener ${cue}: value must be empty or "title"`);
          openers.set(cue.toLowerCase(), value === 'title' ? 'title' : 'any');
          break;
        case 'domain-suffix': if (!domains.get(cue.toLowerCase())) domains.set(cue.toLowerCase(), value); break;
        default: throw new Error(`data/${lang}/name-cues.tsv: unknown kind ${r['kind'] ?? ''} for ${cue}`);
      }
    }
  }
  const byLength = (a: { ending: string }, b: { ending: string }): number => b.ending.length - a.ending.length;
  return Object.freeze({
    surnameEndings: surname.sort(byLength), patronymicEndings: patronymic.sort(byLength),
    patronymicWords: words, honorifics: honor, ambiguous, breaks, portfolioBreaks, conjunctions, domains,
    coordinators, articles, genitives, portfolioOpeners: openers, obliqueEndings: oblique, placePrepositions: place, familyFirst,
  });
}

function loadRomanization(lang: CueLang): Romanization {
  const m = new Map<string, { latin: string; initial: string }>();
  for (const r of readTsv(`${lang}/romanization.tsv`)) {
    const letter = r['letter'] ?? '';
    if (!letter) throw new Error(`data/${lang}/romanization.tsv: empty letter`);
    m.set(letter, { latin: r['latin'] ?? '', initial: r['initial'] || (r['latin'] ?? '') });
  }
  return m;
}

/** The word where an owner named after word j starts, past an owner's preposition and an article ("of the Republic" → Republic); -1 when none. */
export function ownerStart(view: TokenView, names: NameCues, j: number): number {
  let n = j;
  if (n >= 0 && names.genitives.has(view.tok(n).lower)) n = view.nextWord(n);
  if (n >= 0 && names.articles.has(view.tok(n).lower)) n = view.nextWord(n);
  return n;
}

let cached: Cues | undefined;
/** The cue tables of every core language, read once. */
export function loadCues(): Cues {
  if (!cached) {
    cached = Object.freeze({
      titles: CUE_LANGS.flatMap(loadTitles),
      orgHeads: CUE_LANGS.flatMap(loadHeads),
      names: loadNameCues(),
      romanization: Object.freeze(Object.fromEntries(CUE_LANGS.map((l) => [l, loadRomanization(l)])) as Record<CueLang, Romanization>),
    });
  }
  return cached;
}
