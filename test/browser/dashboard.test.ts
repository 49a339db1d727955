/**
 * The dashboard in real headless Chromium (Debian's, driven by playwright-core) against the real server
 * in-process on a database ingested from samples/ by the real extractor: the KAZ–AZE counts equal the dyad API, an event and its article with highlights, search
 * «Токаев» finding Tokayev's events in every script, rejecting an event with the token (gone after a
 * reload, back after undo), the XSS probe article running nothing, and a screenshot of every page under
 * test-output/screenshots/. Skips when /usr/bin/chromium is absent (`apt-get install -y chromium`).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/data.ts';
import { tempDir } from '../helpers.ts';
import { screenshot, settled as viewSettled, skip, startDashboard, type Page, type Win } from './harness.ts';

const TOKEN = 'browser-test-token';
/** A hostile record ingested beside the samples: markup and script in its title, text and address (our own words, no events). */
const HOSTILE = {
  id: 'hostile-markup',
  title: 'Kazakhstan <img src=x onerror="window.__xss=1"> notes',
  url: 'javascript:window.__xss=4',
  published: '2024-03-01',
  lang: 'en',
  text: 'Kazakhstan and Azerbaijan officials discussed web safety <script>window.__xss=2</script> in Astana on Friday.\n\n' +
    'A sample payload <img src=x onerror="window.__xss=3"> and <a href="javascript:window.__xss=5">a link</a> stayed plain text in the report.',
};

let base = '';
let close: () => Promise<void> = async () => {};
let page: Page;
let dialogs: string[] = [];
let pageErrors: string[] = [];

/** GET an API path as JSON. */
async function api<T>(path: string): Promise<T> {
  const r = await fetch(base + path);
  assert.equal(r.status, 200, `${path}: ${r.status}`);
  return (await r.json()) as T;
}

/** Waits until the view of the current address has finished drawing (after a click, a reload or a navigation). */
async function settled(): Promise<void> {
  await viewSettled(page);
}

/** Opens an in-app route and waits until its view has drawn. */
async function open(route: string): Promise<void> {
  await page.goto(`${base}/${route}`);
  await settled();
}

async function shot(name: string, fullPage = false): Promise<void> {
  await screenshot(page, name, fullPage);
}

async function text(selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').trim();
}

before(async () => {
  if (skip) return;
  const hostile = join(tempDir('elchi-hostile-'), 'hostile.jsonl');
  writeFileSync(hostile, JSON.stringify(HOSTILE) + '\n');
  ({ base, page, dialogs, pageErrors, close } = await startDashboard([join(packageRoot, 'samples'), hostile], TOKEN));
});

after(async () => {
  await close();
});

interface Dyad { events: number; visits: Record<string, { ab: number; ba: number }>; meetings: Record<string, number>; calls: { ab: number; ba: number }; agreements: Record<string, number>; byType: Record<string, number> }
interface Side { country: string | null }
interface EventPage { total: number; items: { id: number; type: string; cameo: string; status: string; languages: string[]; source: Side; target: Side }[] }
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

test('dyad view (start page): KAZ–AZE preselected, its counts equal /api/dyad/KAZ/AZE', { skip }, async () => {
  const d = await api<Dyad>('/api/dyad/KAZ/AZE');
  await open('');
  assert.match(await text('[data-testid=dyad-title]'), /KAZ–AZE/);
  assert.equal(await page.inputValue('[data-testid=dyad-picker]'), 'KAZ/AZE');
  const num = async (id: string): Promise<number> => Number(await text(`[data-testid=${id}] .stat-value`));
  assert.equal(await num('stat-events'), d.events);
  assert.equal(await num('stat-visits-ab'), sum(Object.values(d.visits).map((v) => v.ab)));
  assert.equal(await num('stat-visits-ba'), sum(Object.values(d.visits).map((v) => v.ba)));
  assert.equal(await num('stat-meetings'), sum(Object.values(d.meetings)));
  assert.equal(await num('stat-calls'), d.calls.ab + d.calls.ba);
  assert.equal(await num('stat-agreements'), sum(Object.values(d.agreements)));
  // The type table's totals, type by type.
  const totals = await page.$$eval('[data-testid=type-total]', (els) => els.map((e) => [(e as unknown as { dataset: Record<string, string | undefined> }).dataset.type, Number(e.textContent)]));
  assert.deepEqual(Object.fromEntries(totals), d.byType);
  assert.equal(Number(await text('[data-testid=all-total]')), d.events);
  // The hand count of samples/DYADS.md, as shown.
  assert.deepEqual([await num('stat-events'), await num('stat-visits-ab'), await num('stat-visits-ba'), await num('stat-meetings'), await num('stat-calls'), await num('stat-agreements')], [d.events, 8, 7, 16, 2, 10]);
  assert.equal(await page.locator('[data-testid=chart-types] svg').count(), 1, 'the type/year chart is drawn');
  assert.equal(await page.locator('[data-testid=chart-visits] svg').count(), 1, 'the visits chart is drawn');
  const rows = await page.locator('[data-testid=timeline] [data-testid=event-row]').count();
  const all = await api<EventPage>('/api/events?dyad=KAZ,AZE&limit=500');
  assert.equal(rows, all.total, 'the timeline lists every event of the dyad');
  const exp = await page.getAttribute('[data-testid=export-csv]', 'href');
  assert.equal(exp, '/api/export?format=csv&dyad=KAZ%2CAZE');
  const csv = await fetch(base + exp);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.equal((await csv.text()).trim().split('\n').length - 1, all.total, 'the export holds the selection: one line per event');
  await shot('01-dyad');
  await shot('01-dyad-full', true);
});

test('event page: coding, evidence in every language, and its article with entities and event sentences highlighted', { skip }, async () => {
  await open('#/');
  await page.click('[data-testid=timeline] [data-testid=event-row] >> nth=0 >> [data-testid=event-link]');
  await settled();
  assert.match(page.url(), /#\/event\/\d+$/);
  assert.equal(await text('[data-testid=fact-type] dd'), 'CONSULT');
  assert.equal(await text('[data-testid=fact-date] dd'), '2022-08-24');
  const langs = await page.$$eval('[data-testid=evidence] .evidence-group', (els) => els.map((e) => (e as unknown as { dataset: Record<string, string | undefined> }).dataset.lang));
  assert.deepEqual(langs, ['kk', 'az', 'ru', 'en'], 'the state visit is reported in all four languages');
  await shot('02-event');
  await page.click('.evidence-group[data-lang=kk] [data-testid=article-link] >> nth=0');
  await settled();
  assert.match(page.url(), /#\/article\//);
  assert.ok(await page.locator('[data-testid=entity]').count() >= 3, 'entities highlighted');
  assert.ok(await page.locator('[data-testid=trigger]').count() >= 1, 'event sentences highlighted');
  assert.equal(await page.locator('[data-testid=evidence-mark]').count() >= 1, true, 'the evidence sentence is marked');
  const marked = (await page.$$eval('[data-testid=evidence-mark]', (els) => els.map((e) => e.textContent ?? ''))).join('');
  assert.match(marked, /Тоқаев/, 'the marked sentence is the evidence');
  assert.equal(await text('[data-testid=article-meta] [data-testid=lang]'), 'kk');
  assert.equal(await page.locator('details[data-testid=removed]').count(), 1, 'the removed boilerplate is folded');
  await shot('03-article');
  // An article whose scraped page had site furniture: the removed lines are folded, shown as text when opened.
  await open('#/article/az-2022-08-24-tokayev-baki-dovlet-seferi');
  assert.equal(await page.getAttribute('details[data-testid=removed]', 'open'), null, 'folded by default');
  await page.click('details[data-testid=removed] summary');
  assert.ok(await page.locator('details[data-testid=removed] li').count() >= 1);
  assert.ok(await page.locator('details[data-testid=removed] li .removed-text').first().isVisible());
});

test('search «Токаев» finds Tokayev and his events reported in every language and script', { skip }, async () => {
  await open('#/');
  await page.fill('[data-testid=header-search] input', 'Токаев');
  await page.press('[data-testid=header-search] input', 'Enter');
  await page.waitForURL(/#\/search\?q=/);
  await settled();
  assert.match(await text('[data-testid=actors-found]'), /Kassym-Jomart Tokayev/);
  const expected = await api<EventPage>(`/api/events?actor=${encodeURIComponent('Токаев')}&limit=500`);
  assert.ok(expected.total >= 20);
  assert.equal(await page.locator('[data-testid=actor-events] [data-testid=event-row]').count(), expected.total);
  const langs = new Set(await page.$$eval('[data-testid=actor-events] [data-testid=lang]', (els) => els.map((e) => e.textContent)));
  for (const l of ['kk', 'az', 'ru', 'en']) assert.ok(langs.has(l), `an event reported in ${l}`);
  const snippets = (await page.$$eval('[data-testid=text-events] .snippet', (els) => els.map((e) => e.textContent ?? ''))).join('\n');
  assert.match(snippets, /Тоқаев/, 'Kazakh Cyrillic spelling');
  assert.match(snippets, /Токаев/, 'Russian spelling');
  assert.match(snippets, /Tokayev/, 'Latin spelling');
  await shot('04-search');
  await page.click('[data-testid=actors-found] a >> nth=0');
  await settled();
  assert.equal(await text('[data-testid=actor-name] >> nth=0').then((s) => s.startsWith('Kassym-Jomart Tokayev')), true);
  const scripts = await page.$$eval('[data-testid=variants] .script', (els) => els.map((e) => (e as unknown as { dataset: Record<string, string | undefined> }).dataset.script));
  assert.ok(scripts.includes('Cyrillic') && scripts.includes('Latin'), `variants in both scripts: ${scripts.join(', ')}`);
  await shot('05-actor');
});

test('network of actors, filtered by time', { skip }, async () => {
  await open('#/network');
  await page.waitForSelector('[data-testid=graph] canvas');
  const all = await text('[data-testid=network-summary]');
  const n = Number(/^(\d+) actors/.exec(all)?.[1]);
  assert.ok(n >= 10, all);
  await page.waitForTimeout(300);
  await shot('06-network');
  await page.click('.chips a:text-is("2023")');
  await settled();
  await page.waitForSelector('[data-testid=graph] canvas');
  const y = await text('[data-testid=network-summary]');
  assert.match(y, /between 2023-01-01 and 2023-12-31/);
  const net = await api<{ nodes: unknown[] }>('/api/network?from=2023-01-01&to=2023-12-31');
  assert.equal(Number(/^(\d+) actors/.exec(y)?.[1]), net.nodes.length);
  assert.ok(net.nodes.length < n, 'a year has fewer actors than all years');
});

test('curation: reject an event with the token; it is gone after a reload and back after undo', { skip }, async () => {
  const before = await api<Dyad>('/api/dyad/KAZ/AZE');
  const list = await api<EventPage>('/api/events?dyad=KAZ,AZE&type=SUPPORT&limit=500');
  const victim = list.items.find((e) => e.cameo === '057' && e.status === 'occurred' && [e.source.country, e.target.country].sort().join() === 'AZE,KAZ');
  assert.ok(victim, 'a signing to reject');
  await open(`#/event/${victim.id}`);
  // Without a token nothing is sent.
  await page.click('[data-testid=reject]');
  assert.match(await text('[data-testid=curation-message]'), /token/i);
  // A wrong token is refused by the server.
  await page.fill('[data-testid=token] >> nth=0', 'wrong');
  await page.click('[data-testid=reject]');
  await page.waitForFunction(() => /Not allowed/.test((globalThis as unknown as Win).document.querySelector('[data-testid=curation-message]')?.textContent ?? ''));
  await page.fill('[data-testid=token] >> nth=0', TOKEN);
  await page.click('[data-testid=reject]');
  await page.waitForSelector('[data-testid=event-rejected]');
  assert.equal(await page.evaluate(() => (globalThis as unknown as Win).sessionStorage.getItem('elchi.token')), TOKEN, 'the token is kept for the tab');
  await shot('07-event-rejected');
  const after = await api<Dyad>('/api/dyad/KAZ/AZE');
  assert.equal(after.events, before.events - 1);
  await open('#/');
  await page.reload();
  await settled();
  assert.equal(await page.locator(`[data-testid=timeline] [data-testid=event-row][data-id="${victim.id}"]`).count(), 0, 'the rejected event is gone from the timeline');
  assert.equal(Number(await text('[data-testid=stat-events] .stat-value')), before.events - 1);
  assert.equal(Number(await text('[data-testid=stat-agreements] .stat-value')), sum(Object.values(before.agreements)) - 1);
  await open('#/curation');
  assert.equal(await page.locator('[data-testid=edits] tbody tr').count(), 1);
  assert.match(await text('[data-testid=edits] tbody tr'), /reject/);
  await shot('08-curation');
  await page.click('[data-testid=undo]');
  await page.waitForFunction(() => (globalThis as unknown as Win).document.querySelectorAll('[data-testid=edits] tbody tr').length === 2);
  await settled();
  assert.equal((await api<Dyad>('/api/dyad/KAZ/AZE')).events, before.events);
  await open('#/');
  assert.equal(await page.locator(`[data-testid=timeline] [data-testid=event-row][data-id="${victim.id}"]`).count(), 1, 'back after undo');
  // Edit its date, see it on the page and in the API, then undo from the event page; confirm it.
  await open(`#/event/${victim.id}`);
  const date = await text('[data-testid=fact-date] dd');
  await page.click('[data-testid=edit-form-toggle]');
  await page.fill('[data-testid=edit-form] input[name=date]', '2022-08-25');
  await page.click('[data-testid=edit-form] button[type=submit]');
  await page.waitForFunction(() => (globalThis as unknown as Win).document.querySelector('[data-testid=fact-date] dd')?.textContent === '2022-08-25');
  assert.equal((await api<{ event: { date: string } }>(`/api/events/${victim.id}`)).event.date, '2022-08-25');
  await shot('09-event-edited', true);
  await page.click('[data-testid=edits] [data-testid=undo]');
  await page.waitForFunction((d) => (globalThis as unknown as Win).document.querySelector('[data-testid=fact-date] dd')?.textContent === d, date);
  await page.click('[data-testid=confirm]');
  await page.waitForSelector('[data-testid=verdict]');
  assert.match(await text('[data-testid=verdict]'), /confirmed/);
});

test('the XSS probe article is shown as text and runs nothing', { skip }, async () => {
  const hits = await api<{ items: { docId: string; title: string | null }[] }>('/api/search?q=cybersecurity');
  const probe = hits.items.find((x) => x.title?.includes('cybersecurity memorandum'));
  assert.ok(probe, 'the probe article is stored');
  await open(`#/article/${encodeURIComponent(probe.docId)}`);
  const body = await text('[data-testid=article-text]');
  assert.match(body, /<script>alert\(1\)<\/script>/, 'the escaped snippet in the article is shown literally');
  assert.equal(await page.locator('#app script, #app img, #app iframe, #app [onerror], #app [onload]').count(), 0, 'no element came from the article');
  await page.click('details[data-testid=removed] summary');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => typeof (globalThis as unknown as Win).__xss), 'undefined');
  assert.equal(await page.evaluate(() => typeof (globalThis as unknown as Win).__cd), 'undefined', "the page's own inline script never ran");
  await shot('10-xss-probe');
  // A record with markup in its title, text and address: all shown as text, the address not linked.
  await open(`#/article/${HOSTILE.id}`);
  assert.equal(await text('[data-testid=article-title]'), HOSTILE.title);
  assert.match(await text('[data-testid=article-text]'), /<script>window\.__xss=2<\/script>/);
  assert.match(await text('[data-testid=article-text]'), /<img src=x onerror="window\.__xss=3">/);
  assert.equal(await page.locator('#app script, #app img, #app iframe, #app [onerror], #app a[href^="javascript:" i]').count(), 0);
  await shot('11-hostile-record');
  await open(`#/search?q=${encodeURIComponent('payload')}`);
  assert.match(await text('[data-testid=docs]'), /Kazakhstan <img src=x onerror/);
  assert.equal(await page.locator('#app img, #app [onerror]').count(), 0);
  await open('#/events?q=memorandum');
  assert.ok(await page.locator('[data-testid=event-row]').count() >= 1);
  await shot('12-events');
  assert.equal(await page.evaluate(() => typeof (globalThis as unknown as Win).__xss), 'undefined');
  assert.deepEqual(dialogs, [], 'no alert, confirm or prompt opened');
  assert.deepEqual(pageErrors, [], 'no script error in the page');
});
