/**
 * Date and place of an event: the sentence's own date expression nearest the trigger (day or month
 * precision; a bare year is no date), else the date of the surrounding event in the article, else the
 * publication date for an event reported as having happened; the place from a locative place name
 * (Бакуде, Bakıda, в Астане, in Istanbul) or the visit's destination, else the surrounding event's place.
 */
import type { DateMention } from '../pipeline/types.ts';
import { dayNumber, parseAnchor, shiftDays } from '../dates/calendar.ts';
import type { Arg } from './args.ts';
import type { SentenceRange } from './view.ts';

/** The date expression of a sentence nearest to character offset `at` (year-only ones skipped). */
export function sentenceDate(dates: readonly DateMention[], s: SentenceRange, at: number): DateMention | null {
  let best: DateMention | null = null;
  let bestDist = Infinity;
  for (const d of dates) {
    if (d.start < s.start || d.end > s.end || d.precision === 'year') continue;
    const dist = d.end <= at ? at - d.end : d.start - at;
    if (dist < bestDist) { best = d; bestDist = Math.abs(dist); }
  }
  return best;
}

/** True when an ISO date (day or month) is later than the publication date at the shared precision. */
export function isAfter(date: string, published: string | null): boolean {
  if (!published) return false;
  const n = Math.min(date.length, published.length);
  return date.slice(0, n) > published.slice(0, n);
}

/**
 * The date of a planned act written without a year, moved to the coming year when its reading fell two or more
 * months before publication ("will be held in October", written in February: next October, not last); other dates
 * as they are. A bare weekday read as the last one ("is expected to travel on Thursday") is the next one.
 */
export function plannedDate(value: string, relative: boolean, published: string | null, weekday = false): string {
  if (!relative || !published || value.length < 7) return value;
  if (weekday && value.length === 10 && published.length >= 10 && value < published.slice(0, 10)) return addDays(value, 7);
  const months = (d: string): number => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  if (months(published) - months(value) < 2) return value;
  return `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
}

/**
 * The date of an act told in the past written without a year, moved to the year before when its reading falls after
 * publication ("visited Baku in May", written in March: last May); other dates as they are.
 */
export function pastDate(value: string, relative: boolean, published: string | null): string {
  if (!relative || !published || value.length < 7 || !isAfter(value, published)) return value;
  return `${Number(value.slice(0, 4)) - 1}${value.slice(4)}`;
}

/** The place of a sentence: nearest locative place (a city before a country) to the trigger, or null. */
export function sentencePlace(live: readonly Arg[], anchor: number): { name: string; country: string | null } | null {
  let best: Arg | null = null;
  let bestScore = Infinity;
  for (const a of live) {
    if (!a.place || (a.case !== 'loc' && a.case !== 'attr')) continue;
    const dist = a.t0 > anchor ? a.t0 - anchor : anchor - a.t1;
    const score = (a.kind === 'place' ? 0 : 50) + dist;
    if (score < bestScore) { best = a; bestScore = score; }
  }
  return best?.place ?? null;
}

/** An ISO day (YYYY-MM-DD) moved by `days` (the value itself when it names no day). */
function addDays(iso: string, days: number): string {
  const a = parseAnchor(iso);
  return (a && shiftDays(a, days)) ?? iso;
}

/** The day after an ISO day (YYYY-MM-DD). */
export function nextDay(iso: string): string {
  return addDays(iso, 1);
}

/** Day number (days since the epoch) of the day `iso` names (YYYY-MM-DD). */
function dayOf(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Days a reported act may lie before publication and still be the news; older acts are the article's background. */
export const BACKGROUND_DAYS = 60;

/**
 * True when an act dated `date` (day or month) or in year `year` lies well before publication: background the article
 * recalls («в ноябре 2024 года», "in August last year", «2023 жылы»), not news it reports (coding conventions: history
 * and background are not coded).
 */
export function isBackground(date: string | null, year: string | null, published: string | null): boolean {
  if (!published || published.length < 10) return false;
  const pub = dayOf(published);
  if (date && date.length >= 7) {
    // A month counts from its last day (day 0 of the next month).
    const at = date.length >= 10 ? dayOf(date) : dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)) + 1, 0);
    return pub - at > BACKGROUND_DAYS;
  }
  return year !== null && Number(year) < Number(published.slice(0, 4));
}

/** Days before publication within which a dated report is the news even after a background cue («Айта кетейік, кеше …»). */
export const RECENT_DAYS = 7;

/**
 * True when the sentence dates itself to a day within {@link RECENT_DAYS} before publication (or on it): a cue that
 * recalls background («Айта кетейік», "It is worth recalling") then introduces related news, not history.
 */
export function recentlyDated(dates: readonly DateMention[], s: SentenceRange, published: string | null): boolean {
  return recentDay(dates, s, published) !== null;
}

/** The first day the sentence dates itself to within {@link RECENT_DAYS} before publication (or on it), or null. */
export function recentDay(dates: readonly DateMention[], s: SentenceRange, published: string | null): string | null {
  if (!published || published.length < 10) return null;
  const pub = dayOf(published);
  for (const d of dates) {
    if (d.start < s.start || d.end > s.end || d.precision !== 'day') continue;
    const days = pub - dayOf(d.value);
    if (days >= 0 && days <= RECENT_DAYS) return d.value;
  }
  return null;
}

