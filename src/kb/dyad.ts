/** `elchi dyad A B`: what happened between two sides, counting each real-world event once. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';
import { listEvents, type EventRow } from './query.ts';

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

function sideOf(x: { id: string | null; country: string | null }, a: string, b: string): 'a' | 'b' | null {
  if (x.country === a || x.id === a) return 'a';
  if (x.country === b || x.id === b) return 'b';
  return null;
}

function bump(m: Record<string, number>, k: string, n = 1): void { m[k] = (m[k] ?? 0) + n; }

/** Dates in listing order: undated first, then as strings. */
function byDate(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return -1;
  if (y === null) return 1;
  return x < y ? -1 : 1;
}

/** Events of one coding, one date and one pair of lead actors: how many, and their lowest and highest ids. */
interface Group {
  status: string; type: string; mode: string | null; cameo: string; date: string | null;
  sc: string | null; sid: string | null; sn: string | null; sk: string | null;
  tc: string | null; tid: string | null; tn: string | null; tk: string | null;
  n: number; lo: number; hi: number;
}

type Db = Kysely<Database>;
type Range = { from?: string; to?: string };

/** SQL conditions every event of the summary meets besides its sides and status: reported by an original, dated in range. */
function common(range: Range): RawBuilder<unknown> {
  const parts = [sql`has_original = 1`];
  if (range.from) parts.push(sql`date >= ${range.from}`);
  if (range.to) parts.push(sql`date <= ${range.to.length === 10 ? range.to : `${range.to}\uffff`}`);
  return sql.join(parts, sql` AND `);
}

/**
 * Disjoint sets of events whose lead report may have `a` and `b` on its two sides: sides named by country only,
 * one direction each (read in the order of the index `event_clusters_dyad`, so grouping needs no sort; every
 * event in them has `a` and `b` on its sides), and sides where an actor id is `a` or `b` (to be checked with
 * {@link qualifies}).
 */
function candidates(a: string, b: string): { where: RawBuilder<unknown>; sure: boolean }[] {
  const byCountry = (s: string, t: string): RawBuilder<unknown> => sql`lead_source_country = ${s} AND lead_target_country = ${t}
      AND coalesce(lead_source_id NOT IN (${a}, ${b}), 1) AND coalesce(lead_target_id NOT IN (${a}, ${b}), 1)`;
  return [
    ...(a === b ? [] : [{ where: byCountry(a, b), sure: true }, { where: byCountry(b, a), sure: true }]),
    { where: sql`(lead_source_id IN (${a}, ${b}) OR lead_target_id IN (${a}, ${b}))`, sure: false },
  ];
}

/** The events of one candidate set with `status`, reported by an original, dated in range, and with `a` and `b` on their sides. */
function inSet(c: { where: RawBuilder<unknown>; sure: boolean }, status: string, a: string, b: string, range: Range): RawBuilder<unknown> {
  return sql`${c.where} AND status = ${status} AND ${common(range)}${c.sure ? sql`` : sql` AND ${qualifies(a, b)}`}`;
}

/** SQL: the lead report's side of `x` ('source' or 'target') is `a` ('a'), else `b` ('b'), else null — as {@link sideOf}. */
function sideSql(x: 'source' | 'target', a: string, b: string): RawBuilder<string | null> {
  const c = sql.ref(`lead_${x}_country`), i = sql.ref(`lead_${x}_id`);
  return sql<string | null>`(CASE WHEN ${c} IS ${a} OR ${i} IS ${a} THEN 'a' WHEN ${c} IS ${b} OR ${i} IS ${b} THEN 'b' END)`;
}

/** SQL: the event's lead report has one of `a`, `b` on each side. */
function qualifies(a: string, b: string): RawBuilder<unknown> {
  return sql`${sideSql('source', a, b)} IS NOT NULL AND ${sideSql('target', a, b)} IS NOT NULL AND ${sideSql('source', a, b)} <> ${sideSql('target', a, b)}`;
}

/** The occurred events of the dyad as groups (one pass over the index per candidate set), and the ids of its planned events, oldest first. */
async function groupsOf(db: Db, a: string, b: string, range: Range): Promise<{ groups: Group[]; planned: number[] }> {
  const groups: Group[] = [];
  const planned: { id: number; date: string | null }[] = [];
  for (const cand of candidates(a, b)) {
    const r = await sql<Group>`SELECT status, type, mode, cameo, date,
        lead_source_country AS sc, lead_source_id AS sid, lead_source_name AS sn, lead_source_kind AS sk,
        lead_target_country AS tc, lead_target_id AS tid, lead_target_name AS tn, lead_target_kind AS tk,
        count(*) AS n, min(id) AS lo, max(id) AS hi
      FROM event_clusters WHERE ${inSet(cand, 'occurred', a, b, range)}
      GROUP BY lead_source_country, lead_target_country, status, has_original, type, mode, cameo, date,
        lead_source_id, lead_source_name, lead_source_kind, lead_target_id, lead_target_name, lead_target_kind`.execute(db);
    for (const g of r.rows) {
      const s = sideOf({ id: g.sid, country: g.sc }, a, b), t = sideOf({ id: g.tid, country: g.tc }, a, b);
      if (s !== null && t !== null && s !== t) groups.push({ ...g, n: Number(g.n) });
    }
    const p = await sql<{ id: number; date: string | null }>`SELECT id, date FROM event_clusters WHERE ${inSet(cand, 'planned', a, b, range)}`.execute(db);
    planned.push(...p.rows);
  }
  return { groups, planned: planned.sort((x, y) => byDate(x.date, y.date) || x.id - y.id).map((p) => p.id) };
}

/** Documents (copies excluded) reporting the occurred events of the dyad, by language, languages in the order their first document appears. */
async function sourcesByLang(db: Db, a: string, b: string, range: Range): Promise<Record<string, number>> {
  const sets = candidates(a, b).map((c) => inSet(c, 'occurred', a, b, range));
  const union = (f: (where: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> => sql.join(sets.map(f), sql` UNION ALL `);
  // Each original document reporting an event, with the event's date and id: the lead report's alone when no other
  // original document reports it (docs_extra = 0), else read from its reports. Per language: how many documents,
  // and its oldest event (undated first: the lowest undated id, else the lowest id of the earliest date), which
  // orders the languages as their first documents appear.
  const r = await sql<{ lang: string; n: number; undated: number | null; dated: string | null }>`SELECT lang, count(DISTINCT doc) AS n,
      min(CASE WHEN date IS NULL THEN cid END) AS undated,
      min(CASE WHEN date IS NOT NULL THEN date || char(1) || substr('00000000000000' || cid, -14) END) AS dated
    FROM (
      ${union((w) => sql`SELECT lead_lang AS lang, lead_doc_id AS doc, date, id AS cid FROM event_clusters WHERE ${w} AND docs_extra = 0`)}
      UNION ALL SELECT d.lang, e.doc_id, c.date, c.id FROM (${union((w) => sql`SELECT id, date FROM event_clusters WHERE ${w} AND docs_extra = 1`)}) c
        CROSS JOIN events e CROSS JOIN documents d
        WHERE e.cluster_id = c.id AND d.id = e.doc_id AND d.copy_of IS NULL
    ) GROUP BY lang`.execute(db);
  if (r.rows.length === 0) return {};
  const firsts = r.rows.map((x) => {
    if (x.undated !== null) return { lang: x.lang, n: Number(x.n), date: null, cid: Number(x.undated) };
    const cut = x.dated!.lastIndexOf('\u0001');
    return { lang: x.lang, n: Number(x.n), date: x.dated!.slice(0, cut), cid: Number(x.dated!.slice(cut + 1)) };
  });
  // Two languages whose oldest event is the same one: the order of its reports decides.
  const byEvent = new Map<number, Map<string, number>>();
  for (const f of firsts) {
    if (!byEvent.has(f.cid) && firsts.some((g) => g !== f && g.cid === f.cid)) {
      const rows = await sql<{ lang: string; e: number }>`SELECT d.lang AS lang, min(e.id) AS e FROM events e CROSS JOIN documents d
        WHERE e.cluster_id = ${f.cid} AND d.id = e.doc_id AND d.copy_of IS NULL GROUP BY d.lang`.execute(db);
      byEvent.set(f.cid, new Map(rows.rows.map((x) => [x.lang, Number(x.e)])));
    }
  }
  firsts.sort((f, g) => byDate(f.date, g.date) || f.cid - g.cid || (byEvent.get(f.cid)?.get(f.lang) ?? 0) - (byEvent.get(g.cid)?.get(g.lang) ?? 0));
  const out: Record<string, number> = {};
  for (const f of firsts) out[f.lang] = f.n;
  return out;
}

/** Actor counts of one side: name → how many events, and the id of the newest one. */
type ActorCounts = Map<string, { n: number; id: string | null; date: string | null; hi: number }>;

/**
 * Summarises the occurred events between `a` and `b` (countries or actor ids), each cluster once, as the
 * side of its lead report says; optionally only dated `from`..`to` (inclusive). Counts are aggregated in SQL
 * over derived columns of event_clusters (migration 003); only the first, last and planned events are read in full.
 */
export async function dyadSummary(db: Kysely<Database>, a: string, b: string, range: Range = {}): Promise<DyadSummary> {
  if (!range.from && !range.to && isCountryPair(a, b)) {
    const [x, y] = a < b ? [a, b] : [b, a];
    const row = await db.selectFrom('dyad_summaries').select('summary').where('a', '=', a).where('b', '=', b)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('dyad_stale').select('dyad_stale.a').where('dyad_stale.a', '=', x).where('dyad_stale.b', '=', y))))
      .executeTakeFirst();
    if (row) return JSON.parse(row.summary) as DyadSummary;
  }
  return computeDyadSummary(db, a, b, range);
}

/** True for two different three-letter codes: the pairs whose all-time summaries are stored (migration 004). */
export function isCountryPair(a: string, b: string): boolean {
  return a !== b && /^[A-Z]{3}$/.test(a) && /^[A-Z]{3}$/.test(b);
}

/** {@link dyadSummary} computed from the events (what is stored for country pairs, and the answer for date ranges and actors). */
export async function computeDyadSummary(db: Kysely<Database>, a: string, b: string, range: Range = {}): Promise<DyadSummary> {
  const { groups, planned } = await groupsOf(db, a, b, range);
  // Keys of the count maps appear in the order of their first event (oldest first), as when counting event by event.
  groups.sort((x, y) => byDate(x.date, y.date) || x.lo - y.lo);
  const newer = (g: { date: string | null; hi: number }, than: { date: string | null; hi: number }): boolean => {
    const d = byDate(g.date, than.date);
    return d > 0 || (d === 0 && g.hi > than.hi);
  };
  const first = groups[0];
  let last: Group | undefined;
  for (const g of groups) if (!last || newer(g, last)) last = g;
  const full = async (ids: number[]): Promise<EventRow[]> => (ids.length ? listEvents(db, { ids }) : []);
  const ends = await full([...new Set([first?.lo, last?.hi].filter((x): x is number => x !== undefined))]);
  const s: DyadSummary = {
    a, b, events: 0, visits: {}, meetings: {}, calls: { ab: 0, ba: 0 }, agreements: {}, byType: {}, byTypeYear: {},
    topActors: { a: [], b: [] },
    first: ends.find((e) => e.id === first?.lo) ?? null,
    last: ends.find((e) => e.id === last?.hi) ?? null,
    sourcesByLang: {},
    planned: await full(planned),
  };
  const actors: { a: ActorCounts; b: ActorCounts } = { a: new Map(), b: new Map() };
  for (const g of groups) {
    const n = g.n;
    s.events += n;
    const year = g.date ? g.date.slice(0, 4) : 'undated';
    const dir = sideOf({ id: g.sid, country: g.sc }, a, b) === 'a' ? 'ab' : 'ba';
    bump(s.byType, g.type, n);
    bump((s.byTypeYear[year] ??= {}), g.type, n);
    if (g.type === 'CONSULT' && g.mode === 'visit') {
      const v = s.visits[year] ?? { ab: 0, ba: 0 };
      v[dir] += n;
      s.visits[year] = v;
    } else if (g.type === 'CONSULT' && g.mode === 'phone') s.calls[dir] += n;
    else if (g.type === 'CONSULT' && (g.mode === null || g.mode === 'multilateral' || g.mode === 'third-party')) bump(s.meetings, year, n);
    if (g.type === 'SUPPORT' && g.cameo === '057') bump(s.agreements, year, n);
    for (const x of [{ id: g.sid, name: g.sn, kind: g.sk, country: g.sc }, { id: g.tid, name: g.tn, kind: g.tk, country: g.tc }]) {
      const side = sideOf(x, a, b);
      if (!side || !x.name || x.kind === 'country') continue;
      const cur = actors[side].get(x.name);
      // The id shown is the one of the newest event naming the actor.
      if (!cur) actors[side].set(x.name, { n, id: x.id, date: g.date, hi: g.hi });
      else {
        cur.n += n;
        if (newer(g, cur)) Object.assign(cur, { id: x.id, date: g.date, hi: g.hi });
      }
    }
  }
  s.sourcesByLang = await sourcesByLang(db, a, b, range);
  const top = (m: ActorCounts): { name: string; n: number; id: string | null }[] =>
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
