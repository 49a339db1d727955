/** Shared CLI loop: read inputs, run the text engine on each, report bad inputs as one line each. */
import { readInputs } from '../read/index.ts';
import { extractDocument, type Extracted } from '../pipeline/extract.ts';

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
