/**
 * The JSON API in-process (fastify inject) on the sample corpus: every read route, its consistency with the
 * knowledge-base queries (the dyad the CLI prints, the event list, documents' spans), paging, exports.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sampleApp, getJson, open, ingestedDb, SAMPLES } from './api-fixture.ts';
import { buildApp } from '../src/api/app.ts';
import { locate } from '../src/kb/api-detail.ts';
import { dyadSummary } from '../src/kb/dyad.ts';

interface Item { id: number; type: string; mode: string | null; status: string; date: string | null; source: { id: string | null; country: string | null }; target: { id: string | null; country: string | null }; reports: number; n_docs: number; languages: string[]; evidence: { text: string; start: number; end: number; docId: string; lang: string } | null }
interface Page { total: number; limit: number; offset: number; items: Item[] }

let app: FastifyInstance;
let dbPath: string;

before(async () => { ({ app, dbPath } = await sampleApp()); });
after(async () => { await app.close(); });

test('health and stats count the sample corpus; health.events is the /api/events total', async () => {
  const h = await getJson<{ ok: boolean; documents: number; events: number }>(app, '/api/health');
  assert.equal(h.status, 200);
  assert.deepEqual([h.body.ok, h.body.documents], [true, 70]);
  const all = await getJson<Page>(app, '/api/events?limit=1');
  assert.equal(h.body.events, all.body.total);
  const s = await getJson<{ documents: number; copies: number; events: number; clusters: number; rejected: number; byLang: Record<string, number> }>(app, '/api/stats');
  assert.deepEqual([s.body.documents, s.body.copies, s.body.events, s.body.rejected], [70, 3, 274, 0]);
  assert.deepEqual(Object.keys(s.body.byLang).sort(), ['az', 'en', 'kk', 'ru']);
});

test('dyad KAZ–AZE: the API gives what `elchi dyad KAZ AZE` computes, with counts by type and year; from/to narrow it', async () => {
  const r = await getJson<{ events: number; visits: Record<string, { ab: number; ba: number }>; byType: Record<string, number>; byTypeYear: Record<string, Record<string, number>>; first: Item; last: Item; topActors: { a: { name: string; id: string | null }[] } }>(app, '/api/dyad/kaz/AZE');
  assert.equal(r.status, 200);
  const store = await open(dbPath);
  const direct = await dyadSummary(store.db, 'KAZ', 'AZE');
  await store.close();
  assert.equal(r.body.events, direct.events);
  assert.deepEqual(r.body.visits, { 2022: { ab: 1, ba: 1 }, 2023: { ab: 3, ba: 1 }, 2024: { ab: 4, ba: 4 }, 2025: { ab: 0, ba: 1 } });
  assert.deepEqual(r.body.byType, direct.byType);
  const summed: Record<string, number> = {};
  for (const y of Object.values(r.body.byTypeYear)) for (const [t, n] of Object.entries(y)) summed[t] = (summed[t] ?? 0) + n;
  assert.deepEqual(summed, r.body.byType);
  assert.equal(r.body.first.date, '2022-08-24');
  assert.equal(r.body.topActors.a[0]?.id, 'person:kassym-jomart-tokayev');
  const y2024 = await getJson<{ events: number; visits: Record<string, unknown>; from: string; to: string }>(app, '/api/dyad/KAZ/AZE?from=2024&to=2024');
  assert.deepEqual(Object.keys(y2024.body.visits), ['2024']);
  assert.deepEqual([y2024.body.from, y2024.body.to], ['2024', '2024']);
  assert.equal(y2024.body.events, Object.values(r.body.byTypeYear['2024'] ?? {}).reduce((a, b) => a + b, 0));
  assert.ok(y2024.body.events > 0 && y2024.body.events < r.body.events);
});

test('dyads: the most active pair is AZE–KAZ with the same count as its summary; pairs are sorted a < b', async () => {
  const r = await getJson<{ items: { a: string; b: string; events: number; first: string; last: string }[] }>(app, '/api/dyads?limit=5');
  assert.equal(r.body.items.length, 5);
  assert.deepEqual([r.body.items[0]!.a, r.body.items[0]!.b], ['AZE', 'KAZ']);
  for (const d of r.body.items) assert.ok(d.a < d.b && d.first <= d.last, JSON.stringify(d));
  const s = await getJson<{ events: number }>(app, '/api/dyad/AZE/KAZ');
  assert.equal(r.body.items[0]!.events, s.body.events);
  for (let i = 1; i < r.body.items.length; i++) assert.ok(r.body.items[i - 1]!.events >= r.body.items[i]!.events);
});

test('events: pages are disjoint slices of one ordered list; filters narrow it; every evidence points into its document', async () => {
  const all = await getJson<Page>(app, '/api/events?dyad=KAZ,AZE&limit=500');
  assert.equal(all.body.items.length, all.body.total);
  const p1 = await getJson<Page>(app, '/api/events?dyad=KAZ,AZE&limit=20&offset=0');
  const p2 = await getJson<Page>(app, '/api/events?dyad=AZE,KAZ&limit=20&offset=20');
  assert.deepEqual([...p1.body.items, ...p2.body.items].map((e) => e.id), all.body.items.slice(0, 40).map((e) => e.id));
  assert.equal(p2.body.offset, 20);
  for (const e of all.body.items) {
    assert.ok([e.source.country, e.target.country].includes('KAZ') || [e.source.country, e.target.country].includes('AZE'), `event ${e.id}`);
    assert.ok(e.reports >= e.n_docs && e.n_docs >= 1 && e.languages.length >= 1);
  }
  const visits = await getJson<Page>(app, '/api/events?dyad=KAZ,AZE&type=consult&mode=visit');
  assert.equal(visits.body.total, 15); // the hand count's visits, both ways
  assert.ok(visits.body.items.every((e) => e.type === 'CONSULT' && e.mode === 'visit'));
  const ru = await getJson<Page>(app, '/api/events?lang=ru&limit=500');
  assert.ok(ru.body.total > 0 && ru.body.items.every((e) => e.languages.includes('ru')));
  const y = await getJson<Page>(app, '/api/events?from=2024-05&to=2024-05-31&limit=500');
  assert.ok(y.body.total > 0 && y.body.items.every((e) => e.date !== null && e.date >= '2024-05' && e.date <= '2024-05-31'));
  // Tokayev in any script: the same events.
  const ids = async (actor: string): Promise<number[]> => (await getJson<Page>(app, `/api/events?limit=500&actor=${encodeURIComponent(actor)}`)).body.items.map((e) => e.id);
  const latin = await ids('Tokayev');
  assert.ok(latin.length >= 20, `${latin.length} Tokayev events`);
  assert.deepEqual(await ids('Тоқаев'), latin);
  assert.deepEqual(await ids('Токаев'), latin);
  for (const e of p1.body.items.slice(0, 8)) {
    const doc = await getJson<{ text: string }>(app, `/api/documents/${encodeURIComponent(e.evidence!.docId)}`);
    assert.equal(doc.body.text.slice(e.evidence!.start, e.evidence!.end), e.evidence!.text, `evidence of event ${e.id}`);
  }
});

test('event page: every report with its language and evidence, one explanation line per report, 404 for an unknown id', async () => {
  const r = await getJson<{ event: Item; reports: { docId: string; lang: string; copy: boolean; evidence: { text: string } }[]; explain: string[]; edits: unknown[] }>(app, '/api/events/1');
  assert.equal(r.status, 200);
  assert.equal(r.body.reports.length, r.body.event.reports);
  assert.equal(r.body.explain.length, r.body.reports.length);
  assert.match(r.body.explain[0]!, /opened this event/);
  assert.ok(r.body.explain.slice(1).every((l) => /merged because .*same type/.test(l)), r.body.explain.join('\n'));
  assert.deepEqual([...new Set(r.body.reports.filter((x) => !x.copy).map((x) => x.lang))].sort(), r.body.event.languages);
  assert.deepEqual(r.body.edits, []);
  const missing = await getJson<{ error: { code: string } }>(app, '/api/events/999999');
  assert.deepEqual([missing.status, missing.body.error.code], [404, 'not_found']);
});

test('document: cleaned text, removed boilerplate, entity spans and event spans that point at their text', async () => {
  const ev = await getJson<{ reports: { docId: string }[] }>(app, '/api/events/1');
  const id = ev.body.reports[0]!.docId;
  const d = await getJson<{ id: string; lang: string; text: string; removed: { text: string; reason: string }[]; entities: { start: number; end: number; text: string; id: string; canonical: string | null }[]; triggers: { start: number; end: number; text: string; eventId: number }[] }>(app, `/api/documents/${encodeURIComponent(id)}`);
  assert.equal(d.status, 200);
  assert.equal(d.body.id, id);
  assert.ok(d.body.entities.length > 3 && d.body.triggers.length >= 1);
  for (const e of d.body.entities) assert.equal(d.body.text.slice(e.start, e.end), e.text);
  assert.ok(d.body.entities.some((e) => e.id === 'person:kassym-jomart-tokayev' && e.canonical === 'Kassym-Jomart Tokayev'));
  for (const t of d.body.triggers) assert.equal(d.body.text.slice(t.start, t.end), t.text);
  assert.ok(d.body.triggers.some((t) => t.eventId === 1));
  // An HTML sample keeps what cleaning removed.
  const html = await getJson<Page>(app, '/api/events?limit=500');
  const docs = new Set(html.body.items.map((e) => e.evidence?.docId));
  let withRemoved = 0;
  for (const docId of docs) {
    if (!docId) continue;
    const x = await getJson<{ removed: unknown[] }>(app, `/api/documents/${encodeURIComponent(docId)}`);
    if (x.body.removed.length) withRemoved++;
  }
  assert.ok(withRemoved >= 1, 'some sample document had boilerplate removed');
  assert.equal((await getJson(app, '/api/documents/no-such-doc')).status, 404);
});

test('actors: a name in any script finds Tokayev; his page has variants in several languages, dated posts and his events in date order', async () => {
  for (const q of ['Tokayev', 'Тоқаев', 'Токаев', 'Tokayev'.toUpperCase()]) {
    const r = await getJson<{ items: { id: string }[] }>(app, `/api/actors?q=${encodeURIComponent(q)}`);
    assert.equal(r.body.items[0]?.id, 'person:kassym-jomart-tokayev', q);
  }
  const top = await getJson<{ items: { id: string; mentions: number; variants: unknown[] }[] }>(app, '/api/actors?limit=5');
  assert.equal(top.body.items.length, 5);
  assert.ok(top.body.items[0]!.mentions >= top.body.items[4]!.mentions && top.body.items[0]!.variants.length > 0);
  const a = await getJson<{ actor: { name: string; mentions: number }; variants: { lang: string }[]; posts: { post: string; start: string | null }[]; events: { date: string | null }[] }>(app, '/api/actors/person%3Akassym-jomart-tokayev');
  assert.equal(a.status, 200);
  assert.equal(a.body.actor.name, 'Kassym-Jomart Tokayev');
  assert.deepEqual([...new Set(a.body.variants.map((v) => v.lang))].sort(), ['az', 'en', 'kk', 'ru']);
  assert.ok(a.body.posts.some((p) => p.post === 'KAZ:president' && p.start !== null), JSON.stringify(a.body.posts));
  const dates = a.body.events.map((e) => e.date ?? '');
  assert.ok(dates.length >= 20);
  assert.deepEqual(dates, [...dates].sort());
  assert.equal((await getJson(app, '/api/actors/person%3Anobody')).status, 404);
});

test('search across languages and scripts: "Tokayev" and "Тоқаев" find documents in all four languages', async () => {
  for (const q of ['Tokayev', 'Тоқаев']) {
    const r = await getJson<{ items: { docId: string; lang: string; snippet: string }[] }>(app, `/api/search?q=${encodeURIComponent(q)}&limit=100`);
    assert.deepEqual([...new Set(r.body.items.map((h) => h.lang))].sort(), ['az', 'en', 'kk', 'ru'], q);
    assert.ok(r.body.items.every((h) => h.snippet.length > 0));
  }
  assert.equal((await getJson<{ items: unknown[] }>(app, '/api/search?q=Tokayev&limit=3')).body.items.length, 3);
});

test('network: edges join listed nodes; a dyad filter keeps only that pair of countries; a time window narrows it', async () => {
  const r = await getJson<{ nodes: { id: string; country: string | null }[]; edges: { source: string; target: string; count: number }[] }>(app, '/api/network?dyad=KAZ,AZE');
  const ids = new Set(r.body.nodes.map((n) => n.id));
  assert.ok(r.body.edges.length >= 5);
  for (const e of r.body.edges) assert.ok(ids.has(e.source) && ids.has(e.target) && e.count >= 1);
  assert.deepEqual([...new Set(r.body.nodes.map((n) => n.country))].sort(), ['AZE', 'KAZ']);
  const all = await getJson<{ edges: { count: number }[] }>(app, '/api/network');
  const y = await getJson<{ edges: { count: number }[] }>(app, '/api/network?from=2025-01-01&to=2025-12-31');
  const sum = (x: { count: number }[]): number => x.reduce((a, b) => a + b.count, 0);
  assert.ok(sum(y.body.edges) > 0 && sum(y.body.edges) < sum(all.body.edges));
});

test('exports: each format with its media type, an attachment name, and one record per selected event', async () => {
  const sel = 'dyad=KAZ,AZE&type=CONSULT';
  const total = (await getJson<Page>(app, `/api/events?${sel}&limit=1`)).body.total;
  const cases: [string, RegExp, (body: string) => number][] = [
    ['csv', /^text\/csv/, (b) => b.trim().split('\n').length - 1],
    ['jsonl', /^application\/x-ndjson/, (b) => b.trim().split('\n').map((l) => JSON.parse(l) as unknown).length],
    ['gdelt', /^text\/tab-separated-values/, (b) => b.trim().split('\n').filter((l) => l.split('\t').length > 50).length],
    ['plover', /^application\/x-ndjson/, (b) => b.trim().split('\n').map((l) => JSON.parse(l) as unknown).length],
  ];
  for (const [format, type, count] of cases) {
    const res = await app.inject(`/api/export?format=${format}&${sel}`);
    assert.equal(res.statusCode, 200, format);
    assert.match(String(res.headers['content-type']), type, format);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="elchi-events-\d{4}-\d{2}-\d{2}\.[a-z.]+"$/);
    assert.equal(res.headers['x-total-count'], String(total));
    assert.equal(count(res.body), total, format);
  }
});

test('locate: a sentence at its offset, else its occurrence nearest the offset, else -1', () => {
  const t = 'Aliyev met Tokayev. Tokayev thanked him. Tokayev left.';
  assert.equal(locate(t, 'Tokayev', 11), 11);
  assert.equal(locate(t, 'Tokayev', 22), 20);
  assert.equal(locate(t, 'Tokayev', 60), 41);
  assert.equal(locate(t, 'Putin', 0), -1);
  assert.equal(locate(t, '', 0), -1);
});

test('with the events stage\'s own events: every report\'s evidence and every event span of an article point at their text', async () => {
  const db = await ingestedDb([SAMPLES], 'real.db', {});
  const real = await buildApp({ dbPath: db, webRoot: null });
  const list = await getJson<{ total: number; items: Item[] }>(real, '/api/events?limit=500');
  assert.ok(list.body.total >= 50, `${list.body.total} events`);
  const texts = new Map<string, string>();
  const textOf = async (id: string): Promise<string> => {
    if (!texts.has(id)) texts.set(id, (await getJson<{ text: string }>(real, `/api/documents/${encodeURIComponent(id)}`)).body.text);
    return texts.get(id)!;
  };
  for (const e of list.body.items) {
    assert.equal((await textOf(e.evidence!.docId)).slice(e.evidence!.start, e.evidence!.end), e.evidence!.text, `list item ${e.id}`);
    const d = await getJson<{ reports: { docId: string; evidence: { text: string; start: number; end: number } }[] }>(real, `/api/events/${e.id}`);
    for (const r of d.body.reports) assert.equal((await textOf(r.docId)).slice(r.evidence.start, r.evidence.end), r.evidence.text, `event ${e.id} report in ${r.docId}`);
  }
  let spans = 0;
  for (const id of texts.keys()) {
    const d = await getJson<{ text: string; triggers: { start: number; end: number; text: string }[] }>(real, `/api/documents/${encodeURIComponent(id)}`);
    for (const t of d.body.triggers) { assert.equal(d.body.text.slice(t.start, t.end), t.text); spans++; }
  }
  assert.ok(spans >= list.body.total);
  await real.close();
});
