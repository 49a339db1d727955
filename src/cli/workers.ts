/** The `--workers` option shared by `elchi extract` and `elchi ingest`: how many extraction threads a run uses. */
import { defaultWorkers, MAX_WORKERS } from '../kb/pool.ts';

/**
 * Documents that justify one more extraction thread when `--workers` is not given. A worker loads the language
 * data and warms its own memos and compiled code (about 1.5 s on this project's 2-core machine, more when two
 * start at once), so a second thread only pays off on larger inputs: measured with the built CLI on generated
 * 3 KB documents, `extract` on 1 and 2 threads took 4.2 and 5.1 s for 1,000 documents, 6.4 and 6.7 s for
 * 2,000, 10.9 and 9.3 s for 4,000; `ingest` 8.1 and 8.6 s for 1,000, 14.2 and 13.3 s for 2,000.
 */
export const DOCS_PER_WORKER = 2000;

/** The option's help text. */
export const WORKERS_HELP = `extraction threads (default: one per core, here ${defaultWorkers()}, and at most one per ${DOCS_PER_WORKER} documents; one for standard input); 1 extracts in the main thread`;

/** The thread count `--workers` asks for (undefined: not given), or the one-line problem with its value. */
export function parseWorkers(value: string | undefined): { workers: number | undefined } | { problem: string } {
  if (value === undefined) return { workers: undefined };
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) return { problem: `--workers takes a whole number from 1 to ${MAX_WORKERS}, not "${value}"` };
  return { workers: n };
}

/**
 * The threads a run uses: what `--workers` asked for, or by default one per core and at most one per
 * {@link DOCS_PER_WORKER} documents of the `total` counted. When the total is not known (standard input), one: a
 * pipe of a few documents would wait seconds for threads to start, and `--workers` asks for them.
 */
export function threadsFor(asked: number | undefined, total: number | null, cores = defaultWorkers()): number {
  if (asked !== undefined) return asked;
  return total === null ? 1 : Math.max(1, Math.min(cores, Math.ceil(total / DOCS_PER_WORKER)));
}
