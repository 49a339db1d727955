/**
 * Curation through the API: the edit token (401/403/200), reject → gone from lists and dyad counts, undo → back,
 * edits checked against the ontology, every edit logged with who/when/before/after, and curated state surviving
 * re-ingest: a new report of a rejected event does not bring it back, and the log replays onto a database
 * rebuilt in another order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sampleApp, getJson, postJson, ingestedDb, samplesWithout, open, GOLD, SAMPLES } from './api-fixture.ts';
import { buildApp } from '../src/api/app.ts';
import { ingest } from '../src/kb/ingest.ts';
import { applyCuration } from '../src/kb/curation.ts';

interface Item { id: number; type: string; mode: string | null; status: string; cameo: string; date: string | null; reports: number; source: { id: string | null }; target: { id: string | null; country: string | null }; curation: { verdict: string; edits: number } | null }
interface Edit { id: number; who: string; when: string; action: string; target: string; eventId: number | null; before: Item | null; after: Item | null; note: string | null; undone: boolean; undoneBy: number | null }
type Visits = Record<string, { ab: number; ba: number }>;

const TOKEN = 'alice:s3cret,bob:other';
const A = 's3cret';

/** The first KAZ→AZE visit (2022-08-24, reported in several documents and languages). */
async function firstVisit(app: FastifyInstance): Promise<Item> {
  const r = await getJson<{ items: Item[] }>(app, '/api/events?dyad=KAZ,AZE&type=CONSULT&mode=visit&limit=1');
  const e = r.body.items[0]!;
  assert.equal(e.date, '2022-08-24');
  return e;
}

const visits = async (app: FastifyInstance): Promise<Visits> => (await getJson<{ visits: Visits }>(app, '/api/dyad/KAZ/AZE')).body.visits;
const total = async (app: FastifyInstance, q = 'dyad=KAZ,AZE'): Promise<number> => (await getJson<{ total: number }>(app, `/api/events?${q}&limit=1`)).body.total;

test('the edit token: 401 without it, 403 with a wrong one or when editing is off, 200 with it; edits are signed with its name', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  assert.equal((await postJson(app, '/api/curation/events/1', { action: 'confirm' })).status, 401);
  assert.equal((await postJson(app, '/api/curation/events/1', { action: 'confirm' }, 'nope')).status, 403);
  assert.equal((await postJson(app, '/api/curation/undo/1', undefined)).status, 401);
  const bad = await app.inject({ method: 'POST', url: '/api/curation/events/1', headers: { authorization: 'Basic czNjcmV0', 'content-type': 'application/json' }, payload: '{"action":"confirm"}' });
  assert.equal(bad.statusCode, 401);
  // The token is checked before the body: no hint about the body without it.
  assert.equal((await postJson(app, '/api/curation/events/1', { action: 'fly' })).status, 401);
  const ok = await postJson<{ edit: Edit }>(app, '/api/curation/events/1', { action: 'confirm', note: 'checked the kk and ru reports' }, A);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.edit.who, 'alice');
  assert.equal(ok.body.edit.note, 'checked the kk and ru reports');
  const bob = await postJson<{ edit: Edit }>(app, '/api/curation/events/2', { action: 'confirm' }, 'other');
  assert.equal(bob.body.edit.who, 'bob');
  assert.equal((await getJson<{ event: Item }>(app, '/api/events/1')).body.event.curation?.verdict, 'confirmed');
  // Reading needs no token.
  assert.equal((await getJson(app, '/api/curation/edits')).status, 200);
  await app.close();
  const readOnly = (await sampleApp()).app;
  const off = await postJson<{ error: { code: string } }>(readOnly, '/api/curation/events/1', { action: 'reject' }, A);
  assert.deepEqual([off.status, off.body.error.code], [403, 'editing_disabled']);
  await readOnly.close();
  const anon = (await sampleApp({ token: 'plain-token' })).app;
  assert.equal((await postJson<{ edit: Edit }>(anon, '/api/curation/events/1', { action: 'confirm' }, 'plain-token')).body.edit.who, 'analyst');
  await anon.close();
});

test('reject: the event leaves /api/events and the dyad counts, stays readable by id, is logged; undo brings it back', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const v0 = await visits(app);
  const t0 = await total(app);
  const e = await firstVisit(app);
  const r = await postJson<{ edit: Edit }>(app, `/api/curation/events/${e.id}`, { action: 'reject', note: 'announcement only' }, A);
  assert.equal(r.status, 200);
  assert.equal(r.body.edit.action, 'reject');
  assert.match(r.body.edit.target, /^event:.+#\d+$/);
  assert.equal(r.body.edit.eventId, e.id);
  assert.equal(r.body.edit.before?.status, 'occurred');
  assert.equal(r.body.edit.after?.status, 'rejected');
  assert.ok(Date.now() - Date.parse(r.body.edit.when) < 60_000);
  assert.equal(await total(app), t0 - 1);
  assert.ok(!(await getJson<{ items: Item[] }>(app, '/api/events?dyad=KAZ,AZE&limit=500')).body.items.some((x) => x.id === e.id));
  assert.deepEqual(await visits(app), { ...v0, 2022: { ab: v0['2022']!.ab - 1, ba: v0['2022']!.ba } });
  const rejected = await getJson<{ items: Item[] }>(app, '/api/events?status=rejected');
  assert.deepEqual(rejected.body.items.map((x) => x.id), [e.id]);
  const page = await getJson<{ event: Item; edits: Edit[] }>(app, `/api/events/${e.id}`);
  assert.deepEqual([page.body.event.status, page.body.event.curation?.verdict, page.body.edits.length], ['rejected', 'rejected', 1]);
  // Its articles no longer highlight it; the network and dyad list no longer count it.
  const dyads = await getJson<{ items: { a: string; b: string; events: number }[] }>(app, '/api/dyads?limit=1');
  assert.equal(dyads.body.items[0]!.events, (await getJson<{ events: number }>(app, '/api/dyad/KAZ/AZE')).body.events);
  // A rejected event cannot be edited until the rejection is undone.
  const again = await postJson<{ error: { code: string } }>(app, `/api/curation/events/${e.id}`, { action: 'edit', changes: { date: '2022-08-25' } }, A);
  assert.deepEqual([again.status, again.body.error.code], [409, 'conflict']);
  const u = await postJson<{ undone: number; edit: Edit }>(app, `/api/curation/undo/${r.body.edit.id}`, undefined, A);
  assert.equal(u.status, 200);
  assert.equal(u.body.undone, r.body.edit.id);
  assert.deepEqual([u.body.edit.action, u.body.edit.target, u.body.edit.after?.status], ['undo', `edit:${r.body.edit.id}`, 'occurred']);
  assert.equal(await total(app), t0);
  assert.deepEqual(await visits(app), v0);
  assert.equal((await getJson<{ event: Item }>(app, `/api/events/${e.id}`)).body.event.curation, null);
  const log = await getJson<{ total: number; items: Edit[] }>(app, '/api/curation/edits');
  assert.deepEqual(log.body.items.map((x) => [x.action, x.undone]), [['undo', false], ['reject', true]]);
  assert.equal(log.body.items[1]!.undoneBy, u.body.edit.id);
  assert.equal((await postJson(app, `/api/curation/undo/${r.body.edit.id}`, undefined, A)).status, 409, 'undone twice');
  assert.equal((await postJson(app, `/api/curation/undo/${u.body.edit.id}`, undefined, A)).status, 409, 'an undo is not undone');
  assert.equal((await postJson(app, '/api/curation/undo/9999', undefined, A)).status, 404);
  assert.equal((await postJson(app, '/api/curation/events/999999', { action: 'reject' }, A)).status, 404);
  await app.close();
});

test('edit: type, mode, status, date and actors are checked and applied; a new type takes its usual CAMEO code; undo restores; the latest edit is undone first', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const e = await firstVisit(app);
  const bad: [object, RegExp][] = [
    [{ type: 'HUG' }, /not a PLOVER type/],
    [{ mode: 'teleport' }, /not a mode of CONSULT/],
    [{ status: 'maybe' }, /status/],
    [{ date: '2022-02-30' }, /not a date/],
    [{ cameo: '99' }, /not a CAMEO code/],
    [{ target: 'person:nobody' }, /no actor "person:nobody"/],
    [{ target: e.source.id! }, /same actor/],
    [{}, /at least one change/],
  ];
  for (const [changes, msg] of bad) {
    const r = await postJson<{ error: { code: string; message: string } }>(app, `/api/curation/events/${e.id}`, { action: 'edit', changes }, A);
    assert.equal(r.status, 400, JSON.stringify(changes));
    assert.match(r.body.error.message, msg, JSON.stringify(changes));
  }
  assert.equal((await postJson(app, `/api/curation/events/${e.id}`, { action: 'reject', changes: { date: '2022-08-25' } }, A)).status, 400);
  const v0 = await visits(app);
  // A visit recoded as a meeting: no longer a visit in the dyad counts; CAMEO follows the type.
  const e1 = await postJson<{ edit: Edit }>(app, `/api/curation/events/${e.id}`, { action: 'edit', changes: { mode: null, date: '2022-08-25' } }, A);
  assert.equal(e1.status, 200);
  const after1 = (await getJson<{ event: Item }>(app, `/api/events/${e.id}`)).body.event;
  assert.deepEqual([after1.mode, after1.date, after1.cameo, after1.curation?.verdict], [null, '2022-08-25', '042', 'edited']);
  assert.equal((await visits(app))['2022']!.ab, v0['2022']!.ab - 1);
  const e2 = await postJson<{ edit: Edit }>(app, `/api/curation/events/${e.id}`, { action: 'edit', changes: { type: 'support', target: 'person:ilham-aliyev' } }, A);
  assert.equal(e2.status, 200);
  const after2 = (await getJson<{ event: Item }>(app, `/api/events/${e.id}`)).body.event;
  assert.deepEqual([after2.type, after2.cameo, after2.target.id, after2.target.country], ['SUPPORT', '051', 'person:ilham-aliyev', 'AZE']);
  assert.deepEqual(e2.body.edit.before?.type, 'CONSULT');
  const byActor = await getJson<{ items: Item[] }>(app, `/api/events?actor=${encodeURIComponent('person:ilham-aliyev')}&type=SUPPORT&limit=500`);
  assert.ok(byActor.body.items.some((x) => x.id === e.id), 'the new target is searchable');
  // The first edit cannot be undone while the second stands.
  assert.equal((await postJson(app, `/api/curation/undo/${e1.body.edit.id}`, undefined, A)).status, 409);
  assert.equal((await postJson(app, `/api/curation/undo/${e2.body.edit.id}`, undefined, A)).status, 200);
  assert.equal((await getJson<{ event: Item }>(app, `/api/events/${e.id}`)).body.event.type, 'CONSULT');
  assert.equal((await postJson(app, `/api/curation/undo/${e1.body.edit.id}`, undefined, A)).status, 200);
  const back = (await getJson<{ event: Item }>(app, `/api/events/${e.id}`)).body.event;
  assert.deepEqual([back.type, back.mode, back.date, back.cameo, back.target.id], [e.type, e.mode, e.date, e.cameo, e.target.id]);
  assert.deepEqual(await visits(app), v0);
  const log = await getJson<{ total: number; items: Edit[] }>(app, `/api/curation/edits?event=${e.id}`);
  assert.equal(log.body.total, 4);
  await app.close();
});

test('re-ingest: the rejection survives a new report of the rejected event, and ingesting the same corpus again changes nothing', async () => {
  const full = (await sampleApp()).app;
  const v = await firstVisit(full);
  const reps = (await getJson<{ reports: { docId: string; source: string; copy: boolean }[] }>(full, `/api/events/${v.id}`)).body.reports;
  await full.close();
  // A document reporting the visit, not its opening report, not a copy, in a file of its own.
  const held = reps.slice(1).find((r) => !r.copy && /\.(txt|html)$/.test(r.source));
  assert.ok(held, 'a later report in its own file');
  const rel = relative(SAMPLES, held.source);
  const dir = samplesWithout([rel]);
  const dbPath = await ingestedDb([dir]);
  const app = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  const e = await firstVisit(app);
  const n0 = e.reports;
  const v0 = await visits(app);
  const rej = await postJson<{ edit: Edit }>(app, `/api/curation/events/${e.id}`, { action: 'reject' }, A);
  assert.equal(rej.status, 200);
  await app.close();
  const store = await open(dbPath);
  const s = await ingest(store, [join(SAMPLES, rel), dir], GOLD);
  assert.equal(s.added, 1, 'only the held-back document is new');
  await store.close();
  const app2 = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  const page = (await getJson<{ event: Item }>(app2, `/api/events/${e.id}`)).body.event;
  assert.equal(page.reports, n0 + 1, 'the new report joined the rejected event');
  assert.equal(page.status, 'rejected');
  assert.deepEqual(await visits(app2), { ...v0, 2022: { ab: v0['2022']!.ab - 1, ba: v0['2022']!.ba } });
  assert.equal((await postJson(app2, `/api/curation/undo/${rej.body.edit.id}`, undefined, A)).status, 200);
  assert.deepEqual(await visits(app2), v0);
  assert.equal((await getJson<{ event: Item }>(app2, `/api/events/${e.id}`)).body.event.reports, n0 + 1);
  await app2.close();
});

test('the edit log replays onto a database rebuilt from the same articles in another order (edits follow reports, not row ids)', async () => {
  const { app, dbPath } = await sampleApp({ token: TOKEN });
  const e = await firstVisit(app);
  await postJson(app, `/api/curation/events/${e.id}`, { action: 'reject' }, A);
  const meeting = (await getJson<{ items: Item[] }>(app, '/api/events?dyad=KAZ,AZE&type=CONSULT&from=2024&limit=1')).body.items[0]!;
  await postJson(app, `/api/curation/events/${meeting.id}`, { action: 'edit', changes: { date: '2024-01-02', status: 'planned' } }, A);
  const want = { visits: await visits(app), total: await total(app), planned: (await getJson<{ planned: Item[] }>(app, '/api/dyad/KAZ/AZE')).body.planned.map((p) => p.date) };
  await app.close();
  // Rebuild: the wire feed first and Azerbaijani last, so events get other row ids and other opening reports.
  const order = ['feed', 'en', 'html', 'ru', 'kk', 'az'];
  const dirs = readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((d) => join(SAMPLES, d));
  const rebuilt = await ingestedDb(dirs);
  const src = await open(dbPath), dst = await open(rebuilt);
  const rows = await src.db.selectFrom('curation_edits').selectAll().orderBy('id').execute();
  await dst.db.insertInto('curation_edits').values(rows).execute();
  assert.equal(await applyCuration(dst.db), 2);
  await src.close();
  await dst.close();
  const app2 = await buildApp({ dbPath: rebuilt, webRoot: null });
  const gone = (await getJson<{ items: Item[] }>(app2, '/api/events?status=rejected')).body.items;
  assert.deepEqual(gone.map((x) => [x.type, x.mode, x.date]), [[e.type, e.mode, e.date]]);
  assert.notEqual(gone[0]!.id, e.id, 'the rebuilt database numbers events differently');
  const opening = (await getJson<{ reports: { docId: string }[] }>(app2, `/api/events/${gone[0]!.id}`)).body.reports[0]!.docId;
  assert.ok(!rows[0]!.target.startsWith(`event:${opening}#`), 'another report opens the event in the rebuilt database');
  assert.deepEqual({ visits: await visits(app2), total: await total(app2), planned: (await getJson<{ planned: Item[] }>(app2, '/api/dyad/KAZ/AZE')).body.planned.map((p) => p.date) }, want);
  await app2.close();
});
