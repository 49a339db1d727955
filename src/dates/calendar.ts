/** Proleptic Gregorian calendar arithmetic for date resolution; pure, UTC-based, never reads the clock. */

/** A parsed anchor (publication date) with the precision it was given in. */
export interface Anchor {
  year: number;
  /** 1-12, or null when the anchor is a bare year. */
  month: number | null;
  /** 1-31, or null when the anchor has month or year precision. */
  day: number | null;
}

/** A year-less date more than this many days after the anchor is taken from the previous year (news reports the past). */
export const FUTURE_DAYS = 62;
/** A month-only date more than this many months after the anchor's month is taken from the previous year. */
export const FUTURE_MONTHS = 2;

const MS_PER_DAY = 86_400_000;

/** Parses an anchor `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (anything after the day, like a time, is ignored); null when invalid. */
export function parseAnchor(s: string | null | undefined): Anchor | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?![\d])/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  // Date.UTC maps years 0-99 to 1900-1999; news anchors outside 1000-2999 are errors anyway.
  if (year < 1000 || year > 2999) return null;
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidDate(year, month, day)) return null;
  return { year, month, day };
}

/** Days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year-month-day is a real calendar day. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number (days since 1970-01-01) of a calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOfDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO `YYYY-MM-DD`. */
export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** ISO `YYYY-MM`. */
export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Last day of the anchor's period as a day number (a month anchor stands for its last day). */
function anchorDayNumber(a: Anchor): number {
  const month = a.month ?? 12;
  return dayNumber(a.year, month, a.day ?? daysInMonth(a.year, month));
}

/** Year of a year-less day-month: the anchor's, or the previous one if that would be over FUTURE_DAYS after the anchor. */
export function yearForDay(month: number, day: number, a: Anchor): number | null {
  let year = a.year;
  if (a.month !== null && isValidDate(year, month, day) && dayNumber(year, month, day) - anchorDayNumber(a) > FUTURE_DAYS) year -= 1;
  return isValidDate(year, month, day) ? year : null;
}

/** Year of a year-less month: the anchor's, or the previous one if the month is over FUTURE_MONTHS after the anchor's. */
export function yearForMonth(month: number, a: Anchor): number {
  return a.month !== null && month - a.month > FUTURE_MONTHS ? a.year - 1 : a.year;
}

/** The anchor day moved by `days`; null unless the anchor has day precision. */
export function shiftDays(a: Anchor, days: number): string | null {
  if (a.month === null || a.day === null) return null;
  return isoOfDayNumber(dayNumber(a.year, a.month, a.day) + days);
}

/** ISO weekday (1 Monday … 7 Sunday) of a day number. */
export function isoWeekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (4)
}

/**
 * Date of weekday `wd` relative to a day anchor: `mod` 0 → most recent on or before the anchor,
 * -1 → most recent strictly before it ("last Tuesday"), 1 → first strictly after it ("next Tuesday").
 */
export function weekdayDate(a: Anchor, wd: number, mod: number): string | null {
  if (a.month === null || a.day === null) return null;
  const n = dayNumber(a.year, a.month, a.day);
  const today = isoWeekday(n);
  if (mod > 0) return isoOfDayNumber(n + ((wd - today + 7) % 7 || 7));
  const back = (today - wd + 7) % 7;
  return isoOfDayNumber(n - (mod < 0 && back === 0 ? 7 : back));
}
