/** What curators changed in an event's make-up (merges and splits in force), as lines `elchi event ID --explain` and the API print. */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { listEdits } from './curation-log.ts';

const reports = (n: number): string => `${n} report${n === 1 ? '' : 's'}`;

/** One line per merge or split in force that made event `eventId` what it is, oldest first. */
export async function curationNotes(db: Kysely<Database>, eventId: number): Promise<string[]> {
  const { items } = await listEdits(db, { eventId, limit: 500 });
  const out: string[] = [];
  for (const e of [...items].reverse()) {
    if (e.undone || !e.detail) continue;
    const by = `by ${e.who} on ${e.when.slice(0, 10)} (edit #${e.id}${e.note ? `: ${e.note}` : ''})`;
    const d = e.detail;
    if (e.action === 'merge' && d.event === eventId) {
      out.push(`event #${d.otherEvent} (${reports(d.reports.length)}: ${d.reports.join(', ')}) was merged into this event ${by}`);
    } else if (e.action === 'split' && d.event === eventId) {
      out.push(`${reports(d.reports.length)} (${d.reports.join(', ')}) split off into event #${d.otherEvent ?? '?'} as a different happening ${by}`);
    } else if (e.action === 'split' && d.otherEvent === eventId) {
      out.push(`split off from event #${d.event ?? '?'} as a different happening ${by}`);
    }
  }
  return out;
}
