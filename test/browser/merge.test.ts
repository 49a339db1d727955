/**
 * Merging and splitting in the dashboard, in real headless Chromium (Debian's, driven by playwright-core) against
 * the real server in-process on a database ingested from samples/ (events coded from the answer key): on an event
 * page a curator with the token splits a report off into a new event and merges another event in by id (the
 * merged-away event's page says where it went; undo brings it back); on an actor page a curator finds another
 * actor by name, merges it in (its events show here), splits it off again, and detaches a name variant. Notes with
 * markup stay text. Screenshots under test-output/screenshots/. Skips when /usr/bin/chromium is absent.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/data.ts';
import { goldEvents } from '../kb-gold.ts';
import { screenshot, settled as viewSettled, skip, startDashboard, type Page, type Win } from './harness.ts';

const TOKEN = 'curator:merge-test-token';
const SECRET = 'merge-test-token';
const KEPT = 'person:recep-tayyip-erdogan';
const OTHER = 'person:recep-tayyip-erdo-an';

interface Item { id: number; mode: string | null; reports: number }
interface Detail { event: { id: number; reports: number }; reports: { docId: string }[] }

let base = '';
let close: () => Promise<void> = async () => {};
let page: Page;
let dialogs: string[] = [];
let pageErrors: string[] = [];

async function api<T>(path: string): Promise<{ status: number; body: T }> {
  const r = await fetch(base + path);
  return { status: r.status, body: (await r.json()) as T };
}

/** Waits until the view of the current address has finished drawing. */
async function settled(): Promise<void> {
  await viewSettled(page);
}

async function open(route: string): Promise<void> {
  await page.goto(`${base}/${route}`);
  await settled();
}

/** Waits until a message element says something matching `re`. */
async function message(testid: string, re: RegExp): Promise<string> {
  await page.waitForFunction(([id, src]) => new RegExp(src).test((globalThis as unknown as Win).document.querySelector(`[data-testid=${id}]`)?.textContent ?? ''), [testid, re.source] as const);
  return ((await page.textContent(`[data-testid=${testid}]`)) ?? '').trim();
}

async function shot(name: string, fullPage = false): Promise<void> {
  await screenshot(page, name, fullPage);
}

before(async () => {
  if (skip) return;
  ({ base, page, dialogs, pageErrors, close } = await startDashboard([join(packageRoot, 'samples')], TOKEN, { eventsFor: goldEvents }));
});

after(async () => {
  await close();
});

test('event page: split a report off into a new event, merge another event in by id; the merged-away page points to it; undo brings it back', { skip }, async () => {
  const day = (await api<{ items: Item[] }>('/api/events?dyad=KAZ,AZE&type=CONSULT&from=2022-08-24&to=2022-08-24&limit=50')).body.items;
  const visit = day.find((e) => e.mode === 'visit')!, talks = day.find((e) => e.mode === null)!;
  assert.ok(visit && talks);
  await open(`#/event/${visit.id}`);
  assert.equal(await page.locator('[data-testid=merge-panel]').count(), 1);
  // The report that opened the event has no split button; the others do.
  assert.equal(await page.locator('[data-testid=split-report]').count(), visit.reports - 1);
  // Without the token nothing is sent.
  await page.click('[data-testid=split-report][data-doc="en-2022-08-24-tokayev-state-visit-baku"]');
  assert.match(await message('merge-message', /token/), /Set the edit token/);
  await page.fill('[data-testid=token] >> nth=0', SECRET);
  await page.click('[data-testid=split-report][data-doc="en-2022-08-24-tokayev-state-visit-baku"]');
  await settled();
  assert.match(await message('merge-message', /Split the report/), /Split the report of en-2022-08-24-tokayev-state-visit-baku off \(edit #\d+\) into event #\d+/);
  assert.equal(await page.locator('[data-testid=report]').count(), visit.reports - 1);
  await shot('merge-01-event-split', true);
  await page.click('[data-testid=merge-message-link]');
  await settled();
  const z = Number(/#\/event\/(\d+)$/.exec(page.url())?.[1]);
  assert.ok(z > 0);
  assert.deepEqual((await page.$$eval('[data-testid=report]', (els) => els.map((e) => (e as unknown as { dataset: Record<string, string | undefined> }).dataset.doc))), ['en-2022-08-24-tokayev-state-visit-baku']);
  assert.equal((await api<Detail>(`/api/events/${z}`)).body.event.reports, 1);
  // Merge the talks of that day into the visit, by id.
  await open(`#/event/${visit.id}`);
  await page.fill('[data-testid=merge-event-input]', String(talks.id));
  await page.click('[data-testid=merge-event]');
  await settled();
  assert.match(await message('merge-message', /Merged/), new RegExp(`Merged event #${talks.id} into this event \\(edit #\\d+, ${talks.reports} reports\\)`));
  assert.equal(await page.locator('[data-testid=report]').count(), visit.reports - 1 + talks.reports);
  assert.match((await page.textContent('ul.explain')) ?? '', new RegExp(`curated: event #${talks.id} merged into #${visit.id}`));
  assert.equal(await page.locator('[data-testid=edits] [data-action=merge]').count(), 1);
  await shot('merge-02-event-merged', true);
  // The merged-away event's page says where it went.
  await open(`#/event/${talks.id}`);
  assert.match(((await page.textContent('[data-testid=event-merged]')) ?? ''), new RegExp(`merged event #${talks.id} into event #${visit.id}`));
  await shot('merge-03-merged-away');
  // Undo, latest first: the merge is the latest edit of the visit.
  await open(`#/event/${visit.id}`);
  await page.click('[data-testid=edits] tr[data-action=merge] [data-testid=undo]');
  await page.waitForFunction(() => (globalThis as unknown as Win).document.querySelectorAll('[data-testid=edits] tr[data-action=undo]').length === 1);
  await settled();
  assert.equal((await api<Detail>(`/api/events/${talks.id}`)).body.event.reports, talks.reports, 'the talks are an event of their own again');
  await page.click('[data-testid=edits] tr[data-action=split] [data-testid=undo]');
  await page.waitForFunction(() => (globalThis as unknown as Win).document.querySelectorAll('[data-testid=edits] tr[data-action=undo]').length === 2);
  await settled();
  assert.equal(await page.locator('[data-testid=report]').count(), visit.reports);
  assert.equal((await api(`/api/events/${z}`)).status, 404);
});

test('actor page: find another actor by name and merge it in (its events show here), split it off again, detach a name variant', { skip }, async () => {
  const theirs = (await api<{ total: number }>(`/api/events?actor=${encodeURIComponent(OTHER)}`)).body.total;
  assert.ok(theirs >= 5);
  await page.fill('[data-testid=token] >> nth=0', SECRET);
  await open(`#/actor/${encodeURIComponent(KEPT)}`);
  assert.equal(Number(await page.textContent('[data-testid=stat-actor-events] .stat-value')), 0);
  await page.fill('[data-testid=merge-actor-input]', 'Erdoğan');
  await page.click('[data-testid=merge-actor-find]');
  await page.waitForSelector(`[data-testid=merge-actor-hits] li[data-id="${OTHER}"] [data-testid=merge-actor]`);
  assert.equal(await page.locator(`[data-testid=merge-actor-hits] li[data-id="${KEPT}"]`).count(), 0, 'not itself');
  await shot('merge-04-actor-find', true);
  await page.click(`[data-testid=merge-actor-hits] li[data-id="${OTHER}"] [data-testid=merge-actor]`);
  await settled();
  assert.match(await message('actor-curation-message', /Merged/), new RegExp(`Merged Recep Tayyip Erdoğan \\(${OTHER}\\) into this actor`));
  assert.equal(Number(await page.textContent('[data-testid=stat-actor-events] .stat-value')), theirs, 'the merged actor\'s events are this actor\'s');
  assert.equal(await page.locator('[data-testid=event-row]').count(), theirs);
  assert.equal(await page.locator(`[data-testid=merged-actors] li[data-id="${OTHER}"]`).count(), 1);
  await shot('merge-05-actor-merged', true);
  // The merged actor's own page now points here.
  await open(`#/actor/${encodeURIComponent(OTHER)}`);
  assert.match((await page.textContent('[data-testid=actor-merged]')) ?? '', new RegExp(`merged this actor into ${KEPT}`));
  // Split it off again.
  await open(`#/actor/${encodeURIComponent(KEPT)}`);
  await page.click(`[data-testid=merged-actors] li[data-id="${OTHER}"] [data-testid=split-merged]`);
  await settled();
  assert.match(await message('actor-curation-message', /Split/), new RegExp(`Split ${OTHER} off again`));
  assert.equal(Number(await page.textContent('[data-testid=stat-actor-events] .stat-value')), 0);
  assert.equal((await api<{ total: number }>(`/api/events?actor=${encodeURIComponent(OTHER)}`)).body.total, theirs);
  // Detach the English short name into an actor of its own, then undo it from the actor's edits.
  const opts = await page.$$eval('[data-testid=detach-variant-select] option', (els) => els.map((e) => e.textContent ?? ''));
  const i = opts.findIndex((o) => o.startsWith('Erdogan (en'));
  assert.ok(i >= 0, opts.join(' | '));
  await page.selectOption('[data-testid=detach-variant-select]', String(i));
  await page.fill('[data-testid=detach-name]', 'Erdogan <b>(en)</b>');
  await page.click('[data-testid=detach-variant]');
  await settled();
  const said = await message('actor-curation-message', /Detached/);
  assert.match(said, /Detached “Erdogan” \(en\) into person:c-erdogan-en \(edit #\d+\)/);
  const n = await api<{ actor: { name: string } }>(`/api/actors/${encodeURIComponent('person:c-erdogan-en')}`);
  assert.equal(n.body.actor.name, 'Erdogan <b>(en)</b>', 'the name is kept as typed');
  await shot('merge-06-actor-detached', true);
  await open(`#/actor/${encodeURIComponent('person:c-erdogan-en')}`);
  assert.equal(((await page.textContent('[data-testid=actor-name]')) ?? '').startsWith('Erdogan <b>(en)</b>'), true, 'shown as text');
  assert.equal(await page.locator('[data-testid=actor-name] b').count(), 0);
  await open(`#/actor/${encodeURIComponent(KEPT)}`);
  await page.click('[data-testid=edits] tr[data-action=split-actor] [data-testid=undo]');
  await page.waitForFunction(() => (globalThis as unknown as Win).document.querySelectorAll('[data-testid=edits] tr[data-action=undo]').length === 2);
  assert.equal((await api(`/api/actors/${encodeURIComponent('person:c-erdogan-en')}`)).status, 404);
});

test('notes and names with markup stay text in the merge views; nothing ran', { skip }, async () => {
  const list = (await api<{ items: Item[] }>('/api/events?dyad=KAZ,AZE&limit=500')).body.items.filter((e) => e.reports >= 2);
  const [a, b] = [list[0]!, list[1]!];
  const r = await fetch(`${base}/api/curation/events/${a.id}/merge`, {
    method: 'POST', headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
    body: JSON.stringify({ event: b.id, note: '<img src=x onerror="window.__xss=7"><script>window.__xss=8</script>' }),
  });
  assert.equal(r.status, 200);
  await open(`#/event/${a.id}`);
  assert.match((await page.textContent('[data-testid=edits]')) ?? '', /<img src=x onerror=/);
  await open('#/curation');
  assert.match((await page.textContent('[data-testid=edits]')) ?? '', /<script>window.__xss=8<\/script>/);
  assert.ok(await page.locator('[data-testid=edit-detail]').count() >= 1, 'merges say what they moved');
  assert.equal(await page.locator('#app img, #app script, #app [onerror]').count(), 0);
  await shot('merge-07-curation-log', true);
  assert.equal(await page.evaluate(() => typeof (globalThis as unknown as Win).__xss), 'undefined');
  assert.deepEqual(dialogs, [], 'no alert, confirm or prompt opened');
  assert.deepEqual(pageErrors, [], 'no script error in the page');
});
