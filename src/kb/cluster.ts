/**
 * Event clustering rules: which reports describe the same real-world event. Same type, mode and CAMEO
 * code, same dyad (directed for visits, calls, thanks, praise and invitations, whose direction is a fact;
 * unordered for meetings, signings and agreements, whose source is just the first-named party), dates within ±3 days (month precision compatible with its month), and no
 * conflicting place country. Planned mentions join the report of the event they announced.
 */

/** Days of tolerance between the dates of two reports of one event. */
export const DATE_WINDOW_DAYS = 3;

/** What clustering needs to know about one event. */
export interface ClusterEvent {
  type: string;
  mode: string | null;
  cameo: string;
  status: string;
  source_id: string | null;
  source_country: string | null;
  target_id: string | null;
  target_country: string | null;
  date: string | null;
  location_name: string | null;
  location_country: string | null;
}

/** What clustering keeps about a cluster. */
export interface ClusterHead {
  type: string;
  mode: string | null;
  cameo: string;
  dyad: string;
  date_lo: string | null;
  date_hi: string | null;
  location_name: string | null;
  location_country: string | null;
}

/** Modes whose direction is a fact (visitor → host, caller → callee), not a wording choice. */
const DIRECTED_MODES = new Set(['visit', 'phone']);

/** Whether an event's direction is a fact: visits, calls, and every SUPPORT and AGREE except signing together. */
export function isDirected(e: Pick<ClusterEvent, 'type' | 'mode' | 'cameo'>): boolean {
  if (e.mode && DIRECTED_MODES.has(e.mode)) return true;
  if (e.type === 'SUPPORT') return e.cameo !== '057';
  if (e.type === 'AGREE') return e.cameo === '036';
  return false;
}

function side(id: string | null, country: string | null): string | null {
  return country ?? id;
}

/** The dyad key of an event (`AZE|KAZ` unordered, `KAZ>AZE` directed), null when a side is unknown. */
export function dyadKey(e: Pick<ClusterEvent, 'type' | 'mode' | 'cameo' | 'source_id' | 'source_country' | 'target_id' | 'target_country'>): string | null {
  const a = side(e.source_id, e.source_country);
  const b = side(e.target_id, e.target_country);
  if (!a || !b) return null;
  if (isDirected(e)) return `${a}>${b}`;
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The day range an ISO date (day, month or year precision) covers; null when unparseable. */
export function dateRange(date: string | null): { lo: string; hi: string } | null {
  if (!date) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return { lo: date, hi: date };
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return { lo: `${date}-01`, hi: `${date}-${String(lastDay(Number(m[1]), Number(m[2]))).padStart(2, '0')}` };
  m = /^(\d{4})$/.exec(date);
  if (m) return { lo: `${date}-01-01`, hi: `${date}-12-31` };
  return null;
}

/** Adds `days` to an ISO day. */
export function addDays(day: string, days: number): string {
  const t = Date.parse(day + 'T00:00:00Z') + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Days between two ISO days (b − a). */
function diffDays(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/** The date an event is clustered on: its own; for an occurred event without one, its document's publication date. */
export function effectiveDate(e: Pick<ClusterEvent, 'date' | 'status'>, published: string | null): string | null {
  if (e.date) return e.date;
  return e.status === 'occurred' ? published : null;
}

/** Why an event may (or may not) join a cluster: `ok` and the reasons a person reads. */
export interface Verdict { ok: boolean; reasons: string[] }

/** Checks an event (with its effective date range) against a cluster head. */
export function compatible(e: ClusterEvent, range: { lo: string; hi: string } | null, c: ClusterHead): Verdict {
  const reasons: string[] = [];
  if (e.type !== c.type || (e.mode ?? null) !== (c.mode ?? null) || e.cameo !== c.cameo) {
    return { ok: false, reasons: [`type ${e.type}/${e.mode ?? '-'} ${e.cameo} ≠ ${c.type}/${c.mode ?? '-'} ${c.cameo}`] };
  }
  reasons.push(`same type, mode and CAMEO ${e.type}/${e.mode ?? '-'} ${e.cameo}`);
  const d = dyadKey(e);
  if (!d || d !== c.dyad) return { ok: false, reasons: [`dyad ${d ?? '?'} ≠ ${c.dyad}`] };
  reasons.push(`same dyad ${d}`);
  if (!range || !c.date_lo || !c.date_hi) return { ok: false, reasons: ['no date to compare'] };
  const gap = range.lo > c.date_hi ? diffDays(c.date_hi, range.lo) : c.date_lo > range.hi ? diffDays(range.hi, c.date_lo) : 0;
  if (gap > DATE_WINDOW_DAYS) return { ok: false, reasons: [`dates ${gap} days apart (> ${DATE_WINDOW_DAYS})`] };
  const rs = range.lo === range.hi ? range.lo : `${range.lo}..${range.hi}`;
  const cs = c.date_lo === c.date_hi ? c.date_lo : `${c.date_lo}..${c.date_hi}`;
  reasons.push(gap === 0 ? `dates overlap (${rs} ~ ${cs})` : `dates ${gap} day(s) apart (${rs} ~ ${cs}), within ±${DATE_WINDOW_DAYS}`);
  if (e.location_country && c.location_country && e.location_country !== c.location_country) {
    return { ok: false, reasons: [`places in different countries (${e.location_country} ≠ ${c.location_country})`] };
  }
  if (e.location_country && c.location_country) reasons.push(`places compatible (${e.location_name ?? e.location_country} ~ ${c.location_name ?? c.location_country}, both ${c.location_country})`);
  else reasons.push('no conflicting place');
  return { ok: true, reasons };
}

/** Narrows a cluster's date range when a more precise report joins (a day inside a month range). */
export function narrowRange(c: { lo: string; hi: string }, r: { lo: string; hi: string }): { lo: string; hi: string } {
  const cw = diffDays(c.lo, c.hi), rw = diffDays(r.lo, r.hi);
  return rw < cw ? r : c;
}
