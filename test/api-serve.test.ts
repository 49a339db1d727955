/** `elchi serve` as a process: listens on 127.0.0.1 by default, prints the address, serves the API, stops on SIGTERM; a bad port is refused. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { sampleDb } from './api-fixture.ts';

/** The real `elchi` command, as a user runs it (built by `npm test` before the tests). */
const CLI = join(packageRoot, 'bin', 'elchi.js');

test('elchi serve --port 0: prints the address, answers on 127.0.0.1, exits 0 on SIGTERM', async () => {
  const db = await sampleDb();
  const child = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', '0'], { cwd: packageRoot, env: { ...process.env, ELCHI_TOKEN: '' } });
  let out = '';
  child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
  const line = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/localhost:\d+).*\n/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
  });
  assert.match(line, /listening on 127\.0\.0\.1:\d+/);
  assert.match(line, /read-only/);
  const port = Number(/localhost:(\d+)/.exec(line)![1]);
  const res = await fetch(`http://127.0.0.1:${port}/api/health`);
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { ok: true, documents: 70, events: 147 });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
});

test('elchi serve --port 70000 is refused with exit status 2', () => {
  const r = spawnSync(process.execPath, [CLI, 'serve', '--port', '70000'], { cwd: packageRoot, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--port must be a number from 0 to 65535/);
});
