/**
 * Merging and splitting events and actors through the API (fastify inject): each route needs the token (401
 * without, 403 with a wrong one or when editing is off) and checks its parameters before touching anything;
 * a merge shows as one event with every report and its explanation, a split as a new event; actor merges make
 * filtering by the kept actor find the other's events; every change is in the log (by event and by actor) and
 * is undone through /api/curation/undo, latest first; and the curated state survives a re-ingest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sampleApp, getJson, postJson, ingestedDb, samplesWithout, open, GOLD, SAMPLES } from './api-fixture.ts';
import { buildApp } from '../src/api/app.ts';
import { ingest } from '../src/kb/ingest.ts';

interface Item { id: number; type: string; mode: string | null; date: string | null; reports: number; n_docs: number; languages: string[]; curation: { verdict: string; edits: number } | null }
interface Report { docId: string; lang: string; merged: string[] | null }
interface Detail { event: number | null; otherEvent: number | null; reports: string[]; actor: string | null; otherActor: string | null; variant: string | null; lang: string | null }
interface Edit { id: number; who: string; when: string; action: string; target: string; eventId: number | null; note: string | null; detail: Detail | null; undone: boolean; undoneBy: number | null }
interface Err { error: { code: string; message: string } }

const TOKEN = 'alice:s3cret,bob:other';
const A = 's3cret';
const KEPT = 'person:recep-tayyip-erdogan';
const OTHER = 'person:recep-tayyip-erdo-an';

/** The first KAZ→AZE state visit and the talks of that day (same reports' documents, kept apart by the rules). */
async function visitAndTalks(app: FastifyInstance): Promise<{ visit: Item; talks: Item }> {
  const day = (await getJson<{ items: Item[] }>(app, '/api/events?dyad=KAZ,AZE&type=CONSULT&from=2022-08-24&to=2022-08-24&limit=50')).body.items;
  const visit = day.find((e) => e.mode === 'visit'), talks = day.find((e) => e.mode === null);
  assert.ok(visit && talks, 'a visit and talks on 2022-08-24');
  return { visit, talks };
}

const event = async (app: FastifyInstance, id: number): Promise<{ status: number; body: { event: Item; reports: Report[]; explain: string[]; edits: Edit[] } }> =>
  getJson(app, `/api/events/${id}`);
const dyadEvents = async (app: FastifyInstance): Promise<number> => (await getJson<{ events: number }>(app, '/api/dyad/KAZ/AZE')).body.events;

test('every merge and split route: 401 without the token, 403 with a wrong one or when editing is off; the token is checked before the body', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const routes: [string, unknown][] = [
    ['/api/curation/events/1/merge', { event: 2 }], ['/api/curation/events/1/split', { reports: ['x'] }],
    ['/api/curation/actors/person:a/merge', { actor: 'person:b' }], ['/api/curation/actors/person:a/split', { variant: 'A' }],
  ];
  for (const [url, body] of routes) {
    assert.equal((await postJson(app, url, body)).status, 401, url);
    assert.equal((await postJson(app, url, { nonsense: true })).status, 401, `${url}: no hint about the body without the token`);
    const wrong = await postJson<Err>(app, url, body, 'nope');
    assert.deepEqual([wrong.status, wrong.body.error.code], [403, 'forbidden'], url);
  }
  assert.equal((await getJson<{ total: number }>(app, '/api/curation/edits')).body.total, 0, 'nothing was changed');
  await app.close();
  const off = (await sampleApp()).app;
  for (const [url, body] of routes) {
    const r = await postJson<Err>(off, url, body, A);
    assert.deepEqual([r.status, r.body.error.code], [403, 'editing_disabled'], url);
  }
  await off.close();
});

test('bad requests: clear 400, 404 and 409 answers, nothing changed', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const { visit, talks } = await visitAndTalks(app);
  const single = (await getJson<{ items: Item[] }>(app, '/api/events?limit=500')).body.items.find((e) => e.reports === 1)!;
  const cases: [string, unknown, number, string, RegExp][] = [
    [`/api/curation/events/${visit.id}/merge`, { event: visit.id }, 400, 'invalid_change', /cannot merge event \d+ with itself/],
    [`/api/curation/events/${visit.id}/merge`, { event: 999999 }, 404, 'not_found', /no event 999999 to merge in/],
    ['/api/curation/events/999999/merge', { event: visit.id }, 404, 'not_found', /no event 999999/],
    [`/api/curation/events/${visit.id}/merge`, {}, 400, 'invalid_parameter', /event/],
    [`/api/curation/events/${visit.id}/merge`, { event: 'two' }, 400, 'invalid_parameter', /integer/],
    [`/api/curation/events/${visit.id}/merge`, { event: 2, colour: 'red' }, 400, 'invalid_parameter', /additional/],
    ['/api/curation/events/abc/merge', { event: 2 }, 400, 'invalid_parameter', /integer/],
    [`/api/curation/events/${visit.id}/split`, { reports: [] }, 400, 'invalid_parameter', /fewer than 1/],
    [`/api/curation/events/${visit.id}/split`, { reports: ['no-such-document'] }, 400, 'invalid_change', /"no-such-document" is not a report of event/],
    [`/api/curation/events/${visit.id}/split`, { reports: ['az-2022-08-22-tokayev-seferi-gozlenilir'] }, 400, 'invalid_change', /opened event \d+ .* split the other reports off instead/],
    [`/api/curation/events/${single.id}/split`, { reports: ['x'] }, 400, 'invalid_change', /has only one report: there is nothing to split off/],
    ['/api/curation/events/999999/split', { reports: ['x'] }, 404, 'not_found', /no event 999999/],
    [`/api/curation/actors/${KEPT}/merge`, { actor: KEPT }, 400, 'invalid_change', /with itself/],
    [`/api/curation/actors/${KEPT}/merge`, { actor: 'country:KAZ' }, 400, 'invalid_change', /\(a country\) into .* \(a person\)/],
    [`/api/curation/actors/${KEPT}/merge`, { actor: 'person:nobody' }, 404, 'not_found', /no actor "person:nobody"/],
    ['/api/curation/actors/person:nobody/merge', { actor: KEPT }, 404, 'not_found', /no actor "person:nobody"/],
    [`/api/curation/actors/${KEPT}/merge`, { actor: '' }, 400, 'invalid_parameter', /fewer than 1/],
    [`/api/curation/actors/${KEPT}/split`, {}, 400, 'invalid_change', /either "variant" .* or "merged"/],
    [`/api/curation/actors/${KEPT}/split`, { variant: 'Erdogan', merged: OTHER }, 400, 'invalid_change', /either "variant"/],
    [`/api/curation/actors/${KEPT}/split`, { variant: 'Nobody' }, 400, 'invalid_change', /has no name variant "Nobody"/],
    [`/api/curation/actors/${KEPT}/split`, { variant: 'Erdogan', lang: 'English' }, 400, 'invalid_parameter', /pattern/],
    [`/api/curation/actors/${KEPT}/split`, { merged: OTHER }, 404, 'not_found', /no merge of actor "person:recep-tayyip-erdo-an" into "person:recep-tayyip-erdogan" is in force/],
  ];
  for (const [url, body, status, code, msg] of cases) {
    const r = await postJson<Err>(app, url, body, A);
    assert.equal(r.status, status, `${url} ${JSON.stringify(body)}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.error.code, code, url);
    assert.match(r.body.error.message, msg, url);
  }
  // A rejected event is neither merged nor split until the rejection is undone.
  const rej = await postJson<{ edit: Edit }>(app, `/api/curation/events/${talks.id}`, { action: 'reject' }, A);
  const r = await postJson<Err>(app, `/api/curation/events/${visit.id}/merge`, { event: talks.id }, A);
  assert.deepEqual([r.status, r.body.error.code], [409, 'conflict']);
  assert.match(r.body.error.message, /is rejected: undo the rejection/);
  assert.equal((await postJson<Err>(app, `/api/curation/events/${talks.id}/split`, { reports: ['x'] }, A)).status, 409);
  assert.deepEqual((await getJson<{ items: Edit[] }>(app, '/api/curation/edits')).body.items.map((e) => e.id), [rej.body.edit.id], 'only the rejection is logged');
  await app.close();
});

test('merge and split events: one event with every report, explained and logged; a split makes a new event; undo, latest first', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const { visit, talks } = await visitAndTalks(app);
  const n0 = await dyadEvents(app);
  const m = await postJson<{ edit: Edit }>(app, `/api/curation/events/${visit.id}/merge`, { event: talks.id, note: 'one state visit' }, A);
  assert.equal(m.status, 200);
  const e = m.body.edit;
  assert.deepEqual([e.action, e.who, e.eventId, e.note, e.detail?.event, e.detail?.otherEvent, e.detail?.reports.length], ['merge', 'alice', visit.id, 'one state visit', visit.id, talks.id, talks.reports]);
  assert.match(e.target, /^event:az-2022-08-22-tokayev-seferi-gozlenilir#0$/);
  const page = await event(app, visit.id);
  assert.equal(page.body.event.reports, visit.reports + talks.reports, 'every report of both');
  assert.deepEqual(page.body.event.languages, ['az', 'en', 'kk', 'ru']);
  assert.equal(page.body.event.curation?.verdict, 'edited');
  assert.equal(page.body.reports.filter((r) => r.merged?.some((x) => /^curated: event #\d+ merged into #\d+ by alice/.test(x))).length, talks.reports);
  assert.equal(page.body.explain.filter((l) => new RegExp(`curated: event #${talks.id} merged into #${visit.id} by alice \\(edit #${e.id}\\)`).test(l)).length, talks.reports);
  assert.deepEqual(page.body.edits.map((x) => x.id), [e.id]);
  assert.equal((await event(app, talks.id)).status, 404, 'the folded event is gone');
  assert.deepEqual((await getJson<{ items: Edit[] }>(app, `/api/curation/edits?event=${talks.id}`)).body.items.map((x) => x.id), [e.id], 'its log still finds the merge');
  assert.equal(await dyadEvents(app), n0 - 1, 'counted once');
  // Split two documents' reports off again: a new event of their own.
  const docs = page.body.reports.filter((r) => r.lang === 'en' || r.lang === 'kk').map((r) => r.docId);
  const sp = await postJson<{ edit: Edit }>(app, `/api/curation/events/${visit.id}/split`, { reports: [...new Set(docs)], note: 'a different happening' }, 'other');
  assert.equal(sp.status, 200, JSON.stringify(sp.body));
  const z = sp.body.edit.detail!.otherEvent!;
  assert.deepEqual([sp.body.edit.action, sp.body.edit.who, sp.body.edit.detail?.reports.length], ['split', 'bob', 4]);
  const zp = await event(app, z);
  assert.deepEqual([zp.body.event.reports, zp.body.event.languages, zp.body.reports[0]!.merged], [4, ['en', 'kk'], null]);
  assert.equal((await event(app, visit.id)).body.event.reports, visit.reports + talks.reports - 4);
  // The new event's log: the split that made it, and the merge that brought its talks reports together.
  assert.deepEqual((await getJson<{ items: Edit[] }>(app, `/api/curation/edits?event=${z}`)).body.items.map((x) => x.id), [sp.body.edit.id, e.id]);
  // Undo: the merge waits for the later split of the same event.
  const early = await postJson<Err>(app, `/api/curation/undo/${e.id}`, undefined, A);
  assert.deepEqual([early.status, early.body.error.code], [409, 'conflict']);
  assert.match(early.body.error.message, new RegExp(`edit ${sp.body.edit.id} changed this event later: undo it first`));
  const u1 = await postJson<{ undone: number; edit: Edit }>(app, `/api/curation/undo/${sp.body.edit.id}`, undefined, A);
  assert.deepEqual([u1.status, u1.body.undone, u1.body.edit.eventId], [200, sp.body.edit.id, visit.id]);
  assert.equal((await event(app, z)).status, 404);
  assert.equal((await postJson(app, `/api/curation/undo/${e.id}`, undefined, A)).status, 200);
  const back = await event(app, talks.id);
  assert.deepEqual([back.status, back.body.event.reports, back.body.event.mode], [200, talks.reports, null], 'the folded event is back under its id');
  assert.equal((await event(app, visit.id)).body.event.reports, visit.reports);
  assert.equal(await dyadEvents(app), n0);
  const log = (await getJson<{ items: Edit[] }>(app, '/api/curation/edits')).body.items;
  assert.deepEqual(log.map((x) => [x.action, x.undone]), [['undo', false], ['undo', false], ['split', true], ['merge', true]]);
  await app.close();
});

test('merge and split actors: filtering by the kept actor finds the other\'s events; a variant leaves for a new actor; "merged" splits a merge apart', async () => {
  const { app } = await sampleApp({ token: TOKEN });
  const before = (await getJson<{ total: number; items: Item[] }>(app, `/api/events?actor=${encodeURIComponent(OTHER)}&limit=500`)).body;
  assert.ok(before.total >= 5);
  assert.equal((await getJson<{ total: number }>(app, `/api/events?actor=${encodeURIComponent(KEPT)}`)).body.total, 0);
  const m = await postJson<{ edit: Edit }>(app, `/api/curation/actors/${KEPT}/merge`, { actor: OTHER, note: 'same person' }, A);
  assert.equal(m.status, 200);
  assert.deepEqual([m.body.edit.action, m.body.edit.target, m.body.edit.eventId, m.body.edit.detail?.actor, m.body.edit.detail?.otherActor], ['merge-actor', `actor:${KEPT}`, null, KEPT, OTHER]);
  const after = (await getJson<{ total: number; items: Item[] }>(app, `/api/events?actor=${encodeURIComponent(KEPT)}&limit=500`)).body;
  assert.deepEqual(after.items.map((x) => x.id), before.items.map((x) => x.id), 'filtering by the kept actor finds the merged actor\'s events');
  assert.equal((await getJson(app, `/api/actors/${encodeURIComponent(OTHER)}`)).status, 404);
  const actor = (await getJson<{ actor: { id: string }; events: unknown[]; variants: { variant: string }[] }>(app, `/api/actors/${encodeURIComponent(KEPT)}`)).body;
  assert.equal(actor.events.length, before.total);
  const edits = (await getJson<{ items: Edit[] }>(app, `/api/curation/edits?actor=${encodeURIComponent(OTHER)}`)).body.items;
  assert.deepEqual(edits.map((x) => x.id), [m.body.edit.id], 'the merged actor\'s log finds the merge');
  // Detach the Russian spelling: a new actor with that name.
  const ru = actor.variants.find((v) => /Эрдоган/.test(v.variant))!.variant;
  const s = await postJson<{ edit: Edit }>(app, `/api/curation/actors/${KEPT}/split`, { variant: ru, lang: 'ru', name: 'Erdoğan (ru)' }, A);
  assert.equal(s.status, 200, JSON.stringify(s.body));
  const n = s.body.edit.detail!.otherActor!;
  const na = (await getJson<{ actor: { name: string }; variants: { variant: string }[] }>(app, `/api/actors/${encodeURIComponent(n)}`)).body;
  assert.deepEqual([na.actor.name, na.variants.map((v) => v.variant)], ['Erdoğan (ru)', [ru]]);
  // "merged" undoes the merge, once the later split of the same actor is undone.
  assert.equal((await postJson(app, `/api/curation/actors/${KEPT}/split`, { merged: OTHER }, A)).status, 409);
  assert.equal((await postJson(app, `/api/curation/undo/${s.body.edit.id}`, undefined, A)).status, 200);
  assert.equal((await getJson(app, `/api/actors/${encodeURIComponent(n)}`)).status, 404);
  const un = await postJson<{ edit: Edit }>(app, `/api/curation/actors/${KEPT}/split`, { merged: OTHER }, 'other');
  assert.deepEqual([un.status, un.body.edit.action, un.body.edit.target, un.body.edit.who], [200, 'undo', `edit:${m.body.edit.id}`, 'bob']);
  assert.equal((await getJson<{ total: number }>(app, `/api/events?actor=${encodeURIComponent(OTHER)}`)).body.total, before.total);
  assert.equal((await getJson<{ total: number }>(app, `/api/events?actor=${encodeURIComponent(KEPT)}`)).body.total, 0);
  await app.close();
});

test('re-ingest: a merge, a split and an actor merge survive new articles; ingesting the same corpus again changes nothing', async () => {
  const full = (await sampleApp()).app;
  const { talks } = await visitAndTalks(full);
  const reps = (await event(full, talks.id)).body.reports;
  await full.close();
  const held = ['kk/kk-2022-08-24-tokaev-bakuge-memlekettik-sapar.txt', 'ru/ru-2022-10-13-svmda-astana.txt'];
  assert.ok(reps.some((r) => r.docId === 'kk-2022-08-24-tokaev-bakuge-memlekettik-sapar'), 'the held-back article reports the talks');
  const dir = samplesWithout(held);
  const dbPath = await ingestedDb([dir]);
  let app = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  const { visit: v, talks: t } = await visitAndTalks(app);
  const merge = (await postJson<{ edit: Edit }>(app, `/api/curation/events/${v.id}/merge`, { event: t.id }, A)).body.edit;
  const split = (await postJson<{ edit: Edit }>(app, `/api/curation/events/${v.id}/split`, { reports: ['en-2022-08-24-tokayev-state-visit-baku'] }, A)).body.edit;
  const z = split.detail!.otherEvent!;
  assert.equal((await postJson(app, `/api/curation/actors/${KEPT}/merge`, { actor: OTHER }, A)).status, 200);
  const n0 = await dyadEvents(app);
  const zr = (await event(app, z)).body.event.reports;
  const vr = (await event(app, v.id)).body.event.reports;
  await app.close();
  // First the article reporting the visit and the talks, then the Russian one naming the merged actor.
  let store = await open(dbPath);
  assert.equal((await ingest(store, [join(SAMPLES, held[0]!)], GOLD)).added, 1);
  await store.close();
  app = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  const page = await event(app, v.id);
  assert.equal(page.body.event.reports, vr + 2, 'both reports of the new article joined the merged event (the talks one following the merge)');
  assert.equal((await event(app, z)).body.event.reports, zr, 'the split event is not merged back');
  assert.equal(await dyadEvents(app), n0, 'no new event in the dyad: the new reports are of the merged one');
  await app.close();
  store = await open(dbPath);
  assert.equal((await ingest(store, [join(SAMPLES, held[1]!)], GOLD)).added, 1);
  await store.close();
  app = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  const ru = (await getJson<{ items: Item[] }>(app, `/api/events?actor=${encodeURIComponent(KEPT)}&lang=ru&limit=500`)).body.items;
  assert.ok(ru.some((x) => x.date?.startsWith('2022-10')), 'the new Russian article\'s event names the kept actor');
  assert.equal((await getJson<{ total: number }>(app, `/api/events?actor=${encodeURIComponent(OTHER)}`)).body.total, 0);
  const n1 = await dyadEvents(app);
  await app.close();
  const again = await open(dbPath);
  const r2 = await ingest(again, [dir, ...held.map((f) => join(SAMPLES, f))], GOLD);
  assert.equal(r2.added, 0);
  await again.close();
  app = await buildApp({ dbPath, webRoot: null, token: TOKEN });
  assert.deepEqual([(await event(app, v.id)).body.event.reports, (await event(app, z)).body.event.reports, await dyadEvents(app)], [vr + 2, zr, n1]);
  assert.equal((await postJson(app, `/api/curation/undo/${merge.id}`, undefined, A)).status, 409, 'the split came later');
  await app.close();
});
