/**
 * One document's extraction, as run in a worker thread or in the calling thread: for ingest, the result or the
 * problem; for `elchi extract`, the printed text or the problem.
 */
import type { RawDoc } from '../pipeline/types.ts';
import { extractDocument, type Extracted } from '../pipeline/extract.ts';
import { printExtraction, type PrintOptions } from '../pipeline/print.ts';
import { toOutput, type EventOutput } from '../pipeline/output.ts';
import { storeKeys, type StoreKeys } from './store-keys.ts';

/**
 * A document's extraction and its events in the output contract (null when the caller codes events itself), with
 * the keys the writer derives from them (with the events only), or why it failed.
 */
export type ExtractResult = { ok: true; x: Extracted; events: EventOutput[] | null; keys?: StoreKeys } | { ok: false; problem: string };

/** What `elchi extract` prints for a document, with the number of its events, or why it failed. */
export type PrintResult = { ok: true; printed: string; events: number } | { ok: false; problem: string };

/**
 * A document sent to a worker: with `print`, the worker answers with what `elchi extract` prints for it; otherwise
 * with its extraction, where `events` asks for the output-contract events (and then only the layers the store reads come back).
 */
export interface PoolTask { id: number; raw: RawDoc; events: boolean; print?: PrintOptions }
/** A worker's answer to one task. */
export interface PoolReply { id: number; result: ExtractResult | PrintResult }
/** What a worker posts: that it is ready, or a batch of answers in the order of its tasks. */
export type WorkerMessage = { ready: true } | { replies: PoolReply[] };
/** What a worker starts with: `progress[0]` is the id of the task it is running (0: none). */
export interface WorkerSetup { progress: Int32Array }
/** Most answers a worker holds before posting them (src/kb/extract-worker.ts). */
export const REPLY_BATCH = 4;

/**
 * The layers of an extraction that ingest stores, the others left empty, so that less travels between
 * threads: src/kb/write.ts reads the document's metadata, text and removed lines and the mentions (events come
 * separately, in the output contract); what it needs of the tokens travels as the {@link storeKeys} computed
 * beside this, so no token does.
 * test/kb-workers.test.ts compares the databases built with and without worker threads, so a layer the
 * store starts reading shows up there as a difference.
 */
export function forStore(x: Extracted): Extracted {
  const d = x.doc;
  return {
    doc: {
      id: d.id, source: d.source, ...(d.url !== undefined ? { url: d.url } : {}), ...(d.title !== undefined ? { title: d.title } : {}),
      original: '', text: d.text, offsetMap: new Int32Array(0), removed: d.removed, lang: d.lang, langConfidence: d.langConfidence,
      paragraphs: [], sentences: [], tokens: [], dates: [], published: d.published, diagnostics: [],
    },
    entities: [],
    mentions: x.mentions,
    events: [],
  };
}

/**
 * Extracts one document; an exception becomes a one-line problem instead of a throw. With `events`, the
 * output-contract events are computed too, with the keys the writer derives ({@link storeKeys}), and `slim` keeps
 * only the layers the store reads ({@link forStore}).
 */
export function extractOne(raw: RawDoc, events: boolean, slim = false): ExtractResult {
  try {
    const x = extractDocument(raw);
    if (!events) return { ok: true, x, events: null };
    const out = toOutput(x).events;
    return { ok: true, x: slim ? forStore(x) : x, events: out, keys: storeKeys(x.doc, out, x.mentions) };
  } catch (err) {
    return failed(err);
  }
}

/** Extracts one document and renders it with `render`; an exception becomes a one-line problem. */
export function renderOne(raw: RawDoc, render: (x: Extracted) => string): PrintResult {
  try {
    const x = extractDocument(raw);
    return { ok: true, printed: render(x), events: x.events.length };
  } catch (err) {
    return failed(err);
  }
}

/** What `elchi extract` prints for one document ({@link renderOne} with {@link printExtraction}). */
export function printOne(raw: RawDoc, opts: PrintOptions): PrintResult {
  return renderOne(raw, (x) => printExtraction(x, opts));
}

/** The task a worker runs: a print when the task asks for one, an extraction otherwise. */
export function runTask(task: PoolTask): ExtractResult | PrintResult {
  // Without a caller's events hook, only the layers the store reads travel back.
  return task.print ? printOne(task.raw, task.print) : extractOne(task.raw, task.events, task.events);
}

const failed = (err: unknown): { ok: false; problem: string } =>
  ({ ok: false, problem: `could not be processed: ${err instanceof Error ? err.message : String(err)}` });
