/** Turns one rule match into an ISO value with its precision, or rejects it (invalid day, unresolvable without anchor). */
import type { DateMention } from '../pipeline/types.ts';
import type { Grammar, MonthForm } from './grammar.ts';
import type { RuleShape } from './rule.ts';
import {
  isValidDate, isoDay, isoMonth, shiftDays, weekdayDate, yearForDay, yearForMonth,
} from './calendar.ts';
import type { Anchor } from './calendar.ts';

/** The resolved part of a mention. */
export type Resolved = Pick<DateMention, 'value' | 'precision' | 'relative' | 'weekday'>;

/** What a resolver needs besides the match: the grammar, the original text (for capitalisation) and the anchor. */
export interface ResolveContext {
  grammar: Grammar;
  text: string;
  anchor: Anchor | null;
}

/** A capitalised word right after another capitalised word, as in "Russia Today", «Россия Сегодня», is part of a name. */
const TITLE_BEFORE = /\p{Lu}\p{L}*[^\S\r\n]+$/u;

/** Named groups of a match (a rule's core and its prefix). */
export type Groups = Record<string, string | undefined>;
/** Offsets in the text of the named groups of a rule's core. */
export type Indices = Record<string, [number, number] | undefined>;

/** Shapes that resolve only against an anchor (relative dates, a month alone): {@link resolveMatch} rejects them without one. */
export const ANCHORED_SHAPES: ReadonlySet<RuleShape> = new Set<RuleShape>(['month', 'rel-day', 'rel-month', 'rel-week', 'rel-year', 'rel-year-month', 'weekday']);

/** Resolves a match of a rule of the given shape; null when it is not a date or cannot be resolved. */
export function resolveMatch(shape: RuleShape, gr: Groups, ix: Indices, start: number, ctx: ResolveContext): Resolved | null {
  const { grammar: g, anchor } = ctx;
  switch (shape) {
    case 'numeric':
    case 'label-month': {
      const y = Number(gr['y']);
      const mo = Number(gr['mo']);
      if (shape === 'label-month') return mo >= 1 && mo <= 12 ? abs(isoMonth(y, mo), 'month') : null;
      const d = Number(gr['d']);
      return isValidDate(y, mo, d) ? abs(isoDay(y, mo, d), 'day') : null;
    }
    case 'day-month': {
      const mf = monthOf(gr, ix, ctx);
      if (!mf) return null;
      const d = Number(gr['d']);
      if (gr['y']) {
        const y = Number(gr['y']);
        return isValidDate(y, mf.month, d) ? abs(isoDay(y, mf.month, d), 'day') : null;
      }
      // A bare "2 маусым" is "2 seasons": an ambiguous month needs an ending or a day word to be a date.
      if (mf.ambig && !gr['ms'] && !gr['mw'] && !gr['dw']) return null;
      if (!anchor) return null;
      const y = yearForDay(mf.month, d, anchor);
      return y === null ? null : rel(isoDay(y, mf.month, d), 'day');
    }
    case 'month-year': {
      const mf = monthOf(gr, ix, ctx);
      return mf ? abs(isoMonth(Number(gr['y']), mf.month), 'month') : null;
    }
    case 'month': {
      const mf = monthOf(gr, ix, ctx);
      if (!mf || !(gr['p'] || gr['ms'] || gr['mw'])) return null;
      if (mf.ambig && !gr['mw']) return null;
      return anchor ? rel(isoMonth(yearForMonth(mf.month, anchor), mf.month), 'month') : null;
    }
    case 'year': {
      const yw = gr['yw'] ?? gr['ywa'];
      const word = yw ? g.words.year_word.get(yw) : undefined;
      const marked = word ? !word.noyear || !!gr['ys'] : !!gr['p'] && g.words.year_word.size === 0;
      if (!marked) return null;
      const y = Number(gr['y']);
      // «1990-е годы», «1990 жылдары», "1990-cı illərdə": a round year with a plural "years" is a decade.
      if (word?.plural && !gr['yr'] && y % 10 === 0) return null;
      return abs(String(y), 'year');
    }
    case 'rel-day': {
      const w = g.words.rel_day.get(gr['r'] ?? '');
      const off = w?.value;
      if (off === undefined || !anchor) return null;
      if (w?.eve && !eveAlone(g, ctx.text, start + (gr['r']?.length ?? 0))) return null;
      if (capitalised(ctx.text, [start, start]) && TITLE_BEFORE.test(ctx.text.slice(Math.max(0, start - 40), start))) return null;
      const day = shiftDays(anchor, off);
      if (day) return rel(day, 'day');
      // "today" with a month anchor still names that month.
      return off === 0 && anchor.month !== null ? rel(isoMonth(anchor.year, anchor.month), 'month') : null;
    }
    case 'rel-year': {
      const off = g.words.rel_year.get(gr['r'] ?? '')?.value;
      return off === undefined || !anchor ? null : rel(String(anchor.year + off), 'year');
    }
    case 'rel-month': {
      const off = g.words.rel_month.get(gr['r'] ?? '')?.value;
      if (off === undefined || !anchor || anchor.month === null) return null;
      const m = anchor.year * 12 + (anchor.month - 1) + off;
      return rel(isoMonth(Math.floor(m / 12), (m % 12) + 1), 'month');
    }
    case 'rel-week': {
      // "last week" names no day: the month its middle falls in.
      const off = g.words.rel_week.get(gr['r'] ?? '')?.value;
      if (off === undefined || !anchor) return null;
      const day = shiftDays(anchor, 7 * off);
      return day ? rel(day.slice(0, 7), 'month') : null;
    }
    case 'rel-year-month': {
      const off = g.words.rel_year.get(gr['r'] ?? '')?.value;
      const mf = monthOf(gr, ix, ctx);
      if (off === undefined || !anchor || !mf || (mf.ambig && !gr['mw'] && !gr['ms'])) return null;
      return rel(isoMonth(anchor.year + off, mf.month), 'month');
    }
    case 'weekday': {
      const w = g.words.weekday.get(gr['wd'] ?? '');
      if (!w || !anchor) return null;
      if (w.cap && !capitalised(ctx.text, ix['wd'])) return null;
      if (!(w.bare || gr['p'] || gr['mod'] || gr['wsx'] || gr['dw'])) return null;
      const mod = gr['mod'] ? g.words.weekday_mod.get(gr['mod'])?.value ?? 0 : 0;
      const day = weekdayDate(anchor, w.value, mod);
      return day ? { ...rel(day, 'day'), ...(gr['mod'] ? {} : { weekday: true }) } : null;
    }
  }
}

/**
 * True when the word before `at` stands alone as an adverb, not as a preposition before a noun it governs: what follows
 * is the end of the text, punctuation, a capitalised word, a word or ending of kind eve_next (a preposition, a time of
 * day, a past verb: «накануне вечером», «накануне состоялся»), or any word without an ending of kind eve_gov (the
 * case a preposition governs: «накануне визита», «накануне встречи»).
 */
function eveAlone(g: Grammar, text: string, at: number): boolean {
  const m = /^[^\S\r\n]*(\p{L}*)/u.exec(text.slice(at, at + 40));
  const word = m?.[1] ?? '';
  if (word === '' || word[0] !== word[0]?.toLowerCase()) return true;
  const ends = (kind: 'eve_next' | 'eve_gov'): boolean => {
    for (const form of g.words[kind].keys()) if (form === word || (form.startsWith('-') && word.endsWith(form.slice(1)))) return true;
    return false;
  };
  return ends('eve_next') || !ends('eve_gov');
}

function abs(value: string, precision: Resolved['precision']): Resolved {
  return { value, precision, relative: false };
}

function rel(value: string, precision: Resolved['precision']): Resolved {
  return { value, precision, relative: true };
}

/** The month named by groups m/ma, checking capitalisation where the language requires it. */
function monthOf(gr: Groups, ix: Indices, ctx: ResolveContext): MonthForm | null {
  const key = gr['m'] !== undefined ? 'm' : 'ma';
  const form = gr[key];
  const mf = form === undefined ? undefined : ctx.grammar.months.get(form);
  if (!mf) return null;
  return mf.cap && !capitalised(ctx.text, ix[key]) ? null : mf;
}

/** True when the original text has an upper-case letter at the start of the span. */
function capitalised(text: string, span: [number, number] | undefined): boolean {
  if (!span) return false;
  const ch = text.charAt(span[0]);
  return ch !== ch.toLowerCase();
}
