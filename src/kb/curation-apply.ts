/** Curation on the stored rows: stable event keys, snapshots for undo, and writing a curator's change to a real-world event. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { dateRange, dyadKey } from './cluster.ts';

/** A database handle or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** An actor as an edit records it. */
export interface ActorState { id: string | null; name: string | null; kind: string | null; country: string | null }

/** The coding of a real-world event a curator sees and changes (status `rejected` once rejected). */
export interface EventState { type: string; mode: string | null; status: string; cameo: string; date: string | null; source: ActorState; target: ActorState }

/** A change as applied, actor ids resolved to whole actors so it can be replayed on a rebuilt database. */
export interface AppliedChanges { type?: string; mode?: string | null; status?: string; cameo?: string; date?: string | null; source?: ActorState; target?: ActorState }

interface ClusterSnap {
  type: string; mode: string | null; status: string; cameo: string; date: string | null; date_lo: string | null; date_hi: string | null;
  source_country: string | null; target_country: string | null; dyad: string; curated: number;
}
interface MemberSnap { doc_id: string; seq: number; source: ActorState; target: ActorState }

/** Everything an edit may change (the cluster row and each report's actors), to restore on undo; the opening report first. */
export interface Snapshot { cluster: ClusterSnap; members: MemberSnap[] }

/** The stable key of a report: `doc_id#seq` (document id and the event's place in it), unchanged by re-ingest. */
export function reportKey(docId: string, seq: number): string {
  return `${docId}#${seq}`;
}

/** The stable key of a real-world event: the key of the report that opened it; null for an unknown id. */
export async function keyOfCluster(db: Db, id: number): Promise<string | null> {
  const r = await db.selectFrom('event_clusters').innerJoin('events', 'events.id', 'event_clusters.first_event_id')
    .select(['events.doc_id', 'events.seq']).where('event_clusters.id', '=', id).executeTakeFirst();
  return r ? reportKey(r.doc_id, r.seq) : null;
}

/** The real-world event now holding the report with `key` (wherever re-ingest put it), or null when that report is gone. */
export async function clusterOfKey(db: Db, key: string): Promise<number | null> {
  const i = key.lastIndexOf('#');
  if (i < 0) return null;
  const r = await db.selectFrom('events').select('cluster_id')
    .where('doc_id', '=', key.slice(0, i)).where('seq', '=', Number(key.slice(i + 1))).executeTakeFirst();
  return r?.cluster_id ?? null;
}

const actorOf = (id: string | null, name: string | null, kind: string | null, country: string | null): ActorState => ({ id, name, kind, country });

/** The current state of a real-world event's rows, or null when there is no such event. */
export async function snapshot(db: Db, id: number): Promise<Snapshot | null> {
  const c = await db.selectFrom('event_clusters').selectAll().where('id', '=', id).executeTakeFirst();
  if (!c) return null;
  const rows = await db.selectFrom('events').selectAll().where('cluster_id', '=', id)
    .orderBy(sql`id = ${c.first_event_id}`, 'desc').orderBy('id').execute();
  return {
    cluster: {
      type: c.type, mode: c.mode, status: c.status, cameo: c.cameo, date: c.date, date_lo: c.date_lo, date_hi: c.date_hi,
      source_country: c.source_country, target_country: c.target_country, dyad: c.dyad, curated: c.curated,
    },
    members: rows.map((r) => ({
      doc_id: r.doc_id, seq: r.seq,
      source: actorOf(r.source_id, r.source_name, r.source_kind, r.source_country),
      target: actorOf(r.target_id, r.target_name, r.target_kind, r.target_country),
    })),
  };
}

/** What a curator sees of a snapshot: the cluster's coding and the opening report's actors. */
export function stateOf(s: Snapshot): EventState {
  const lead = s.members[0];
  const none = (country: string | null): ActorState => ({ id: null, name: null, kind: null, country });
  return {
    type: s.cluster.type, mode: s.cluster.mode, status: s.cluster.status, cameo: s.cluster.cameo, date: s.cluster.date,
    source: lead?.source ?? none(s.cluster.source_country), target: lead?.target ?? none(s.cluster.target_country),
  };
}

/** The event columns of one side's actor. */
export function actorColumns(side: 'source' | 'target', a: ActorState): Record<string, string | null> {
  return { [`${side}_id`]: a.id, [`${side}_name`]: a.name, [`${side}_kind`]: a.kind, [`${side}_country`]: a.country };
}

/** Puts a real-world event's rows back as a snapshot recorded them (undo). */
export async function restore(db: Db, id: number, s: Snapshot): Promise<void> {
  await db.updateTable('event_clusters').set({ ...s.cluster }).where('id', '=', id).execute();
  for (const m of s.members) {
    await db.updateTable('events').set({ ...actorColumns('source', m.source), ...actorColumns('target', m.target) })
      .where('doc_id', '=', m.doc_id).where('seq', '=', m.seq).execute();
  }
}

/** Writes one curator action to a real-world event's rows (idempotent: replaying it changes nothing more). */
export async function applyAction(db: Db, id: number, action: string, changes: AppliedChanges | null): Promise<void> {
  if (action === 'confirm') {
    await db.updateTable('event_clusters').set({ curated: 1 }).where('id', '=', id).execute();
    return;
  }
  if (action === 'reject') {
    await db.updateTable('event_clusters').set({ status: 'rejected', curated: 1 }).where('id', '=', id).execute();
    return;
  }
  const c = changes ?? {};
  const range = 'date' in c ? dateRange(c.date ?? null) : undefined;
  await db.updateTable('event_clusters').set({
    curated: 1,
    ...(c.type !== undefined ? { type: c.type } : {}),
    ...('mode' in c ? { mode: c.mode ?? null } : {}),
    ...(c.status !== undefined ? { status: c.status } : {}),
    ...(c.cameo !== undefined ? { cameo: c.cameo } : {}),
    ...(range !== undefined ? { date: c.date ?? null, date_lo: range?.lo ?? null, date_hi: range?.hi ?? null } : {}),
  }).where('id', '=', id).execute();
  const actors = { ...(c.source ? actorColumns('source', c.source) : {}), ...(c.target ? actorColumns('target', c.target) : {}) };
  if (Object.keys(actors).length) await db.updateTable('events').set(actors).where('cluster_id', '=', id).execute();
  await refreshHead(db, id);
}

/**
 * Puts a real-world event's representative direction and dyad key back in step with its opening report's actors
 * (after a curator changed them), so later reports of the event still find it.
 */
export async function refreshHead(db: Db, id: number): Promise<void> {
  const s = await snapshot(db, id);
  const lead = s?.members[0];
  if (!s || !lead) return;
  const dyad = dyadKey({
    type: s.cluster.type, mode: s.cluster.mode, cameo: s.cluster.cameo,
    source_id: lead.source.id, source_country: lead.source.country, target_id: lead.target.id, target_country: lead.target.country,
  });
  await db.updateTable('event_clusters')
    .set({ source_country: lead.source.country, target_country: lead.target.country, ...(dyad ? { dyad } : {}) })
    .where('id', '=', id).execute();
}

/** Sets a real-world event's number of reports to the reports it holds now (after reports moved in or out). */
export async function recount(db: Db, id: number): Promise<number> {
  const n = Number((await db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('cluster_id', '=', id).executeTakeFirstOrThrow()).n);
  await db.updateTable('event_clusters').set({ n_events: n }).where('id', '=', id).execute();
  return n;
}
