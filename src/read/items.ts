/** Read results shared by the readers: one document or one clear error per input, and run-unique ids. */
import type { RawDoc } from '../pipeline/types.ts';

/** A bad input: which one (path, `path:line`, or `-`) and what is wrong with it, in one line. */
export interface ReadError { source: string; problem: string }
/** One document read, or one input that could not be read. */
export type ReadItem = { ok: true; doc: RawDoc } | { ok: false; error: ReadError };

/** An error item for `source`. */
export const fail = (source: string, problem: string): ReadItem => ({ ok: false, error: { source, problem } });

/** Gives each derived id once per run: a second `x` becomes `x~2`. */
export class Ids {
  private seen = new Map<string, number>();
  /** The id itself the first time, `id~N` the N-th time. */
  take(id: string): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  }
}
