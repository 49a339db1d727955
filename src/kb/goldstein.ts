/** CAMEO code lookups for export: Goldstein scale (data/kb/cameo-goldstein.tsv) and GDELT quad class. */
import { readTsv } from '../util/data.ts';

let table: ReadonlyMap<string, number> | null = null;

function load(): ReadonlyMap<string, number> {
  if (table) return table;
  const m = new Map<string, number>();
  for (const r of readTsv('kb/cameo-goldstein.tsv')) m.set(r.code ?? '', Number(r.goldstein));
  table = m;
  return m;
}

/** Goldstein value of a CAMEO code: exact, else its 3-digit base, else its root; null when unknown. */
export function goldstein(code: string): number | null {
  const t = load();
  for (const c of [code, code.slice(0, 3), code.slice(0, 2)]) {
    const v = t.get(c);
    if (v !== undefined) return v;
  }
  return null;
}

/** GDELT QuadClass of a CAMEO code: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20). */
export function quadClass(code: string): 1 | 2 | 3 | 4 {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
