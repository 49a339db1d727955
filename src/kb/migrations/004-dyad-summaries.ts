/**
 * Migration 004: dyad summaries of country pairs, kept at write time. `dyad_summaries` holds the summary of
 * each ordered pair of countries (`elchi dyad A B` over all dates) as JSON; `dyad_stale` names the pairs whose
 * events changed since. SQLite triggers mark a pair stale in the same transaction as any change to an event
 * of it (event_clusters rows, and report rows of events), so a summary is never read stale: src/kb/dyad.ts
 * serves a stored summary only while its pair is not marked, and computes it from the events otherwise;
 * writers (ingest, curation) refresh the marked pairs when they finish (src/kb/dyad-store.ts).
 */
import { sql, type Kysely } from 'kysely';

/**
 * SELECT of the pair (a < b) that the values `s` and `t` form when both are three-letter codes and differ
 * (`from` and `where`: the rows they are read from, and a condition on them, ending in AND).
 */
function pairSql(s: string, t: string, from = '', where = ''): string {
  return `SELECT min(${s}, ${t}), max(${s}, ${t}) ${from} WHERE ${where}${s} GLOB '[A-Z][A-Z][A-Z]' AND ${t} GLOB '[A-Z][A-Z][A-Z]' AND ${s} <> ${t}`;
}

/** Marks the pairs that the countries and actor ids of a row's two sides can form (three-letter codes only). */
function markSql(src: [string, string], tgt: [string, string]): string {
  const pairs: string[] = [];
  for (const s of src) for (const t of tgt) pairs.push(pairSql(s, t));
  return `INSERT OR IGNORE INTO dyad_stale(a, b) ${pairs.join(' UNION ')};`;
}

const cluster = (row: 'NEW' | 'OLD'): string => markSql([`${row}.lead_source_country`, `${row}.lead_source_id`], [`${row}.lead_target_country`, `${row}.lead_target_id`]);
/** The pair of the lead report's countries of event_clusters rows (`c`). */
const leadPair = (where: string): string => pairSql('c.lead_source_country', 'c.lead_target_country', 'FROM event_clusters c', where);
/** A report row's own sides, and the sides of the event it belongs to (its lead report may be another). */
const report = (row: 'NEW' | 'OLD'): string => markSql([`${row}.source_country`, `${row}.source_id`], [`${row}.target_country`, `${row}.target_id`]) +
  ` INSERT OR IGNORE INTO dyad_stale(a, b) ${leadPair(`c.id = ${row}.cluster_id AND `)};`;

const TRIGGERS: Record<string, string> = {
  event_clusters_dyad_insert: `AFTER INSERT ON event_clusters BEGIN ${cluster('NEW')} END`,
  event_clusters_dyad_update: `AFTER UPDATE ON event_clusters BEGIN ${cluster('OLD')} ${cluster('NEW')} END`,
  event_clusters_dyad_delete: `AFTER DELETE ON event_clusters BEGIN ${cluster('OLD')} END`,
  events_dyad_update: `AFTER UPDATE ON events BEGIN ${report('OLD')} ${report('NEW')} END`,
  events_dyad_delete: `AFTER DELETE ON events BEGIN ${report('OLD')} END`,
};

/** Creates the two tables and the triggers; every pair starts unstored (summaries are computed until a writer stores them). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE dyad_summaries (a TEXT NOT NULL, b TEXT NOT NULL, summary TEXT NOT NULL, PRIMARY KEY (a, b))`.execute(db);
  await sql`CREATE TABLE dyad_stale (a TEXT NOT NULL, b TEXT NOT NULL, PRIMARY KEY (a, b))`.execute(db);
  for (const [name, body] of Object.entries(TRIGGERS)) await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
  // Pairs that already have events: stale until the next writer stores them.
  await sql.raw(`INSERT OR IGNORE INTO dyad_stale(a, b) ${leadPair('')}`).execute(db);
}

/** Drops the triggers and both tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of Object.keys(TRIGGERS)) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
  await sql`DROP TABLE IF EXISTS dyad_stale`.execute(db);
  await sql`DROP TABLE IF EXISTS dyad_summaries`.execute(db);
}
