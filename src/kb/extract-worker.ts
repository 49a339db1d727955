/**
 * Worker thread of the extraction pool (src/kb/pool.ts): receives raw documents, runs the whole extraction
 * on each and posts back the result, or the problem when extraction threw. Stateless between documents.
 */
import { parentPort } from 'node:worker_threads';
import { extractOne, type PoolReply, type PoolTask } from './extract-one.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread of src/kb/pool.ts');

port.on('message', (task: PoolTask) => {
  // Without a caller's events hook, only the layers the store reads travel back.
  const reply: PoolReply = { id: task.id, result: extractOne(task.raw, task.events, task.events) };
  port.postMessage(reply);
});
port.postMessage({ ready: true });
