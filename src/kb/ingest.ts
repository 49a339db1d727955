/**
 * `elchi ingest`: read inputs, extract each new document, and store it with its mentions, actors, events
 * and evidence in batched transactions. Idempotent by content hash (a document already stored is skipped
 * before extraction); each batch is one transaction, so a crash loses at most the open batch and a re-run
 * (reading the inputs in the same order) completes it to exactly the database an uninterrupted run gives.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { readInputs } from '../read/index.ts';
import { extractDocument, type Extracted } from '../pipeline/extract.ts';
import { toOutput, type EventOutput } from '../pipeline/output.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { storeDocument } from './write.ts';
import { applyCuration } from './curation.ts';

/** Documents per transaction by default. */
export const DEFAULT_BATCH = 200;

/** Progress after each input. */
export interface IngestProgress { done: number; total: number | null; added: number; skipped: number; rejected: number }

/** A rejected input and why. */
export interface Rejection { source: string; problem: string }

/** Options of {@link ingest}. */
export interface IngestOptions {
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /** Called after each committed batch (tests use it to kill a run mid-way). */
  onCommit?: (batch: number, docs: number) => void;
  total?: number | null;
  stdin?: NodeJS.ReadableStream;
  /** Clock (ISO timestamp), injectable for tests. */
  now?: () => string;
  /** Where a document's events come from (default: the extraction's output contract); tests inject coded events. */
  eventsFor?: (x: Extracted) => EventOutput[];
}

/** What one ingest run did. */
export interface IngestSummary {
  runId: number;
  read: number;
  added: number;
  skipped: number;
  copies: number;
  events: number;
  newClusters: number;
  rejected: Rejection[];
  seconds: number;
}

/** A document ready to be written: its extraction and content hash. */
export interface Prepared { x: Extracted; hash: string; events: EventOutput[] }

/** sha256 of the content as read. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

async function hashStored(db: Kysely<Database>, hash: string): Promise<boolean> {
  return (await db.selectFrom('documents').select('seq').where('hash', '=', hash).executeTakeFirst()) !== undefined;
}

/** Ingests `paths` into the store and returns the run's summary. */
export async function ingest(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const now = opts.now ?? ((): string => new Date().toISOString());
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH);
  const { db } = store;
  const run = await db.insertInto('ingest_runs')
    .values({ started_at: now(), inputs: JSON.stringify(paths), status: 'running', docs_added: 0, docs_skipped: 0, copies: 0, events_added: 0, rejected: 0, rejections: '[]' })
    .returning('id').executeTakeFirstOrThrow();
  const s: IngestSummary = { runId: run.id, read: 0, added: 0, skipped: 0, copies: 0, events: 0, newClusters: 0, rejected: [], seconds: 0 };
  let batch: Prepared[] = [];
  const pending = new Set<string>();
  let batches = 0;
  const progress = (): void => opts.onProgress?.({ done: s.read + s.rejected.length, total: opts.total ?? null, added: s.added, skipped: s.skipped, rejected: s.rejected.length });

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    await db.transaction().execute(async (trx: Transaction<Database>) => {
      for (const p of docs) {
        const r = await storeDocument(trx, p, { runId: s.runId, now: now() });
        s.added++;
        if (r.copyOf) s.copies++;
        s.events += r.events;
        s.newClusters += r.newClusters;
      }
      await trx.updateTable('ingest_runs').set(runCounts(s)).where('id', '=', s.runId).execute();
    });
    pending.clear();
    batches++;
    opts.onCommit?.(batches, docs.length);
  };

  for await (const item of readInputs(paths, opts.stdin ? { stdin: opts.stdin } : {})) {
    if (!item.ok) { s.rejected.push({ source: item.error.source, problem: item.error.problem }); progress(); continue; }
    s.read++;
    const hash = contentHash(item.doc.content);
    if (pending.has(hash) || await hashStored(db, hash)) { s.skipped++; progress(); continue; }
    let x: Extracted;
    try {
      x = extractDocument(item.doc);
    } catch (err) {
      s.read--;
      s.rejected.push({ source: item.doc.source, problem: `could not be processed: ${err instanceof Error ? err.message : String(err)}` });
      progress();
      continue;
    }
    pending.add(hash);
    batch.push({ x, hash, events: opts.eventsFor ? opts.eventsFor(x) : toOutput(x).events });
    progress();
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  // New reports may have joined curated events: put the curators' edits back on top of them (a no-op without edits).
  await applyCuration(db);
  s.seconds = (performance.now() - t0) / 1000;
  await db.updateTable('ingest_runs').set({ ...runCounts(s), status: 'done', finished_at: now() }).where('id', '=', s.runId).execute();
  return s;
}

function runCounts(s: IngestSummary): { docs_added: number; docs_skipped: number; copies: number; events_added: number; rejected: number; rejections: string } {
  return { docs_added: s.added, docs_skipped: s.skipped, copies: s.copies, events_added: s.events, rejected: s.rejected.length, rejections: JSON.stringify(s.rejected) };
}
