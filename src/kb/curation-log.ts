/** The curation log: edits as the API shows them (with their event's current id and whether undone), edits in force, verdicts. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { clusterOfKey, type AppliedChanges, type Db, type EventState, type Snapshot } from './curation-apply.ts';

/** One logged edit as the API shows it. */
export interface Edit {
  id: number; who: string; when: string; action: string;
  /** `event:doc_id#seq` (the stable key of the event) or `edit:ID` for an undo. */
  target: string;
  /** The event's current id (null when its reports are gone). */
  eventId: number | null;
  before: EventState | null; after: EventState | null; changes: AppliedChanges | null; note: string | null;
  undone: boolean; undoneBy: number | null;
}

/** The JSON of an edit's before and after columns. */
export interface Stored { before: { state: EventState; restore?: Snapshot }; after: { state: EventState; changes?: AppliedChanges | null; note?: string | null } }
/** One `curation_edits` row. */
export type Row = { id: number; who: string; at: string; action: string; target: string; before: string; after: string };

/** The stable event key an edit targets (`event:KEY`), null for an undo. */
export const keyOf = (target: string): string | null => (target.startsWith('event:') ? target.slice(6) : null);

/** Edit id → id of the undo that undid it. */
export async function undoneMap(db: Db): Promise<Map<number, number>> {
  const rows = await db.selectFrom('curation_edits').select(['id', 'target']).where('action', '=', 'undo').execute();
  return new Map(rows.map((r) => [Number(r.target.slice(5)), r.id]));
}

/** A stored row as the API shows it. */
export async function toEdit(db: Db, r: Row, undone: Map<number, number>): Promise<Edit> {
  const b = JSON.parse(r.before) as Stored['before'];
  const a = JSON.parse(r.after) as Stored['after'];
  const key = keyOf(r.target);
  const undoneBy = undone.get(r.id) ?? null;
  return {
    id: r.id, who: r.who, when: r.at, action: r.action, target: r.target, eventId: key ? await clusterOfKey(db, key) : null,
    before: b.state ?? null, after: a.state ?? null, changes: a.changes ?? null, note: a.note ?? null, undone: undoneBy !== null, undoneBy,
  };
}

/** Edits still in force (not undone, not undos), oldest first. */
export async function activeEdits(db: Db): Promise<Row[]> {
  return db.selectFrom('curation_edits').selectAll().where('action', '!=', 'undo')
    .where(sql<string>`'edit:' || id`, 'not in', db.selectFrom('curation_edits').select('target').where('action', '=', 'undo'))
    .orderBy('id').execute();
}

/** Logged edits, newest first; with `eventId`, only those of that event. */
export async function listEdits(db: Kysely<Database>, q: { limit?: number; offset?: number; eventId?: number } = {}): Promise<{ total: number; items: Edit[] }> {
  let base = db.selectFrom('curation_edits');
  if (q.eventId !== undefined) {
    const mine: number[] = [-1];
    for (const e of await db.selectFrom('curation_edits').select(['id', 'target']).where('action', '!=', 'undo').execute()) {
      if ((await clusterOfKey(db, keyOf(e.target) ?? '')) === q.eventId) mine.push(e.id);
    }
    base = base.where((eb) => eb.or([eb('id', 'in', mine), eb('target', 'in', mine.map((i) => `edit:${i}`))]));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll().orderBy('id', 'desc').limit(q.limit ?? 100).offset(q.offset ?? 0).execute();
  const undone = await undoneMap(db);
  const items: Edit[] = [];
  for (const r of rows) items.push(await toEdit(db, r, undone));
  return { total, items };
}

/** The curation verdict of events: the latest edit in force (`confirmed`, `rejected` or `edited`) and how many are in force. */
export async function curationOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number }>> {
  const out = new Map<number, { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number }>();
  const want = new Set(ids);
  for (const e of await activeEdits(db)) {
    const cluster = await clusterOfKey(db, keyOf(e.target) ?? '');
    if (cluster === null || !want.has(cluster)) continue;
    const verdict = e.action === 'reject' ? 'rejected' : e.action === 'confirm' ? 'confirmed' : 'edited';
    out.set(cluster, { verdict, edits: (out.get(cluster)?.edits ?? 0) + 1 });
  }
  return out;
}
