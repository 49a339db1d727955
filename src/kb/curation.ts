/**
 * Curation of real-world events and actors: confirm, reject or edit an event (type, mode, status, CAMEO, date,
 * actors); merge two events or split reports off one; merge two actors or detach a name variant; and undo.
 * Every edit is a row of `curation_edits` (who, when, before, after) keyed by stable keys — the report that
 * opened the event (`event:doc_id#seq`) or the actor's id (`actor:ID`) — not by row ids, so the curated state is
 * re-applied after every ingest ({@link applyCuration}) and would follow the reports into a rebuilt database.
 * Undo restores the state before the edit and is itself logged (`undo`, target `edit:ID`); a later edit of the
 * same event or actor is undone first. A rejected event is left out of event lists and dyad counts.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { PLOVER_MODES } from './plover.ts';
import { applyAction, clusterOfKey, keyOfCluster, restore, snapshot, stateOf, type AppliedChanges, type Db } from './curation-apply.ts';
import { activeEdits, actorsOf, eventsOf, keyOf, parsed, toEdit, undoneMap, type Edit, type Row } from './curation-log.ts';
import { checkChanges, CurationError, type EventChanges } from './curation-check.ts';
import { startMerge, undoMerge } from './curation-merge.ts';
import { startSplit, undoSplit } from './curation-split.ts';
import { mergeOf, startActorMerge, startActorSplit, undoActorEdit } from './curation-actors.ts';
import { replayAll } from './curation-replay.ts';
import { refreshDyads } from './dyad-store.ts';

export type { EventState, AppliedChanges, ActorState } from './curation-apply.ts';
export { listEdits, curationOf, type Edit, type EditDetail } from './curation-log.ts';
export { CurationError, isValidDate, type EventChanges } from './curation-check.ts';
export { detachedId } from './curation-actors.ts';

/** What a curator can do to an event's coding. */
export const CURATION_ACTIONS = ['confirm', 'reject', 'edit'] as const;
/** One of {@link CURATION_ACTIONS}. */
export type CurationAction = (typeof CURATION_ACTIONS)[number];
/** Every action the log holds: coding edits, merges and splits of events and actors, undos. */
export const EDIT_ACTIONS = [...CURATION_ACTIONS, 'merge', 'split', 'merge-actor', 'split-actor', 'undo'] as const;

const nowIso = (): string => new Date().toISOString();
const ACTOR_ACTIONS = new Set(['merge-actor', 'split-actor']);

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
    await refreshDyads(trx);
    return toEdit(trx, row, new Map());
  });
}

/** Runs a merge or split that logs itself, then re-applies the log so the state is the one any later ingest gives; returns the logged edit. */
async function structural(db: Kysely<Database>, run: (trx: Transaction<Database>) => Promise<Row>): Promise<Edit> {
  return db.transaction().execute(async (trx) => {
    const row = await run(trx);
    await replayAll(trx);
    await refreshDyads(trx);
    return toEdit(trx, await trx.selectFrom('curation_edits').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow(), new Map());
  });
}

/** Folds event `otherId` into event `eventId` (every report, evidence and source kept; `eventId` keeps its coding) on behalf of `who`. */
export async function mergeEvents(db: Kysely<Database>, r: { eventId: number; otherId: number; note?: string | null; who: string; now?: () => string }): Promise<Edit> {
  return structural(db, (trx) => startMerge(trx, { eventId: r.eventId, otherId: r.otherId, note: r.note ?? null, who: r.who, at: (r.now ?? nowIso)() }));
}

/** Splits reports (document ids or report keys `doc_id#seq`) off event `eventId` into a new event of their own on behalf of `who`. */
export async function splitEvent(db: Kysely<Database>, r: { eventId: number; reports: readonly string[]; note?: string | null; who: string; now?: () => string }): Promise<Edit> {
  return structural(db, (trx) => startSplit(trx, { eventId: r.eventId, reports: r.reports, note: r.note ?? null, who: r.who, at: (r.now ?? nowIso)() }));
}

/** Merges actor `otherId` into actor `actorId` (its mentions, name variants and event roles now name `actorId`) on behalf of `who`. */
export async function mergeActors(db: Kysely<Database>, r: { actorId: string; otherId: string; note?: string | null; who: string; now?: () => string }): Promise<Edit> {
  return structural(db, (trx) => startActorMerge(trx, { actorId: r.actorId, otherId: r.otherId, note: r.note ?? null, who: r.who, at: (r.now ?? nowIso)() }));
}

/**
 * Splits actor `actorId`: with `merged`, undoes the merge of that actor into it; with `variant`, detaches that
 * name variant (in `lang`, or every language) into a new actor (named `name`, else the variant).
 */
export async function splitActor(db: Kysely<Database>, r: { actorId: string; merged?: string; variant?: string; lang?: string | null; name?: string | null; note?: string | null; who: string; now?: () => string }): Promise<Edit> {
  if ((r.merged === undefined) === (r.variant === undefined)) throw new CurationError('invalid_change', 'give either "variant" (a name to detach) or "merged" (an actor merged into this one)');
  if (r.merged !== undefined) {
    const m = mergeOf(r.actorId, r.merged, await activeEdits(db));
    if (!m) throw new CurationError('not_found', `no merge of actor "${r.merged}" into "${r.actorId}" is in force`);
    return undoEdit(db, { editId: m.id, who: r.who, now: r.now });
  }
  return structural(db, (trx) => startActorSplit(trx, {
    actorId: r.actorId, variant: r.variant!, lang: r.lang ?? null, name: r.name ?? null, note: r.note ?? null, who: r.who, at: (r.now ?? nowIso)(),
  }));
}

const overlaps = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].some((x) => b.has(x));

/** Refuses to undo edit `e` while a later edit in force changed the same event or actor. */
async function checkLatest(db: Db, e: Row): Promise<void> {
  const events = await eventsOf(db, e), actors = actorsOf(e);
  for (const a of await activeEdits(db)) {
    if (a.id <= e.id) continue;
    if (overlaps(await eventsOf(db, a), events)) throw new CurationError('conflict', `edit ${a.id} changed this event later: undo it first`);
    if ((ACTOR_ACTIONS.has(a.action) || ACTOR_ACTIONS.has(e.action)) && overlaps(actorsOf(a), actors)) {
      throw new CurationError('conflict', `edit ${a.id} changed these actors later: undo it first`);
    }
  }
}

/** Undoes the edit of row `e` and returns the event it concerned (null for actor edits). */
async function undoRow(db: Db, e: Row): Promise<number | null> {
  if (e.action === 'merge') return undoMerge(db, e);
  if (e.action === 'split') return undoSplit(db, e);
  if (ACTOR_ACTIONS.has(e.action)) { await undoActorEdit(db, e); return null; }
  const cluster = await clusterOfKey(db, keyOf(e.target) ?? '');
  if (cluster === null) throw new CurationError('conflict', `the event of edit ${e.id} is no longer in the database`);
  const stored = parsed(e).before;
  if (stored.restore) await restore(db, cluster, stored.restore);
  return cluster;
}

/** Undoes edit `editId` (restoring the event or actors as they were before it), logs the undo, and returns the undo's row. */
export async function undoEdit(db: Kysely<Database>, r: { editId: number; who: string; now?: () => string }): Promise<Edit> {
  return db.transaction().execute(async (trx) => {
    const e = await trx.selectFrom('curation_edits').selectAll().where('id', '=', r.editId).executeTakeFirst();
    if (!e) throw new CurationError('not_found', `no edit ${r.editId}`);
    if (e.action === 'undo') throw new CurationError('conflict', `edit ${r.editId} is an undo; undos cannot be undone`);
    const undone = await undoneMap(trx);
    if (undone.has(e.id)) throw new CurationError('conflict', `edit ${r.editId} was already undone (by edit ${undone.get(e.id)})`);
    await checkLatest(trx, e);
    const first = await clusterOfKey(trx, keyOf(e.target) ?? '');
    const current = first === null ? null : await snapshot(trx, first);
    const cluster = await undoRow(trx, e);
    const row = await trx.insertInto('curation_edits').values({
      who: r.who, at: (r.now ?? nowIso)(), action: 'undo', target: `edit:${e.id}`,
      before: JSON.stringify({ state: current ? stateOf(current) : null }), after: '{}',
    }).returningAll().executeTakeFirstOrThrow();
    // Merges and splits interact with the edits around them: re-apply the log once this one is out of it.
    if (e.action !== 'confirm' && e.action !== 'reject' && e.action !== 'edit') await replayAll(trx);
    const restored = cluster === null ? null : await snapshot(trx, cluster);
    const after = JSON.stringify({ state: restored ? stateOf(restored) : null, changes: null, note: null });
    await trx.updateTable('curation_edits').set({ after }).where('id', '=', row.id).execute();
    await refreshDyads(trx);
    return { ...(await toEdit(trx, { ...row, after }, new Map())), eventId: cluster };
  });
}

/** Re-applies every edit in force to the rows of the events and actors they name (after an ingest); returns how many were applied. */
export async function applyCuration(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const n = await replayAll(trx);
    // The dyad summaries of the pairs whose events changed (ingest calls this when it finishes).
    await refreshDyads(trx);
    return n;
  });
}
