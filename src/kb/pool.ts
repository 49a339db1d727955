/**
 * Where ingest and `elchi extract` extract documents: in the calling thread, or on a pool of worker threads. Each
 * worker holds a few documents in its queue, so it keeps working while the calling thread is busy writing, and
 * answers in small batches (src/kb/extract-worker.ts), so the calling thread wakes once per batch; a worker that
 * dies takes only the document it was working on with it, known from its shared progress cell (the others it held,
 * answered or not, go to the remaining workers). The pool answers each document with a promise; the caller
 * decides the order in which results are used.
 */
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { RawDoc } from '../pipeline/types.ts';
import type { Extracted } from '../pipeline/extract.ts';
import { printExtraction, type PrintOptions } from '../pipeline/print.ts';
import { extractOne, renderOne, REPLY_BATCH, type ExtractResult, type PoolTask, type PrintResult, type WorkerMessage, type WorkerSetup } from './extract-one.ts';

export type { ExtractResult, PrintResult } from './extract-one.ts';

/** Most worker threads used by default, whatever the number of cores. */
export const MAX_DEFAULT_WORKERS = 8;
/** Most worker threads accepted at all. */
export const MAX_WORKERS = 64;
/**
 * Documents queued in one worker at a time: two batches of answers, so that it works on one while the other
 * travels (a caller keeping more documents than this in flight per worker keeps every worker busy).
 */
export const QUEUED_PER_WORKER = 2 * REPLY_BATCH;
/**
 * Young-generation ceiling (MB) of a printing worker (`elchi extract`): V8 splits it into two semi-spaces and a
 * large-object space of a third each. A document's extraction allocates about 0.6 MB that dies with it; with Node's
 * default for workers (48 MB, 16 MB semi-spaces) a worker scavenges every 25 or so documents, copying the documents
 * in flight each time. Semi-spaces of up to 128 MB cut the scavenges about eightfold: 2 workers print 8–10% more
 * documents per second than with the default (bench/extract-bench.ts; 64 MB semi-spaces gave half of that, 256 MB
 * no more), and `elchi extract --workers 2` on 20,000 documents peaks at 940 MB RSS instead of 755 MB. Ingest's
 * workers keep the default: its single writer, not extraction, sets its pace, and its peak memory is a target of
 * its own (it went from 746 to 902 MB with 64 MB semi-spaces).
 */
export const PRINT_WORKER_LIMITS: ResourceLimits = Object.freeze({ maxYoungGenerationSizeMb: 384 });

/** Default number of extraction threads: one per core, at most {@link MAX_DEFAULT_WORKERS}. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_WORKERS));
}

/** A submitted document's extraction, to be collected when its turn comes. */
export type Pending = () => Promise<ExtractResult>;

/** Extracts documents. */
export interface Extractor {
  /** Worker threads used (0: the calling thread). */
  readonly threads: number;
  /**
   * Submits `raw` (`events` asks for the output-contract events too); the returned function yields its
   * extraction. The promise rejects only when the pool itself failed.
   */
  submit(raw: RawDoc, events: boolean): Pending;
  close(): Promise<void>;
}

/** Renders documents as text (what `elchi extract` prints, or another rendering of the extraction). */
export interface Printer {
  /** Worker threads used (0: the calling thread). */
  readonly threads: number;
  /** Submits `raw`; the returned function yields its text. The promise rejects only when the pool itself failed. */
  submit(raw: RawDoc): () => Promise<PrintResult>;
  close(): Promise<void>;
}

/** A promise collected later: a failure before it is collected does not count as unhandled. */
function later<T>(p: Promise<T>): () => Promise<T> {
  p.catch(() => {});
  return () => p;
}

/** Extraction in the calling thread, done when the result is collected (so in collection order, one at a time). */
export function inThreadExtractor(): Extractor {
  return { threads: 0, submit: (raw, events) => () => Promise.resolve(extractOne(raw, events)), close: async () => {} };
}

/** Rendering with `render` in the calling thread, done when the result is collected. */
export function inThreadPrinter(render: (x: Extracted) => string): Printer {
  return { threads: 0, submit: (raw) => () => Promise.resolve(renderOne(raw, render)), close: async () => {} };
}

const SELF = import.meta.url;

/**
 * The worker's entry: dist/kb/extract-worker.js when running compiled; from source (tsx), a small module
 * that registers tsx in the worker first (Node 20 does not apply the parent's `--import tsx` hooks to workers).
 */
function workerEntry(): URL {
  if (!SELF.endsWith('.ts')) return new URL('./extract-worker.js', SELF);
  const api = import.meta.resolve('tsx/esm/api');
  const target = new URL('./extract-worker.ts', SELF).href;
  const code = `import { register } from ${JSON.stringify(api)}; register(); await import(${JSON.stringify(target)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

type Result = ExtractResult | PrintResult;
interface Job { task: PoolTask; resolve: (r: Result) => void; reject: (e: Error) => void }
interface Slot { worker: Worker; ready: boolean; jobs: Job[]; error: Error | null; progress: Int32Array }

/** A pool of `threads` extraction workers, started on first use. */
export class WorkerPool implements Extractor {
  private slots: Slot[] = [];
  private waiting: Job[] = [];
  private nextId = 1;
  private fatal: Error | null = null;
  private closed = false;

  /** `resourceLimits` applies to each worker (a worker that runs out of memory fails only its document). */
  constructor(readonly threads: number, private readonly resourceLimits?: ResourceLimits) {
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`a worker pool needs at least one thread, not ${threads}`);
  }

  submit(raw: RawDoc, events: boolean): Pending {
    return later(this.extract(raw, events));
  }

  /** The extraction of `raw`, started as soon as a worker is free. */
  extract(raw: RawDoc, events: boolean): Promise<ExtractResult> {
    return this.run(raw, events).then((r) => ('printed' in r ? { ok: false, problem: 'the extraction thread printed instead of extracting' } : r));
  }

  /** What `elchi extract` prints for `raw`, made as soon as a worker is free. */
  print(raw: RawDoc, opts: PrintOptions): Promise<PrintResult> {
    return this.run(raw, false, opts).then((r) => ('x' in r ? { ok: false, problem: 'the extraction thread extracted instead of printing' } : r));
  }

  /** A printer on this pool printing with `opts` (the pool is closed with it). */
  printer(opts: PrintOptions): Printer {
    return { threads: this.threads, submit: (raw) => later(this.print(raw, opts)), close: () => this.close() };
  }

  private run(raw: RawDoc, events: boolean, print?: PrintOptions): Promise<Result> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ task: { id: this.nextId++, raw, events, ...(print ? { print } : {}) }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Gives waiting documents to the least busy workers, starting workers up to `threads`. */
  private pump(): void {
    while (this.waiting.length > 0 && !this.fatal && !this.closed) {
      let slot: Slot | undefined;
      for (const s of this.slots) if (s.jobs.length < QUEUED_PER_WORKER && (!slot || s.jobs.length < slot.jobs.length)) slot = s;
      if (!slot || (slot.jobs.length > 0 && this.slots.length < this.threads)) {
        if (this.slots.length < this.threads) slot = this.spawn();
        else if (!slot) return;
      }
      const job = this.waiting.shift() as Job;
      slot.jobs.push(job);
      slot.worker.postMessage(job.task);
    }
  }

  private spawn(): Slot {
    const setup: WorkerSetup = { progress: new Int32Array(new SharedArrayBuffer(4)) };
    const worker = new Worker(workerEntry(), { workerData: setup, ...(this.resourceLimits ? { resourceLimits: this.resourceLimits } : {}) });
    const slot: Slot = { worker, ready: false, jobs: [], error: null, progress: setup.progress };
    this.slots.push(slot);
    worker.on('message', (m: WorkerMessage) => {
      if ('ready' in m) { slot.ready = true; return; }
      for (const r of m.replies) {
        // A worker answers its documents in the order it received them.
        const i = slot.jobs.findIndex((j) => j.task.id === r.id);
        if (i >= 0) slot.jobs.splice(i, 1)[0]?.resolve(r.result);
      }
      this.pump();
    });
    worker.on('error', (err: Error) => { slot.error = err; });
    worker.on('exit', (code: number) => {
      this.slots = this.slots.filter((s) => s !== slot);
      if (this.closed) return;
      const why = slot.error ? slot.error.message : `exit code ${code}`;
      const jobs = slot.jobs;
      slot.jobs = [];
      if (!slot.ready) {
        // The worker never loaded: no document will fare better, so the pool stops.
        const err = new Error(`extraction worker could not start: ${why}`);
        for (const j of jobs) j.reject(err);
        this.fail(err);
        return;
      }
      // The document the worker was on (by its progress cell; the first unanswered one if it died between documents)
      // fails; the others, answered in a batch it did not post or not started, go to the other workers.
      const on = Atomics.load(slot.progress, 0);
      const at = Math.max(0, jobs.findIndex((j) => j.task.id === on));
      const [current] = jobs.splice(at, 1);
      current?.resolve({ ok: false, problem: `could not be processed: the extraction thread stopped (${why})` });
      this.waiting.unshift(...jobs);
      this.pump();
    });
    return slot;
  }

  /** Stops the pool: every document waiting or held by a worker is rejected with `err`. */
  private fail(err: Error): void {
    this.fatal = err;
    for (const j of this.waiting) j.reject(err);
    this.waiting = [];
    for (const s of this.slots) { for (const j of s.jobs) j.reject(err); s.jobs = []; }
    void this.close();
  }
}

/** The extractor for `workers` threads: 1 (or less) extracts in the calling thread, more starts a pool. */
export function makeExtractor(workers: number): Extractor {
  return workers > 1 ? new WorkerPool(workers) : inThreadExtractor();
}

/** The printer of `elchi extract` with `opts` for `workers` threads: 1 (or less) prints in the calling thread, more starts a pool. */
export function makePrinter(workers: number, opts: PrintOptions): Printer {
  return workers > 1 ? new WorkerPool(workers, PRINT_WORKER_LIMITS).printer(opts) : inThreadPrinter((x) => printExtraction(x, opts));
}
