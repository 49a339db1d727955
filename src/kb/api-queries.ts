/** Queries behind `elchi serve`: event counts, the most active country pairs, the actor network, and actors by mentions. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { filteredClusters, type EventFilter } from './query.ts';

type Db = Kysely<Database>;

/** How many events (clusters) match a filter of `listEvents` (limit and offset ignored). */
export async function countEvents(db: Db, f: EventFilter): Promise<number> {
  const q = await filteredClusters(db, { ...f, limit: undefined, offset: undefined });
  if (!q) return 0;
  return Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** One country pair (a < b) with its number of occurred events and their date range. */
export interface DyadItem { a: string; b: string; events: number; first: string | null; last: string | null }

/** Reported by at least one document that is not a republished copy (as `listEvents` counts; derived column of migration 003). */
const ORIGINAL = sql<boolean>`c.has_original = 1`;

/** The country pairs with the most occurred events (each real-world event once), most active first. */
export async function listDyads(db: Db, limit = 20): Promise<DyadItem[]> {
  const r = await sql<{ a: string; b: string; n: number; first: string | null; last: string | null }>`
    SELECT min(c.source_country, c.target_country) AS a, max(c.source_country, c.target_country) AS b,
           count(*) AS n, min(c.date) AS first, max(c.date) AS last
    FROM event_clusters c
    WHERE c.status = 'occurred' AND c.source_country IS NOT NULL AND c.target_country IS NOT NULL
      AND c.source_country <> c.target_country AND ${ORIGINAL}
    GROUP BY a, b ORDER BY n DESC, a, b LIMIT ${limit}`.execute(db);
  return r.rows.map((x) => ({ a: x.a, b: x.b, events: Number(x.n), first: x.first, last: x.last }));
}

/** A node of the actor network. */
export interface NetNode { id: string; label: string; kind: string; country: string | null }
/** Events of one type from one actor to another. */
export interface NetEdge { source: string; target: string; type: string; count: number }

/** Options of {@link network}. */
export interface NetworkFilter { from?: string; to?: string; dyad?: [string, string]; type?: string; limit?: number }

/** Actors linked by the events they took part in (each real-world event once, its opening report's actors), heaviest links first. */
export async function network(db: Db, f: NetworkFilter = {}): Promise<{ nodes: NetNode[]; edges: NetEdge[] }> {
  const conds = [sql`c.status <> 'rejected'`, sql`e.source_id IS NOT NULL`, sql`e.target_id IS NOT NULL`, sql`e.source_id <> e.target_id`, ORIGINAL];
  if (f.from) conds.push(sql`c.date >= ${f.from}`);
  if (f.to) conds.push(sql`c.date <= ${f.to.length === 10 ? f.to : `${f.to}\uffff`}`);
  if (f.type) conds.push(sql`c.type = ${f.type.toUpperCase()}`);
  if (f.dyad) {
    const [a, b] = f.dyad;
    conds.push(sql`((c.source_country = ${a} AND c.target_country = ${b}) OR (c.source_country = ${b} AND c.target_country = ${a}))`);
  }
  const r = await sql<{ sid: string; sname: string | null; skind: string | null; scountry: string | null; tid: string; tname: string | null; tkind: string | null; tcountry: string | null; type: string; n: number }>`
    SELECT e.source_id AS sid, max(e.source_name) AS sname, max(e.source_kind) AS skind, max(e.source_country) AS scountry,
           e.target_id AS tid, max(e.target_name) AS tname, max(e.target_kind) AS tkind, max(e.target_country) AS tcountry,
           c.type AS type, count(*) AS n
    FROM event_clusters c JOIN events e ON e.id = c.first_event_id
    WHERE ${sql.join(conds, sql` AND `)}
    GROUP BY e.source_id, e.target_id, c.type ORDER BY n DESC, sid, tid, type LIMIT ${f.limit ?? 500}`.execute(db);
  const nodes = new Map<string, NetNode>();
  const edges: NetEdge[] = [];
  for (const x of r.rows) {
    if (!nodes.has(x.sid)) nodes.set(x.sid, { id: x.sid, label: x.sname ?? x.sid, kind: x.skind ?? 'unknown', country: x.scountry });
    if (!nodes.has(x.tid)) nodes.set(x.tid, { id: x.tid, label: x.tname ?? x.tid, kind: x.tkind ?? 'unknown', country: x.tcountry });
    edges.push({ source: x.sid, target: x.tid, type: x.type, count: Number(x.n) });
  }
  return { nodes: [...nodes.values()].sort((a, b) => a.id.localeCompare(b.id)), edges };
}

/** An actor with its number of mentions and its most frequent name variants. */
export interface ActorCount { id: string; name: string; kind: string; country: string | null; mentions: number; variants: { variant: string; lang: string; count: number }[] }

/** The most mentioned actors (persons, organizations, countries, places), each with up to 20 name variants. */
export async function topActors(db: Db, limit = 50): Promise<ActorCount[]> {
  const rows = await db.selectFrom('actors').leftJoin('mentions', 'mentions.actor_id', 'actors.id')
    .select(['actors.id', 'actors.name', 'actors.kind', 'actors.country', (eb) => eb.fn.count<number>('mentions.id').as('n')])
    .groupBy('actors.id').orderBy('n', 'desc').orderBy('actors.id').limit(limit).execute();
  const out = rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, country: r.country, mentions: Number(r.n), variants: [] as ActorCount['variants'] }));
  const byId = new Map(out.map((a) => [a.id, a]));
  if (out.length) {
    const vs = await db.selectFrom('actor_variants').select(['actor_id', 'variant', 'lang', 'count'])
      .where('actor_id', 'in', out.map((a) => a.id)).orderBy('count', 'desc').orderBy('variant').execute();
    for (const v of vs) {
      const a = byId.get(v.actor_id);
      if (a && a.variants.length < 20) a.variants.push({ variant: v.variant, lang: v.lang, count: v.count });
    }
  }
  return out;
}
