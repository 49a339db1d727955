/** Puts a stored event into the cluster of the same real-world event, or opens a new one (inside the ingest transaction). */
import type { Transaction } from 'kysely';
import type { Database } from './schema.ts';
import { addDays, compatible, dateRange, DATE_WINDOW_DAYS, dyadKey, effectiveDate, narrowRange, type ClusterEvent } from './cluster.ts';

type Trx = Transaction<Database>;

/** A stored event as clustering sees it. */
export interface StoredEvent extends ClusterEvent { id: number; doc_id: string }

function sameActors(e: StoredEvent, m: { source_id: string | null; target_id: string | null }): boolean {
  if (!e.source_id || !e.target_id) return false;
  return (m.source_id === e.source_id && m.target_id === e.target_id) || (m.source_id === e.target_id && m.target_id === e.source_id);
}

/** Assigns `e` to the best compatible cluster (same actors preferred, then the oldest); true when it opened a new cluster. */
export async function assignCluster(trx: Trx, e: StoredEvent, published: string | null): Promise<boolean> {
  const date = effectiveDate(e, published);
  const range = dateRange(date);
  const dyad = dyadKey(e);
  let best: { id: number; reasons: string[]; score: number; lo: string; hi: string; status: string; date: string | null; location: boolean } | null = null;
  if (dyad && range) {
    const cands = await trx.selectFrom('event_clusters').selectAll()
      .where('type', '=', e.type).where('cameo', '=', e.cameo).where('dyad', '=', dyad).where('mode', 'is', e.mode)
      .where('date_lo', '<=', addDays(range.hi, DATE_WINDOW_DAYS)).where('date_hi', '>=', addDays(range.lo, -DATE_WINDOW_DAYS))
      .orderBy('id').execute();
    for (const c of cands) {
      const v = compatible(e, range, c);
      if (!v.ok) continue;
      const members = await trx.selectFrom('events').select(['doc_id', 'source_id', 'target_id', 'id']).where('cluster_id', '=', c.id).orderBy('id').execute();
      // One document reports one occasion once: two events of one document are two happenings.
      if (members.some((m) => m.doc_id === e.doc_id)) continue;
      const same = members.find((m) => sameActors(e, m));
      const score = same ? 2 : 1;
      const reasons = [...v.reasons, same ? `same actors as event ${same.id} (${e.source_id} ↔ ${e.target_id})` : 'different named actors, same dyad'];
      if (!best || score > best.score) best = { id: c.id, reasons, score, lo: c.date_lo!, hi: c.date_hi!, status: c.status, date: c.date, location: c.location_country !== null };
    }
  }
  if (best) {
    const r = narrowRange({ lo: best.lo, hi: best.hi }, range!);
    const upgrade = best.status !== 'occurred' && e.status === 'occurred';
    await trx.updateTable('events').set({ cluster_id: best.id, merge_reason: JSON.stringify({ cluster: best.id, reasons: best.reasons }) }).where('id', '=', e.id).execute();
    await trx.updateTable('event_clusters').set((eb) => ({
      n_events: eb('n_events', '+', 1),
      date_lo: r.lo, date_hi: r.hi,
      ...(upgrade ? { status: 'occurred', date: date } : {}),
      ...(!best!.location && e.location_country ? { location_name: e.location_name, location_country: e.location_country } : {}),
    })).where('id', '=', best.id).execute();
    return false;
  }
  const c = await trx.insertInto('event_clusters').values({
    type: e.type, mode: e.mode, status: e.status, cameo: e.cameo, source_country: e.source_country, target_country: e.target_country,
    dyad: dyad ?? `?${e.id}`, date, date_lo: range?.lo ?? null, date_hi: range?.hi ?? null,
    location_name: e.location_name, location_country: e.location_country, first_event_id: e.id, n_events: 1, curated: 0,
  }).returning('id').executeTakeFirstOrThrow();
  await trx.updateTable('events').set({ cluster_id: c.id, merge_reason: null }).where('id', '=', e.id).execute();
  return true;
}
