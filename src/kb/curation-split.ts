/**
 * Curated event splits: move reports out of a real-world event into a new event of their own ("this report is a
 * different happening"). Logged by stable report keys, re-applied after every ingest (clustering only assigns
 * new reports, so a later ingest never merges them back), and undone by putting the reports back with the
 * reasons they had. The report that opened an event carries its identity and edits, so it stays.
 */
import { dateRange, dyadKey, effectiveDate } from './cluster.ts';
import { keyOfCluster, reportKey, snapshot, stateOf, clusterOfKey, recount, type Db } from './curation-apply.ts';
import { CurationError } from './curation-check.ts';
import { keyOf, parsed, type Row, type SplitRecord } from './curation-log.ts';
import { afterLeaving, keyOfMember, liveCluster, logEdit, members, moveInto, reportOf, setAfter, type By, type Member } from './curation-members.ts';

/** Opens a new event for reports `moving` of event `from` (coded as the first of them reports it) and returns its id. */
async function splitOff(db: Db, from: number, moving: readonly Member[], by: By): Promise<number> {
  const lead = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id').selectAll('events').select('documents.published')
    .where('events.id', '=', Math.min(...moving.map((m) => m.id))).executeTakeFirstOrThrow();
  const date = effectiveDate(lead, lead.published);
  const range = dateRange(date);
  const c = await db.insertInto('event_clusters').values({
    type: lead.type, mode: lead.mode, status: lead.status, cameo: lead.cameo, source_country: lead.source_country, target_country: lead.target_country,
    dyad: dyadKey(lead) ?? `?${lead.id}`, date, date_lo: range?.lo ?? null, date_hi: range?.hi ?? null,
    location_name: lead.location_name, location_country: lead.location_country, first_event_id: lead.id, n_events: moving.length, curated: 1,
  }).returning('id').executeTakeFirstOrThrow();
  // The report that opens the new event says so by having no merge reason, as every opening report.
  await db.updateTable('events').set({ cluster_id: c.id, merge_reason: null }).where('id', '=', lead.id).execute();
  await moveInto(db, c.id, moving.filter((m) => m.id !== lead.id), `split off from event #${from} with report ${reportKey(lead.doc_id, lead.seq)} by ${by.who} (edit #${by.id})`);
  await afterLeaving(db, from);
  return c.id;
}

/** The members of event `id` that `wanted` names (document ids or report keys), or a 400 naming the first that is not one. */
function pick(id: number, ms: readonly Member[], wanted: readonly string[]): Member[] {
  const out = new Map<number, Member>();
  for (const w of wanted) {
    const hits = ms.filter((m) => m.doc_id === w || keyOfMember(m) === w);
    if (hits.length === 0) throw new CurationError('invalid_change', `"${w}" is not a report of event ${id} (give a document id or a report key doc_id#seq)`);
    for (const m of hits) out.set(m.id, m);
  }
  return [...out.values()].sort((x, y) => x.id - y.id);
}

/** Splits reports (document ids or report keys) off event `eventId` into a new event on behalf of `who`; returns the logged edit's row. */
export async function startSplit(db: Db, r: { eventId: number; reports: readonly string[]; note: string | null; who: string; at: string }): Promise<Row> {
  const x = await liveCluster(db, r.eventId, '');
  const ms = await members(db, r.eventId);
  if (ms.length < 2) throw new CurationError('invalid_change', `event ${r.eventId} has only one report: there is nothing to split off`);
  if (r.reports.length === 0) throw new CurationError('invalid_change', 'name at least one report to split off');
  const moving = pick(r.eventId, ms, r.reports);
  const opener = moving.find((m) => m.id === x.first_event_id);
  if (opener) {
    throw new CurationError('invalid_change', `report ${keyOfMember(opener)} opened event ${r.eventId} and carries its identity and edits: split the other reports off instead`);
  }
  const keyX = (await keyOfCluster(db, r.eventId))!;
  const row = await logEdit(db, {
    who: r.who, at: r.at, action: 'split', target: `event:${keyX}`,
    before: { state: stateOf((await snapshot(db, r.eventId))!), split: { curated: x.curated, reasons: Object.fromEntries(moving.map((m) => [keyOfMember(m), m.merge_reason])) } },
  });
  const z = await splitOff(db, r.eventId, moving, row);
  const split: SplitRecord = { reports: moving.map(keyOfMember), newKey: keyOfMember(moving[0]!), newId: z };
  await setAfter(db, row.id, { state: stateOf((await snapshot(db, r.eventId))!), changes: null, note: r.note, split });
  return { ...row, after: JSON.stringify({ split }) };
}

/** Re-applies a split: the split reports still in the kept event leave it again, for the event holding the others or a new one. */
export async function replaySplit(db: Db, row: Row, rec: SplitRecord): Promise<boolean> {
  const x = await clusterOfKey(db, keyOf(row.target) ?? '');
  if (x === null) return false;
  const moving = (await members(db, x)).filter((m) => rec.reports.includes(keyOfMember(m)));
  if (moving.length === 0) return true;
  let dest: number | null = null;
  for (const k of rec.reports) {
    const c = await clusterOfKey(db, k);
    if (c !== null && c !== x) { dest = c; break; }
  }
  if (dest === null) { await splitOff(db, x, moving, row); return true; }
  await moveInto(db, dest, moving, `split off from event #${x} by ${row.who} (edit #${row.id})`);
  await afterLeaving(db, x);
  return true;
}

/** Undoes a split: the split reports go back into the kept event with the reasons they had (an event left empty goes); returns the kept event. */
export async function undoSplit(db: Db, row: Row): Promise<number> {
  const { before, after } = parsed(row);
  const rec = after.split!, restore = before.split!;
  const x = await clusterOfKey(db, keyOf(row.target) ?? '');
  if (x === null) throw new CurationError('conflict', `the event of edit ${row.id} is no longer in the database`);
  const left = new Set<number>();
  for (const k of rec.reports) {
    const m = await reportOf(db, k);
    if (!m || m.cluster_id === x) continue;
    if (m.cluster_id !== null) left.add(m.cluster_id);
    await db.updateTable('events').set({ cluster_id: x, merge_reason: restore.reasons[k] ?? null }).where('id', '=', m.id).execute();
  }
  for (const c of left) await afterLeaving(db, c);
  await db.updateTable('event_clusters').set({ curated: restore.curated }).where('id', '=', x).execute();
  await recount(db, x);
  return x;
}
