/**
 * The acceptance of the knowledge base with the real extractor (no answer key): `elchi ingest samples/ &&
 * elchi dyad KAZ AZE` through the built CLI gives the reader's hand count of samples/DYADS.md, and ingesting
 * again adds nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { runCli, tempDir } from './helpers.ts';
import { openStore } from '../src/kb/store.ts';
import { mergeEvents, splitEvent } from '../src/kb/curation.ts';

interface Dyad {
  visits: Record<string, { ab: number; ba: number }>;
  meetings: Record<string, number>;
  calls: { ab: number; ba: number };
  agreements: Record<string, number>;
  first: { date: string } | null;
  last: { date: string } | null;
  topActors: { a: { name: string }[]; b: { name: string }[] };
}

test('elchi ingest samples/ && elchi dyad KAZ AZE (real extraction) equals the hand count of samples/DYADS.md', () => {
  const db = join(tempDir('elchi-real-'), 'samples.db');
  const first = runCli(['ingest', '--db', db, join(packageRoot, 'samples')]);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /added 70 \(3 republished copies\), already stored 0, rejected 0/);
  const r = runCli(['dyad', '--db', db, '--json', 'KAZ', 'AZE']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout) as Dyad;
  // samples/DYADS.md: visits 8 KAZ→AZE and 7 AZE→KAZ, 16 meetings, 2 calls (one each way), 10 agreements signed.
  assert.deepEqual(s.visits, { 2022: { ab: 1, ba: 1 }, 2023: { ab: 3, ba: 1 }, 2024: { ab: 4, ba: 4 }, 2025: { ab: 0, ba: 1 } });
  assert.deepEqual(s.meetings, { 2022: 2, 2023: 4, 2024: 8, 2025: 2 });
  assert.deepEqual(s.calls, { ab: 1, ba: 1 });
  assert.deepEqual(s.agreements, { 2022: 1, 2023: 3, 2024: 5, 2025: 1 });
  assert.equal(s.first?.date, '2022-08-24');
  assert.equal(s.last?.date, '2025-10-21');
  assert.equal(s.topActors.a[0]?.name, 'Kassym-Jomart Tokayev');
  assert.equal(s.topActors.b[0]?.name, 'Ilham Aliyev');
  // One real-world event, reported in kk, az and ru (and en), is one cluster holding every report; a republished
  // copy is linked to its original and adds no second event.
  const ev = runCli(['events', '--db', db, '--dyad', 'KAZ,AZE', '--type', 'CONSULT', '--mode', 'visit', '--from', '2025-10-01', '--format', 'jsonl']);
  assert.equal(ev.code, 0, ev.stderr);
  const visits = ev.stdout.trim().split('\n').map((l) => JSON.parse(l) as { date: string; reports: { lang: string; doc_id: string }[] });
  assert.equal(visits.length, 1, 'the 2025 state visit is one event');
  const langs = new Set(visits[0]!.reports.map((r) => r.lang));
  for (const l of ['kk', 'az', 'ru']) assert.ok(langs.has(l), `the 2025 visit has a ${l} report: ${[...langs].join(',')}`);
  const text = runCli(['dyad', '--db', db, 'KAZ', 'AZE']);
  assert.match(text.stdout, /total\s+8\s+7/);
  const again = runCli(['ingest', '--db', db, join(packageRoot, 'samples')]);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /added 0 \(0 republished copies\), already stored 70, rejected 0; events 0/);
});

test('a curated merge and split show in `elchi event ID --explain` and the merged event counts once', async () => {
  const db = join(tempDir('elchi-real-'), 'samples.db');
  assert.equal(runCli(['ingest', '--db', db, '--quiet', join(packageRoot, 'samples')]).code, 0);
  const list = (args: string[]): { id: number; reports: { doc_id: string; event_id: number }[] }[] =>
    runCli(['events', '--db', db, '--format', 'jsonl', ...args]).stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; reports: { doc_id: string; event_id: number }[] });
  const [visit] = list(['--dyad', 'KAZ,AZE', '--type', 'CONSULT', '--mode', 'visit', '--from', '2025-10-01']);
  const talks = list(['--dyad', 'KAZ,AZE', '--type', 'CONSULT', '--from', '2025-10-01']).filter((e) => e.id !== visit!.id);
  assert.ok(visit && talks[0], 'the 2025 visit and its talks are separate events');
  const before = list(['--dyad', 'KAZ,AZE']).length;
  const store = await openStore(db);
  await mergeEvents(store.db, { eventId: visit.id, otherId: talks[0].id, who: 'alice', note: 'test merge' });
  // Split one report of the talks back off (by its report key doc_id#seq).
  const row = await store.db.selectFrom('events').select(['doc_id', 'seq']).where('id', '=', talks[0].reports[0]!.event_id).executeTakeFirstOrThrow();
  await splitEvent(store.db, { eventId: visit.id, reports: [`${row.doc_id}#${row.seq}`], who: 'bob' });
  await store.close();
  assert.equal(list(['--dyad', 'KAZ,AZE']).length, before, 'one merge and one split: as many events as before');
  assert.equal(list(['--dyad', 'KAZ,AZE', '--from', '2025-10-01', '--type', 'CONSULT']).length, 1 + talks.length);
  const r = runCli(['event', '--db', db, '--explain', String(visit.id)]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`event #${talks[0].id} \\(\\d+ reports?: .*\\) was merged into this event by alice`));
  assert.match(r.stdout, /split off into event #\d+ as a different happening by bob/);
});
