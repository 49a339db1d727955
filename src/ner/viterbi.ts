/**
 * First-order Viterbi decoding over the tags of a scheme (BIO by default) with its well-formedness
 * constraints, and per-token max-marginal margins.
 */
import { BIO, type TagScheme } from './scheme.ts';

const NEG = -1e30;

/** Transition weights: row `prev` (0…T−1, row T = sentence start) × column `tag`. */
export type Transitions = Float64Array | Float32Array;

/** Best tag sequence for emission scores `emit` (n × T, row-major, T = the scheme's tag count) and transitions. */
export function viterbi(emit: Float64Array, n: number, trans: Transitions, scheme: TagScheme = BIO): number[] {
  return decode(emit, n, trans, false, scheme).tags;
}

/**
 * Best tag sequence and, per token, the margin between the best path and the best path that gives that
 * token another tag (max-marginals from a forward and a backward max pass); 0 means a tie.
 */
export function viterbiWithMargins(emit: Float64Array, n: number, trans: Transitions, scheme: TagScheme = BIO): { tags: number[]; margins: number[] } {
  return decode(emit, n, trans, true, scheme);
}

const tables = new Map<TagScheme, Uint8Array>();

/** The scheme's constraints as a table: rows prev 0…T−1 and T (start) × tag, then one row of allowed final tags. */
function allowedTable(scheme: TagScheme): Uint8Array {
  let tab = tables.get(scheme);
  if (tab) return tab;
  const T = scheme.tags.length;
  tab = new Uint8Array((T + 2) * T);
  for (let p = 0; p <= T; p++) for (let t = 0; t < T; t++) tab[p * T + t] = scheme.allowed(p === T ? -1 : p, t) ? 1 : 0;
  for (let t = 0; t < T; t++) tab[(T + 1) * T + t] = scheme.final(t) ? 1 : 0;
  tables.set(scheme, tab);
  return tab;
}

function decode(emit: Float64Array, n: number, trans: Transitions, margins: boolean, scheme: TagScheme): { tags: number[]; margins: number[] } {
  if (n === 0) return { tags: [], margins: [] };
  const T = scheme.tags.length;
  const ok = allowedTable(scheme);
  const allowedAfter = (prev: number, tag: number): boolean => ok[(prev < 0 ? T : prev) * T + tag] === 1;
  const endOk = (t: number): boolean => ok[(T + 1) * T + t] === 1;
  const fwd = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) fwd[t] = allowedAfter(-1, t) ? emit[t]! + trans[T * T + t]! : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!allowedAfter(p, t)) continue;
        const s = fwd[(i - 1) * T + p]! + trans[p * T + t]!;
        if (s > best) { best = s; arg = p; }
      }
      fwd[i * T + t] = best + emit[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  for (let t = 0; t < T; t++) if (!endOk(t)) fwd[(n - 1) * T + t] = NEG;
  let last = 0;
  for (let t = 1; t < T; t++) if (fwd[(n - 1) * T + t]! > fwd[(n - 1) * T + last]!) last = t;
  const tags = new Array<number>(n);
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]!]!;
  if (!margins) return { tags, margins: [] };
  // Backward max pass: bwd[i][t] = best score of tokens i+1… given tag t at i.
  const bwd = new Float64Array(n * T);
  for (let t = 0; t < T; t++) if (!endOk(t)) bwd[(n - 1) * T + t] = NEG;
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = NEG;
      for (let q = 0; q < T; q++) {
        if (!allowedAfter(t, q)) continue;
        const s = trans[t * T + q]! + emit[(i + 1) * T + q]! + bwd[(i + 1) * T + q]!;
        if (s > best) best = s;
      }
      bwd[i * T + t] = best;
    }
  }
  const total = fwd[(n - 1) * T + last]!;
  const m = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    let other = NEG;
    for (let t = 0; t < T; t++) if (t !== tags[i]) other = Math.max(other, fwd[i * T + t]! + bwd[i * T + t]!);
    m[i] = Math.max(0, total - other);
  }
  return { tags, margins: m };
}
