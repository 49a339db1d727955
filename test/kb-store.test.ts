/** Knowledge base: migrations, storing hand-made events, clusters across languages, copies, full-text search, exports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { z } from 'zod';
import { openStore, migrateDownAll, migrateUp, type Store } from '../src/kb/store.ts';
import { ingest } from '../src/kb/ingest.ts';
import { listEvents, searchDocuments, stats, getEvent, findActors } from '../src/kb/query.ts';
import { formatEvents } from '../src/kb/format.ts';
import { formatEvent } from '../src/kb/explain.ts';
import { GDELT_COLUMNS } from '../src/kb/gdelt.ts';
import { PLOVER_MODES } from '../src/kb/plover.ts';
import type { EventOutput, ActorOutput } from '../src/pipeline/output.ts';
import type { Extracted } from '../src/pipeline/extract.ts';
import { tempDir } from './helpers.ts';

const TOKAYEV: ActorOutput = { name: 'Kassym-Jomart Tokayev', kind: 'person', country: 'KAZ', id: 'person:kassym-jomart-tokayev' };
const ALIYEV: ActorOutput = { name: 'Ilham Aliyev', kind: 'person', country: 'AZE', id: 'person:ilham-aliyev' };
const AZE: ActorOutput = { name: 'Azerbaijan', kind: 'country', country: 'AZE', id: 'country:AZE' };

/** Hand-written documents (JSONL records) and the events an extractor would code in them. */
const DOCS: { rec: Record<string, string>; events: (text: string) => EventOutput[] }[] = [
  {
    rec: { id: 'kk-visit', lang: 'kk', published: '2022-08-24', text: 'Қазақстан Президенті Қасым-Жомарт Тоқаев бүгін Бакуге мемлекеттік сапармен келді. Тоқаев Әлиевпен келіссөз жүргізді.' },
    events: (t) => [ev('CONSULT', 'visit', '042', TOKAYEV, AZE, '2022-08-24', t, 'Қазақстан Президенті'), ev('CONSULT', null, '040', TOKAYEV, ALIYEV, '2022-08-24', t, 'Тоқаев Әлиевпен')],
  },
  {
    rec: { id: 'az-visit', lang: 'az', published: '2022-08-25', text: 'Qazaxıstan Prezidenti Kasım-Jomart Tokayev dünən Bakıda dövlət səfərində olub. Prezidentlər danışıqlar aparıblar.' },
    events: (t) => [ev('CONSULT', 'visit', '042', TOKAYEV, AZE, '2022-08-24', t, 'Qazaxıstan Prezidenti'), ev('CONSULT', null, '040', ALIYEV, TOKAYEV, '2022-08-24', t, 'Prezidentlər danışıqlar')],
  },
  {
    rec: { id: 'ru-visit', lang: 'ru', published: '2022-08-24', text: 'Президент Казахстана Касым-Жомарт Токаев прибыл в Баку с государственным визитом.' },
    events: (t) => [ev('CONSULT', 'visit', '042', TOKAYEV, AZE, '2022-08', t, 'Президент Казахстана')],
  },
  {
    // Same dyad and type a year later: a different happening.
    rec: { id: 'en-visit-2023', lang: 'en', published: '2023-11-24', text: 'President Kassym-Jomart Tokayev arrived in Baku on a working visit for the regional summit.' },
    events: (t) => [ev('CONSULT', 'visit', '042', TOKAYEV, AZE, '2023-11-24', t, 'President Kassym-Jomart')],
  },
];

function ev(type: string, mode: string | null, cameo: string, source: ActorOutput, target: ActorOutput, date: string, text: string, at: string): EventOutput {
  const start = Math.max(0, text.indexOf(at));
  const end = text.indexOf('.', start) + 1 || text.length;
  return { type, mode, status: 'occurred', cameo, source, target, date, location: { name: 'Baku', country: 'AZE' }, evidence: { text: text.slice(start, end), start, end }, confidence: 0.9 };
}

async function freshStore(name: string): Promise<{ store: Store; dir: string }> {
  const dir = tempDir('elchi-kb-');
  return { store: await openStore(join(dir, name)), dir };
}

async function writeFeed(dir: string, recs: Record<string, string>[]): Promise<string> {
  const { writeFileSync } = await import('node:fs');
  const p = join(dir, 'feed.jsonl');
  writeFileSync(p, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
}

const byId = (x: Extracted): EventOutput[] => DOCS.find((d) => d.rec.id === x.doc.id)?.events(x.doc.text) ?? [];

async function tables(store: Store): Promise<string[]> {
  const rows = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'kysely_%' AND name NOT LIKE '%fts_%' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

test('migrations: up creates every table, down removes them, up again restores', async () => {
  const { store } = await freshStore('m.db');
  const all = ['actor_variants', 'actors', 'curation_edits', 'curation_moves', 'doc_bands', 'documents', 'documents_fts', 'dyad_stale', 'dyad_summaries', 'event_clusters', 'events', 'evidence', 'evidence_fts', 'ingest_runs', 'mentions'];
  assert.deepEqual(await tables(store), all);
  await migrateDownAll(store.db);
  assert.deepEqual(await tables(store), []);
  await migrateUp(store.db);
  assert.deepEqual(await tables(store), all);
  await store.close();
});

test('one visit reported in kk, az and ru is one event with three reports; a visit a year later is another', async () => {
  const { store, dir } = await freshStore('c.db');
  const feed = await writeFeed(dir, DOCS.map((d) => d.rec));
  const s = await ingest(store, [feed], { eventsFor: byId, batchSize: 2 });
  assert.equal(s.added, 4);
  assert.equal(s.events, 6);
  const visits = await listEvents(store.db, { dyad: ['KAZ', 'AZE'], mode: 'visit' });
  assert.equal(visits.length, 2);
  assert.deepEqual(visits[0]!.langs, ['az', 'kk', 'ru']);
  assert.equal(visits[0]!.reports.length, 3);
  assert.equal(visits[0]!.date, '2022-08-24');
  assert.equal(visits[1]!.date, '2023-11-24');
  // Talks coded KAZ→AZE in kk and AZE→KAZ in az are one meeting (the first-named party is only wording).
  const talks = await listEvents(store.db, { dyad: ['AZE', 'KAZ'], type: 'consult', mode: undefined });
  assert.equal(talks.filter((t) => t.mode === null).length, 1);
  // The explanation names the rules that merged it.
  const text = formatEvent((await getEvent(store.db, visits[0]!.id))!, { explain: true });
  assert.match(text, /opened this event/);
  assert.match(text, /same dyad KAZ>AZE/);
  assert.match(text, /dates overlap \(2022-08-01\.\.2022-08-31 ~ 2022-08-24\)/);
  // Filters: language, actor in another script, words in the evidence in another script.
  assert.equal((await listEvents(store.db, { lang: 'en' })).length, 1);
  assert.equal((await listEvents(store.db, { actor: 'Tokayev' })).length, 3);
  assert.equal((await listEvents(store.db, { q: 'Токаев', mode: 'visit' })).length, 2);
  assert.equal((await listEvents(store.db, { from: '2023', to: '2023-12' })).length, 1);
  assert.ok((await findActors(store.db, 'Tokayev')).some((a) => a.variants.some((v) => v.variant.startsWith('Тоқаев'))));
  await store.close();
});

test('full-text search on stems and Latin keys: "Tokayev" finds Тоқаев and Токаев, "Baku" finds Бакуге and Bakıda', async () => {
  const { store, dir } = await freshStore('s.db');
  await ingest(store, [await writeFeed(dir, DOCS.map((d) => d.rec))], { eventsFor: byId });
  const ids = async (q: string): Promise<string[]> => (await searchDocuments(store.db, q)).map((h) => h.id).sort();
  assert.deepEqual(await ids('Tokayev'), ['az-visit', 'en-visit-2023', 'kk-visit', 'ru-visit']);
  assert.deepEqual(await ids('Baku'), ['az-visit', 'en-visit-2023', 'kk-visit', 'ru-visit']);
  assert.deepEqual(await ids('Тоқаев Бакуге'), ['az-visit', 'en-visit-2023', 'kk-visit', 'ru-visit']);
  assert.deepEqual(await ids('Әлиев'), ['kk-visit']);
  assert.deepEqual(await ids('"; DROP TABLE documents; --'), []);
  assert.deepEqual(await ids('zzzqqq'), []);
  await store.close();
});

test('a republished copy is linked to its original and its events count once', async () => {
  const { store, dir } = await freshStore('d.db');
  const body = 'Қазақстан Республикасының Президенті Қасым-Жомарт Тоқаев Әзербайжан Президенті Ильхам Әлиевпен телефон арқылы сөйлесті. ' +
    'Әңгіме барысында тараптар сауда-экономикалық ынтымақтастықты дамыту, көлік-логистика саласындағы бірлескен жобаларды жүзеге асыру мәселелерін талқылады. ' +
    'Мемлекет басшылары Каспий теңізі арқылы өтетін көлік дәлізінің әлеуетін арттыру маңызды екенін атап өтті. ' +
    'Сондай-ақ тараптар мәдени-гуманитарлық байланыстарды нығайту және алдағы жоғары деңгейдегі кездесулердің кестесін келісу жөнінде пікір алмасты.';
  const orig = { id: 'orig', lang: 'kk', published: '2024-05-17', text: body };
  const copy = { id: 'copy', lang: 'kk', published: '2024-05-17', text: 'Жаңалықтар сайты хабарлайды. ' + body.replace('талқылады', 'талқылаған') + ' Дереккөз: Ақорда.' };
  const other = { id: 'other', lang: 'kk', published: '2024-05-18', text: 'Астанада жастар арасындағы футзалдан жолдастық кездесу өтті. Қазақстан құрамасы үш ұпай жинады. Келесі ойын сенбі күні болады.' };
  const call = (t: string): EventOutput[] => [{ ...ev('CONSULT', 'phone', '041', TOKAYEV, ALIYEV, '2024-05-17', t, 'Қазақстан Республикасының'), location: null }];
  const s = await ingest(store, [await writeFeed(dir, [orig, copy, other])], { eventsFor: (x) => (x.doc.id === 'other' ? [] : call(x.doc.text)) });
  assert.equal(s.copies, 1);
  const docs = await store.db.selectFrom('documents').select(['id', 'copy_of', 'copy_similarity']).orderBy('seq').execute();
  assert.deepEqual(docs.map((d) => [d.id, d.copy_of]), [['orig', null], ['copy', 'orig'], ['other', null]]);
  assert.ok(docs[1]!.copy_similarity! >= 0.5 && docs[1]!.copy_similarity! < 1);
  const calls = await listEvents(store.db, { mode: 'phone' });
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.n_docs, 1, 'the copy is not counted as a second source');
  assert.equal(calls[0]!.reports.length, 2, 'but its evidence is kept');
  const st = await stats(store.db);
  assert.equal(st.copies, 1);
  assert.equal(st.clusters, 1);
  await store.close();
});

const gdeltSchema = z.array(z.string()).length(GDELT_COLUMNS.length).superRefine((r, ctx) => {
  const col = (n: string): string => r[GDELT_COLUMNS.indexOf(n)]!;
  const checks: [string, RegExp][] = [['GLOBALEVENTID', /^\d+$/], ['SQLDATE', /^(\d{8})?$/], ['Year', /^(\d{4})?$/], ['EventCode', /^\d{2,4}$/],
    ['EventRootCode', /^\d{2}$/], ['QuadClass', /^[1-4]$/], ['GoldsteinScale', /^-?\d+\.\d$/], ['Actor1CountryCode', /^([A-Z]{3})?$/], ['IsRootEvent', /^[01]$/], ['NumSources', /^\d+$/]];
  for (const [n, re] of checks) if (!re.test(col(n))) ctx.addIssue({ code: 'custom', message: `${n}=${col(n)}` });
  const g = Number(col('GoldsteinScale'));
  if (g < -10 || g > 10) ctx.addIssue({ code: 'custom', message: 'Goldstein out of range' });
});

const ploverSchema = z.object({
  event_id: z.string().min(1), event_date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).nullable(),
  event_type: z.enum(Object.keys(PLOVER_MODES) as [string, ...string[]]), event_mode: z.string(), quad_code: z.enum(['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict']),
  contexts: z.array(z.string()), actor_name: z.string(), actor_country: z.string().regex(/^([A-Z]{3})?$/), recipient_name: z.string(), recipient_country: z.string().regex(/^([A-Z]{3})?$/),
  place_name: z.string(), place_country: z.string(), event_text: z.string().min(1), story_ids: z.array(z.string()).min(1), urls: z.array(z.string()), language: z.string(),
}).strict().refine((e) => e.event_mode === '' || PLOVER_MODES[e.event_type]!.includes(e.event_mode), 'mode not allowed for the type');

test('gdelt and plover exports pass their schemas; planned events export as AGREE in PLOVER', async () => {
  const { store, dir } = await freshStore('x.db');
  const planned = { id: 'planned', lang: 'en', published: '2025-10-20', text: 'Azerbaijani President Ilham Aliyev will pay a state visit to Kazakhstan tomorrow, the press service said.' };
  const events = (x: Extracted): EventOutput[] => x.doc.id === 'planned'
    ? [{ ...ev('CONSULT', 'visit', '042', ALIYEV, { name: 'Kazakhstan', kind: 'country', country: 'KAZ', id: 'country:KAZ' }, '2025-10-21', x.doc.text, 'Azerbaijani'), status: 'planned', location: null }]
    : byId(x);
  await ingest(store, [await writeFeed(dir, [...DOCS.map((d) => d.rec), planned])], { eventsFor: events });
  const rows = await listEvents(store.db, {});
  assert.equal(rows.length, 4, '2022 visit (3 reports), 2022 talks (2), 2023 visit, planned 2025 visit');
  const gd = formatEvents(rows, 'gdelt').trimEnd().split('\n').map((l) => l.split('\t'));
  assert.equal(gd.length, 4);
  for (const r of gd) assert.deepEqual(gdeltSchema.safeParse(r).error?.issues ?? [], []);
  const visit = gd.find((r) => r[GDELT_COLUMNS.indexOf('EventCode')] === '042')!;
  assert.equal(visit[GDELT_COLUMNS.indexOf('GoldsteinScale')], '1.9');
  assert.equal(visit[GDELT_COLUMNS.indexOf('NumSources')], '3');
  assert.equal(visit[GDELT_COLUMNS.indexOf('Actor1CountryCode')], 'KAZ');
  const pl = formatEvents(rows, 'plover').trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
  for (const p of pl) assert.deepEqual(ploverSchema.safeParse(p).error?.issues ?? [], []);
  const types = pl.map((p) => (p as { event_type: string; event_mode: string }));
  assert.deepEqual(types.filter((t) => t.event_type === 'AGREE'), [{ ...types.find((t) => t.event_type === 'AGREE')!, event_mode: '' }]);
  assert.equal(types.filter((t) => t.event_type === 'AGREE').length, 1);
  // csv: header + one line per event, quoted where needed.
  const csv = formatEvents(rows, 'csv').trimEnd().split('\n');
  assert.equal(csv.length, 5);
  assert.match(csv[0]!, /^id,date,type,mode,status,cameo,/);
  assert.match(formatEvents(rows, 'table'), /4 events\n$/);
  await store.close();
});
