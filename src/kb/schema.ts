/** The knowledge-base schema as one typed kysely `Database` interface (SQLite today, PostgreSQL later). */
import type { Generated } from 'kysely';

/** One ingested document: cleaned text, metadata, and the first-seen original when it is a near-copy. */
export interface DocumentsTable {
  seq: Generated<number>;
  id: string;
  source: string;
  url: string | null;
  /** sha256 of the content as read (idempotency key). */
  hash: string;
  lang: string;
  lang_confidence: number;
  published: string | null;
  title: string | null;
  text: string;
  /** JSON array of `{text, reason}` boilerplate lines removed by cleaning. */
  removed: string;
  ingested_at: string;
  run_id: number | null;
  /** Id of the first-seen document this one republishes (near-duplicate), else null. */
  copy_of: string | null;
  /** Estimated Jaccard similarity with `copy_of`. */
  copy_similarity: number | null;
  /** MinHash signature (uint32 little-endian). */
  minhash: Buffer | null;
}

/** MinHash LSH band hashes, for finding near-duplicate candidates. */
export interface DocBandsTable { band: number; hash: string; doc_id: string }

/** Every actor mention in a document (named or not, coreferent or not). */
export interface MentionsTable {
  id: Generated<number>;
  doc_id: string;
  actor_id: string;
  text: string;
  start: number;
  end: number;
  type: string;
  kind: string;
  post: string | null;
  rule: string;
  confidence: number;
  named: number;
  coref: number;
}

/** A known or discovered actor (person, organization, country, place). */
export interface ActorsTable { id: string; name: string; kind: string; type: string | null; country: string | null }

/** A surface form seen for an actor, its Latin key, language and how often it was seen. */
export interface ActorVariantsTable { actor_id: string; variant: string; key: string; lang: string; count: number }

/** One coded event as one document reports it. */
export interface EventsTable {
  id: Generated<number>;
  doc_id: string;
  seq: number;
  type: string;
  mode: string | null;
  status: string;
  cameo: string;
  source_id: string | null;
  source_name: string | null;
  source_kind: string | null;
  source_country: string | null;
  target_id: string | null;
  target_name: string | null;
  target_kind: string | null;
  target_country: string | null;
  date: string | null;
  location_name: string | null;
  location_country: string | null;
  confidence: number;
  cluster_id: number | null;
  /** JSON: why this event joined its cluster (null for the event that opened it). */
  merge_reason: string | null;
}

/** The evidence sentence of an event, with the derived search terms (stems and Latin keys). */
export interface EvidenceTable {
  id: Generated<number>;
  event_id: number;
  doc_id: string;
  text: string;
  start: number;
  end: number;
  lang: string;
  terms: string;
}

/** One real-world event: the events of every document that reports it. */
export interface EventClustersTable {
  id: Generated<number>;
  type: string;
  mode: string | null;
  status: string;
  cameo: string;
  /** Representative direction (from the opening event). */
  source_country: string | null;
  target_country: string | null;
  /** Actor-side key pair, sorted (`AZE|KAZ`), or directed (`KAZ>AZE`) for visits and calls. */
  dyad: string;
  date: string | null;
  date_lo: string | null;
  date_hi: string | null;
  location_name: string | null;
  location_country: string | null;
  first_event_id: number;
  n_events: number;
  /** 1 when a curator edited it (merges/splits never undone by ingest). */
  curated: number;
  /**
   * Derived (migration 003, kept by triggers): the lead report (the one that speaks for the event: the opening
   * report unless it is a republished copy, else the first original, else the first report) and its actors.
   */
  lead_event_id: Generated<number | null>;
  /** Derived: 1 when a report comes from a document that is not a republished copy, 0 when none does, null without reports. */
  has_original: Generated<number | null>;
  lead_source_id: Generated<string | null>;
  lead_source_name: Generated<string | null>;
  lead_source_kind: Generated<string | null>;
  lead_source_country: Generated<string | null>;
  lead_target_id: Generated<string | null>;
  lead_target_name: Generated<string | null>;
  lead_target_kind: Generated<string | null>;
  lead_target_country: Generated<string | null>;
  /** Derived: the lead report's document and its language. */
  lead_doc_id: Generated<string | null>;
  lead_lang: Generated<string | null>;
  /** Derived: 1 when an original document other than the lead report's reports the event. */
  docs_extra: Generated<number | null>;
}

/** A curator's change: who, when, what, and the state before and after (JSON). */
export interface CurationEditsTable {
  id: Generated<number>;
  who: string;
  at: string;
  action: string;
  target: string;
  before: string;
  after: string;
}

/** One `elchi ingest` run and its counts. */
export interface IngestRunsTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string | null;
  inputs: string;
  status: string;
  docs_added: number;
  docs_skipped: number;
  copies: number;
  events_added: number;
  rejected: number;
  /** JSON array of `{source, problem}`. */
  rejections: string;
}

/** The whole knowledge base. */
export interface Database {
  documents: DocumentsTable;
  doc_bands: DocBandsTable;
  mentions: MentionsTable;
  actors: ActorsTable;
  actor_variants: ActorVariantsTable;
  events: EventsTable;
  evidence: EvidenceTable;
  event_clusters: EventClustersTable;
  curation_edits: CurationEditsTable;
  ingest_runs: IngestRunsTable;
  dyad_summaries: DyadSummariesTable;
  dyad_stale: DyadStaleTable;
}

/** The stored summary (JSON of src/kb/dyad.ts DyadSummary) of an ordered pair of countries over all dates (migration 004). */
export interface DyadSummariesTable { a: string; b: string; summary: string }
/** Pairs of countries (a < b) whose events changed since their summaries were stored. */
export interface DyadStaleTable { a: string; b: string }
