/** Loads one language's date vocabulary (data/<lang>/months.tsv, date-words.tsv) into frozen lookup maps. */
import type { CoreLang } from '../pipeline/types.ts';
import { readTsv } from '../util/data.ts';

/** What a month form means: its number and how it may be used. */
export interface MonthForm {
  month: number;
  /** An abbreviation ("янв", "Sept"): may end with a dot, takes no case ending. */
  abbr: boolean;
  /** Must be capitalised in the text (English "May", "March"). */
  cap: boolean;
  /** Also a common word (Kazakh қазан "cauldron"): a month-only mention needs the word "month". */
  ambig: boolean;
}

/** What a date word means: its numeric value, its case label and its flags. */
export interface DateWord {
  /** Offset (rel_day, rel_week, rel_month, rel_year, weekday_mod), ISO weekday (weekday), or 0. */
  value: number;
  /** Case label of an ending or of the word "month" (gen, loc…), '' when none. */
  gram: string;
  bare: boolean;
  cap: boolean;
  abbr: boolean;
  noyear: boolean;
  /** Plural "years" (жылдары, illərdə, годах): after a round year without a range it names a decade. */
  plural: boolean;
  /**
   * A relative day word that is also a preposition (Russian накануне "the day before" / «накануне визита» "on the eve of
   * the visit"): a date only when no noun it governs follows (see kind eve_next).
   */
  eve: boolean;
}

/** The kinds of date-words.tsv rows (see the file header for their meaning). */
export const WORD_KINDS = [
  'rel_day', 'rel_week', 'rel_month', 'rel_year', 'weekday', 'weekday_mod', 'weekday_prep', 'weekday_suffix', 'day_word', 'day_suffix',
  'dm_link', 'month_suffix', 'month_word', 'month_prep', 'year_word', 'year_prep', 'label', 'setting', 'eve_next', 'eve_gov',
] as const;

/** One kind of date word. */
export type WordKind = (typeof WORD_KINDS)[number];

/** A language's date vocabulary. */
export interface Grammar {
  lang: CoreLang;
  months: ReadonlyMap<string, MonthForm>;
  words: Readonly<Record<WordKind, ReadonlyMap<string, DateWord>>>;
  /** The language writes the month before the day ("May 25, 2005"). */
  monthFirst: boolean;
  /** The language writes the year first ("2023 жылғы 10 сәуірде", "2023-cü il aprelin 10-da"). */
  yearFirst: boolean;
}

const cache = new Map<CoreLang, Grammar>();

/** Returns the (cached, frozen) date grammar of `lang`, read from its data files on first use. */
export function loadGrammar(lang: CoreLang): Grammar {
  let g = cache.get(lang);
  if (!g) {
    g = buildGrammar(lang);
    cache.set(lang, g);
  }
  return g;
}

function buildGrammar(lang: CoreLang): Grammar {
  const months = new Map<string, MonthForm>();
  for (const row of readTsv(`${lang}/months.tsv`)) {
    const month = Number(row['month']);
    const form = (row['form'] ?? '').toLowerCase();
    if (!Number.isInteger(month) || month < 1 || month > 12 || !form) {
      throw new Error(`data/${lang}/months.tsv: bad row ${JSON.stringify(row)}`);
    }
    const flags = new Set((row['flags'] ?? '').split(/\s+/));
    months.set(form, Object.freeze({ month, abbr: row['kind'] === 'abbr', cap: flags.has('cap'), ambig: flags.has('ambig') }));
  }
  const words = {} as Record<WordKind, Map<string, DateWord>>;
  for (const k of WORD_KINDS) words[k] = new Map();
  for (const row of readTsv(`${lang}/date-words.tsv`)) {
    const kind = row['kind'] as WordKind;
    const form = (row['form'] ?? '').toLowerCase();
    if (!words[kind] || !form) throw new Error(`data/${lang}/date-words.tsv: bad row ${JSON.stringify(row)}`);
    const raw = row['value'] ?? '';
    const num = Number(raw);
    const flags = new Set((row['flags'] ?? '').split(/\s+/));
    words[kind].set(form, Object.freeze({
      value: raw !== '' && Number.isFinite(num) ? num : 0,
      gram: raw !== '' && !Number.isFinite(num) ? raw : '',
      bare: flags.has('bare'),
      cap: flags.has('cap'),
      abbr: flags.has('abbr'),
      noyear: flags.has('noyear'),
      plural: flags.has('plural'),
      eve: flags.has('eve'),
    }));
  }
  const monthFirst = words.setting.get('month_first')?.value === 1;
  const yearFirst = words.setting.get('year_first')?.value === 1;
  for (const k of WORD_KINDS) Object.freeze(words[k]);
  return Object.freeze({ lang, months, words: Object.freeze(words), monthFirst, yearFirst });
}
