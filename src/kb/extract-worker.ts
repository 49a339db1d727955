/**
 * Worker thread of the extraction pool (src/kb/pool.ts): receives raw documents, runs the whole extraction
 * on each and posts back the result (or the printed text), or the problem when extraction threw. Stateless between documents.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type PoolReply, type PoolTask } from './extract-one.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread of src/kb/pool.ts');

port.on('message', (task: PoolTask) => {
  const reply: PoolReply = { id: task.id, result: runTask(task) };
  port.postMessage(reply);
});
port.postMessage({ ready: true });
