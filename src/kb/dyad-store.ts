/**
 * Stored dyad summaries (migration 004): writers call {@link refreshDyads} when they finish, inside their
 * transaction, so `elchi dyad A B` over all dates reads one row instead of aggregating the pair's events.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { computeDyadSummary } from './dyad.ts';

/** Recomputes and stores the summaries (both directions) of every pair marked stale, then clears the marks; returns how many pairs. */
export async function refreshDyads(db: Kysely<Database>): Promise<number> {
  const stale = await db.selectFrom('dyad_stale').select(['a', 'b']).orderBy('a').orderBy('b').execute();
  for (const { a, b } of stale) {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const summary = JSON.stringify(await computeDyadSummary(db, x, y));
      await db.insertInto('dyad_summaries').values({ a: x, b: y, summary })
        .onConflict((oc) => oc.columns(['a', 'b']).doUpdateSet({ summary })).execute();
    }
    await db.deleteFrom('dyad_stale').where('a', '=', a).where('b', '=', b).execute();
  }
  return stale.length;
}
