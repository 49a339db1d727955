/**
 * Curating actors: merge actor B into actor A (B's mentions, name variants and event roles now name A, so
 * searching or filtering by A finds B's events; B's row goes), or detach one name variant of an actor into an
 * actor of its own (its mentions, its variant rows, and the event roles of documents that name the actor only
 * by that variant). Actor ids are stable (gazetteer ids, or ids made from the Latin key of the name), so an edit
 * names actors by id, is re-applied after every ingest (new mentions of B follow it to A) and undone from the
 * ledger of moved rows (src/kb/curation-moves.ts).
 */
import type { Db } from './curation-apply.ts';
import { CurationError } from './curation-check.ts';
import { actorKeyOf, parsed, type ActorRow, type ActorSplitRecord, type Row } from './curation-log.ts';
import { logEdit, setAfter } from './curation-members.ts';
import { inUse, moveMentions, moveSides, moveVariants, refreshClustersOf, revertMoves } from './curation-moves.ts';
import { latinKey } from '../text/translit.ts';

async function actorRow(db: Db, id: string): Promise<ActorRow | undefined> {
  return db.selectFrom('actors').select(['id', 'name', 'kind', 'type', 'country']).where('id', '=', id).executeTakeFirst();
}

async function ensureActor(db: Db, a: ActorRow): Promise<void> {
  await db.insertInto('actors').values(a).onConflict((oc) => oc.column('id').doNothing()).execute();
}

/** Points everything that names actor `from` at actor `into`, and deletes `from`'s row. */
async function foldActor(db: Db, editId: number, from: ActorRow, into: ActorRow): Promise<void> {
  await ensureActor(db, into);
  const ms = await db.selectFrom('mentions').select('id').where('actor_id', '=', from.id).execute();
  await moveMentions(db, editId, ms.map((m) => m.id), from.id, into.id);
  await moveVariants(db, editId, from.id, into.id);
  await refreshClustersOf(db, await moveSides(db, editId, from.id, into));
  await db.deleteFrom('actors').where('id', '=', from.id).execute();
}

/** Moves a name variant of actor `from` (its mentions, variant rows, and the roles of documents naming `from` only so) to `rec.actor`. */
async function detach(db: Db, editId: number, from: string, rec: ActorSplitRecord): Promise<void> {
  await ensureActor(db, rec.actor);
  let q = db.selectFrom('mentions').innerJoin('documents', 'documents.id', 'mentions.doc_id').select('mentions.id')
    .where('mentions.actor_id', '=', from).where('mentions.text', '=', rec.variant);
  if (rec.lang) q = q.where('documents.lang', '=', rec.lang);
  await moveMentions(db, editId, (await q.execute()).map((m) => m.id), from, rec.actor.id);
  await moveVariants(db, editId, from, rec.actor.id, { variant: rec.variant, lang: rec.lang });
  const docs = await db.selectFrom('mentions').select('doc_id').distinct().where('actor_id', '=', rec.actor.id).where('named', '=', 1)
    .where('doc_id', 'not in', db.selectFrom('mentions').select('doc_id').where('actor_id', '=', from).where('named', '=', 1)).execute();
  if (docs.length) await refreshClustersOf(db, await moveSides(db, editId, from, rec.actor, docs.map((d) => d.doc_id)));
}

/** Merges actor `otherId` into actor `actorId` on behalf of `who`; returns the logged edit's row. */
export async function startActorMerge(db: Db, r: { actorId: string; otherId: string; note: string | null; who: string; at: string }): Promise<Row> {
  if (r.actorId === r.otherId) throw new CurationError('invalid_change', `cannot merge actor ${r.actorId} with itself`);
  const a = await actorRow(db, r.actorId);
  if (!a) throw new CurationError('not_found', `no actor "${r.actorId}"`);
  const b = await actorRow(db, r.otherId);
  if (!b) throw new CurationError('not_found', `no actor "${r.otherId}" to merge in`);
  if (a.kind !== b.kind) throw new CurationError('invalid_change', `cannot merge ${b.id} (a ${b.kind}) into ${a.id} (a ${a.kind})`);
  const row = await logEdit(db, { who: r.who, at: r.at, action: 'merge-actor', target: `actor:${a.id}`, before: { state: null, kept: a } });
  await foldActor(db, row.id, b, a);
  const after = { state: null, changes: null, note: r.note, mergeActor: { from: b } };
  await setAfter(db, row.id, after);
  return { ...row, after: JSON.stringify(after) };
}

/** The id of the actor a variant is detached into: the actor's kind prefix, `c-`, the variant's Latin key (and language). */
export function detachedId(actor: string, variant: string, lang: string | null): string {
  const prefix = actor.includes(':') ? actor.slice(0, actor.indexOf(':')) : 'actor';
  const slug = variant.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => latinKey(w.toLowerCase())).join('-') || 'x';
  return `${prefix}:c-${slug}${lang ? `-${lang}` : ''}`;
}

/** Detaches name variant `variant` (in `lang`, or every language) of actor `actorId` into a new actor on behalf of `who`; returns the logged edit's row. */
export async function startActorSplit(db: Db, r: { actorId: string; variant: string; lang: string | null; name: string | null; note: string | null; who: string; at: string }): Promise<Row> {
  const a = await actorRow(db, r.actorId);
  if (!a) throw new CurationError('not_found', `no actor "${r.actorId}"`);
  const vs = await db.selectFrom('actor_variants').select(['variant', 'lang']).where('actor_id', '=', a.id).execute();
  const hit = (v: { variant: string; lang: string }): boolean => v.variant === r.variant && (!r.lang || v.lang === r.lang);
  if (!vs.some(hit)) throw new CurationError('invalid_change', `actor ${a.id} has no name variant "${r.variant}"${r.lang ? ` in ${r.lang}` : ''}`);
  if (vs.every(hit)) throw new CurationError('invalid_change', `"${r.variant}" is the only name of actor ${a.id}: detaching it would leave the actor nameless`);
  const id = detachedId(a.id, r.variant, r.lang);
  if (await actorRow(db, id)) throw new CurationError('conflict', `actor ${id} already exists: merge into it instead`);
  const rec: ActorSplitRecord = { variant: r.variant, lang: r.lang, actor: { id, name: r.name ?? r.variant, kind: a.kind, type: a.type, country: a.country } };
  const row = await logEdit(db, { who: r.who, at: r.at, action: 'split-actor', target: `actor:${a.id}`, before: { state: null, kept: a } });
  await detach(db, row.id, a.id, rec);
  const after = { state: null, changes: null, note: r.note, splitActor: rec };
  await setAfter(db, row.id, after);
  return { ...row, after: JSON.stringify(after) };
}

/** Re-applies an actor merge or split (after an ingest or onto a rebuilt database): rows naming the old actor move again. */
export async function replayActorEdit(db: Db, row: Row): Promise<boolean> {
  const { before, after } = parsed(row);
  const kept = before.kept ?? { id: actorKeyOf(row.target) ?? '', name: actorKeyOf(row.target) ?? '', kind: 'unknown', type: null, country: null };
  if (after.mergeActor) {
    if ((await actorRow(db, after.mergeActor.from.id)) || (await inUse(db, after.mergeActor.from.id))) await foldActor(db, row.id, after.mergeActor.from, kept);
    return true;
  }
  if (after.splitActor) {
    await detach(db, row.id, kept.id, after.splitActor);
    return true;
  }
  return false;
}

/** Undoes an actor merge or split: the moved rows name their old actor again; a merged actor's row comes back, a detached actor's row goes once unused. */
export async function undoActorEdit(db: Db, row: Row): Promise<void> {
  const { after } = parsed(row);
  const kept = actorKeyOf(row.target) ?? '';
  if (after.mergeActor) {
    await ensureActor(db, after.mergeActor.from);
    await revertMoves(db, row.id, kept);
  } else if (after.splitActor) {
    const id = after.splitActor.actor.id;
    await revertMoves(db, row.id, id);
    if (!(await inUse(db, id))) await db.deleteFrom('actors').where('id', '=', id).execute();
  }
}

/** The active merge of actor `otherId` into actor `actorId`, if any (to split them apart by undoing it). */
export function mergeOf(actorId: string, otherId: string, active: readonly Row[]): Row | undefined {
  return [...active].reverse().find((e) => e.action === 'merge-actor' && e.target === `actor:${actorId}` && parsed(e).after.mergeActor?.from.id === otherId);
}
