/** Opens the knowledge base: a SQLite file through kysely, migrated to the latest schema. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, NO_MIGRATIONS, SqliteDialect, type MigrationResultSet, type MigrationProvider, type Migration, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** An open knowledge base: the typed query builder and the raw SQLite handle (for FTS and pragmas). */
export interface Store {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  path: string;
  close(): Promise<void>;
}

/** The default database file, `./data/elchi.db` (or `$ELCHI_DB`). */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.ELCHI_DB && env.ELCHI_DB.length > 0 ? env.ELCHI_DB : resolve('data', 'elchi.db');
}

const provider: MigrationProvider = { getMigrations: async (): Promise<Record<string, Migration>> => ({ ...MIGRATIONS }) };

/** A kysely migrator over the code migrations of src/kb/migrations. */
export function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider });
}

function check(r: MigrationResultSet): void {
  if (r.error) throw r.error instanceof Error ? r.error : new Error(String(r.error));
}

/** Applies every pending migration. */
export async function migrateUp(db: Kysely<Database>): Promise<void> {
  check(await migrator(db).migrateToLatest());
}

/** Undoes every migration (an empty database). */
export async function migrateDownAll(db: Kysely<Database>): Promise<void> {
  check(await migrator(db).migrateTo(NO_MIGRATIONS));
}

/** Prepared statements kept per connection (kysely prepares every query it runs; the same SQL text comes back often). */
const STATEMENT_CACHE = 512;

/**
 * The connection as kysely uses it, with prepared statements reused by SQL text (least recently used dropped
 * beyond {@link STATEMENT_CACHE}): preparing cost ingest about as much as running the statements. A statement
 * is only run to completion (all/run) between two uses, so sharing one is safe; a streamed query gets its own.
 */
function cachedStatements(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => { cache.clear(); sqlite.close(); },
    prepare: (text: string): SqliteStatement => {
      let stmt = cache.get(text);
      if (stmt) cache.delete(text);
      else {
        stmt = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
      }
      cache.set(text, stmt);
      const shared = stmt;
      return {
        reader: shared.reader,
        // An array binds as positional parameters, as kysely passes them to better-sqlite3 itself.
        all: (params) => shared.all(params as unknown[]),
        run: (params) => shared.run(params as unknown[]),
        iterate: (params) => sqlite.prepare(text).iterate(params as unknown[]),
      };
    },
  };
}

/** Opens (creating when needed) and migrates the database at `path`. */
export async function openStore(path: string, opts: { migrate?: boolean } = {}): Promise<Store> {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(sqlite) }) });
  if (opts.migrate !== false) await migrateUp(db);
  return { db, sqlite, path, close: () => db.destroy() };
}
