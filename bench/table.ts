/** Small helpers of the benchmark: a text table, percentiles, clocks and sizes. */

/** Seconds since `t0` (a `performance.now()` reading). */
export const since = (t0: number): number => (performance.now() - t0) / 1000;

/** The p-th percentile (0–100) of `xs` (nearest rank); NaN for an empty list. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1] as number;
}

/** Bytes as MB (2^20). */
export const mb = (bytes: number): number => bytes / (1024 * 1024);

/** A number with `d` decimals, or "—" when it is not finite. */
export function num(x: number | null | undefined, d = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(d);
}

/** Prints rows as an aligned table: first column left, others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  return [line(header), line(w.map((n) => '-'.repeat(n))), ...rows.map(line)].join('\n');
}
