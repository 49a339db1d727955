/**
 * Curation of real-world events: confirm, reject or edit (type, mode, status, CAMEO, date, actors), and undo.
 * Every edit is a row of `curation_edits` (who, when, before, after) keyed by the stable key of the report
 * that opened the event (`event:doc_id#seq`), not by the event's row id, so the curated state is re-applied
 * after every ingest ({@link applyCuration}) and would follow the report into a rebuilt database.
 * Undo restores the state before the edit and is itself logged (`undo`, target `edit:ID`); the latest edit
 * of an event is undone first. A rejected event is left out of event lists and dyad counts.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { PLOVER_MODES } from './plover.ts';
import { applyAction, clusterOfKey, keyOfCluster, restore, snapshot, stateOf, type AppliedChanges } from './curation-apply.ts';
import { activeEdits, keyOf, toEdit, undoneMap, type Edit, type Stored } from './curation-log.ts';
import { checkChanges, CurationError, type EventChanges } from './curation-check.ts';

export type { EventState, AppliedChanges, ActorState } from './curation-apply.ts';
export { listEdits, curationOf, type Edit } from './curation-log.ts';
export { CurationError, isValidDate, type EventChanges } from './curation-check.ts';

/** What a curator can do to an event. */
export const CURATION_ACTIONS = ['confirm', 'reject', 'edit'] as const;
/** One of {@link CURATION_ACTIONS}. */
export type CurationAction = (typeof CURATION_ACTIONS)[number];

const nowIso = (): string => new Date().toISOString();

/** Confirms, rejects or edits event `eventId` on behalf of `who`, and returns the logged edit. */
export async function curateEvent(db: Kysely<Database>, r: { eventId: number; action: CurationAction; changes?: EventChanges; note?: string | null; who: string; now?: () => string }): Promise<Edit> {
  return db.transaction().execute(async (trx) => {
    const before = await snapshot(trx, r.eventId);
    const key = await keyOfCluster(trx, r.eventId);
    if (!before || !key) throw new CurationError('not_found', `no event ${r.eventId}`);
    if (before.cluster.status === 'rejected') throw new CurationError('conflict', `event ${r.eventId} is rejected: undo the rejection before changing it`);
    let changes: AppliedChanges | null = null;
    if (r.action === 'edit') {
      changes = await checkChanges(trx, r.changes ?? {}, stateOf(before), PLOVER_MODES);
    } else if (r.changes && Object.keys(r.changes).length) {
      throw new CurationError('invalid_change', `changes go with action "edit", not "${r.action}"`);
    }
    await applyAction(trx, r.eventId, r.action, changes);
    const after = await snapshot(trx, r.eventId);
    const row = await trx.insertInto('curation_edits').values({
      who: r.who, at: (r.now ?? nowIso)(), action: r.action, target: `event:${key}`,
      before: JSON.stringify({ state: stateOf(before), restore: before }),
      after: JSON.stringify({ state: stateOf(after!), changes, note: r.note ?? null }),
    }).returning(['id', 'who', 'at', 'action', 'target', 'before', 'after']).executeTakeFirstOrThrow();
    return toEdit(trx, row, new Map());
  });
}

/** Undoes edit `editId` (restoring the event as it was before it), logs the undo, and returns the undo's row. */
export async function undoEdit(db: Kysely<Database>, r: { editId: number; who: string; now?: () => string }): Promise<Edit> {
  return db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('curation_edits').selectAll().where('id', '=', r.editId).executeTakeFirst();
    if (!e) throw new CurationError('not_found', `no edit ${r.editId}`);
    if (e.action === 'undo') throw new CurationError('conflict', `edit ${r.editId} is an undo; undos cannot be undone`);
    const undone = await undoneMap(trx);
    if (undone.has(e.id)) throw new CurationError('conflict', `edit ${r.editId} was already undone (by edit ${undone.get(e.id)})`);
    const cluster = await clusterOfKey(trx, keyOf(e.target) ?? '');
    if (cluster === null) throw new CurationError('conflict', `the event of edit ${r.editId} is no longer in the database`);
    for (const a of await activeEdits(trx)) {
      if (a.id > e.id && (await clusterOfKey(trx, keyOf(a.target) ?? '')) === cluster) {
        throw new CurationError('conflict', `edit ${a.id} changed this event later: undo it first`);
      }
    }
    const stored = JSON.parse(e.before) as Stored['before'];
    const current = await snapshot(trx, cluster);
    if (stored.restore) await restore(trx, cluster, stored.restore);
    const restored = await snapshot(trx, cluster);
    const row = await trx.insertInto('curation_edits').values({
      who: r.who, at: (r.now ?? nowIso)(), action: 'undo', target: `edit:${e.id}`,
      before: JSON.stringify({ state: current ? stateOf(current) : null }),
      after: JSON.stringify({ state: restored ? stateOf(restored) : null, changes: null, note: null }),
    }).returning(['id', 'who', 'at', 'action', 'target', 'before', 'after']).executeTakeFirstOrThrow();
    return { ...(await toEdit(trx, row, new Map())), eventId: cluster };
  });
}

/** Re-applies every edit in force to the rows of the events they name (after an ingest); returns how many were applied. */
export async function applyCuration(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let n = 0;
    for (const e of await activeEdits(trx)) {
      const cluster = await clusterOfKey(trx, keyOf(e.target) ?? '');
      if (cluster === null) continue;
      const a = JSON.parse(e.after) as Stored['after'];
      await applyAction(trx, cluster, e.action, a.changes ?? null);
      n++;
    }
    return n;
  });
}

