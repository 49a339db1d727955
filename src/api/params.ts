/** Query parameters of the event routes: JSON schemas (for validation and OpenAPI) and their checked conversion to an `EventFilter`. */
import type { EventFilter } from '../kb/query.ts';
import { isValidDate } from '../kb/curation-check.ts';
import { PLOVER_MODES } from '../kb/plover.ts';
import { loadGazetteer } from '../entities/gazetteer.ts';
import { badRequest } from './errors.ts';

/** Largest page of events, documents, actors or edits. */
export const MAX_PAGE = 500;

const DATE_DOC = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** The filters of `elchi events`, as query parameters. */
export const filterProps = {
  dyad: { type: 'string', maxLength: 64, description: 'two ISO 3166-1 alpha-3 country codes, either direction', examples: ['KAZ,AZE'] },
  actor: { type: 'string', minLength: 1, maxLength: 200, description: 'an actor id or a name in any script or spelling (Tokayev, Тоқаев)' },
  type: { type: 'string', maxLength: 32, description: `PLOVER type (${Object.keys(PLOVER_MODES).join(', ')})` },
  mode: { type: 'string', maxLength: 32, description: 'PLOVER mode (visit, phone, multilateral, third-party, …)' },
  status: { type: 'string', enum: ['occurred', 'planned', 'rejected'], description: 'rejected events are listed only when asked for' },
  from: { type: 'string', maxLength: 10, description: `from this date (${DATE_DOC})` },
  to: { type: 'string', maxLength: 10, description: `up to this date, inclusive (${DATE_DOC})` },
  lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'reported in this language (kk, az, ru, en)' },
  q: { type: 'string', minLength: 1, maxLength: 200, description: 'evidence matches these words (stems and Latin keys, any script)' },
  copies: { type: 'boolean', default: false, description: 'include events reported only by republished copies' },
} as const;

/** Paging parameters. */
export const pageProps = (defaultLimit: number, max = MAX_PAGE): { limit: object; offset: object } => ({
  limit: { type: 'integer', minimum: 1, maximum: max, default: defaultLimit, description: `page size (at most ${max})` },
  offset: { type: 'integer', minimum: 0, maximum: 10_000_000, default: 0 },
});

/** The filter parameters as parsed by the schema. */
export interface FilterQuery { dyad?: string; actor?: string; type?: string; mode?: string; status?: string; from?: string; to?: string; lang?: string; q?: string; copies?: boolean }

/** An ISO 3166-1 alpha-3 code known to the gazetteer (upper-cased), else a 400. */
export function checkCountry(code: string, name: string): string {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) throw badRequest(`${name}: "${code}" is not an ISO 3166-1 alpha-3 country code (e.g. KAZ, AZE)`, 'invalid_dyad');
  if (!loadGazetteer().countryCodes.has(c)) throw badRequest(`${name}: "${code}" is not a known ISO 3166-1 alpha-3 country code`, 'invalid_dyad');
  return c;
}

/** `KAZ,AZE` → `['KAZ', 'AZE']`, else a 400. */
export function parseDyad(s: string, name = 'dyad'): [string, string] {
  const parts = s.split(/[,\s]+/).filter(Boolean);
  if (parts.length !== 2) throw badRequest(`${name}: give two country codes separated by a comma, e.g. KAZ,AZE (got "${s}")`, 'invalid_dyad');
  const a = checkCountry(parts[0]!, name), b = checkCountry(parts[1]!, name);
  if (a === b) throw badRequest(`${name}: the two sides are the same country (${a})`, 'invalid_dyad');
  return [a, b];
}

/** A from/to pair checked: real calendar dates, from ≤ to. */
export function checkRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  for (const [n, v] of [['from', from], ['to', to]] as const) {
    if (v !== undefined && !isValidDate(v)) throw badRequest(`${n}: "${v}" is not a date (${DATE_DOC})`, 'invalid_date');
  }
  if (from && to && from.slice(0, to.length) > to) throw badRequest(`from (${from}) is after to (${to})`, 'invalid_date');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** A PLOVER type (upper-cased), else a 400. */
export function checkType(t: string): string {
  const u = t.toUpperCase();
  if (!PLOVER_MODES[u]) throw badRequest(`type: "${t}" is not a PLOVER type (${Object.keys(PLOVER_MODES).join(', ')})`);
  return u;
}

/** The query's filters as an `EventFilter`, every value checked (400 on the first bad one). */
export function toFilter(q: FilterQuery): EventFilter {
  const f: EventFilter = { ...checkRange(q.from, q.to) };
  if (q.dyad) f.dyad = parseDyad(q.dyad);
  if (q.actor) f.actor = q.actor;
  if (q.type) f.type = checkType(q.type);
  if (q.mode) f.mode = q.mode;
  if (q.status) f.status = q.status;
  if (q.lang) f.lang = q.lang;
  if (q.q) f.q = q.q;
  if (q.copies) f.copies = true;
  return f;
}
