/**
 * Curated event merges: fold one real-world event into another (every report, evidence and source kept; the
 * kept event's coding stands; the folded event's row goes, so dyad counts count one event). Logged by stable
 * report keys (`doc_id#seq`), re-applied after every ingest (a later report of the folded event follows it),
 * and undone by giving the folded reports their own event again, with the reasons they had.
 */
import { addDays, compatible, dateRange, DATE_WINDOW_DAYS, effectiveDate } from './cluster.ts';
import { keyOfCluster, recount, snapshot, stateOf, clusterOfKey, type Db } from './curation-apply.ts';
import { CurationError } from './curation-check.ts';
import { keyOf, parsed, type ClusterHead, type MergeRecord, type Row } from './curation-log.ts';
import { clusterRow, editOf, headOf, keyOfMember, liveCluster, logEdit, members, reasonsOf, setAfter, type By } from './curation-members.ts';

/** Moves every report of event `from` into event `into` (noting `note` and, for its opening report, `why`) and deletes `from`'s row; `into` keeps its coding and takes `from`'s place if it has none. */
async function foldInto(db: Db, into: number, from: number, by: By, note: string, why: string[] = []): Promise<void> {
  const a = await clusterRow(db, into), b = await clusterRow(db, from);
  if (!a || !b) return;
  for (const m of await members(db, from)) {
    const reasons = m.id === b.first_event_id && why.length ? why : reasonsOf(m.merge_reason);
    await db.updateTable('events').set({ cluster_id: into, merge_reason: JSON.stringify({ cluster: into, reasons, curated: note, edit: by.id }) })
      .where('id', '=', m.id).execute();
  }
  await db.deleteFrom('event_clusters').where('id', '=', from).execute();
  const place = a.location_country === null && b.location_country !== null ? { location_name: b.location_name, location_country: b.location_country } : {};
  await db.updateTable('event_clusters').set({ curated: 1, ...place }).where('id', '=', into).execute();
  await recount(db, into);
}

const mergeNote = (from: number, into: number, by: By): string => `event #${from} merged into #${into} by ${by.who} (edit #${by.id})`;

/** Folds event `otherId` into event `eventId` on behalf of `who`; returns the logged edit's row. */
export async function startMerge(db: Db, r: { eventId: number; otherId: number; note: string | null; who: string; at: string }): Promise<Row> {
  if (r.eventId === r.otherId) throw new CurationError('invalid_change', `cannot merge event ${r.eventId} with itself`);
  await liveCluster(db, r.eventId, '');
  const b = await liveCluster(db, r.otherId, ' to merge in');
  const keyA = (await keyOfCluster(db, r.eventId))!, keyB = (await keyOfCluster(db, r.otherId))!;
  const a0 = (await clusterRow(db, r.eventId))!;
  const ms = await members(db, r.otherId);
  const row = await logEdit(db, {
    who: r.who, at: r.at, action: 'merge', target: `event:${keyA}`,
    before: {
      state: stateOf((await snapshot(db, r.eventId))!),
      merged: {
        folded: headOf(b), kept: { location_name: a0.location_name, location_country: a0.location_country, curated: a0.curated },
        reasons: Object.fromEntries(ms.map((m) => [keyOfMember(m), m.merge_reason])),
      },
    },
  });
  await foldInto(db, r.eventId, r.otherId, row, mergeNote(r.otherId, r.eventId, row));
  const merge: MergeRecord = { from: keyB, fromId: r.otherId, reports: ms.map(keyOfMember) };
  await setAfter(db, row.id, { state: stateOf((await snapshot(db, r.eventId))!), changes: null, note: r.note, merge });
  return { ...row, after: JSON.stringify({ merge }) };
}

/**
 * Re-applies a merge (after an ingest, or onto a rebuilt database): every event holding one of the folded
 * reports is folded in again, and so is a new uncurated event whose opening report would have joined the
 * folded event (`folded`, its head as recorded), so later reports of a merged event still find it.
 */
export async function replayMerge(db: Db, row: Row, rec: MergeRecord, folded?: ClusterHead): Promise<boolean> {
  const into = await clusterOfKey(db, keyOf(row.target) ?? '');
  if (into === null) return false;
  for (const k of rec.reports) {
    const c = await clusterOfKey(db, k);
    if (c !== null && c !== into) await foldInto(db, into, c, row, mergeNote(c, into, row));
  }
  if (folded) await foldLater(db, into, rec, folded, row);
  return true;
}

/** Folds into `into` the uncurated events whose opening report is compatible with the recorded head of the event a merge folded in. */
async function foldLater(db: Db, into: number, rec: MergeRecord, h: ClusterHead, by: By): Promise<void> {
  if (!h.date_lo || !h.date_hi || h.dyad.startsWith('?')) return;
  const cands = await db.selectFrom('event_clusters').select(['id', 'first_event_id'])
    .where('curated', '=', 0).where('id', '!=', into).where('type', '=', h.type).where('cameo', '=', h.cameo).where('dyad', '=', h.dyad).where('mode', 'is', h.mode)
    .where('date_lo', '<=', addDays(h.date_hi, DATE_WINDOW_DAYS)).where('date_hi', '>=', addDays(h.date_lo, -DATE_WINDOW_DAYS)).orderBy('id').execute();
  for (const c of cands) {
    const open = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id').selectAll('events').select('documents.published')
      .where('events.id', '=', c.first_event_id).executeTakeFirst();
    if (!open) continue;
    const v = compatible(open, dateRange(effectiveDate(open, open.published)), h);
    if (!v.ok) continue;
    // One document reports one occasion once: an event sharing a document with the folded one is another happening.
    const docs = new Set((await members(db, into)).filter((m) => rec.reports.includes(keyOfMember(m)) || editOf(m.merge_reason) === by.id).map((m) => m.doc_id));
    if ((await members(db, c.id)).some((m) => docs.has(m.doc_id))) continue;
    await foldInto(db, into, c.id, by, `a later report of event #${rec.fromId}, which ${by.who} merged into #${into} (edit #${by.id})`, [...v.reasons, `compared with event #${rec.fromId} as recorded by the merge`]);
  }
}

/** Undoes a merge: the folded reports leave the kept event for their own again (its old id when free), with the reasons they had; returns the kept event. */
export async function undoMerge(db: Db, row: Row): Promise<number> {
  const { before, after } = parsed(row);
  const rec = after.merge!, restore = before.merged!;
  const into = await clusterOfKey(db, keyOf(row.target) ?? '');
  if (into === null) throw new CurationError('conflict', `the event of edit ${row.id} is no longer in the database`);
  // The folded reports, and the later reports the merge folded in after an ingest (their merge reason names the edit).
  const moving = (await members(db, into)).filter((m) => rec.reports.includes(keyOfMember(m)) || editOf(m.merge_reason) === row.id);
  if (moving.length) {
    const lead = moving.find((m) => keyOfMember(m) === rec.from) ?? moving[0]!;
    const free = (await clusterRow(db, rec.fromId)) === undefined;
    const b = await db.insertInto('event_clusters')
      .values({ ...(free ? { id: rec.fromId } : {}), ...restore.folded, first_event_id: lead.id, n_events: moving.length })
      .returning('id').executeTakeFirstOrThrow();
    for (const m of moving) {
      const k = keyOfMember(m);
      const reason = k in restore.reasons ? restore.reasons[k] ?? null : m.id === lead.id ? null : JSON.stringify({ cluster: b.id, reasons: reasonsOf(m.merge_reason) });
      await db.updateTable('events').set({ cluster_id: b.id, merge_reason: reason }).where('id', '=', m.id).execute();
    }
  }
  await db.updateTable('event_clusters').set({ ...restore.kept }).where('id', '=', into).execute();
  await recount(db, into);
  return into;
}
