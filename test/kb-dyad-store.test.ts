/**
 * Stored dyad summaries (migration 004): after ingest and after curation every country pair's stored summary
 * equals the one computed from the events; a change made outside the writers marks the pair stale, and the
 * summary is then computed, never read stale; migration 004 goes down and up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStore, migrateUp, migrator, type Store } from '../src/kb/store.ts';
import { ingest } from '../src/kb/ingest.ts';
import { computeDyadSummary, dyadSummary } from '../src/kb/dyad.ts';
import { refreshDyads } from '../src/kb/dyad-store.ts';
import { curateEvent, mergeEvents } from '../src/kb/curation.ts';
import { listEvents } from '../src/kb/query.ts';
import type { ActorOutput, EventOutput } from '../src/pipeline/output.ts';
import type { Extracted } from '../src/pipeline/extract.ts';
import { rng } from '../src/util/rng.ts';
import { tempDir } from './helpers.ts';

const COUNTRIES = ['KAZ', 'AZE', 'RUS', 'TUR'];
const actor = (c: string, person: boolean): ActorOutput => (person
  ? { name: `Envoy of ${c}`, kind: 'person', country: c, id: `person:envoy-${c.toLowerCase()}` }
  : { name: c, kind: 'country', country: c, id: `country:${c}` });
const WORDS = 'trade energy pipeline railway summit minister delegation agreement transit corridor investment grain port customs visa culture university bank oil gas water river border talks memorandum treaty forum council capital region'.split(' ');
const CODINGS = [['CONSULT', 'visit', '042'], ['CONSULT', 'phone', '040'], ['CONSULT', null, '040'], ['SUPPORT', null, '057'], ['AGREE', null, '036']] as const;

/** A seeded feed of documents and the events each reports. */
function feed(dir: string, n: number): { path: string; events: Map<string, EventOutput[]> } {
  const r = rng(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const recs: string[] = [];
  const events = new Map<string, EventOutput[]>();
  for (let i = 0; i < n; i++) {
    // Distinct texts (near-identical ones would be stored as republished copies).
    const words = (k: number): string => Array.from({ length: k }, () => pick(WORDS)).join(' ');
    const sentence = `Report ${i}: ${words(12)}.`;
    const text = `${sentence} ${words(30)}.`;
    const list: EventOutput[] = [];
    for (let k = 0; k < 1 + Math.floor(r() * 2); k++) {
      const [type, mode, cameo] = pick(CODINGS);
      const s = pick(COUNTRIES);
      let t = pick(COUNTRIES);
      if (t === s) t = COUNTRIES[(COUNTRIES.indexOf(s) + 1) % COUNTRIES.length]!;
      list.push({
        type, mode, cameo, status: r() < 0.2 ? 'planned' : 'occurred', source: actor(s, r() < 0.5), target: actor(t, r() < 0.5),
        date: r() < 0.1 ? null : `${2022 + Math.floor(r() * 4)}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`, location: null,
        evidence: { text: sentence, start: 0, end: sentence.length }, confidence: 0.9,
      });
    }
    events.set(`d${i}`, list);
    recs.push(JSON.stringify({ id: `d${i}`, lang: pick(['kk', 'az', 'ru', 'en']), text }));
  }
  const path = join(dir, 'feed.jsonl');
  writeFileSync(path, recs.join('\n') + '\n');
  return { path, events };
}

/** Every ordered pair: the summary served equals the one computed from the events. */
async function assertServedEqualsComputed(store: Store): Promise<void> {
  for (const a of COUNTRIES) for (const b of COUNTRIES) {
    if (a === b) continue;
    assert.deepEqual(await dyadSummary(store.db, a, b), await computeDyadSummary(store.db, a, b), `${a} ${b}`);
  }
}

/** A new database holding the feed of `n` documents. */
async function ingested(n: number, batchSize?: number): Promise<Store> {
  const dir = tempDir('elchi-dyads-');
  const f = feed(dir, n);
  const store = await openStore(join(dir, 'kb.db'));
  await ingest(store, [f.path], { eventsFor: (x: Extracted) => f.events.get(x.doc.id) ?? [], ...(batchSize ? { batchSize } : {}) });
  return store;
}

/** Rows of one of the two tables of migration 004. */
const rows = async (store: Store, table: 'dyad_stale' | 'dyad_summaries'): Promise<number> =>
  Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(store.db)).rows[0]?.n ?? 0);
const stale = (store: Store): Promise<number> => rows(store, 'dyad_stale');
const stored = (store: Store): Promise<number> => rows(store, 'dyad_summaries');

test('dyad summaries are stored at the end of ingest and of each curation, and equal the computed ones', async () => {
  const store = await ingested(120, 13);
  assert.equal(await stale(store), 0, 'ingest stored every pair it touched');
  assert.equal(await stored(store), 12, 'both directions of the 6 pairs');
  await assertServedEqualsComputed(store);

  const kazAze = await listEvents(store.db, { dyad: ['KAZ', 'AZE'] });
  assert.ok(kazAze.length >= 3, `KAZ–AZE events: ${kazAze.length}`);
  await curateEvent(store.db, { eventId: kazAze[0]!.id, action: 'reject', who: 'test' });
  await mergeEvents(store.db, { eventId: kazAze[1]!.id, otherId: kazAze[2]!.id, who: 'test' });
  assert.equal(await stale(store), 0);
  await assertServedEqualsComputed(store);
  await store.close();
});

test('a change made outside the writers marks its pair stale: the summary is computed until a writer stores it again', async () => {
  const store = await ingested(60);
  const before = await dyadSummary(store.db, 'KAZ', 'RUS');
  const ev = (await listEvents(store.db, { dyad: ['KAZ', 'RUS'], status: 'occurred' }))[0]!;
  await sql`UPDATE event_clusters SET status = 'rejected' WHERE id = ${ev.id}`.execute(store.db);
  assert.ok(await stale(store) >= 1);
  const after = await dyadSummary(store.db, 'KAZ', 'RUS');
  assert.equal(after.events, before.events - 1, 'the stored summary is not served while its pair is stale');
  assert.deepEqual(after, await computeDyadSummary(store.db, 'KAZ', 'RUS'));
  assert.ok(await refreshDyads(store.db) >= 1);
  assert.equal(await stale(store), 0);
  await assertServedEqualsComputed(store);
  await store.close();
});

test('migration 004 on a database that has events: down drops the tables, up marks every pair stale, summaries are computed until stored', async () => {
  const store = await ingested(40);
  const want = await computeDyadSummary(store.db, 'AZE', 'TUR');
  const r = await migrator(store.db).migrateTo('003-event-lead');
  assert.equal(r.error, undefined);
  const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'dyad_%'").all();
  assert.deepEqual(tables, []);
  await migrateUp(store.db);
  assert.equal(await stored(store), 0);
  assert.equal(await stale(store), 6, 'every pair with events is stale');
  assert.deepEqual(await dyadSummary(store.db, 'AZE', 'TUR'), want);
  await refreshDyads(store.db);
  assert.equal(await stored(store), 12);
  assert.deepEqual(await dyadSummary(store.db, 'AZE', 'TUR'), want);
  await store.close();
});
