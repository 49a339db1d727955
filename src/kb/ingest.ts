/**
 * `elchi ingest`: read inputs, extract each new document, and store it with its mentions, actors, events
 * and evidence in batched transactions. Idempotent by content hash (a document already stored is skipped
 * before extraction); each batch is one transaction, so a crash loses at most the open batch and a re-run
 * (reading the inputs in the same order) completes it to exactly the database an uninterrupted run gives.
 *
 * Extraction runs on worker threads when `workers` > 1 (src/kb/pool.ts); this thread reads, dispatches
 * documents in input order and writes their results in that same order, so the database is the same
 * whatever the number of workers.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { readInputs } from '../read/index.ts';
import type { Extracted } from '../pipeline/extract.ts';
import type { EventOutput } from '../pipeline/output.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';
import { storeDocument } from './write.ts';
import { applyCuration } from './curation.ts';
import { makeExtractor, type Pending } from './pool.ts';
import { extractedProblem, rawProblem } from './ingest-checks.ts';
import type { StoreKeys } from './store-keys.ts';

/** Documents per transaction by default. */
export const DEFAULT_BATCH = 200;
/**
 * Inputs read ahead of the oldest one not yet settled, beyond a batch: documents in extraction, skips and
 * rejections waiting their turn. A batch's transaction stops reading, so workers need this much queued work
 * to stay busy while it runs. It does not depend on the number of workers (so neither do the results).
 */
const READ_AHEAD = 128;

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
  /** Where a document's events come from (default: the extraction's output contract); tests inject coded events. Runs in this thread. */
  eventsFor?: (x: Extracted) => EventOutput[];
  /** Extraction threads: 1 (default) extracts in this thread, N > 1 on N worker threads; the database is the same either way. */
  workers?: number;
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

/** A document ready to be written: its extraction, content hash and events; `keys` when computed with the extraction (else the writer derives them). */
export interface Prepared { x: Extracted; hash: string; events: EventOutput[]; keys?: StoreKeys }

/** sha256 of the content as read. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

async function hashStored(db: Kysely<Database>, hash: string): Promise<boolean> {
  return (await db.selectFrom('documents').select('seq').where('hash', '=', hash).executeTakeFirst()) !== undefined;
}

/** One input in the order it was read: a rejection, a document already stored, or a document in extraction. */
type Entry =
  | { kind: 'rejected'; source: string; problem: string }
  | { kind: 'skipped' }
  | { kind: 'same'; source: string; hash: string }
  | { kind: 'doc'; source: string; hash: string; result: Pending };

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
  /** Hashes dispatched or waiting in the open batch: a second copy in the same run is skipped. */
  const pending = new Set<string>();
  let batches = 0;
  const progress = (): void => opts.onProgress?.({ done: s.read + s.rejected.length, total: opts.total ?? null, added: s.added, skipped: s.skipped, rejected: s.rejected.length });
  const extractor = makeExtractor(opts.workers ?? 1);
  const wantEvents = !opts.eventsFor;

  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const docs = batch;
    batch = [];
    await db.transaction().execute(async (trx: Transaction<Database>) => {
      for (const p of docs) {
        // Let worker threads' answers in (and new documents out to them) between documents of a long transaction.
        await new Promise<void>((res) => setImmediate(res));
        const r = await storeDocument(trx, p, { runId: s.runId, now: now() });
        s.added++;
        if (r.copyOf) s.copies++;
        s.events += r.events;
        s.newClusters += r.newClusters;
      }
      await trx.updateTable('ingest_runs').set(runCounts(s)).where('id', '=', s.runId).execute();
    });
    for (const p of docs) pending.delete(p.hash);
    batches++;
    progress();
    opts.onCommit?.(batches, docs.length);
  };

  // Inputs are taken in order: each one's outcome is counted, and its document written, only after every earlier one.
  const queue: Entry[] = [];
  /** Content rejected after extraction in this run, with why: a later copy of it in the run is rejected alike. */
  const refused = new Map<string, string>();
  const settle = async (e: Entry): Promise<void> => {
    if (e.kind === 'rejected') s.rejected.push({ source: e.source, problem: e.problem });
    else if (e.kind === 'skipped') { s.read++; s.skipped++; }
    else if (e.kind === 'same') {
      const problem = refused.get(e.hash);
      if (problem === undefined) { s.read++; s.skipped++; } else s.rejected.push({ source: e.source, problem });
    } else {
      const r = await e.result();
      const problem = r.ok ? extractedProblem(r.x) : r.problem;
      if (r.ok && problem === null) {
        s.read++;
        // Keys computed with the extraction's own events (an events hook codes others: then the writer derives them).
        const keys = !opts.eventsFor && r.events && r.keys ? { keys: r.keys } : {};
        batch.push({ x: r.x, hash: e.hash, events: opts.eventsFor ? opts.eventsFor(r.x) : (r.events ?? []), ...keys });
      } else {
        pending.delete(e.hash);
        refused.set(e.hash, problem ?? 'could not be processed');
        s.rejected.push({ source: e.source, problem: problem ?? 'could not be processed' });
      }
    }
    progress();
    if (batch.length >= batchSize) await flush();
  };

  try {
    for await (const item of readInputs(paths, opts.stdin ? { stdin: opts.stdin } : {})) {
      if (!item.ok) queue.push({ kind: 'rejected', source: item.error.source, problem: item.error.problem });
      else {
        const hash = contentHash(item.doc.content);
        const tooLong = rawProblem(item.doc);
        if (tooLong) queue.push({ kind: 'rejected', source: item.doc.source, problem: tooLong });
        else if (pending.has(hash)) queue.push({ kind: 'same', source: item.doc.source, hash });
        else if (await hashStored(db, hash)) queue.push({ kind: 'skipped' });
        else {
          pending.add(hash);
          queue.push({ kind: 'doc', source: item.doc.source, hash, result: extractor.submit(item.doc, wantEvents) });
        }
      }
      while (queue.length >= batchSize + READ_AHEAD) await settle(queue.shift() as Entry);
    }
    while (queue.length > 0) await settle(queue.shift() as Entry);
    await flush();
  } finally {
    await extractor.close();
  }
  // New reports may have joined curated events: put the curators' edits back on top of them (a no-op without edits),
  // and store the dyad summaries of the pairs whose events changed.
  await applyCuration(db);
  s.seconds = (performance.now() - t0) / 1000;
  await db.updateTable('ingest_runs').set({ ...runCounts(s), status: 'done', finished_at: now() }).where('id', '=', s.runId).execute();
  return s;
}

function runCounts(s: IngestSummary): { docs_added: number; docs_skipped: number; copies: number; events_added: number; rejected: number; rejections: string } {
  return { docs_added: s.added, docs_skipped: s.skipped, copies: s.copies, events_added: s.events, rejected: s.rejected.length, rejections: JSON.stringify(s.rejected) };
}
