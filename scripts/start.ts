/**
 * `npm start`: builds the dashboard when web/dist is missing, ingests samples/ into the database when it is
 * empty, then serves everything at http://localhost:8080 (PORT, HOST, ELCHI_DB and ELCHI_TOKEN override).
 */
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { openStore, defaultDbPath } from '../src/kb/store.ts';
import { ingest } from '../src/kb/ingest.ts';
import { startServer } from '../src/cli/serve.ts';
import { isBuilt } from '../src/api/static.ts';
import { DEFAULT_WEB_ROOT } from '../src/api/app.ts';

const say = (s: string): void => { process.stderr.write(`elchi: ${s}\n`); };

function buildWeb(): void {
  if (isBuilt(DEFAULT_WEB_ROOT)) return;
  const pkg = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.['build:web']) { say('no build:web script: serving the API with a page saying the dashboard is not built'); return; }
  say('building the dashboard (npm run build:web) …');
  const r = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:web', '--silent'], { cwd: packageRoot, stdio: 'inherit' });
  if (r.status !== 0 || !isBuilt(DEFAULT_WEB_ROOT)) say('the dashboard build failed: serving the API with a page saying the dashboard is not built');
}

async function ingestSamplesIfEmpty(dbPath: string): Promise<void> {
  const store = await openStore(dbPath);
  try {
    const n = await store.db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n.n) > 0) {
      const ev = await store.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      say(`using ${dbPath} (${n.n} documents, ${ev.n} event reports)`);
      if (Number(ev.n) === 0) say(`it has no events (ingested before events were extracted?): delete ${dbPath} and run npm start again to re-ingest samples/`);
      return;
    }
    const samples = join(packageRoot, 'samples');
    if (!existsSync(samples)) { say(`${dbPath} is empty and there is no samples/ folder to ingest`); return; }
    say(`the database is empty: ingesting samples/ into ${dbPath} …`);
    const s = await ingest(store, [samples]);
    say(`ingested ${s.added} documents (${s.copies} republished copies), ${s.events} event reports, ${s.rejected.length} rejected, in ${s.seconds.toFixed(1)} s`);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const dbPath = defaultDbPath();
  buildWeb();
  await ingestSamplesIfEmpty(dbPath);
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const s = await startServer({ db: dbPath, port, host });
    process.stdout.write(`\n  elchi dashboard: ${s.url}\n  API reference:   ${s.url}/api/docs\n\n`);
    if (!process.env.ELCHI_TOKEN) say('read-only: set ELCHI_TOKEN to enable curation (confirm, reject, edit, merge, split, undo)');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    say(err.code === 'EADDRINUSE' ? `port ${port} is in use: run PORT=${port + 1} npm start` : err.message);
    process.exitCode = 1;
  }
}

await main();
