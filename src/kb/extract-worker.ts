/**
 * Worker thread of the extraction pool (src/kb/pool.ts): receives raw documents, runs the whole extraction
 * on each and posts back the results (or the printed texts), or the problem when extraction threw. Stateless
 * between documents.
 *
 * Answers travel in small batches: a worker posts what it holds when {@link REPLY_BATCH} answers are ready or
 * when no document is waiting in its queue, so the calling thread wakes about once per batch instead of once per
 * document. Which document the worker is on is written to the pool's shared progress cell (no message), so a
 * worker that dies is charged with that document, not with one whose answer it held.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, REPLY_BATCH, type PoolReply, type PoolTask, type WorkerSetup } from './extract-one.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread of src/kb/pool.ts');
const { progress } = workerData as WorkerSetup;

let held: PoolReply[] = [];
function flush(): void {
  if (held.length === 0) return;
  const replies = held;
  held = [];
  port?.postMessage({ replies });
}

port.on('message', (task: PoolTask) => {
  Atomics.store(progress, 0, task.id);
  const reply: PoolReply = { id: task.id, result: runTask(task) };
  Atomics.store(progress, 0, 0);
  // Messages already queued are delivered before an immediate runs: it fires when the queue is empty.
  if (held.length === 0) setImmediate(flush);
  held.push(reply);
  if (held.length >= REPLY_BATCH) flush();
});
port.postMessage({ ready: true });
