/** Test helpers: run the real CLI, locate ../shared, make temporary folders. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
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

/** A fresh temporary directory. */
export function tempDir(prefix = 'elchi-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
