/** The CLI loop of `extract` and `analyse`: read inputs, render each document (on worker threads or not), report bad inputs as one line each. */
import { readInputs } from '../read/index.ts';
import { QUEUED_PER_WORKER, type Printer, type PrintResult } from '../kb/pool.ts';

/** What a run over the inputs produced: documents rendered and the number of rejected inputs. */
export interface RunSummary { docs: number; rejected: number }

/** A document's printed text on its way, or an input that could not be read; kept in input order. */
type Queued = { kind: 'doc'; source: string; result: () => Promise<PrintResult> } | { kind: 'error'; line: string };

/**
 * Reads every input and renders each document with `printer` (on its threads, if it has any), in input order;
 * problems go to `onError` as one line, in input order among the documents. At most a few documents per
 * thread are in flight, and a promise from `onPrinted` (a full output buffer) is waited for, so memory stays
 * bounded however many inputs there are and however slowly the output is read.
 */
export async function printInputs(
  paths: string[],
  printer: Printer,
  onPrinted: (text: string) => void | Promise<void>,
  onError: (line: string) => void,
): Promise<RunSummary> {
  const summary: RunSummary = { docs: 0, rejected: 0 };
  const window = Math.max(1, printer.threads * 2 * QUEUED_PER_WORKER);
  const queue: Queued[] = [];
  const settle = async (q: Queued): Promise<void> => {
    if (q.kind === 'error') {
      summary.rejected++;
      onError(q.line);
      return;
    }
    const r = await q.result();
    if (r.ok) {
      summary.docs++;
      await onPrinted(r.printed);
    } else {
      summary.rejected++;
      onError(`${q.source}: ${r.problem}`);
    }
  };
  for await (const item of readInputs(paths)) {
    if (item.ok) queue.push({ kind: 'doc', source: item.doc.source, result: printer.submit(item.doc) });
    else queue.push({ kind: 'error', line: `${item.error.source}: ${item.error.problem}` });
    while (queue.length >= window) await settle(queue.shift() as Queued);
  }
  for (const q of queue) await settle(q);
  return summary;
}
