/** `elchi dyad A B`: what happened between two sides, counting each real-world event once. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { listEvents, type EventRow, type ActorRef } from './query.ts';

/** Counts a person reads about one dyad. */
export interface DyadSummary {
  a: string;
  b: string;
  events: number;
  /** Visits by year: `{year: {ab, ba}}` (a→b is a visiting b). */
  visits: Record<string, { ab: number; ba: number }>;
  meetings: Record<string, number>;
  calls: { ab: number; ba: number };
  agreements: Record<string, number>;
  byType: Record<string, number>;
  /** Counts by year and type: `{year: {type: n}}`. */
  byTypeYear: Record<string, Record<string, number>>;
  topActors: { a: { name: string; n: number; id: string | null }[]; b: { name: string; n: number; id: string | null }[] };
  first: EventRow | null;
  last: EventRow | null;
  /** Documents (copies excluded) by language. */
  sourcesByLang: Record<string, number>;
  /** Planned events with no report of them happening. */
  planned: EventRow[];
}

function sideOf(x: ActorRef, a: string, b: string): 'a' | 'b' | null {
  if (x.country === a || x.id === a) return 'a';
  if (x.country === b || x.id === b) return 'b';
  return null;
}

function bump(m: Record<string, number>, k: string, n = 1): void { m[k] = (m[k] ?? 0) + n; }

/** Summarises the occurred events between `a` and `b` (countries or actor ids), each cluster once; optionally only dated `from`..`to` (inclusive). */
export async function dyadSummary(db: Kysely<Database>, a: string, b: string, range: { from?: string; to?: string } = {}): Promise<DyadSummary> {
  const rows = (await listEvents(db, { dyad: [a, b], from: range.from, to: range.to })).filter((r) => {
    const s = sideOf(r.source, a, b), t = sideOf(r.target, a, b);
    return s !== null && t !== null && s !== t;
  });
  const occurred = rows.filter((r) => r.status === 'occurred');
  const s: DyadSummary = {
    a, b, events: occurred.length, visits: {}, meetings: {}, calls: { ab: 0, ba: 0 }, agreements: {}, byType: {}, byTypeYear: {},
    topActors: { a: [], b: [] }, first: occurred[0] ?? null, last: occurred[occurred.length - 1] ?? null, sourcesByLang: {},
    planned: rows.filter((r) => r.status === 'planned'),
  };
  const actors = { a: new Map<string, { n: number; id: string | null }>(), b: new Map<string, { n: number; id: string | null }>() };
  const docs = new Map<string, string>();
  for (const r of occurred) {
    const year = r.date ? r.date.slice(0, 4) : 'undated';
    const dir = sideOf(r.source, a, b) === 'a' ? 'ab' : 'ba';
    bump(s.byType, r.type);
    bump((s.byTypeYear[year] ??= {}), r.type);
    if (r.type === 'CONSULT' && r.mode === 'visit') {
      const v = s.visits[year] ?? { ab: 0, ba: 0 };
      v[dir]++;
      s.visits[year] = v;
    } else if (r.type === 'CONSULT' && r.mode === 'phone') s.calls[dir]++;
    else if (r.type === 'CONSULT' && (r.mode === null || r.mode === 'multilateral' || r.mode === 'third-party')) bump(s.meetings, year);
    if (r.type === 'SUPPORT' && r.cameo === '057') bump(s.agreements, year);
    for (const x of [r.source, r.target]) {
      const side = sideOf(x, a, b);
      if (side && x.name && x.kind !== 'country') actors[side].set(x.name, { n: (actors[side].get(x.name)?.n ?? 0) + 1, id: x.id });
    }
    for (const rep of r.reports) if (rep.copy_of === null) docs.set(rep.doc_id, rep.lang);
  }
  for (const lang of docs.values()) bump(s.sourcesByLang, lang);
  const top = (m: Map<string, { n: number; id: string | null }>): { name: string; n: number; id: string | null }[] =>
    [...m].map(([name, v]) => ({ name, n: v.n, id: v.id })).sort((x, y) => y.n - x.n || x.name.localeCompare(y.name)).slice(0, 5);
  s.topActors = { a: top(actors.a), b: top(actors.b) };
  return s;
}

function sum(m: Record<string, number>): number { return Object.values(m).reduce((x, y) => x + y, 0); }

function oneLine(r: EventRow): string {
  return `#${r.id} ${r.date ?? 'undated'} ${r.type}${r.mode ? '/' + r.mode : ''} ${r.source.name ?? r.source.country ?? '?'} → ${r.target.name ?? r.target.country ?? '?'}${r.location?.name ? ' in ' + r.location.name : ''} (${r.n_docs} doc${r.n_docs === 1 ? '' : 's'}: ${r.langs.join(', ')})`;
}

/** The summary as text a person reads. */
export function formatDyad(s: DyadSummary): string {
  const L: string[] = [];
  L.push(`${s.a} – ${s.b}: ${s.events} events (each real-world event once; republished copies and repeated reports merged)`, '');
  L.push(`Visits (visitor → host)`, `  year    ${s.a}→${s.b}  ${s.b}→${s.a}`);
  let ab = 0, ba = 0;
  for (const y of Object.keys(s.visits).sort()) {
    const v = s.visits[y]!;
    ab += v.ab; ba += v.ba;
    L.push(`  ${y.padEnd(7)} ${String(v.ab).padStart(7)}  ${String(v.ba).padStart(7)}`);
  }
  L.push(`  ${'total'.padEnd(7)} ${String(ab).padStart(7)}  ${String(ba).padStart(7)}`, '');
  L.push(`Meetings: ${sum(s.meetings)}${Object.keys(s.meetings).length ? ' (' + Object.keys(s.meetings).sort().map((y) => `${y}: ${s.meetings[y]}`).join(', ') + ')' : ''}`);
  L.push(`Phone calls: ${s.calls.ab + s.calls.ba} (${s.a}→${s.b} ${s.calls.ab}, ${s.b}→${s.a} ${s.calls.ba})`);
  L.push(`Agreements signed (SUPPORT 057): ${sum(s.agreements)}${Object.keys(s.agreements).length ? ' (' + Object.keys(s.agreements).sort().map((y) => `${y}: ${s.agreements[y]}`).join(', ') + ')' : ''}`);
  L.push(`By type: ${Object.keys(s.byType).sort().map((t) => `${t} ${s.byType[t]}`).join(', ') || 'none'}`, '');
  L.push(`Top actors, ${s.a}: ${s.topActors.a.map((x) => `${x.name} (${x.n})`).join(', ') || '—'}`);
  L.push(`Top actors, ${s.b}: ${s.topActors.b.map((x) => `${x.name} (${x.n})`).join(', ') || '—'}`, '');
  L.push(`First event: ${s.first ? oneLine(s.first) : '—'}`);
  L.push(`Last event:  ${s.last ? oneLine(s.last) : '—'}`);
  L.push(`Sources by language: ${Object.keys(s.sourcesByLang).sort().map((l) => `${l} ${s.sourcesByLang[l]}`).join(', ') || '—'}`);
  if (s.planned.length) {
    L.push('', `Announced, not yet reported as happened: ${s.planned.length}`);
    for (const p of s.planned) L.push('  ' + oneLine(p));
  }
  return L.join('\n') + '\n';
}
