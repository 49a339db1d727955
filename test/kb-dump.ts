/** A canonical dump of a knowledge base for comparing two databases: every table, clock columns left out. */
import BetterSqlite3 from 'better-sqlite3';

/** Columns that record when something happened, not what: left out of the comparison. */
const CLOCK_COLUMNS = new Set(['ingested_at', 'started_at', 'finished_at', 'at', 'timestamp']);

/**
 * Every table of the database in key order, clock columns left out. FTS shadow tables are compared
 * through their virtual table (rowid, terms); kysely's migration bookkeeping is left out.
 */
export function canonicalDump(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^CREATE VIRTUAL TABLE/i.test(t.sql)).map((t) => t.name);
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (name.startsWith('sqlite_') || name.startsWith('kysely_') || virtual.some((v) => name.startsWith(`${v}_`))) continue;
    if (virtual.includes(name)) { out[name] = db.prepare(`SELECT rowid, * FROM "${name}" ORDER BY rowid`).all(); continue; }
    const cols = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !CLOCK_COLUMNS.has(c));
    out[name] = db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${name}" ORDER BY rowid`).all();
  }
  db.close();
  return out;
}
