/** The curation log: edits as the API shows them (with their event's current id and whether undone), edits in force, what each edit concerns, verdicts. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { clusterOfKey, type AppliedChanges, type Db, type EventState, type Snapshot } from './curation-apply.ts';

/** An actor row as actor edits record it (to put it back on undo, or to create it on a rebuilt database). */
export interface ActorRow { id: string; name: string; kind: string; type: string | null; country: string | null }

/** The head of a real-world event as a merge records the event it folded in (to recreate it on undo). */
export interface ClusterHead {
  type: string; mode: string | null; status: string; cameo: string; source_country: string | null; target_country: string | null; dyad: string;
  date: string | null; date_lo: string | null; date_hi: string | null; location_name: string | null; location_country: string | null; curated: number;
}

/** An event merge: the folded event's opening report, its id at the time, and the keys of every report it held. */
export interface MergeRecord { from: string; fromId: number; reports: string[] }
/** What undoing an event merge needs: the folded event's head, the kept event's place and flag, each moved report's merge reason. */
export interface MergeRestore { folded: ClusterHead; kept: { location_name: string | null; location_country: string | null; curated: number }; reasons: Record<string, string | null> }
/** An event split: the reports moved out, the key of the report that opened the new event, and its id at the time. */
export interface SplitRecord { reports: string[]; newKey: string; newId: number }
/** What undoing an event split needs: the kept event's curated flag and each moved report's merge reason. */
export interface SplitRestore { curated: number; reasons: Record<string, string | null> }
/** An actor merge: the actor folded into the edit's actor. */
export interface ActorMergeRecord { from: ActorRow }
/** An actor split: the name variant (in one language or all) detached into a new actor. */
export interface ActorSplitRecord { variant: string; lang: string | null; actor: ActorRow }

/** The JSON of an edit's before and after columns (event edits have a state; merges and splits record what they moved). */
export interface Stored {
  before: { state: EventState | null; restore?: Snapshot; merged?: MergeRestore; split?: SplitRestore; kept?: ActorRow };
  after: {
    state: EventState | null; changes?: AppliedChanges | null; note?: string | null;
    merge?: MergeRecord; split?: SplitRecord; mergeActor?: ActorMergeRecord; splitActor?: ActorSplitRecord;
  };
}

/** What a merge or split concerns, as the API shows it (current ids). */
export interface EditDetail {
  /** The event kept (merge) or split (split). */
  event: number | null;
  /** The event folded in (its id at the time; gone since) or the event split off (its id now). */
  otherEvent: number | null;
  /** Keys (`doc_id#seq`) of the reports moved. */
  reports: string[];
  /** The actor kept (merge) or split (split). */
  actor: string | null;
  /** The actor folded in, or the new actor a variant was detached into. */
  otherActor: string | null;
  variant: string | null;
  lang: string | null;
}

/** One logged edit as the API shows it. */
export interface Edit {
  id: number; who: string; when: string; action: string;
  /** `event:doc_id#seq` (the stable key of the event), `actor:ID`, or `edit:ID` for an undo. */
  target: string;
  /** The event's current id (null when its reports are gone, or for actor edits). */
  eventId: number | null;
  before: EventState | null; after: EventState | null; changes: AppliedChanges | null; note: string | null;
  detail: EditDetail | null;
  undone: boolean; undoneBy: number | null;
}

/** One `curation_edits` row. */
export type Row = { id: number; who: string; at: string; action: string; target: string; before: string; after: string };

/** The stable event key an edit targets (`event:KEY`), null for an undo or an actor edit. */
export const keyOf = (target: string): string | null => (target.startsWith('event:') ? target.slice(6) : null);
/** The actor an actor edit targets (`actor:ID`), else null. */
export const actorKeyOf = (target: string): string | null => (target.startsWith('actor:') ? target.slice(6) : null);

/** An edit's stored JSON. */
export function parsed(r: Row): Stored {
  return { before: JSON.parse(r.before) as Stored['before'], after: JSON.parse(r.after) as Stored['after'] };
}

/** Edit id → id of the undo that undid it. */
export async function undoneMap(db: Db): Promise<Map<number, number>> {
  const rows = await db.selectFrom('curation_edits').select(['id', 'target']).where('action', '=', 'undo').execute();
  return new Map(rows.map((r) => [Number(r.target.slice(5)), r.id]));
}

/** The real-world events (current ids) an edit concerns: its event, and for merges and splits the events holding the reports it moved. */
export async function eventsOf(db: Db, r: Row): Promise<Set<number>> {
  const key = keyOf(r.target);
  if (key === null) return new Set();
  const a = parsed(r).after;
  const keys = [key, ...(a.merge?.reports ?? []), ...(a.split?.reports ?? [])];
  const out = new Set<number>();
  for (const k of keys) {
    const c = await clusterOfKey(db, k);
    if (c !== null) out.add(c);
  }
  return out;
}

/** The actors an edit concerns: both sides of an actor merge or split, and the actors an event edit swapped. */
export function actorsOf(r: Row): Set<string> {
  const { before: b, after: a } = parsed(r);
  const out = new Set<string>();
  const add = (id: string | null | undefined): void => { if (id) out.add(id); };
  add(actorKeyOf(r.target));
  add(a.mergeActor?.from.id);
  add(a.splitActor?.actor.id);
  if (a.changes?.source) { add(a.changes.source.id); add(b.state?.source.id); }
  if (a.changes?.target) { add(a.changes.target.id); add(b.state?.target.id); }
  return out;
}

async function detailOf(db: Db, r: Row, s: Stored): Promise<EditDetail | null> {
  const none: EditDetail = { event: null, otherEvent: null, reports: [], actor: null, otherActor: null, variant: null, lang: null };
  const key = keyOf(r.target);
  const a = s.after;
  if (a.merge) return { ...none, event: key ? await clusterOfKey(db, key) : null, otherEvent: a.merge.fromId, reports: a.merge.reports };
  if (a.split) return { ...none, event: key ? await clusterOfKey(db, key) : null, otherEvent: await clusterOfKey(db, a.split.newKey), reports: a.split.reports };
  if (a.mergeActor) return { ...none, actor: actorKeyOf(r.target), otherActor: a.mergeActor.from.id };
  if (a.splitActor) return { ...none, actor: actorKeyOf(r.target), otherActor: a.splitActor.actor.id, variant: a.splitActor.variant, lang: a.splitActor.lang };
  return null;
}

/** A stored row as the API shows it. */
export async function toEdit(db: Db, r: Row, undone: Map<number, number>): Promise<Edit> {
  const s = parsed(r);
  const key = keyOf(r.target);
  const undoneBy = undone.get(r.id) ?? null;
  return {
    id: r.id, who: r.who, when: r.at, action: r.action, target: r.target, eventId: key ? await clusterOfKey(db, key) : null,
    before: s.before.state ?? null, after: s.after.state ?? null, changes: s.after.changes ?? null, note: s.after.note ?? null,
    detail: await detailOf(db, r, s), undone: undoneBy !== null, undoneBy,
  };
}

/** Edits still in force (not undone, not undos), oldest first. */
export async function activeEdits(db: Db): Promise<Row[]> {
  return db.selectFrom('curation_edits').selectAll().where('action', '!=', 'undo')
    .where(sql<string>`'edit:' || id`, 'not in', db.selectFrom('curation_edits').select('target').where('action', '=', 'undo'))
    .orderBy('id').execute();
}

/** Ids of the edits (not undos) about event `eventId` (a merge that folded it away counts when no event has that id now) or about actor `actor`. */
async function editsAbout(db: Kysely<Database>, q: { eventId?: number; actor?: string }): Promise<number[]> {
  const mine: number[] = [-1];
  const exists = q.eventId !== undefined && (await db.selectFrom('event_clusters').select('id').where('id', '=', q.eventId).executeTakeFirst()) !== undefined;
  for (const e of await db.selectFrom('curation_edits').selectAll().where('action', '!=', 'undo').execute()) {
    let hit = true;
    if (q.eventId !== undefined) hit = (await eventsOf(db, e)).has(q.eventId) || (!exists && parsed(e).after.merge?.fromId === q.eventId);
    if (hit && q.actor !== undefined) hit = actorsOf(e).has(q.actor);
    if (hit) mine.push(e.id);
  }
  return mine;
}

/** Logged edits, newest first; with `eventId` only those about that event, with `actor` only those about that actor (and their undos). */
export async function listEdits(db: Kysely<Database>, q: { limit?: number; offset?: number; eventId?: number; actor?: string } = {}): Promise<{ total: number; items: Edit[] }> {
  let base = db.selectFrom('curation_edits');
  if (q.eventId !== undefined || q.actor !== undefined) {
    const mine = await editsAbout(db, q);
    base = base.where((eb) => eb.or([eb('id', 'in', mine), eb('target', 'in', mine.map((i) => `edit:${i}`))]));
  }
  const total = Number((await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await base.selectAll().orderBy('id', 'desc').limit(q.limit ?? 100).offset(q.offset ?? 0).execute();
  const undone = await undoneMap(db);
  const items: Edit[] = [];
  for (const r of rows) items.push(await toEdit(db, r, undone));
  return { total, items };
}

/** The curation verdict of events: the latest edit in force (`confirmed`, `rejected` or `edited`; merges and splits edit) and how many are in force. */
export async function curationOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number }>> {
  const out = new Map<number, { verdict: 'confirmed' | 'rejected' | 'edited'; edits: number }>();
  const want = new Set(ids);
  for (const e of await activeEdits(db)) {
    for (const cluster of await eventsOf(db, e)) {
      if (!want.has(cluster)) continue;
      const verdict = e.action === 'reject' ? 'rejected' : e.action === 'confirm' ? 'confirmed' : 'edited';
      out.set(cluster, { verdict, edits: (out.get(cluster)?.edits ?? 0) + 1 });
    }
  }
  return out;
}
