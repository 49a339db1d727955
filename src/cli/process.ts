/** Shared CLI loops: read inputs, run the pipeline on each (or print it, on worker threads), report bad inputs as one line each. */
import { readInputs } from '../read/index.ts';
import { extractDocument, type Extracted } from '../pipeline/extract.ts';
import type { PrintOptions } from '../pipeline/print.ts';
import type { Printer, PrintResult } from '../kb/pool.ts';

/** What a run over the inputs produced: documents handed to `onDoc` and the number of rejected inputs. */
export interface RunSummary { docs: number; rejected: number }

/** Reads every input, extracts each document, and calls `onDoc`; problems go to `onError` as one line. */
export async function processInputs(
  paths: string[],
  onDoc: (x: Extracted) => void,
  onError: (line: string) => void,
): Promise<RunSummary> {
  let docs = 0;
  let rejected = 0;
  for await (const item of readInputs(paths)) {
    if (!item.ok) {
      rejected++;
      onError(`${item.error.source}: ${item.error.problem}`);
      continue;
    }
    let x: Extracted;
    try {
      x = extractDocument(item.doc);
    } catch (err) {
      rejected++;
      onError(`${item.doc.source}: could not be processed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    docs++;
    onDoc(x);
  }
  return { docs, rejected };
}

/** A document's printed text on its way, or an input that could not be read; kept in input order. */
type Queued = { kind: 'doc'; source: string; result: () => Promise<PrintResult> } | { kind: 'error'; line: string };

/**
 * Reads every input and prints each document as `elchi extract` does, on `printer`'s threads, in input order;
 * problems go to `onError` as one line, in input order among the documents. At most a few documents per
 * thread are in flight, and a promise from `onPrinted` (a full output buffer) is waited for, so memory stays
 * bounded however many inputs there are and however slowly the output is read.
 */
export async function printInputs(
  paths: string[],
  printer: Printer,
  opts: PrintOptions,
  onPrinted: (text: string) => void | Promise<void>,
  onError: (line: string) => void,
): Promise<RunSummary> {
  const summary: RunSummary = { docs: 0, rejected: 0 };
  const window = Math.max(1, printer.threads * 8);
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
    if (item.ok) queue.push({ kind: 'doc', source: item.doc.source, result: printer.submit(item.doc, opts) });
    else queue.push({ kind: 'error', line: `${item.error.source}: ${item.error.problem}` });
    while (queue.length >= window) await settle(queue.shift() as Queued);
  }
  for (const q of queue) await settle(q);
  return summary;
}
