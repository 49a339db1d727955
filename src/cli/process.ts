/** Shared CLI loop: read inputs, run the text engine on each, report bad inputs as one line each. */
import type { Doc } from '../pipeline/types.ts';
import { readInputs } from '../read/index.ts';
import { processDoc } from '../pipeline/text-engine.ts';

/** What a run over the inputs produced: documents handed to `onDoc` and the number of rejected inputs. */
export interface RunSummary { docs: number; rejected: number }

/** Reads every input, processes each document, and calls `onDoc`; problems go to `onError` as one line. */
export async function processInputs(
  paths: string[],
  onDoc: (doc: Doc) => void,
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
    let doc: Doc;
    try {
      doc = processDoc(item.doc);
    } catch (err) {
      rejected++;
      onError(`${item.doc.source}: could not be processed: ${err instanceof Error ? err.message : String(err)}`);
      continue;
    }
    docs++;
    onDoc(doc);
  }
  return { docs, rejected };
}
