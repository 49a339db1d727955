/**
 * Curated merges and splits in the knowledge base (src/kb/curation-{merge,split,actors}.ts) on the sample corpus
 * (events coded from the answer key): merging two events keeps every report and counts one event, splitting moves
 * reports into an event of their own, merging actors points B's mentions, variants and event roles at A, detaching
 * a name variant makes a new actor; every change is logged, re-applied unchanged, survives a re-ingest (later
 * reports follow the merge, a split is not merged back), replays onto a database rebuilt in another order, and undo
 * puts back every row as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/kb/schema.ts';
import { open, sampleDb, ingestedDb, samplesWithout, GOLD, SAMPLES } from './api-fixture.ts';
import { ingest } from '../src/kb/ingest.ts';
import { getEvent, listEvents, findActors } from '../src/kb/query.ts';
import { dyadSummary } from '../src/kb/dyad.ts';
import { formatEvent } from '../src/kb/explain.ts';
import { curationNotes } from '../src/kb/curation-notes.ts';
import { clusterOfKey } from '../src/kb/curation-apply.ts';
import {
  applyCuration, curateEvent, listEdits, mergeActors, mergeEvents, splitActor, splitEvent, undoEdit, CurationError,
} from '../src/kb/curation.ts';

type Db = Kysely<Database>;

/** The first KAZ→AZE state visit and the talks of the same day: two events the rules keep apart (visit vs meeting). */
const VISIT = 'az-2022-08-22-tokayev-seferi-gozlenilir#0';
const TALKS = 'az-2022-08-22-tokayev-seferi-gozlenilir#1';
const ERDOGAN_EVENTS = 'person:recep-tayyip-erdo-an';
const ERDOGAN_MENTIONS = 'person:recep-tayyip-erdogan';

/** Every row curation may touch (not the log itself), sorted, to compare before and after an undo. */
async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const q = async (s: string): Promise<unknown[]> => (await sql.raw(s).execute(db)).rows;
  return {
    clusters: await q('SELECT * FROM event_clusters ORDER BY id'),
    events: await q('SELECT * FROM events ORDER BY id'),
    mentions: await q('SELECT id, actor_id FROM mentions ORDER BY id'),
    variants: await q('SELECT * FROM actor_variants ORDER BY actor_id, variant, lang'),
    actors: await q('SELECT * FROM actors ORDER BY id'),
  };
}

async function cluster(db: Db, key: string): Promise<number> {
  const c = await clusterOfKey(db, key);
  assert.ok(c !== null, `a report ${key}`);
  return c;
}

async function keysOf(db: Db, id: number): Promise<string[]> {
  return (await db.selectFrom('events').select(['doc_id', 'seq']).where('cluster_id', '=', id).orderBy('doc_id').orderBy('seq').execute()).map((r) => `${r.doc_id}#${r.seq}`);
}

async function rejects(p: Promise<unknown>, code: CurationError['code'], msg: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => e instanceof CurationError && e.code === code && msg.test(e.message));
}

const who = 'alice';

test('merge events: every report and source kept, counted once, logged and explained; undo puts every row back', async () => {
  const store = await open(await sampleDb());
  const db = store.db;
  const a = await cluster(db, VISIT), b = await cluster(db, TALKS);
  const ka = await keysOf(db, a), kb = await keysOf(db, b);
  const before = await dump(db);
  const d0 = await dyadSummary(db, 'KAZ', 'AZE');
  const edit = await mergeEvents(db, { eventId: a, otherId: b, who, note: 'one state visit' });
  assert.deepEqual([edit.action, edit.who, edit.target, edit.eventId, edit.note], ['merge', who, `event:${VISIT}`, a, 'one state visit']);
  assert.deepEqual([edit.detail?.event, edit.detail?.otherEvent, edit.detail?.reports.sort()], [a, b, kb]);
  assert.equal(edit.before?.mode, 'visit');
  assert.deepEqual(edit.after, edit.before, 'the kept event keeps its coding');
  assert.deepEqual(await keysOf(db, a), [...ka, ...kb].sort(), 'every report of both');
  assert.equal(await getEvent(db, b), null, 'the folded event is gone');
  const ev = (await getEvent(db, a))!;
  assert.deepEqual(ev.langs, ['az', 'en', 'kk', 'ru']);
  assert.equal((await db.selectFrom('event_clusters').select('n_events').where('id', '=', a).executeTakeFirstOrThrow()).n_events, ka.length + kb.length);
  const d1 = await dyadSummary(db, 'KAZ', 'AZE');
  assert.equal(d1.events, d0.events - 1, 'the dyad counts one event where there were two');
  assert.equal(Object.values(d1.meetings).reduce((x, y) => x + y, 0), Object.values(d0.meetings).reduce((x, y) => x + y, 0) - 1);
  // Explained: the kept event names the merge; each folded report says a curator joined it.
  const text = formatEvent(ev, { explain: true, notes: await curationNotes(db, a) });
  assert.match(text, new RegExp(`curated: event #${b} \\(${kb.length} reports: .*\\) was merged into this event by alice on \\d{4}-\\d\\d-\\d\\d \\(edit #${edit.id}: one state visit\\)`));
  assert.equal(text.match(new RegExp(`joined by a curator's edit: event #${b} merged into #${a} by alice \\(edit #${edit.id}\\)`, 'g'))?.length, kb.length);
  assert.match(text, /merged because: same type, mode and CAMEO CONSULT\/- 040/, 'the rules\' reasons are kept beside the curator\'s');
  // The log finds the merge by either event (the folded one by its old id, now that nothing else has it).
  assert.deepEqual((await listEdits(db, { eventId: a })).items.map((e) => e.id), [edit.id]);
  assert.deepEqual((await listEdits(db, { eventId: b })).items.map((e) => e.id), [edit.id]);
  assert.equal(await applyCuration(db), 1);
  const u = await undoEdit(db, { editId: edit.id, who: 'bob' });
  assert.deepEqual([u.action, u.target, u.eventId], ['undo', `edit:${edit.id}`, a]);
  assert.deepEqual(await dump(db), before, 'undo restores every row, the folded event under its old id');
  assert.deepEqual(await dyadSummary(db, 'KAZ', 'AZE'), d0);
  await store.close();
});

test('split: reports leave for an event of their own; the opening report stays; bad requests are refused; undo puts every row back', async () => {
  const store = await open(await sampleDb());
  const db = store.db;
  const x = await cluster(db, VISIT);
  const keys = await keysOf(db, x);
  const before = await dump(db);
  const moved = keys.filter((k) => k.startsWith('en-') || k.startsWith('ru-'));
  assert.equal(moved.length, 2);
  const edit = await splitEvent(db, { eventId: x, reports: [moved[0]!.split('#')[0]!, moved[1]!], who, note: 'the arrival, not the talks' });
  const z = edit.detail!.otherEvent!;
  assert.deepEqual([edit.action, edit.eventId, edit.detail?.event, edit.detail?.reports], ['split', x, x, moved]);
  assert.deepEqual(await keysOf(db, z), moved);
  assert.deepEqual(await keysOf(db, x), keys.filter((k) => !moved.includes(k)));
  const zr = (await getEvent(db, z))!;
  assert.deepEqual([zr.type, zr.mode, zr.date, zr.reports.length], ['CONSULT', 'visit', '2022-08-24', 2]);
  assert.equal(zr.reports[0]!.merge_reason, null, 'the first split report opens the new event');
  assert.match(zr.reports[1]!.merge_reason ?? '', /split off from event #\d+/);
  assert.match((await curationNotes(db, z)).join('\n'), new RegExp(`split off from event #${x} as a different happening by alice`));
  assert.match((await curationNotes(db, x)).join('\n'), new RegExp(`2 reports \\(.*\\) split off into event #${z}`));
  assert.deepEqual((await listEdits(db, { eventId: z })).items.map((e) => e.id), [edit.id]);
  // Refused: the opening report, a report of another event, an event of one report, an unknown or rejected event.
  await rejects(splitEvent(db, { eventId: x, reports: [VISIT], who }), 'invalid_change', /opened event .* split the other reports off instead/);
  await rejects(splitEvent(db, { eventId: x, reports: ['no-such-doc'], who }), 'invalid_change', /"no-such-doc" is not a report of event/);
  const single = (await db.selectFrom('event_clusters').select('id').where('n_events', '=', 1).orderBy('id').executeTakeFirstOrThrow()).id;
  await rejects(splitEvent(db, { eventId: single, reports: ['x'], who }), 'invalid_change', /has only one report/);
  await rejects(splitEvent(db, { eventId: 999_999, reports: ['x'], who }), 'not_found', /no event 999999/);
  await rejects(mergeEvents(db, { eventId: x, otherId: x, who }), 'invalid_change', /with itself/);
  await rejects(mergeEvents(db, { eventId: x, otherId: 999_999, who }), 'not_found', /no event 999999 to merge in/);
  const rej = await curateEvent(db, { eventId: single, action: 'reject', who });
  await rejects(mergeEvents(db, { eventId: x, otherId: single, who }), 'conflict', /is rejected/);
  await undoEdit(db, { editId: rej.id, who });
  // An edit of the new event stands after the split: it is undone first.
  const conf = await curateEvent(db, { eventId: z, action: 'confirm', who });
  await rejects(undoEdit(db, { editId: edit.id, who }), 'conflict', new RegExp(`edit ${conf.id} changed this event later`));
  await undoEdit(db, { editId: conf.id, who });
  await undoEdit(db, { editId: edit.id, who });
  assert.deepEqual(await dump(db), before, 'undo restores every row');
  await store.close();
});

test('actor merge: B\'s mentions, name variants and event roles name A, so filtering and search by A find B\'s events; undo puts every row back', async () => {
  const store = await open(await sampleDb());
  const db = store.db;
  const before = await dump(db);
  const theirs = (await listEvents(db, { actor: ERDOGAN_EVENTS })).map((e) => e.id);
  assert.ok(theirs.length >= 5);
  assert.equal((await listEvents(db, { actor: ERDOGAN_MENTIONS })).length, 0, 'the mentions\' actor has no events of its own');
  const m0 = await db.selectFrom('mentions').select('id').where('actor_id', '=', ERDOGAN_MENTIONS).execute();
  const v0 = await db.selectFrom('actor_variants').select(['variant', 'lang', 'count']).where('actor_id', '=', ERDOGAN_MENTIONS).execute();
  const edit = await mergeActors(db, { actorId: ERDOGAN_MENTIONS, otherId: ERDOGAN_EVENTS, who });
  assert.deepEqual([edit.action, edit.target, edit.eventId, edit.detail?.actor, edit.detail?.otherActor], ['merge-actor', `actor:${ERDOGAN_MENTIONS}`, null, ERDOGAN_MENTIONS, ERDOGAN_EVENTS]);
  assert.deepEqual((await listEvents(db, { actor: ERDOGAN_MENTIONS })).map((e) => e.id), theirs, 'filtering by A finds B\'s events');
  assert.equal(await db.selectFrom('actors').select('id').where('id', '=', ERDOGAN_EVENTS).executeTakeFirst(), undefined, 'B\'s row is gone');
  assert.equal((await db.selectFrom('events').select('id').where((eb) => eb.or([eb('source_id', '=', ERDOGAN_EVENTS), eb('target_id', '=', ERDOGAN_EVENTS)])).execute()).length, 0);
  await rejects(mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: ERDOGAN_MENTIONS, who }), 'not_found', /no actor "person:recep-tayyip-erdo-an"/);
  const u1 = await undoEdit(db, { editId: edit.id, who });
  assert.deepEqual(await dump(db), before, 'undo restores every row');
  // The other way round: the mentions' actor into the events' actor; its mentions and variants in every script follow.
  const e2 = await mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: ERDOGAN_MENTIONS, who: 'bob' });
  assert.equal((await db.selectFrom('mentions').select('id').where('actor_id', '=', ERDOGAN_EVENTS).execute()).length, m0.length);
  const v1 = await db.selectFrom('actor_variants').select(['variant', 'lang', 'count']).where('actor_id', '=', ERDOGAN_EVENTS).execute();
  assert.deepEqual(v1.sort((x, y) => x.variant.localeCompare(y.variant)), v0.sort((x, y) => x.variant.localeCompare(y.variant)));
  assert.deepEqual((await findActors(db, 'Эрдоган')).map((h) => h.id), [ERDOGAN_EVENTS], 'a Russian spelling finds the kept actor');
  assert.deepEqual((await listEvents(db, { actor: 'Ərdoğan' })).map((e) => e.id), theirs, 'an Azerbaijani spelling finds the events');
  // Another merge of other actors does not stand in the way of undoing this one; a later change of the same actors does.
  const e3 = await mergeActors(db, { actorId: 'person:aida-balayeva', otherId: 'person:x-aida-balaeva', who });
  const e4 = await splitActor(db, { actorId: ERDOGAN_EVENTS, variant: 'Erdogan', lang: 'en', who });
  // Each actor's history: its edits and their undos, newest first.
  assert.deepEqual((await listEdits(db, { actor: ERDOGAN_MENTIONS })).items.map((e) => e.id), [e2.id, u1.id, edit.id]);
  assert.deepEqual((await listEdits(db, { actor: ERDOGAN_EVENTS })).items.map((e) => [e.id, e.undone]), [[e4.id, false], [e2.id, false], [u1.id, false], [edit.id, true]]);
  await rejects(undoEdit(db, { editId: e2.id, who }), 'conflict', new RegExp(`edit ${e4.id} changed these actors later`));
  await rejects(mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: 'country:KAZ', who }), 'invalid_change', /a country\) into .* \(a person\)/);
  await rejects(mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: 'person:nobody', who }), 'not_found', /no actor "person:nobody"/);
  await rejects(mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: ERDOGAN_EVENTS, who }), 'invalid_change', /with itself/);
  await undoEdit(db, { editId: e4.id, who });
  await undoEdit(db, { editId: e2.id, who });
  await undoEdit(db, { editId: e3.id, who });
  assert.deepEqual(await dump(db), before, 'undo restores every row');
  await store.close();
});

test('actor split: a name variant leaves for a new actor with its mentions and the roles of documents naming it only so; "merged" undoes a merge; undo puts every row back', async () => {
  const store = await open(await sampleDb());
  const db = store.db;
  const before = await dump(db);
  const merge = await mergeActors(db, { actorId: ERDOGAN_MENTIONS, otherId: ERDOGAN_EVENTS, who });
  const ru = 'Реджепом Тайипом Эрдоганом';
  const doc = 'ru-2022-10-13-svmda-astana';
  const sides = await db.selectFrom('events').select('id').where('doc_id', '=', doc).where((eb) => eb.or([eb('source_id', '=', ERDOGAN_MENTIONS), eb('target_id', '=', ERDOGAN_MENTIONS)])).execute();
  assert.ok(sides.length >= 1, 'the Russian article reports an event of his');
  const edit = await splitActor(db, { actorId: ERDOGAN_MENTIONS, variant: ru, lang: 'ru', name: 'R. T. Erdoğan (ru)', who });
  const n = edit.detail!.otherActor!;
  assert.equal(n, 'person:c-rejepom-taipom-erdoganom-ru');
  assert.deepEqual([edit.action, edit.detail?.actor, edit.detail?.variant, edit.detail?.lang], ['split-actor', ERDOGAN_MENTIONS, ru, 'ru']);
  assert.deepEqual(await db.selectFrom('actors').select(['name', 'kind', 'country']).where('id', '=', n).executeTakeFirst(), { name: 'R. T. Erdoğan (ru)', kind: 'person', country: 'TUR' });
  assert.deepEqual((await db.selectFrom('mentions').select('text').where('actor_id', '=', n).execute()).map((m) => m.text), [ru]);
  assert.deepEqual((await db.selectFrom('actor_variants').select('variant').where('actor_id', '=', n).execute()).map((v) => v.variant), [ru]);
  const moved = await db.selectFrom('events').select('id').where('doc_id', '=', doc).where((eb) => eb.or([eb('source_id', '=', n), eb('target_id', '=', n)])).execute();
  assert.deepEqual(moved.map((e) => e.id), sides.map((e) => e.id), 'the roles of the article that names him only so');
  await rejects(splitActor(db, { actorId: ERDOGAN_MENTIONS, variant: 'Nobody', who }), 'invalid_change', /has no name variant "Nobody"/);
  await rejects(splitActor(db, { actorId: n, variant: ru, who }), 'invalid_change', /only name of actor/);
  await rejects(splitActor(db, { actorId: ERDOGAN_MENTIONS, who }), 'invalid_change', /either "variant"/);
  await rejects(splitActor(db, { actorId: ERDOGAN_MENTIONS, merged: 'person:ilham-aliyev', who }), 'not_found', /no merge of actor "person:ilham-aliyev"/);
  // Splitting the merged actor off undoes the merge, once the later split of the same actor is undone.
  await rejects(splitActor(db, { actorId: ERDOGAN_MENTIONS, merged: ERDOGAN_EVENTS, who }), 'conflict', /changed these actors later/);
  await undoEdit(db, { editId: edit.id, who });
  assert.equal(await db.selectFrom('actors').select('id').where('id', '=', n).executeTakeFirst(), undefined, 'the detached actor goes with its last row');
  const un = await splitActor(db, { actorId: ERDOGAN_MENTIONS, merged: ERDOGAN_EVENTS, who });
  assert.deepEqual([un.action, un.target], ['undo', `edit:${merge.id}`]);
  assert.deepEqual(await dump(db), before, 'undo restores every row');
  await store.close();
});

test('re-applying the log changes nothing; merges and splits of the same reports replay in order', async () => {
  const store = await open(await sampleDb());
  const db = store.db;
  const a = await cluster(db, VISIT), b = await cluster(db, TALKS);
  await mergeEvents(db, { eventId: a, otherId: b, who });
  // Split two of the folded talks off again, then detach and merge actors.
  const talks = (await keysOf(db, a)).filter((k) => k.endsWith('#1') && !k.startsWith('az-2022-08-22'));
  const split = await splitEvent(db, { eventId: a, reports: talks.slice(0, 2), who });
  // Another split after it, so that an event re-made on replay could not get its old id back (SQLite reuses the largest).
  const other = await db.selectFrom('event_clusters').select(['id', 'first_event_id']).where('n_events', '>=', 2).where('id', 'not in', [a, split.detail!.otherEvent!]).orderBy('id').executeTakeFirstOrThrow();
  const second = await db.selectFrom('events').select(['doc_id', 'seq']).where('cluster_id', '=', other.id).where('id', '!=', other.first_event_id).executeTakeFirstOrThrow();
  await splitEvent(db, { eventId: other.id, reports: [`${second.doc_id}#${second.seq}`], who });
  await mergeActors(db, { actorId: ERDOGAN_MENTIONS, otherId: ERDOGAN_EVENTS, who });
  await splitActor(db, { actorId: ERDOGAN_MENTIONS, variant: 'Erdogan', lang: 'en', who });
  const once = await dump(db);
  assert.equal(await applyCuration(db), 5);
  assert.equal(await applyCuration(db), 5);
  assert.deepEqual(await dump(db), once, 'idempotent: no event re-numbered, no report moved');
  assert.deepEqual(await keysOf(db, split.detail!.otherEvent!), talks.slice(0, 2));
  await store.close();
});

test('re-ingest: a later report of a folded event follows the merge, a split is not merged back, new mentions of a merged actor follow it', async () => {
  const full = await open(await sampleDb());
  const held = ['kk-2022-08-24-tokaev-bakuge-memlekettik-sapar', 'ru-2022-10-13-svmda-astana'];
  const files = await full.db.selectFrom('documents').select(['id', 'source']).where('id', 'in', held).orderBy('id').execute();
  await full.close();
  const rel = files.map((f) => relative(SAMPLES, f.source));
  const dir = samplesWithout(rel);
  const dbPath = await ingestedDb([dir]);
  let store = await open(dbPath);
  let db = store.db;
  const a = await cluster(db, VISIT), b = await cluster(db, TALKS);
  const kb = await keysOf(db, b);
  const merge = await mergeEvents(db, { eventId: a, otherId: b, who });
  const en = (await keysOf(db, a)).filter((k) => k.startsWith('en-'));
  const split = await splitEvent(db, { eventId: a, reports: ['en-2022-08-24-tokayev-state-visit-baku'], who });
  const z = split.detail!.otherEvent!;
  const actors = await mergeActors(db, { actorId: ERDOGAN_EVENTS, otherId: ERDOGAN_MENTIONS, who });
  const clusters0 = Number((await db.selectFrom('event_clusters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  await store.close();
  store = await open(dbPath);
  db = store.db;
  const s = await ingest(store, rel.map((r) => join(SAMPLES, r)), GOLD);
  assert.equal(s.added, 2);
  // The visit report joins the kept event by the rules; the talks report would have joined the folded event: it follows the merge.
  const kk = held[0]!;
  assert.equal(await cluster(db, `${kk}#0`), a);
  assert.equal(await cluster(db, `${kk}#1`), a, 'a later report of the folded event follows it into the kept one');
  const why = (await getEvent(db, a))!.reports.find((r) => r.doc_id === kk && r.merge_reason?.includes('later report'));
  assert.match(why?.merge_reason ?? '', new RegExp(`a later report of event #${b}, which alice merged into #${a}`));
  assert.deepEqual(await keysOf(db, z), en, 'the split report stays split, in the same event');
  assert.ok((await keysOf(db, a)).every((k) => !en.includes(k)));
  // The run opened an event for the talks report before the merge folded it in.
  assert.equal(Number((await db.selectFrom('event_clusters').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), clusters0 + s.newClusters - 1);
  // The new article's mentions of the merged actor name the kept one; the merged actor does not come back.
  assert.equal((await db.selectFrom('mentions').select('id').where('actor_id', '=', ERDOGAN_MENTIONS).execute()).length, 0);
  assert.ok((await db.selectFrom('mentions').select('id').where('doc_id', '=', held[1]!).where('actor_id', '=', ERDOGAN_EVENTS).execute()).length >= 1);
  assert.equal(await db.selectFrom('actors').select('id').where('id', '=', ERDOGAN_MENTIONS).executeTakeFirst(), undefined);
  // Ingesting the same corpus again changes nothing.
  const settled = await dump(db);
  await ingest(store, [dir, ...rel.map((r) => join(SAMPLES, r))], GOLD);
  assert.deepEqual(await dump(db), settled);
  // Undo, latest first: the new mentions go back to the merged actor; the later talks report leaves with the folded event.
  await undoEdit(db, { editId: actors.id, who });
  assert.ok((await db.selectFrom('mentions').select('id').where('doc_id', '=', held[1]!).where('actor_id', '=', ERDOGAN_MENTIONS).execute()).length >= 1);
  await undoEdit(db, { editId: split.id, who });
  await undoEdit(db, { editId: merge.id, who });
  assert.equal(await cluster(db, TALKS), b);
  assert.deepEqual(await keysOf(db, b), [...kb, `${kk}#1`].sort());
  await store.close();
});

test('the log replays merges and splits onto a database rebuilt from the same articles in another order (by report keys, not row ids)', async () => {
  const dbPath = await sampleDb();
  const store = await open(dbPath);
  const a = await cluster(store.db, VISIT), b = await cluster(store.db, TALKS);
  await mergeEvents(store.db, { eventId: a, otherId: b, who });
  const split = await splitEvent(store.db, { eventId: a, reports: ['ru-2022-08-24-tokaev-vizit-baku'], who });
  await mergeActors(store.db, { actorId: ERDOGAN_MENTIONS, otherId: ERDOGAN_EVENTS, who });
  const want = { a: await keysOf(store.db, a), z: await keysOf(store.db, split.detail!.otherEvent!), dyad: await dyadSummary(store.db, 'KAZ', 'AZE') };
  const rows = await store.db.selectFrom('curation_edits').selectAll().orderBy('id').execute();
  await store.close();
  const order = ['feed', 'en', 'html', 'ru', 'kk', 'az'];
  const dirs = readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    .sort((x, y) => order.indexOf(x) - order.indexOf(y)).map((d) => join(SAMPLES, d));
  const dst = await open(await ingestedDb(dirs));
  await dst.db.insertInto('curation_edits').values(rows).execute();
  assert.equal(await applyCuration(dst.db), 3);
  const a2 = await cluster(dst.db, VISIT);
  assert.notEqual((await dst.db.selectFrom('event_clusters').select('first_event_id').where('id', '=', a2).executeTakeFirstOrThrow()).first_event_id,
    (await dst.db.selectFrom('events').select('id').where('doc_id', '=', VISIT.split('#')[0]!).where('seq', '=', 0).executeTakeFirstOrThrow()).id,
    'another report opens the visit in the rebuilt database');
  assert.deepEqual(await keysOf(dst.db, a2), want.a);
  assert.deepEqual(await keysOf(dst.db, await cluster(dst.db, want.z[0]!)), want.z);
  const d = await dyadSummary(dst.db, 'KAZ', 'AZE');
  assert.deepEqual([d.events, d.visits, d.meetings], [want.dyad.events, want.dyad.visits, want.dyad.meetings]);
  assert.equal((await listEvents(dst.db, { actor: ERDOGAN_EVENTS })).length, 0, 'the merged actor\'s events name the kept actor');
  assert.ok((await listEvents(dst.db, { actor: ERDOGAN_MENTIONS })).length >= 5);
  await dst.close();
});
