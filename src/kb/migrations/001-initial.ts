/** Migration 001: documents, mentions, actors, events, evidence, clusters, curation, runs, and FTS5 indexes. */
import { sql, type Kysely } from 'kysely';

/** Creates every table, index and full-text index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createTable('documents')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('lang_confidence', 'real', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer')
    .addColumn('copy_of', 'text')
    .addColumn('copy_similarity', 'real')
    .addColumn('minhash', 'blob')
    .execute();
  await db.schema.createIndex('documents_copy_of').on('documents').column('copy_of').execute();
  await db.schema.createIndex('documents_published').on('documents').column('published').execute();

  await db.schema.createTable('doc_bands')
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_bands_lookup').on('doc_bands').columns(['band', 'hash']).execute();

  await db.schema.createTable('actors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('type', 'text')
    .addColumn('country', 'text')
    .execute();
  await db.schema.createTable('actor_variants')
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('variant', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('actor_variants_pk', ['actor_id', 'variant', 'lang'])
    .execute();
  await db.schema.createIndex('actor_variants_key').on('actor_variants').column('key').execute();

  await db.schema.createTable('mentions')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('post', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('named', 'integer', (c) => c.notNull())
    .addColumn('coref', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mentions_doc').on('mentions').column('doc_id').execute();
  await db.schema.createIndex('mentions_actor').on('mentions').column('actor_id').execute();

  await db.schema.createTable('event_clusters')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('source_country', 'text')
    .addColumn('target_country', 'text')
    .addColumn('dyad', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('date_lo', 'text')
    .addColumn('date_hi', 'text')
    .addColumn('location_name', 'text')
    .addColumn('location_country', 'text')
    .addColumn('first_event_id', 'integer', (c) => c.notNull())
    .addColumn('n_events', 'integer', (c) => c.notNull())
    .addColumn('curated', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('event_clusters_match').on('event_clusters').columns(['type', 'dyad', 'date_lo']).execute();

  await db.schema.createTable('events')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('mode', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('source_name', 'text')
    .addColumn('source_kind', 'text')
    .addColumn('source_country', 'text')
    .addColumn('target_id', 'text')
    .addColumn('target_name', 'text')
    .addColumn('target_kind', 'text')
    .addColumn('target_country', 'text')
    .addColumn('date', 'text')
    .addColumn('location_name', 'text')
    .addColumn('location_country', 'text')
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('cluster_id', 'integer')
    .addColumn('merge_reason', 'text')
    .execute();
  await db.schema.createIndex('events_doc').on('events').column('doc_id').execute();
  await db.schema.createIndex('events_cluster').on('events').column('cluster_id').execute();

  await db.schema.createTable('evidence')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('event_id', 'integer', (c) => c.notNull().unique())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('terms', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('curation_edits')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('who', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createTable('ingest_runs')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('inputs', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('docs_added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('docs_skipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('copies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('events_added', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejections', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();

  // Full-text indexes (SQLite FTS5) over derived term columns: stems and Latin keys of every word,
  // so "Tokayev" finds Тоқаев/Токаев and "Baku" finds Бакуге/Bakıda. Rowids follow the base tables.
  await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE VIRTUAL TABLE evidence_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
}

/** Drops everything `up` created. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS evidence_fts`.execute(db);
  await sql`DROP TABLE IF EXISTS documents_fts`.execute(db);
  for (const t of ['ingest_runs', 'curation_edits', 'evidence', 'events', 'event_clusters', 'mentions', 'actor_variants', 'actors', 'doc_bands', 'documents']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
