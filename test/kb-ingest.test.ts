/**
 * Ingest end to end on the sample corpus (events coded from the answer key, standing in for the events
 * stage): the KAZ–AZE hand count of samples/DYADS.md, idempotent re-ingest, rejected inputs, and a run
 * killed with SIGKILL then resumed giving exactly the database of an uninterrupted run.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { packageRoot } from '../src/util/data.ts';
import { openStore } from '../src/kb/store.ts';
import { ingest } from '../src/kb/ingest.ts';
import { dyadSummary } from '../src/kb/dyad.ts';
import { stats } from '../src/kb/query.ts';
import { goldEvents } from './kb-gold.ts';
import { tempDir } from './helpers.ts';

const SAMPLES = join(packageRoot, 'samples');
const ENV = { ...process.env, ELCHI_TEST_GOLD_EVENTS: '1', ELCHI_DB: '' };

function kb(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(packageRoot, 'test', 'kb-cli.ts'), ...args], { cwd: packageRoot, env: ENV, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every table's content except run bookkeeping (ingest_runs, ingested_at, run_id), in key order. */
function dump(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  const out: Record<string, unknown[]> = {};
  const q = (name: string, sql: string): void => { out[name] = db.prepare(sql).all(); };
  q('documents', 'SELECT seq, id, source, url, hash, lang, lang_confidence, published, title, text, removed, copy_of, copy_similarity, hex(minhash) AS minhash FROM documents ORDER BY seq');
  q('doc_bands', 'SELECT * FROM doc_bands ORDER BY rowid');
  q('mentions', 'SELECT * FROM mentions ORDER BY id');
  q('actors', 'SELECT * FROM actors ORDER BY id');
  q('actor_variants', 'SELECT * FROM actor_variants ORDER BY actor_id, variant, lang');
  q('events', 'SELECT * FROM events ORDER BY id');
  q('evidence', 'SELECT * FROM evidence ORDER BY id');
  q('event_clusters', 'SELECT * FROM event_clusters ORDER BY id');
  q('documents_fts', 'SELECT rowid, terms FROM documents_fts ORDER BY rowid');
  q('evidence_fts', 'SELECT rowid, terms FROM evidence_fts ORDER BY rowid');
  db.close();
  return out;
}

test('samples: the KAZ–AZE summary equals the hand count of samples/DYADS.md; re-ingesting adds nothing', async () => {
  const store = await openStore(join(tempDir('elchi-kb-'), 'samples.db'));
  const first = await ingest(store, [SAMPLES], { eventsFor: goldEvents, batchSize: 25 });
  assert.deepEqual([first.read, first.added, first.copies, first.events, first.rejected.length], [70, 70, 3, 274, 0]);
  const copies = await store.db.selectFrom('documents').select(['id', 'copy_of']).where('copy_of', 'is not', null).orderBy('id').execute();
  const pairs = copies.map((c) => [c.id, c.copy_of!].sort().join(' = ')).sort();
  assert.deepEqual(pairs, [
    'az-2022-08-24-tokayev-baki-dovlet-seferi = az-2022-08-24-tokayev-baki-dovlet-seferi-icmal24',
    'kk-2024-05-17-aliev-telefon = kk-2024-05-17-aliev-telefon-dalanews',
    'ru-2024-04-11-bairamov-nurtleu = ru-2024-04-11-bairamov-nurtleu-kaspiy-info',
  ]);
  const s = await dyadSummary(store.db, 'KAZ', 'AZE');
  assert.deepEqual(s.visits, { 2022: { ab: 1, ba: 1 }, 2023: { ab: 3, ba: 1 }, 2024: { ab: 4, ba: 4 }, 2025: { ab: 0, ba: 1 } });
  assert.deepEqual(s.meetings, { 2022: 2, 2023: 4, 2024: 8, 2025: 2 });
  assert.deepEqual(s.calls, { ab: 1, ba: 1 });
  assert.deepEqual(s.agreements, { 2022: 1, 2023: 2, 2024: 5, 2025: 1 });
  assert.equal(s.byType.AGREE, 13);
  assert.equal(s.byType.COOPERATE, 1);
  // DYADS.md counts 23 SUPPORT (9 signings + 14 others); Tokayev's thanks and his praise on the same day are indistinguishable by coding alone.
  assert.ok(s.byType.SUPPORT! >= 22 && s.byType.SUPPORT! <= 23, `SUPPORT ${s.byType.SUPPORT}`);
  assert.equal(s.first?.date, '2022-08-24');
  assert.equal(s.last?.date, '2025-10-21');
  assert.equal(s.planned.length, 0, 'every announced KAZ–AZE event later happened');
  assert.equal(s.topActors.a[0]?.name, 'Kassym-Jomart Tokayev');
  assert.equal(s.topActors.b[0]?.name, 'Ilham Aliyev');
  const before = await stats(store.db);
  const again = await ingest(store, [SAMPLES], { eventsFor: goldEvents });
  assert.deepEqual([again.read, again.added, again.skipped, again.events], [70, 0, 70, 0]);
  const after = await stats(store.db);
  assert.deepEqual({ ...after, runs: 0 }, { ...before, runs: 0 });
  assert.equal(after.runs, 2);
  await store.close();
});

test('elchi ingest: a rejected input is named with its reason and exits 1; ingesting again adds nothing', () => {
  const db = join(tempDir('elchi-kb-'), 'cli.db');
  const r = kb(['ingest', '--db', db, join(SAMPLES, 'kk'), join(packageRoot, 'no-such-file.txt')]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /rejected .*no-such-file\.txt: does not exist/);
  assert.match(r.stdout, /added 16 \(1 republished copies\), already stored 0, rejected 1/);
  const again = kb(['ingest', '--db', db, join(SAMPLES, 'kk')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /added 0 \(0 republished copies\), already stored 16, rejected 0/);
  const st = kb(['stats', '--db', db, '--json']);
  assert.equal((JSON.parse(st.stdout) as { documents: number }).documents, 16);
});

/** Kills `elchi ingest` (with `extra` options) after its first committed batch, runs it again, and compares with an uninterrupted run. */
async function killAndResume(extra: string[]): Promise<void> {
  const dir = tempDir('elchi-kb-');
  const whole = join(dir, 'whole.db');
  const killed = join(dir, 'killed.db');
  const full = kb(['ingest', '--db', whole, '--batch', '10', ...extra, SAMPLES]);
  assert.equal(full.code, 0, full.stderr);

  const child = spawn(process.execPath, ['--import', 'tsx', join(packageRoot, 'test', 'kb-cli.ts'), 'ingest', '--db', killed, '--batch', '10', ...extra, SAMPLES], { cwd: packageRoot, env: ENV });
  let err = '';
  const exited = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_c, sig) => res(sig)));
  child.stderr.on('data', (b: Buffer) => {
    err += b.toString();
    if (/^ingest: /m.test(err) && !child.killed) child.kill('SIGKILL');
  });
  assert.equal(await exited, 'SIGKILL', 'the run was killed before it finished');
  const partial = dump(killed).documents!.length;
  assert.ok(partial >= 10 && partial < 70, `killed mid-run with ${partial} documents stored`);

  const resumed = kb(['ingest', '--db', killed, '--batch', '10', ...extra, SAMPLES]);
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stdout, new RegExp(`already stored ${partial},`));
  assert.deepEqual(dump(killed), dump(whole));
}

test('elchi ingest killed with SIGKILL after its first batch, then run again, equals an uninterrupted run', async () => {
  await killAndResume([]);
});

test('the same with extraction on two worker threads (the run is killed with its workers)', async () => {
  await killAndResume(['--workers', '2']);
});

test('elchi dyad, events, event --explain, search and actors read the store', () => {
  const db = join(tempDir('elchi-kb-'), 'q.db');
  assert.equal(kb(['ingest', '--db', db, '--quiet', SAMPLES]).code, 0);
  const d = kb(['dyad', 'KAZ', 'AZE', '--db', db]);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /total\s+8\s+7/);
  assert.match(d.stdout, /Meetings: 16 /);
  assert.match(d.stdout, /Phone calls: 2 \(KAZ→AZE 1, AZE→KAZ 1\)/);
  assert.match(d.stdout, /Agreements signed \(SUPPORT 057\): 9 /);
  const calls = kb(['events', '--db', db, '--dyad', 'KAZ,AZE', '--mode', 'phone', '--format', 'jsonl']);
  const rows = calls.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; date: string; langs: string[]; n_docs: number; reports: unknown[] });
  assert.deepEqual(rows.map((r) => r.date), ['2024-05-17', '2024-12-25']);
  assert.deepEqual(rows[0]!.langs, ['az', 'kk', 'ru']);
  assert.equal(rows[0]!.n_docs, 3, 'the Dalanews copy is not a fourth source');
  assert.equal(rows[0]!.reports.length, 4);
  const ex = kb(['event', String(rows[0]!.id), '--db', db, '--explain']);
  assert.match(ex.stdout, /republished copy of kk-2024-05-17-aliev-telefon/);
  assert.match(ex.stdout, /merged because: same type, mode and CAMEO CONSULT\/phone 041; same dyad AZE>KAZ/);
  const s = kb(['search', 'Tokayev', 'Baku', '--db', db, '--json']);
  const langs = new Set(s.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { lang: string }).lang));
  assert.deepEqual([...langs].sort(), ['az', 'en', 'kk', 'ru']);
  const a = kb(['actors', '--q', 'Тоқаев', '--db', db]);
  assert.match(a.stdout, /Kassym-Jomart Tokayev/);
  assert.equal(kb(['event', '99999', '--db', db]).code, 1);
});
