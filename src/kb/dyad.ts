/** `elchi dyad A B`: what happened between two sides, counting each real-world event once. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { filteredClusters, leadReport, listEvents, type EventRow, type ActorRef } from './query.ts';

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

/** What the summary needs of one event: its coding and its lead report's actors (as listEvents picks them), and its original documents. */
interface Slim { id: number; type: string; mode: string | null; status: string; cameo: string; date: string | null; source: ActorRef; target: ActorRef; docs: Map<string, string> }

/** The events of the dyad as slim rows, oldest first: one query for the clusters, one for their reports (no evidence text). */
async function slimEvents(db: Kysely<Database>, a: string, b: string, range: { from?: string; to?: string }): Promise<Slim[]> {
  const base = await filteredClusters(db, { dyad: [a, b], from: range.from, to: range.to });
  if (!base) return [];
  const clusters = await base.select(['id', 'type', 'mode', 'status', 'cameo', 'date', 'first_event_id', 'source_country', 'target_country']).orderBy('date').orderBy('id').execute();
  if (clusters.length === 0) return [];
  const reports = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.id', 'events.cluster_id', 'events.doc_id', 'documents.lang', 'documents.copy_of',
      'events.source_id', 'events.source_name', 'events.source_kind', 'events.source_country',
      'events.target_id', 'events.target_name', 'events.target_kind', 'events.target_country'])
    .where('events.cluster_id', 'in', base.select('event_clusters.id'))
    .orderBy('events.id').execute();
  type Rep = (typeof reports)[number];
  const byCluster = new Map<number, Rep[]>();
  for (const r of reports) {
    const list = byCluster.get(r.cluster_id!) ?? [];
    list.push(r);
    byCluster.set(r.cluster_id!, list);
  }
  return clusters.map((c) => {
    const reps = byCluster.get(c.id) ?? [];
    const lead = leadReport(reps, (r) => r.id === c.first_event_id);
    const docs = new Map<string, string>();
    for (const r of reps) if (r.copy_of === null) docs.set(r.doc_id, r.lang);
    return {
      id: c.id, type: c.type, mode: c.mode, status: c.status, cameo: c.cameo, date: c.date, docs,
      source: lead ? { id: lead.source_id, name: lead.source_name, kind: lead.source_kind, country: lead.source_country } : { id: null, name: null, kind: null, country: c.source_country },
      target: lead ? { id: lead.target_id, name: lead.target_name, kind: lead.target_kind, country: lead.target_country } : { id: null, name: null, kind: null, country: c.target_country },
    };
  });
}

/**
 * Summarises the occurred events between `a` and `b` (countries or actor ids), each cluster once; optionally only
 * dated `from`..`to` (inclusive). Counts come from slim rows (no evidence text); only the first, last and planned
 * events are read in full.
 */
export async function dyadSummary(db: Kysely<Database>, a: string, b: string, range: { from?: string; to?: string } = {}): Promise<DyadSummary> {
  const rows = (await slimEvents(db, a, b, range)).filter((r) => {
    const s = sideOf(r.source, a, b), t = sideOf(r.target, a, b);
    return s !== null && t !== null && s !== t;
  });
  const occurred = rows.filter((r) => r.status === 'occurred');
  const full = async (ids: number[]): Promise<EventRow[]> => (ids.length ? listEvents(db, { ids }) : []);
  const ends = await full([...new Set([occurred[0]?.id, occurred[occurred.length - 1]?.id].filter((x): x is number => x !== undefined))]);
  const s: DyadSummary = {
    a, b, events: occurred.length, visits: {}, meetings: {}, calls: { ab: 0, ba: 0 }, agreements: {}, byType: {}, byTypeYear: {},
    topActors: { a: [], b: [] },
    first: ends.find((e) => e.id === occurred[0]?.id) ?? null,
    last: ends.find((e) => e.id === occurred[occurred.length - 1]?.id) ?? null,
    sourcesByLang: {},
    planned: await full(rows.filter((r) => r.status === 'planned').map((r) => r.id)),
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
    for (const [doc, lang] of r.docs) docs.set(doc, lang);
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
