/** Locates and parses the project's language data files under `data/`. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the installed package (the folder holding package.json and data/). */
export const packageRoot: string = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find elchi's data/ folder above ${from}`);
    dir = up;
  }
}

/** Absolute path of a file under data/. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}

/** One parsed TSV row: column name → cell (empty string when the cell is empty). */
export type TsvRow = Record<string, string>;

/**
 * Reads a data TSV: lines starting with `#` are the header comment (what the file holds, sources),
 * the first other line names the columns, blank lines are skipped. Throws with file and line when a
 * row has the wrong number of cells, so malformed data fails loudly at load time.
 */
export function readTsv(relPath: string): TsvRow[] {
  const file = dataPath(relPath);
  return parseTsv(readFileSync(file, 'utf8'), `data/${relPath}`);
}

/** Parses TSV text in the data-file format of {@link readTsv}; `name` is used in error messages. */
export function parseTsv(content: string, name: string): TsvRow[] {
  const lines = content.split(/\r?\n/);
  let columns: string[] | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!columns) {
      columns = cells.map((c) => c.trim());
      return;
    }
    if (cells.length !== columns.length) {
      throw new Error(`${name}:${i + 1}: expected ${columns.length} tab-separated cells (${columns.join(', ')}), found ${cells.length}`);
    }
    const row: TsvRow = {};
    columns.forEach((c, j) => { row[c] = (cells[j] ?? '').trim(); });
    rows.push(row);
  });
  if (!columns) throw new Error(`${name}: no header line naming the columns`);
  return rows;
}

/** Reads a JSON data file under data/. */
export function readJson<T>(relPath: string): T {
  return JSON.parse(readFileSync(dataPath(relPath), 'utf8')) as T;
}
