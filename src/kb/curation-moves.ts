/**
 * The ledger of rows an actor merge or split moved from one actor to another (mentions, name variants, event
 * sides), kept per edit in `curation_moves` (migration 002). Re-applying an edit after an ingest moves the new
 * rows too and adds them to the ledger; undo puts back exactly the rows the ledger holds, and only where they
 * still name the actor the edit gave them (a later change is left alone).
 */
import { sql, type Generated, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { refreshHead, type Db } from './curation-apply.ts';
import type { ActorRow } from './curation-log.ts';

/** One moved row: mention id, `[variant, lang]` or `eventId:side`, and what it named before (n: variant count moved). */
export interface CurationMovesTable { id: Generated<number>; edit_id: number; kind: string; ref: string; was: string; n: number }

type MovesDb = Kysely<Database & { curation_moves: CurationMovesTable }>;
const ledger = (db: Db): MovesDb => (db as Kysely<Database>).withTables<{ curation_moves: CurationMovesTable }>() as unknown as MovesDb;

/** An event's actor as its row stores it. */
interface SideCols { id: string | null; name: string | null; kind: string | null; country: string | null }

const SIDES = ['source', 'target'] as const;

/** Moves mentions (by id) to actor `to`, recording where they were. */
export async function moveMentions(db: Db, editId: number, ids: readonly number[], from: string, to: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 400) {
    const chunk = ids.slice(i, i + 400);
    await ledger(db).insertInto('curation_moves').values(chunk.map((id) => ({ edit_id: editId, kind: 'mention', ref: String(id), was: from, n: 0 })))
      .onConflict((oc) => oc.columns(['edit_id', 'kind', 'ref']).doNothing()).execute();
    await db.updateTable('mentions').set({ actor_id: to }).where('id', 'in', chunk).where('actor_id', '=', from).execute();
  }
}

/** Moves name variants of `from` (all, or those of one text and language) to actor `to`, adding counts where `to` already has the variant. */
export async function moveVariants(db: Db, editId: number, from: string, to: string, only?: { variant: string; lang: string | null }): Promise<void> {
  let q = db.selectFrom('actor_variants').selectAll().where('actor_id', '=', from);
  if (only) q = q.where('variant', '=', only.variant);
  if (only?.lang) q = q.where('lang', '=', only.lang);
  for (const v of await q.execute()) {
    await ledger(db).insertInto('curation_moves').values({ edit_id: editId, kind: 'variant', ref: JSON.stringify([v.variant, v.lang]), was: JSON.stringify({ actor: from, key: v.key }), n: v.count })
      .onConflict((oc) => oc.columns(['edit_id', 'kind', 'ref']).doUpdateSet((eb) => ({ n: eb('curation_moves.n', '+', eb.ref('excluded.n')) }))).execute();
    await addVariant(db, to, v.variant, v.lang, v.key, v.count);
    await db.deleteFrom('actor_variants').where('actor_id', '=', from).where('variant', '=', v.variant).where('lang', '=', v.lang).execute();
  }
}

async function addVariant(db: Db, actor: string, variant: string, lang: string, key: string, count: number): Promise<void> {
  await db.insertInto('actor_variants').values({ actor_id: actor, variant, lang, key, count })
    .onConflict((oc) => oc.columns(['actor_id', 'variant', 'lang']).doUpdateSet((eb) => ({ count: eb('actor_variants.count', '+', eb.ref('excluded.count')) })))
    .execute();
}

/** Points event sides naming `from` (all, or only in documents `docs`) at actor `to`; returns the events whose opening role changed clusters' heads. */
export async function moveSides(db: Db, editId: number, from: string, to: ActorRow, docs?: readonly string[]): Promise<number[]> {
  const touched: number[] = [];
  for (const side of SIDES) {
    let q = db.selectFrom('events').select(['id', `${side}_id as sid`, `${side}_name as sname`, `${side}_kind as skind`, `${side}_country as scountry`]).where(`${side}_id`, '=', from);
    if (docs) q = q.where('doc_id', 'in', docs.length ? docs : ['\u0000']);
    const rows = await q.orderBy('id').execute();
    for (const r of rows) {
      const was: SideCols = { id: r.sid, name: r.sname, kind: r.skind, country: r.scountry };
      await ledger(db).insertInto('curation_moves').values({ edit_id: editId, kind: 'event', ref: `${r.id}:${side}`, was: JSON.stringify(was), n: 0 })
        .onConflict((oc) => oc.columns(['edit_id', 'kind', 'ref']).doNothing()).execute();
      touched.push(r.id);
    }
    if (rows.length) {
      await db.updateTable('events').set({ [`${side}_id`]: to.id, [`${side}_name`]: to.name, [`${side}_kind`]: to.kind, [`${side}_country`]: to.country })
        .where('id', 'in', rows.map((r) => r.id)).execute();
    }
  }
  return touched;
}

/** Re-derives the direction and dyad of the events whose opening report is among `eventIds`. */
export async function refreshClustersOf(db: Db, eventIds: readonly number[]): Promise<void> {
  const ids = [...new Set(eventIds)];
  for (let i = 0; i < ids.length; i += 400) {
    const clusters = await db.selectFrom('event_clusters').select('id').where('first_event_id', 'in', ids.slice(i, i + 400)).execute();
    for (const c of clusters) await refreshHead(db, c.id);
  }
}

/** Puts back every row edit `editId` moved that still names `now` (the actor the edit gave it), newest first, and forgets the edit's moves. */
export async function revertMoves(db: Db, editId: number, now: string): Promise<void> {
  const rows = await ledger(db).selectFrom('curation_moves').selectAll().where('edit_id', '=', editId).orderBy('id', 'desc').execute();
  const events: number[] = [];
  for (const m of rows) {
    if (m.kind === 'mention') {
      await db.updateTable('mentions').set({ actor_id: m.was }).where('id', '=', Number(m.ref)).where('actor_id', '=', now).execute();
    } else if (m.kind === 'variant') {
      const [variant, lang] = JSON.parse(m.ref) as [string, string];
      const was = JSON.parse(m.was) as { actor: string; key: string };
      const cur = await db.selectFrom('actor_variants').select('count').where('actor_id', '=', now).where('variant', '=', variant).where('lang', '=', lang).executeTakeFirst();
      const back = Math.min(m.n, cur?.count ?? 0);
      if (back <= 0) continue;
      if (cur!.count - back <= 0) await db.deleteFrom('actor_variants').where('actor_id', '=', now).where('variant', '=', variant).where('lang', '=', lang).execute();
      else await db.updateTable('actor_variants').set({ count: cur!.count - back }).where('actor_id', '=', now).where('variant', '=', variant).where('lang', '=', lang).execute();
      await addVariant(db, was.actor, variant, lang, was.key, back);
    } else if (m.kind === 'event') {
      const [id, side] = m.ref.split(':') as [string, 'source' | 'target'];
      const was = JSON.parse(m.was) as SideCols;
      await db.updateTable('events').set({ [`${side}_id`]: was.id, [`${side}_name`]: was.name, [`${side}_kind`]: was.kind, [`${side}_country`]: was.country })
        .where('id', '=', Number(id)).where(`${side}_id`, '=', now).execute();
      events.push(Number(id));
    }
  }
  await ledger(db).deleteFrom('curation_moves').where('edit_id', '=', editId).execute();
  await refreshClustersOf(db, events);
}

/** Whether any mention, name variant or event still names actor `id`. */
export async function inUse(db: Db, id: string): Promise<boolean> {
  const hit = await sql<{ x: number }>`SELECT 1 AS x WHERE EXISTS (SELECT 1 FROM mentions WHERE actor_id = ${id})
    OR EXISTS (SELECT 1 FROM actor_variants WHERE actor_id = ${id}) OR EXISTS (SELECT 1 FROM events WHERE source_id = ${id} OR target_id = ${id})`.execute(db);
  return hit.rows.length > 0;
}
