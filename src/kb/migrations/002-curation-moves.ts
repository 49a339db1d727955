/** Migration 002: the ledger of rows an actor merge or split moved, so undo puts back exactly those (also the ones moved when the edit is re-applied after an ingest). */
import type { Kysely } from 'kysely';

/** Creates `curation_moves` and its lookup indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('curation_moves')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('edit_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('was', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('curation_moves_ref').on('curation_moves').columns(['edit_id', 'kind', 'ref']).unique().execute();
}

/** Drops `curation_moves`. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('curation_moves').ifExists().execute();
}
