/** Queries over the knowledge base: events (one row per real-world event), actors, search and stats. */
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';
import { ftsQuery } from './terms.ts';
import { latinKey } from '../text/translit.ts';

/** Filters of `elchi events`. */
export interface EventFilter {
  /** Two sides (ISO alpha-3 or actor ids), either direction. */
  dyad?: [string, string];
  actor?: string;
  type?: string;
  mode?: string;
  status?: string;
  from?: string;
  to?: string;
  lang?: string;
  q?: string;
  /** Include clusters reported only by republished copies (hidden by default). */
  copies?: boolean;
  limit?: number;
  /** Skip this many events (paging; with `limit`). */
  offset?: number;
  /** Only these event (cluster) ids. */
  ids?: number[];
}

/** An actor as queries return it. */
export interface ActorRef { id: string | null; name: string | null; kind: string | null; country: string | null }

/** One report of an event: the document, its language, and the evidence sentence. */
export interface Report { event_id: number; doc_id: string; lang: string; url: string | null; source: string; published: string | null; copy_of: string | null; text: string; start: number; end: number; merge_reason: string | null; source_actor: ActorRef; target_actor: ActorRef; date: string | null }

/** One real-world event: its coding and every report of it. */
export interface EventRow {
  id: number;
  type: string;
  mode: string | null;
  status: string;
  cameo: string;
  date: string | null;
  source: ActorRef;
  target: ActorRef;
  location: { name: string | null; country: string | null } | null;
  reports: Report[];
  /** Distinct documents that are not copies (the count a reader uses). */
  n_docs: number;
  langs: string[];
}

type Db = Kysely<Database>;

/** Actor ids matching a query: an id, a canonical name (substring, case-insensitive) or a variant's Latin key. */
export async function resolveActors(db: Db, q: string): Promise<string[]> {
  const key = q.split(/\s+/).map((w) => latinKey(w)).join(' ');
  const like = `%${q.toLowerCase()}%`;
  const rows = await db.selectFrom('actors').select('id')
    .where((eb) => eb.or([
      eb('id', '=', q),
      eb(sql<string>`lower(name)`, 'like', like),
      eb('id', 'in', eb.selectFrom('actor_variants').select('actor_id').where((e2) => e2.or([e2('key', '=', key), e2('key', 'like', `%${key}%`)]))),
    ])).execute();
  return rows.map((r) => r.id);
}

/** How a query over events reads them: `ordered` when it wants the first rows in listing order (a page), so that dense conditions are checked while reading events oldest first. */
export interface ReadPlan { ordered?: boolean }

/** Reports (or full-text hits) from which a condition counts as dense: a page then reads events oldest first and checks it, rather than reading its events and sorting them. */
const DENSE = 2000;

/**
 * The event_clusters rows matching a filter (every condition of {@link listEvents}, no order or paging); null when nothing can match. Events a curator rejected are left out unless asked for by `status: 'rejected'` or by id.
 * Conditions on reports (dyad, actor, language, words) are either sets of events computed once per query or,
 * when dense and the caller reads a page in order, checks of each event read; "reported by an original" reads
 * the derived `has_original` column (migration 003). The rows are the same either way; only the plan differs.
 */
export async function filteredClusters(db: Db, f: EventFilter = {}, plan: ReadPlan = {}): Promise<SelectQueryBuilder<Database, 'event_clusters', object> | null> {
  let q: SelectQueryBuilder<Database, 'event_clusters', object> = db.selectFrom('event_clusters');
  // A page is read through the index event_clusters_date (oldest first, filters checked on the index): keep other indexes out of it.
  const col = (c: 'type' | 'mode' | 'status'): RawBuilder<string> => (plan.ordered ? sql<string>`+event_clusters.${sql.ref(c)}` : sql<string>`event_clusters.${sql.ref(c)}`);
  if (!f.ids && f.status !== 'rejected') q = q.where(col('status'), '!=', 'rejected');
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.type) q = q.where(col('type'), '=', f.type.toUpperCase());
  if (f.mode) q = q.where(col('mode'), '=', f.mode);
  if (f.status) q = q.where(col('status'), '=', f.status);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to.length === 10 ? f.to : `${f.to}\uffff`);
  const dense = async (count: RawBuilder<unknown>): Promise<boolean> =>
    plan.ordered === true && Number((await sql<{ n: number }>`SELECT count(*) AS n FROM (${count} LIMIT ${DENSE})`.execute(db)).rows[0]?.n ?? 0) >= DENSE;
  if (f.dyad) {
    const [a, b] = f.dyad;
    const match = sql`${pairMatch(a, b)} OR ${pairMatch(b, a)}`;
    q = q.where(await dense(sql`SELECT 1 FROM events WHERE ${match}`)
      ? sql<boolean>`EXISTS (SELECT 1 FROM events WHERE events.cluster_id = event_clusters.id AND (${match}))`
      : sql<boolean>`event_clusters.id IN (SELECT cluster_id FROM events WHERE ${match})`);
  }
  if (f.actor) {
    const ids = await resolveActors(db, f.actor);
    if (ids.length === 0) return null;
    const list = sql.join(ids.map((id) => sql`${id}`));
    q = q.where(await dense(sql`SELECT 1 FROM events WHERE source_id IN (${list}) UNION ALL SELECT 1 FROM events WHERE target_id IN (${list})`)
      ? sql<boolean>`EXISTS (SELECT 1 FROM events WHERE events.cluster_id = event_clusters.id AND (source_id IN (${list}) OR target_id IN (${list})))`
      : sql<boolean>`event_clusters.id IN (SELECT cluster_id FROM events WHERE source_id IN (${list}) UNION SELECT cluster_id FROM events WHERE target_id IN (${list}))`);
  }
  if (f.lang) {
    const lang = f.lang;
    q = q.where(await dense(sql`SELECT 1 FROM documents WHERE lang = ${lang}`)
      ? sql<boolean>`EXISTS (SELECT 1 FROM events e CROSS JOIN documents d WHERE e.cluster_id = event_clusters.id AND d.id = e.doc_id AND d.lang = ${lang})`
      : sql<boolean>`event_clusters.id IN (SELECT e.cluster_id FROM documents d CROSS JOIN events e WHERE d.lang = ${lang} AND e.doc_id = d.id)`);
  }
  if (f.q) {
    const m = ftsQuery(f.q);
    if (!m) return null;
    // The words' reports, from the full-text index through two narrow indexes (evidence → report → event), computed once.
    const hits = sql`SELECT e.cluster_id FROM evidence_fts CROSS JOIN evidence v INDEXED BY evidence_id_event CROSS JOIN events e INDEXED BY events_id_cluster
      WHERE evidence_fts MATCH ${m} AND v.id = evidence_fts.rowid AND e.id = v.event_id`;
    q = q.where(await dense(sql`SELECT 1 FROM evidence_fts WHERE evidence_fts MATCH ${m}`)
      ? sql<boolean>`+event_clusters.id IN (${hits})`
      : sql<boolean>`event_clusters.id IN (${hits})`);
  }
  if (!f.copies) q = q.where('has_original', '=', 1);
  return q;
}

/** A report with `a` on the source side and `b` on the target side (each a country or an actor id), as OR-able index lookups. */
function pairMatch(a: string, b: string): RawBuilder<boolean> {
  return sql<boolean>`(source_country = ${a} AND target_country = ${b}) OR (source_country = ${a} AND target_id = ${b}) OR (source_id = ${a} AND target_country = ${b}) OR (source_id = ${a} AND target_id = ${b})`;
}

/** The report that speaks for an event (its actors): the opening report unless it is a republished copy, else the first original, else the first report. */
export function leadReport<R extends { copy_of: string | null }>(reports: readonly R[], isOpening: (r: R) => boolean): R | undefined {
  return reports.find((r) => r.copy_of === null && isOpening(r)) ?? reports.find((r) => r.copy_of === null) ?? reports[0];
}

/** A report as {@link listEvents} reads it. */
interface ReportRow {
  event_id: number; cluster_id: number | null; doc_id: string; lang: string; url: string | null; source: string; published: string | null; copy_of: string | null;
  text: string; start: number; end: number; merge_reason: string | null; date: string | null;
  source_id: string | null; source_name: string | null; source_kind: string | null; source_country: string | null;
  target_id: string | null; target_name: string | null; target_kind: string | null; target_country: string | null;
}

/** Events (clusters) matching the filter, oldest first, each with all its reports. */
export async function listEvents(db: Db, f: EventFilter = {}): Promise<EventRow[]> {
  const base = await filteredClusters(db, f, { ordered: f.limit !== undefined && f.limit > 0 });
  if (!base) return [];
  let q = base.select(['id', 'type', 'mode', 'status', 'cameo', 'date', 'first_event_id', 'source_country', 'target_country', 'location_name', 'location_country'])
    .orderBy('date').orderBy('id');
  if (f.limit) q = q.limit(f.limit);
  if (f.offset) q = (f.limit ? q : q.limit(-1)).offset(f.offset);
  const clusters = await q.execute();
  if (clusters.length === 0) return [];
  const byCluster = new Map<number, Report[]>();
  const ids = clusters.map((c) => c.id);
  for (let i = 0; i < ids.length; i += 500) {
    // The document's columns come from the index documents_copy_lang (its row holds the whole text).
    const rows = (await sql<ReportRow>`SELECT events.id AS event_id, events.cluster_id, events.doc_id, documents.lang, documents.url, documents.source, documents.published, documents.copy_of,
        evidence.text, evidence.start, evidence."end", events.merge_reason, events.date,
        events.source_id, events.source_name, events.source_kind, events.source_country,
        events.target_id, events.target_name, events.target_kind, events.target_country
      FROM events JOIN documents INDEXED BY documents_copy_lang ON documents.id = events.doc_id JOIN evidence ON evidence.event_id = events.id
      WHERE events.cluster_id IN (${sql.join(ids.slice(i, i + 500))}) ORDER BY events.id`.execute(db)).rows;
    for (const r of rows) {
      const list = byCluster.get(r.cluster_id!) ?? [];
      list.push({
        event_id: r.event_id, doc_id: r.doc_id, lang: r.lang, url: r.url, source: r.source, published: r.published, copy_of: r.copy_of,
        text: r.text, start: r.start, end: r.end, merge_reason: r.merge_reason, date: r.date,
        source_actor: { id: r.source_id, name: r.source_name, kind: r.source_kind, country: r.source_country },
        target_actor: { id: r.target_id, name: r.target_name, kind: r.target_kind, country: r.target_country },
      });
      byCluster.set(r.cluster_id!, list);
    }
  }
  return clusters.map((c) => {
    const reports = byCluster.get(c.id) ?? [];
    const lead = leadReport(reports, (r) => r.event_id === c.first_event_id);
    const originals = reports.filter((r) => r.copy_of === null);
    return {
      id: c.id, type: c.type, mode: c.mode, status: c.status, cameo: c.cameo, date: c.date,
      source: lead?.source_actor ?? { id: null, name: null, kind: null, country: c.source_country },
      target: lead?.target_actor ?? { id: null, name: null, kind: null, country: c.target_country },
      location: c.location_name || c.location_country ? { name: c.location_name, country: c.location_country } : null,
      reports,
      n_docs: new Set(originals.map((r) => r.doc_id)).size,
      langs: [...new Set(originals.map((r) => r.lang))].sort(),
    };
  });
}

/** One event (cluster) by id with all its reports, or null. */
export async function getEvent(db: Db, id: number): Promise<EventRow | null> {
  const rows = await listEvents(db, { copies: true, ids: [id] });
  return rows[0] ?? null;
}

/** A document hit of a full-text search. */
export interface SearchHit { id: string; lang: string; published: string | null; title: string | null; source: string; copy_of: string | null; snippet: string }

/** Full-text hits from which a query reads rows in listing order and stops, rather than reading every hit and sorting. */
const DENSE_HITS = 1000;

/** Documents whose words match every query word by stem or Latin key (Tokayev → Тоқаев, Токаев). */
export async function searchDocuments(db: Db, text: string, limit = 50): Promise<SearchHit[]> {
  const m = ftsQuery(text);
  if (!m) return [];
  const hits = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ${m}`.execute(db)).rows[0]?.n ?? 0);
  if (hits === 0) return [];
  // Many hits: read documents in publication order (index documents_published) until `limit` of them match; few: read the hits and sort them.
  const matched = hits >= DENSE_HITS
    ? sql<boolean>`+documents.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${m})`
    : sql<boolean>`documents.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ${m})`;
  const rows = await db.selectFrom('documents')
    .select(['id', 'lang', 'published', 'title', 'source', 'copy_of', 'text'])
    .where(matched)
    .orderBy('published').orderBy('seq').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, lang: r.lang, published: r.published, title: r.title, source: r.source, copy_of: r.copy_of, snippet: snippet(r.text, text) }));
}

function snippet(text: string, q: string): string {
  const first = q.split(/\s+/)[0] ?? '';
  const i = first ? text.toLowerCase().indexOf(first.toLowerCase().slice(0, 4)) : -1;
  const from = Math.max(0, i - 40);
  return text.slice(from, from + 160).replace(/\s+/g, ' ').trim();
}

/** Counts of everything in the store. */
export interface Stats {
  documents: number; copies: number; events: number; clusters: number; actors: number; mentions: number; runs: number;
  byLang: Record<string, number>; byType: Record<string, number>; firstDate: string | null; lastDate: string | null;
}

/** Counts of documents, copies, events, clusters, actors; documents by language and clusters by type. */
export async function stats(db: Db): Promise<Stats> {
  const count = async (t: 'documents' | 'events' | 'event_clusters' | 'actors' | 'mentions' | 'ingest_runs'): Promise<number> =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const copies = Number((await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).where('copy_of', 'is not', null).executeTakeFirstOrThrow()).n);
  const byLang: Record<string, number> = {};
  for (const r of await db.selectFrom('documents').select(['lang', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('lang').orderBy('lang').execute()) byLang[r.lang] = Number(r.n);
  const byType: Record<string, number> = {};
  for (const r of await db.selectFrom('event_clusters').select(['type', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('type').orderBy('type').execute()) byType[r.type] = Number(r.n);
  const range = await db.selectFrom('event_clusters').select((eb) => [eb.fn.min('date').as('lo'), eb.fn.max('date').as('hi')]).executeTakeFirst();
  return {
    documents: await count('documents'), copies, events: await count('events'), clusters: await count('event_clusters'),
    actors: await count('actors'), mentions: await count('mentions'), runs: await count('ingest_runs'), byLang, byType,
    firstDate: (range?.lo as string | null | undefined) ?? null, lastDate: (range?.hi as string | null | undefined) ?? null,
  };
}

/** An actor with how often it is mentioned and its surface variants. */
export interface ActorHit { id: string; name: string; kind: string; country: string | null; mentions: number; variants: { variant: string; lang: string; count: number }[] }

/** Actors matching a name in any script or spelling. */
export async function findActors(db: Db, q: string): Promise<ActorHit[]> {
  const ids = await resolveActors(db, q);
  const out: ActorHit[] = [];
  for (const id of ids) {
    const a = await db.selectFrom('actors').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const n = await db.selectFrom('mentions').select((eb) => eb.fn.countAll<number>().as('n')).where('actor_id', '=', id).executeTakeFirstOrThrow();
    const variants = await db.selectFrom('actor_variants').select(['variant', 'lang', 'count']).where('actor_id', '=', id).orderBy('count', 'desc').orderBy('variant').execute();
    out.push({ id, name: a.name, kind: a.kind, country: a.country, mentions: Number(n.n), variants });
  }
  return out.sort((x, y) => y.mentions - x.mentions || x.id.localeCompare(y.id));
}
