/**
 * Re-applying the curation log: every edit in force, oldest first, onto the rows of the events and actors it
 * names by stable keys (after each ingest, after a merge or split, or onto a rebuilt database). Idempotent:
 * replaying twice changes nothing more.
 */
import { actorColumns, applyAction, clusterOfKey, type AppliedChanges, type Db } from './curation-apply.ts';
import { activeEdits, keyOf, parsed, type Row } from './curation-log.ts';
import { replayMerge } from './curation-merge.ts';
import { replaySplit } from './curation-split.ts';
import { replayActorEdit } from './curation-actors.ts';

/** Puts an edit's actor changes on the reports a later merge folded away (the folded event's own row is gone). */
async function applyToReports(db: Db, reports: readonly string[], c: AppliedChanges | null | undefined): Promise<void> {
  const cols = { ...(c?.source ? actorColumns('source', c.source) : {}), ...(c?.target ? actorColumns('target', c.target) : {}) };
  if (Object.keys(cols).length === 0) return;
  for (const k of reports) {
    const i = k.lastIndexOf('#');
    await db.updateTable('events').set(cols).where('doc_id', '=', k.slice(0, i)).where('seq', '=', Number(k.slice(i + 1))).execute();
  }
}

/** Re-applies every edit in force; returns how many found what they name. */
export async function replayAll(db: Db): Promise<number> {
  const active = await activeEdits(db);
  // Report key → the merges in force that folded its event into another (oldest first).
  const folded = new Map<string, Row[]>();
  for (const e of active) for (const k of parsed(e).after.merge?.reports ?? []) folded.set(k, [...(folded.get(k) ?? []), e]);
  // Report key → the latest merge or split in force that placed it: an earlier one does not move it back.
  const owner = new Map<string, number>();
  for (const e of active) {
    const a = parsed(e).after;
    for (const k of [...(a.merge?.reports ?? []), ...(a.split?.reports ?? [])]) owner.set(k, e.id);
  }
  const owned = (e: Row, keys: readonly string[]): string[] => keys.filter((k) => owner.get(k) === e.id);
  let n = 0;
  for (const e of active) {
    const { before, after } = parsed(e);
    if (e.action === 'merge' && after.merge) {
      if (await replayMerge(db, e, { ...after.merge, reports: owned(e, after.merge.reports) }, before.merged?.folded)) n++;
      continue;
    }
    if (e.action === 'split' && after.split) { if (await replaySplit(db, e, { ...after.split, reports: owned(e, after.split.reports) })) n++; continue; }
    if (e.action === 'merge-actor' || e.action === 'split-actor') { if (await replayActorEdit(db, e)) n++; continue; }
    const key = keyOf(e.target) ?? '';
    const cluster = await clusterOfKey(db, key);
    if (cluster === null) continue;
    // An event later folded into another keeps only its edit's actors (on its own reports), not its coding.
    const later = (folded.get(key) ?? []).find((m) => m.id > e.id);
    if (later) await applyToReports(db, parsed(later).after.merge?.reports ?? [], after.changes);
    else await applyAction(db, cluster, e.action, after.changes ?? null);
    n++;
  }
  return n;
}
