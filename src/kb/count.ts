/** A cheap first pass over ingest inputs: how many documents to expect, for the progress bar's ETA. */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.json']);

async function jsonlLines(path: string): Promise<number> {
  let n = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) n++;
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? n : n + 1;
}

async function countPath(path: string, depth: number): Promise<number> {
  const st = await stat(path);
  if (st.isDirectory()) {
    if (depth > 64) return 0;
    let n = 0;
    for (const e of await readdir(path)) if (!e.startsWith('.')) n += await countPath(join(path, e), depth + 1).catch(() => 0);
    return n;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl') return jsonlLines(path);
  return depth === 0 || EXTENSIONS.has(ext) ? 1 : 0;
}

/** Expected number of documents in `paths` (files, directories, JSONL lines); null when stdin is among them. */
export async function countInputs(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === '-') return null;
    n += await countPath(p, 0).catch(() => 1);
  }
  return n;
}
