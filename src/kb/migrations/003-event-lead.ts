/**
 * Migration 003: what queries need of an event without reading every report. Each event_clusters row carries
 * its lead report (the report that speaks for the event, as `leadReport` in src/kb/query.ts picks it: the
 * opening report unless it is a republished copy, else the first original, else the first report) with that
 * report's actors, and whether any report comes from an original document. SQLite triggers keep these
 * columns right whatever writes the rows (ingest, clustering, curation merges, splits, edits and undo, actor
 * moves, a document becoming a copy); a new row's are filled when its first report joins it (every writer inserts
 * the event_clusters row first, then points its reports at it). Indexes serve the dyad summary, event filters
 * and their ordering; events_cluster_doc replaces events_cluster.
 */
import { sql, type Kysely } from 'kysely';

/** The derived columns of event_clusters, in the order {@link LEAD_ROW} yields them. */
export const LEAD_COLUMNS = [
  'lead_event_id', 'has_original',
  'lead_source_id', 'lead_source_name', 'lead_source_kind', 'lead_source_country',
  'lead_target_id', 'lead_target_name', 'lead_target_kind', 'lead_target_country',
  'lead_doc_id', 'lead_lang', 'docs_extra',
] as const;

/** The lead report of the event_clusters row in scope (no row when it has no report). */
const LEAD_ROW = `SELECT e.id, d.copy_of IS NULL,
    e.source_id, e.source_name, e.source_kind, e.source_country, e.target_id, e.target_name, e.target_kind, e.target_country,
    e.doc_id, d.lang,
    EXISTS (SELECT 1 FROM events e2 JOIN documents d2 ON d2.id = e2.doc_id WHERE e2.cluster_id = event_clusters.id AND e2.doc_id <> e.doc_id AND d2.copy_of IS NULL)
  FROM events e JOIN documents d ON d.id = e.doc_id
  WHERE e.cluster_id = event_clusters.id
  ORDER BY (d.copy_of IS NULL AND e.id = event_clusters.first_event_id) DESC, d.copy_of IS NULL DESC, e.id
  LIMIT 1`;

/** Recomputes the derived columns of the event_clusters rows matching `where` (SQL over event_clusters, may use NEW/OLD in a trigger). */
export function refreshLeadSql(where: string): string {
  return `UPDATE event_clusters SET (${LEAD_COLUMNS.join(', ')}) = (${LEAD_ROW}) WHERE ${where}`;
}

const ACTOR_COLUMNS = ['source_id', 'source_name', 'source_kind', 'source_country', 'target_id', 'target_name', 'target_kind', 'target_country'];

const TRIGGERS: Record<string, string> = {
  event_clusters_lead_opening: `AFTER UPDATE OF first_event_id ON event_clusters BEGIN ${refreshLeadSql('id = NEW.id')}; END`,
  events_lead_insert: `AFTER INSERT ON events WHEN NEW.cluster_id IS NOT NULL BEGIN ${refreshLeadSql('id = NEW.cluster_id')}; END`,
  events_lead_update: `AFTER UPDATE OF cluster_id, ${ACTOR_COLUMNS.join(', ')} ON events BEGIN ${refreshLeadSql('id IN (OLD.cluster_id, NEW.cluster_id)')}; END`,
  events_lead_delete: `AFTER DELETE ON events WHEN OLD.cluster_id IS NOT NULL BEGIN ${refreshLeadSql('id = OLD.cluster_id')}; END`,
  documents_lead_copy: `AFTER UPDATE OF copy_of ON documents WHEN OLD.copy_of IS NOT NEW.copy_of BEGIN ${refreshLeadSql('id IN (SELECT cluster_id FROM events WHERE doc_id = NEW.id)')}; END`,
  documents_lead_delete: `AFTER DELETE ON documents BEGIN ${refreshLeadSql('id IN (SELECT cluster_id FROM events WHERE doc_id = OLD.id)')}; END`,
};

const INDEXES: [name: string, table: string, columns: string[]][] = [
  // What a report needs of its document (copy link, language, source) without reading its row, whose text spills to overflow pages.
  ['documents_copy_lang', 'documents', ['id', 'copy_of', 'lang', 'published', 'source', 'url']],
  // The dyad summary of two countries from the index alone, grouped in index order.
  ['event_clusters_dyad', 'event_clusters', ['lead_source_country', 'lead_target_country', 'status', 'has_original', 'type', 'mode', 'cameo', 'date',
    'lead_source_id', 'lead_source_name', 'lead_source_kind', 'lead_target_id', 'lead_target_name', 'lead_target_kind', 'docs_extra', 'lead_doc_id', 'lead_lang']],
  // The dyad summary of actor ids.
  ['event_clusters_lead_source', 'event_clusters', ['lead_source_id']],
  ['event_clusters_lead_target', 'event_clusters', ['lead_target_id']],
  // Events oldest first (every listing), filtered on the index before reading rows.
  ['event_clusters_date', 'event_clusters', ['date', 'id', 'status', 'has_original', 'type', 'mode']],
  // Reports by event with their document (in place of events_cluster), by sides (dyad and actor filters), and evidence → report → event without reading rows (word filter).
  ['events_cluster_doc', 'events', ['cluster_id', 'doc_id']],
  ['events_countries', 'events', ['source_country', 'target_country']],
  ['events_source', 'events', ['source_id']],
  ['events_target', 'events', ['target_id']],
  ['events_id_cluster', 'events', ['id', 'cluster_id']],
  ['evidence_id_event', 'evidence', ['id', 'event_id']],
];

/** Adds the derived columns, fills them for every event, and creates the triggers that keep them right and the indexes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('event_clusters').addColumn('lead_event_id', 'integer').execute();
  for (const c of LEAD_COLUMNS.slice(1)) await db.schema.alterTable('event_clusters').addColumn(c, c === 'has_original' || c === 'docs_extra' ? 'integer' : 'text').execute();
  await sql.raw(refreshLeadSql('1')).execute(db);
  for (const [name, body] of Object.entries(TRIGGERS)) await sql.raw(`CREATE TRIGGER ${name} ${body}`).execute(db);
  for (const [name, table, columns] of INDEXES) await db.schema.createIndex(name).on(table).columns(columns).execute();
  // events_cluster_doc serves every lookup of events by cluster that events_cluster (migration 001) did.
  await db.schema.dropIndex('events_cluster').ifExists().execute();
}

/** Drops the triggers, indexes and derived columns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of Object.keys(TRIGGERS)) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
  await db.schema.createIndex('events_cluster').ifNotExists().on('events').column('cluster_id').execute();
  for (const [name] of INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  for (const c of [...LEAD_COLUMNS].reverse()) await db.schema.alterTable('event_clusters').dropColumn(c).execute();
}
