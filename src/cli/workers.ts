/** The `--workers` option shared by `elchi extract` and `elchi ingest`: how many extraction threads a run uses. */
import { defaultWorkers, MAX_WORKERS } from '../kb/pool.ts';

/** Documents that justify one more extraction thread when `--workers` is not given. */
export const DOCS_PER_WORKER = 100;

/** The option's help text. */
export const WORKERS_HELP = `extraction threads (default: one per core, here ${defaultWorkers()}, and at most one per ${DOCS_PER_WORKER} documents); 1 extracts in the main thread`;

/** The thread count `--workers` asks for (undefined: not given), or the one-line problem with its value. */
export function parseWorkers(value: string | undefined): { workers: number | undefined } | { problem: string } {
  if (value === undefined) return { workers: undefined };
  const n = /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_WORKERS)) return { problem: `--workers takes a whole number from 1 to ${MAX_WORKERS}, not "${value}"` };
  return { workers: n };
}

/**
 * The threads a run uses: what `--workers` asked for, or by default one per core and at most one per
 * {@link DOCS_PER_WORKER} documents of the `total` counted (null: not known, as for standard input): starting a
 * worker (loading the language data) costs about as much as extracting that many.
 */
export function threadsFor(asked: number | undefined, total: number | null): number {
  if (asked !== undefined) return asked;
  const all = defaultWorkers();
  return total === null ? all : Math.max(1, Math.min(all, Math.ceil(total / DOCS_PER_WORKER)));
}
