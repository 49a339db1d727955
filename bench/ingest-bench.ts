/**
 * Ingest into SQLite as a user runs it: `node bin/elchi.js ingest --workers N` (the built CLI, dist/), one
 * process per run, so that its peak memory is its own. Peak RSS and CPU time are read from /proc/<pid>
 * while the process runs (Linux; elsewhere they are not measured); progress lines on stderr give the time
 * at which a number of documents had been stored.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { RawDoc } from '../src/pipeline/types.ts';
import { packageRoot } from '../src/util/data.ts';
import { mb } from './table.ts';

/** What one ingest run measured. */
export interface IngestFigures {
  label: string; workers: number; seconds: number; added: number; rejected: number; docsPerSec: number;
  dbDocuments: number; dbEvents: number; dbClusters: number; dbMb: number; dbMbPer1000Docs: number;
  /** Peak resident set size of the process (every thread), or null where /proc is missing. */
  maxRssMb: number | null;
  /** CPU seconds of the process (every thread), or null where /proc is missing. */
  cpuSeconds: number | null;
  /** Seconds from start until `checkpoint` documents had been stored, when asked. */
  checkpointSeconds: number | null;
}

/** Writes documents as a JSONL feed ({id, text}), the form a crawler would hand over. */
export function writeFeed(path: string, docs: readonly RawDoc[]): void {
  writeFileSync(path, docs.map((d) => JSON.stringify({ id: d.id, text: d.content })).join('\n') + '\n');
}

/** True when every source file under src/ has a compiled file in dist/ at least as new. */
function distIsFresh(): boolean {
  const src = join(packageRoot, 'src');
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const f of walk(src)) {
    if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
    const out = join(packageRoot, 'dist', relative(src, f)).replace(/\.ts$/, '.js');
    if (!existsSync(out) || statSync(out).mtimeMs < statSync(f).mtimeMs) return false;
  }
  return true;
}

/** Builds dist/ (npm run build) unless it is up to date; says which. */
export function ensureBuilt(): string {
  if (distIsFresh()) return 'dist/ is up to date';
  const r = spawnSync(process.execPath, [join(packageRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(packageRoot, 'tsconfig.build.json')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed:\n${r.stdout}${r.stderr}`);
  return 'dist/ rebuilt (tsc -p tsconfig.build.json)';
}

/** Peak RSS (MB) and CPU seconds of a running process, from /proc; null when unavailable. */
function procSample(pid: number): { rssMb: number; cpu: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat (12 and 13 after the command name), in clock ticks (100 per second on Linux).
    const ticks = Number(fields[11]) + Number(fields[12]);
    return hwm ? { rssMb: Number(hwm[1]) / 1024, cpu: ticks / 100 } : null;
  } catch {
    return null;
  }
}

const count = (db: BetterSqlite3.Database, table: string): number => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Runs `elchi ingest --workers N` on `inputs` into `db` (noting when `checkpoint` documents had been stored). */
export function ingestRun(label: string, inputs: string[], db: string, workers: number, checkpoint?: number): Promise<IngestFigures> {
  const args = [join(packageRoot, 'bin', 'elchi.js'), 'ingest', '--db', db, '--workers', String(workers), ...inputs];
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELCHI_DB: '' } });
  let out = '';
  let errTail = '';
  let lines = '';
  let checkpointSeconds: number | null = null;
  let last: { rssMb: number; cpu: number } | null = null;
  child.stdout.on('data', (b: Buffer) => { out += b.toString(); });
  child.stderr.on('data', (b: Buffer) => {
    const s = b.toString();
    errTail = (errTail + s).slice(-4000);
    // Progress lines after each committed batch: "ingest: 5000/20000 docs, … (added 5000, …)".
    lines += s;
    for (let nl = lines.indexOf('\n'); nl >= 0; nl = lines.indexOf('\n')) {
      const m = /\(added (\d+),/.exec(lines.slice(0, nl));
      lines = lines.slice(nl + 1);
      if (checkpoint && checkpointSeconds === null && m && Number(m[1]) >= checkpoint) checkpointSeconds = (performance.now() - t0) / 1000;
    }
  });
  const poll = setInterval(() => { if (child.pid) last = procSample(child.pid) ?? last; }, 100);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      const summary = /added (\d+) \(\d+ republished copies\), already stored \d+, rejected (\d+)/.exec(out);
      if (code === null || code > 1 || !summary) { reject(new Error(`elchi ingest (${label}) exited with ${code}: ${(out + errTail).trim().slice(-2000)}`)); return; }
      const added = Number(summary[1]);
      const sqlite = new BetterSqlite3(db, { readonly: true });
      const docs = count(sqlite, 'documents');
      const figures = { dbDocuments: docs, dbEvents: count(sqlite, 'events'), dbClusters: count(sqlite, 'event_clusters') };
      sqlite.close();
      const size = mb([db, `${db}-wal`].reduce((s, p) => s + (existsSync(p) ? statSync(p).size : 0), 0));
      const sample = last as { rssMb: number; cpu: number } | null;
      resolve({
        label, workers, seconds, added, rejected: Number(summary[2]), docsPerSec: added / seconds, ...figures,
        dbMb: size, dbMbPer1000Docs: size / (docs / 1000), maxRssMb: sample?.rssMb ?? null, cpuSeconds: sample?.cpu ?? null, checkpointSeconds,
      });
    });
  });
}
