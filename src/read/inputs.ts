/** Reads files, directories and stdin into raw documents; every bad input becomes one clear error, never a throw. */
import { createReadStream } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DEFAULT_LIMITS, decodeBytes, formatSize, type ReadLimits } from './decode.ts';
import { fail, Ids, type ReadItem } from './items.ts';
import { readJsonl } from './jsonl.ts';
import { recordToDoc } from './record.ts';
import { readStdin } from './stdin.ts';

export type { ReadError, ReadItem } from './items.ts';

/** Options of {@link readInputs}: the stream read for `-` and size limits. */
export interface ReadOptions { stdin?: NodeJS.ReadableStream; limits?: Partial<ReadLimits> }

/** Extensions read from directories (explicitly named files are read whatever their extension). */
const EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl', '.json']);

function fsProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ELOOP') return 'symbolic link loop';
  return `cannot be read (${err instanceof Error ? err.message : String(err)})`;
}

function stem(path: string): string {
  const b = basename(path);
  const e = extname(b);
  return e ? b.slice(0, -e.length) : b;
}

/** Reads files, directories (recursively, sorted, .txt/.html/.htm/.jsonl/.json only), and `-` (stdin) into documents. */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const ids = new Ids();
  for (const path of paths) {
    try {
      if (path === '-') { yield* readStdin(opts.stdin ?? process.stdin, limits, ids); continue; }
      let st;
      try { st = await stat(path); } catch (err) { yield fail(path, fsProblem(err)); continue; }
      if (st.isDirectory()) yield* readDirectory(path, limits, ids);
      else yield* readFileInput(path, limits, ids);
    } catch (err) {
      // Last resort: the generator never throws; an unexpected failure names the input.
      yield fail(path, `cannot be read (${err instanceof Error ? err.message : String(err)})`);
    }
  }
}

async function* readDirectory(dir: string, limits: ReadLimits, ids: Ids): AsyncGenerator<ReadItem> {
  const files: string[] = [];
  const errors: ReadItem[] = [];
  const visited = new Set<string>();
  const walk = async (d: string): Promise<void> => {
    let real: string;
    try { real = await realpath(d); } catch (err) { errors.push(fail(d, fsProblem(err))); return; }
    if (visited.has(real)) return;
    visited.add(real);
    let entries;
    try { entries = await readdir(d, { withFileTypes: true }); } catch (err) { errors.push(fail(d, fsProblem(err))); return; }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      let isDir = e.isDirectory(), isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try { const s = await stat(p); isDir = s.isDirectory(); isFile = s.isFile(); } catch (err) { errors.push(fail(p, fsProblem(err))); continue; }
      }
      if (isDir) await walk(p);
      else if (isFile && EXTENSIONS.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  await walk(dir);
  yield* errors;
  if (files.length === 0) {
    yield fail(dir, 'directory with no readable files (.txt, .html, .htm, .jsonl, .json)');
    return;
  }
  for (const f of files) yield* readFileInput(f, limits, ids);
}

async function* readFileInput(path: string, limits: ReadLimits, ids: Ids): AsyncGenerator<ReadItem> {
  let st;
  try { st = await stat(path); } catch (err) { yield fail(path, fsProblem(err)); return; }
  if (!st.isFile()) { yield fail(path, 'not a regular file'); return; }
  const ext = extname(path).toLowerCase();
  if (ext === '.jsonl') {
    if (st.size === 0) { yield fail(path, 'empty file'); return; }
    try {
      yield* readJsonl(createReadStream(path, { highWaterMark: 1 << 20 }), path, stem(path), limits);
    } catch (err) {
      yield fail(path, fsProblem(err));
    }
    return;
  }
  if (st.size > limits.maxFileBytes) {
    yield fail(path, `too large (${formatSize(st.size)} > ${formatSize(limits.maxFileBytes)} limit)`);
    return;
  }
  let bytes: Uint8Array;
  try { bytes = await readFile(path); } catch (err) { yield fail(path, fsProblem(err)); return; }
  const format = ext === '.html' || ext === '.htm' ? 'html' : ext === '.json' ? 'json' : 'text';
  const decoded = decodeBytes(bytes, format === 'text' ? 'text' : 'markup', limits);
  if (!decoded.ok) { yield fail(path, decoded.problem); return; }
  if (format === 'json') { yield* jsonDocs(decoded.text, path, ids); return; }
  yield { ok: true, doc: { id: ids.take(stem(path)), source: path, content: decoded.text, format } };
}

/** A .json file: one record, or an array of records. */
function* jsonDocs(text: string, path: string, ids: Ids): Generator<ReadItem> {
  let value: unknown;
  try { value = JSON.parse(text); } catch (err) {
    yield fail(path, `invalid JSON (${err instanceof Error ? err.message : String(err)})`);
    return;
  }
  const base = stem(path);
  if (Array.isArray(value)) {
    if (value.length === 0) { yield fail(path, 'empty JSON array'); return; }
    for (let i = 0; i < value.length; i++) {
      const r = recordToDoc(value[i], `${base}#${i + 1}`, `${path}#${i + 1}`);
      yield r.ok ? { ok: true, doc: r.doc } : fail(`${path}#${i + 1}`, r.problem);
    }
    return;
  }
  const r = recordToDoc(value, ids.take(base), path);
  yield r.ok ? { ok: true, doc: r.doc } : fail(path, r.problem);
}

