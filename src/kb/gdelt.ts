/** GDELT 2.0 event-table export: the 61 tab-separated columns, filled where they apply (CAMEO, Goldstein, counts, URL). */
import type { EventRow, ActorRef } from './query.ts';
import { goldstein, quadClass } from './goldstein.ts';

/** GDELT 2.0 event columns, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS: readonly string[] = Object.freeze([
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...['Actor1', 'Actor2'].flatMap((a) => ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map((c) => a + c)),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...['Actor1Geo_', 'Actor2Geo_', 'ActionGeo_'].flatMap((g) => ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => g + c)),
  'DATEADDED', 'SOURCEURL',
]);

/** CAMEO actor type code of an elchi actor (GOV for persons holding office and countries' states). */
function typeCode(a: ActorRef): string {
  if (a.kind === 'person' || a.kind === 'country') return 'GOV';
  return a.kind === 'organization' && !a.country ? 'IGO' : '';
}

function actorCols(a: ActorRef): string[] {
  const cc = a.country ?? '';
  const type = typeCode(a);
  return [cc + (cc && type ? type : type && !cc ? type : ''), (a.name ?? '').toUpperCase(), cc, '', '', '', '', type, '', ''];
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/** One event as a GDELT row (array of 61 strings). Planned events are exported as CAMEO 03x intent (036 for meetings). */
export function gdeltRow(r: EventRow, dateAdded: string): string[] {
  const code = r.status === 'planned' && !r.cameo.startsWith('03') ? (r.type === 'CONSULT' ? '036' : '030') : r.cameo;
  const d = r.date ?? '';
  const day = d.length >= 10 ? d.slice(0, 10) : d.length === 7 ? `${d}-01` : '';
  const sqlDate = day.replace(/-/g, '');
  const year = day.slice(0, 4);
  const frac = day ? (Number(year) + (Date.parse(day + 'T00:00:00Z') - Date.UTC(Number(year), 0, 1)) / (365 * 86_400_000)).toFixed(4) : '';
  const g = goldstein(code);
  const originals = r.reports.filter((x) => x.copy_of === null);
  const url = originals.find((x) => x.url)?.url ?? r.reports.find((x) => x.url)?.url ?? originals[0]?.source ?? '';
  const geo = r.location ? ['1', r.location.name ?? '', '', '', '', '', '', ''] : ['0', '', '', '', '', '', '', ''];
  const row = [
    String(r.id), sqlDate, sqlDate.slice(0, 6), year, frac,
    ...actorCols(r.source), ...actorCols(r.target),
    '1', code, code.slice(0, 3), code.slice(0, 2), String(quadClass(code)), g === null ? '' : g.toFixed(1),
    String(r.reports.length), String(new Set(originals.map((x) => x.doc_id)).size), String(r.reports.length), '',
    '0', '', '', '', '', '', '', '',
    '0', '', '', '', '', '', '', '',
    ...geo,
    dateAdded, url,
  ];
  return row.map(clean);
}

/** Rows as GDELT TSV (no header line, as GDELT ships its files; `header` adds one). */
export function formatGdelt(rows: readonly EventRow[], opts: { header?: boolean; dateAdded?: string } = {}): string {
  const added = opts.dateAdded ?? new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const lines = rows.map((r) => gdeltRow(r, added).join('\t'));
  if (opts.header) lines.unshift(GDELT_COLUMNS.join('\t'));
  return lines.length ? lines.join('\n') + '\n' : '';
}
