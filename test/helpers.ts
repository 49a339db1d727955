/** Test helpers: run the real CLI, locate ../shared, make temporary folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packageRoot } from '../src/util/data.ts';

/** The shared folder beside the project (seeds, gold, datasets); absent on a user's machine. */
export const SHARED = resolve(packageRoot, '..', 'shared');
/** A skip reason when ../shared is absent, for `{ skip }` in node:test. */
export const needsShared: string | false = existsSync(SHARED) ? false : 'needs ../shared (seeds, gold, datasets), absent on this machine';

/** Result of one CLI run. */
export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs `elchi ARGS…` as a user would (the built bin), optionally with stdin. */
export function runCli(args: string[], opts: { input?: string; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(packageRoot, 'bin', 'elchi.js'), ...args], {
    cwd: opts.cwd ?? packageRoot,
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Temporary directories made by {@link tempDir} in this test process. */
const made: string[] = [];
let cleanupArmed = false;

/**
 * A fresh temporary directory, removed when the test process exits (each test file runs in its own process);
 * set ELCHI_KEEP_TMP=1 to keep them for a look after a failure.
 */
export function tempDir(prefix = 'elchi-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  if (!cleanupArmed && !process.env.ELCHI_KEEP_TMP) {
    cleanupArmed = true;
    process.on('exit', () => { for (const d of made) rmSync(d, { recursive: true, force: true }); });
  }
  return dir;
}
