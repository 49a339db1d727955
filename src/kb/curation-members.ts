/** What curating an event's reports works with: its rows, its reports by stable key, moving reports in and out, logging the edit. */
import type { Selectable } from 'kysely';
import type { EventClustersTable } from './schema.ts';
import { recount, refreshHead, reportKey, type Db } from './curation-apply.ts';
import { CurationError } from './curation-check.ts';
import type { ClusterHead, Row, Stored } from './curation-log.ts';

/** An event_clusters row. */
export type ClusterRow = Selectable<EventClustersTable>;
/** A report of an event: its row id, stable key parts and merge reason. */
export interface Member { id: number; doc_id: string; seq: number; merge_reason: string | null }

/** The stable key of a report (`doc_id#seq`). */
export const keyOfMember = (m: Member): string => reportKey(m.doc_id, m.seq);

/** An event's row, if any. */
export async function clusterRow(db: Db, id: number): Promise<ClusterRow | undefined> {
  return db.selectFrom('event_clusters').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The reports of an event, oldest first. */
export async function members(db: Db, id: number): Promise<Member[]> {
  return db.selectFrom('events').select(['id', 'doc_id', 'seq', 'merge_reason']).where('cluster_id', '=', id).orderBy('id').execute();
}

/** The report with a stable key (and the event holding it), if any. */
export async function reportOf(db: Db, key: string): Promise<Member & { cluster_id: number | null } | undefined> {
  const i = key.lastIndexOf('#');
  if (i < 0) return undefined;
  return db.selectFrom('events').select(['id', 'doc_id', 'seq', 'merge_reason', 'cluster_id'])
    .where('doc_id', '=', key.slice(0, i)).where('seq', '=', Number(key.slice(i + 1))).executeTakeFirst();
}

/** What a merge records of the event it folds in. */
export function headOf(c: ClusterRow): ClusterHead {
  return {
    type: c.type, mode: c.mode, status: c.status, cameo: c.cameo, source_country: c.source_country, target_country: c.target_country, dyad: c.dyad,
    date: c.date, date_lo: c.date_lo, date_hi: c.date_hi, location_name: c.location_name, location_country: c.location_country, curated: c.curated,
  };
}

/** The reasons a report joined its event before, kept beside the curator's note. */
export function reasonsOf(mergeReason: string | null): string[] {
  if (!mergeReason) return [];
  try { return (JSON.parse(mergeReason) as { reasons?: string[] }).reasons ?? []; } catch { return []; }
}

/** The curation edit a merge reason names (a report a merge folded in), if any. */
export function editOf(mergeReason: string | null): number | null {
  if (!mergeReason) return null;
  try { return (JSON.parse(mergeReason) as { edit?: number }).edit ?? null; } catch { return null; }
}

/** The edit a curated merge or split is logged as, for the notes it leaves on the reports it moved. */
export interface By { id: number; who: string }

/** Moves reports into event `into`, noting why. */
export async function moveInto(db: Db, into: number, ms: readonly Member[], note: string): Promise<void> {
  for (const m of ms) {
    await db.updateTable('events').set({ cluster_id: into, merge_reason: JSON.stringify({ cluster: into, reasons: [], curated: note }) }).where('id', '=', m.id).execute();
  }
  await recount(db, into);
}

/** After reports left event `id`: recount it, delete it when empty, and let its oldest report open it when its opening report left. */
export async function afterLeaving(db: Db, id: number): Promise<void> {
  const c = await clusterRow(db, id);
  if (!c) return;
  const rest = await members(db, id);
  if (rest.length === 0) { await db.deleteFrom('event_clusters').where('id', '=', id).execute(); return; }
  if (!rest.some((m) => m.id === c.first_event_id)) {
    await db.updateTable('event_clusters').set({ first_event_id: rest[0]!.id }).where('id', '=', id).execute();
    await db.updateTable('events').set({ merge_reason: null }).where('id', '=', rest[0]!.id).execute();
    await refreshHead(db, id);
  }
  await db.updateTable('event_clusters').set({ curated: 1 }).where('id', '=', id).execute();
  await recount(db, id);
}

/** Inserts an edit row (its `after` completed once the change is made) and returns it. */
export async function logEdit(db: Db, r: { who: string; at: string; action: string; target: string; before: Stored['before'] }): Promise<Row> {
  return db.insertInto('curation_edits').values({ who: r.who, at: r.at, action: r.action, target: r.target, before: JSON.stringify(r.before), after: '{}' })
    .returningAll().executeTakeFirstOrThrow();
}

/** Completes an edit row's `after`. */
export async function setAfter(db: Db, id: number, after: Stored['after']): Promise<void> {
  await db.updateTable('curation_edits').set({ after: JSON.stringify(after) }).where('id', '=', id).execute();
}

/** An event to merge or split: it exists and is not rejected (a 404 or 409 otherwise). */
export async function liveCluster(db: Db, id: number, role: string): Promise<ClusterRow> {
  const c = await clusterRow(db, id);
  if (!c) throw new CurationError('not_found', `no event ${id}${role}`);
  if (c.status === 'rejected') throw new CurationError('conflict', `event ${id} is rejected: undo the rejection before changing it`);
  return c;
}

