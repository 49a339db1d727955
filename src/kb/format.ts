/** Output formats of `elchi events`: table (for people), csv, jsonl, gdelt, plover. */
import type { EventRow } from './query.ts';
import { formatGdelt } from './gdelt.ts';
import { formatPlover } from './plover.ts';

/** Formats `elchi events` can print. */
export const EVENT_FORMATS = ['table', 'csv', 'jsonl', 'gdelt', 'plover'] as const;
/** One of {@link EVENT_FORMATS}. */
export type EventFormat = (typeof EVENT_FORMATS)[number];

function who(a: EventRow['source']): string {
  const n = a.name ?? '';
  return a.country && a.kind !== 'country' ? `${n} (${a.country})` : n || (a.country ?? '?');
}

function flat(r: EventRow): Record<string, string> {
  return {
    id: String(r.id), date: r.date ?? '', type: r.type, mode: r.mode ?? '', status: r.status, cameo: r.cameo,
    source: r.source.name ?? '', source_country: r.source.country ?? '', target: r.target.name ?? '', target_country: r.target.country ?? '',
    location: r.location?.name ?? '', location_country: r.location?.country ?? '',
    docs: String(r.n_docs), reports: String(r.reports.length), langs: r.langs.join(' '),
    evidence: (r.reports.find((x) => x.copy_of === null) ?? r.reports[0])?.text ?? '',
  };
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? one.slice(0, n - 1) + '…' : one;
}

/** A fixed-width table a person reads. */
export function formatTable(rows: readonly EventRow[]): string {
  if (rows.length === 0) return 'no events\n';
  const head = ['id', 'date', 'event', 'source → target', 'place', 'docs', 'langs'];
  const body = rows.map((r) => [
    String(r.id), r.date ?? '', `${r.type}${r.mode ? '/' + r.mode : ''}${r.status === 'planned' ? ' (planned)' : ''} ${r.cameo}`,
    clip(`${who(r.source)} → ${who(r.target)}`, 60), clip(r.location?.name ?? '', 18), String(r.n_docs), r.langs.join(','),
  ]);
  const w = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]!].length)));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(w[i]! - [...c].length)).join('  ').trimEnd();
  return [line(head), line(w.map((n) => '-'.repeat(n))), ...body.map(line)].join('\n') + `\n${rows.length} event${rows.length === 1 ? '' : 's'}\n`;
}

/** Formats rows in the named format. */
export function formatEvents(rows: readonly EventRow[], format: EventFormat): string {
  switch (format) {
    case 'table': return formatTable(rows);
    case 'jsonl': return rows.map((r) => JSON.stringify(r) + '\n').join('');
    case 'gdelt': return formatGdelt(rows);
    case 'plover': return formatPlover(rows);
    case 'csv': {
      const cols = Object.keys(flat(rows[0] ?? ({ reports: [], langs: [], source: {}, target: {} } as unknown as EventRow)));
      return [cols.join(','), ...rows.map((r) => { const f = flat(r); return cols.map((c) => csvCell(f[c] ?? '')).join(','); })].join('\n') + '\n';
    }
  }
}
