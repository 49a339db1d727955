/** Knowledge base: store, ingest, deduplication, event clusters, queries and exports. */
export { openStore, defaultDbPath, migrateUp, migrateDownAll, type Store } from './store.ts';
export type { Database } from './schema.ts';
export { ingest, contentHash, DEFAULT_BATCH, type IngestOptions, type IngestSummary, type IngestProgress, type Rejection } from './ingest.ts';
export { listEvents, getEvent, searchDocuments, stats, findActors, type EventFilter, type EventRow, type Stats } from './query.ts';
export { dyadSummary, formatDyad, type DyadSummary } from './dyad.ts';
export { formatEvents, EVENT_FORMATS, type EventFormat } from './format.ts';
export { formatEvent } from './explain.ts';
export { filteredClusters } from './query.ts';
export { curateEvent, mergeEvents, splitEvent, mergeActors, splitActor, undoEdit, listEdits, applyCuration, curationOf, CurationError, CURATION_ACTIONS, type CurationAction, type Edit, type EventChanges, type EventState } from './curation.ts';
export { curationNotes } from './curation-notes.ts';
export { countEvents, listDyads, network, topActors, type DyadItem, type NetNode, type NetEdge } from './api-queries.ts';
export { getDocument, getActor, type DocumentView, type ActorView } from './api-detail.ts';
