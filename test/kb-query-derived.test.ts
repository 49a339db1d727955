/**
 * The fast query paths (migration 003: each event's lead report and original-document flags kept by triggers;
 * the dyad summary aggregated in SQL; filters as sets or per-event checks) against the row-by-row computation
 * they replace, on a generated database with varied events: several countries and actor ids, undated, monthly
 * and daily dates across years, planned events, events reported by many documents, republished copies (one of
 * them published before its original, so the original becomes a copy), and curated merges, splits, edits,
 * actor merges and undo. The derived columns must always equal a recomputation from the base tables.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { openStore, migrateDownAll, migrateUp, type Store } from '../src/kb/store.ts';
import type { Database } from '../src/kb/schema.ts';
import { ingest } from '../src/kb/ingest.ts';
import { leadReport, listEvents, resolveActors, type EventFilter, type EventRow, type ActorRef } from '../src/kb/query.ts';
import { dyadSummary, type DyadSummary } from '../src/kb/dyad.ts';
import { countEvents, listDyads, network } from '../src/kb/api-queries.ts';
import { curateEvent, mergeActors, mergeEvents, splitEvent, undoEdit } from '../src/kb/curation.ts';
import { LEAD_COLUMNS } from '../src/kb/migrations/003-event-lead.ts';
import { ftsQuery } from '../src/kb/terms.ts';
import type { ActorOutput, EventOutput } from '../src/pipeline/output.ts';
import type { Extracted } from '../src/pipeline/extract.ts';
import { rng } from '../src/util/rng.ts';
import { tempDir } from './helpers.ts';

type Db = Kysely<Database>;

const person = (name: string, country: string | null): ActorOutput => ({ name, kind: 'person', country, id: `person:${name.toLowerCase().replace(/ /g, '-')}` });
const country = (c: string): ActorOutput => ({ name: c, kind: 'country', country: c, id: `country:${c}` });
const ACTORS: ActorOutput[] = [
  person('Kassym Tokayev', 'KAZ'), person('Ilham Aliyev', 'AZE'), person('Jeyhun Bayramov', 'AZE'), person('Murat Nurtleu', 'KAZ'),
  person('Vladimir Putin', 'RUS'), person('Recep Erdogan', 'TUR'), person('Nameless Envoy', null),
  { name: 'Trade Council', kind: 'organization', country: null, id: 'org:trade-council' },
  country('KAZ'), country('AZE'), country('RUS'), country('TUR'),
];
const CODINGS: { type: string; mode: string | null; cameo: string }[] = [
  { type: 'CONSULT', mode: 'visit', cameo: '042' }, { type: 'CONSULT', mode: 'phone', cameo: '040' }, { type: 'CONSULT', mode: null, cameo: '040' },
  { type: 'CONSULT', mode: 'multilateral', cameo: '040' }, { type: 'SUPPORT', mode: null, cameo: '057' }, { type: 'SUPPORT', mode: null, cameo: '051' },
  { type: 'AGREE', mode: null, cameo: '036' }, { type: 'AGREE', mode: null, cameo: '030' },
];
const DATES = [null, null, null, '2021', '2022-03', '2022-03-14', '2022-03-15', '2023-07-01', '2023-07', '2024-11-30', '2019-01-02'];
const WORDS = ('trade energy pipeline railway summit minister delegation agreement transit corridor investment grain port customs ' +
  'visa culture university bank oil gas water river caspian border talks memorandum treaty forum council Baku Astana Moscow Ankara ' +
  'president foreign office embassy statement visit call meeting signed discussed welcomed announced planned week capital region').split(' ');

interface Doc { id: string; lang: string; published: string | null; text: string; events: EventOutput[] }

/** Generated documents with their coded events (seeded, so the database is the same every run). */
function corpus(n: number): Doc[] {
  const r = rng(7);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) sentences.push(Array.from({ length: 10 }, () => pick(WORDS)).join(' ') + '.');
    const text = `Report ${i}. ${sentences.join(' ')}`;
    const events: EventOutput[] = [];
    const k = Math.floor(r() * 4);
    for (let e = 0; e < k; e++) {
      const c = pick(CODINGS);
      // Few actors and dates, so many reports fall into the same event.
      const source = r() < 0.05 ? null : pick(ACTORS);
      let target = pick(ACTORS);
      if (source && target.id === source.id) target = pick(ACTORS);
      const start = text.indexOf(sentences[e]!);
      events.push({
        type: c.type, mode: c.mode, status: r() < 0.2 ? 'planned' : 'occurred', cameo: c.cameo, source, target: r() < 0.03 ? null : target,
        date: pick(DATES), location: r() < 0.3 ? { name: 'Baku', country: 'AZE' } : null,
        evidence: { text: sentences[e]!, start, end: start + sentences[e]!.length }, confidence: 0.9,
      });
    }
    docs.push({ id: `d${i}`, lang: pick(['en', 'en', 'kk', 'ru', 'az']), published: r() < 0.5 ? null : `2022-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`, text, events });
  }
  // Republished copies (same text, a line added) with the same events; the second is published before its original.
  const dated = docs.filter((d) => d.published !== null && d.events.length > 0);
  for (const [j, from, published] of [[0, 0, null], [1, 1, '2020-01-01'], [2, 1, null], [3, 2, '2022-05-05'], [4, 3, '2019-12-31']] as const) {
    const o = dated[from]!;
    docs.push({ id: `copy${j}`, lang: o.lang, published, text: `${o.text} Republished.`, events: o.events.map((e) => ({ ...e })) });
  }
  return docs;
}

async function build(dir: string, docs: Doc[], name: string, batchSize = 7): Promise<Store> {
  const feed = join(dir, `${name}.jsonl`);
  writeFileSync(feed, docs.map((d) => JSON.stringify({ id: d.id, lang: d.lang, published: d.published, text: d.text })).join('\n') + '\n');
  const store = await openStore(join(dir, `${name}.db`));
  const byId = new Map(docs.map((d) => [d.id, d.events]));
  await ingest(store, [feed], { eventsFor: (x: Extracted) => byId.get(x.doc.id) ?? [], batchSize });
  return store;
}

// ---- The computations the fast paths replace, row by row over the base tables (the code before migration 003). ----

/** Event ids matching a filter, in listing order, with correlated EXISTS over the reports as before. */
async function refIds(db: Db, f: EventFilter): Promise<number[]> {
  let q = db.selectFrom('event_clusters').select('id');
  if (!f.ids && f.status !== 'rejected') q = q.where('status', '!=', 'rejected');
  if (f.ids) q = q.where('id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.type) q = q.where('type', '=', f.type.toUpperCase());
  if (f.mode) q = q.where('mode', '=', f.mode);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to.length === 10 ? f.to : `${f.to}\uffff`);
  if (f.dyad) {
    const [a, b] = f.dyad;
    q = q.where((eb) => eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.cluster_id', '=', 'event_clusters.id').where((e2) => e2.or([
      e2.and([e2.or([e2('source_country', '=', a), e2('source_id', '=', a)]), e2.or([e2('target_country', '=', b), e2('target_id', '=', b)])]),
      e2.and([e2.or([e2('source_country', '=', b), e2('source_id', '=', b)]), e2.or([e2('target_country', '=', a), e2('target_id', '=', a)])]),
    ]))));
  }
  if (f.actor) {
    // Resolving the actor's name is not among the paths replaced: the same function serves both.
    const ids = await resolveActors(db, f.actor);
    if (ids.length === 0) return [];
    q = q.where((eb) => eb.exists(eb.selectFrom('events').select('events.id').whereRef('events.cluster_id', '=', 'event_clusters.id')
      .where((e2) => e2.or([e2('source_id', 'in', ids), e2('target_id', 'in', ids)]))));
  }
  if (f.lang) {
    q = q.where((eb) => eb.exists(eb.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id').select('events.id')
      .whereRef('events.cluster_id', '=', 'event_clusters.id').where('documents.lang', '=', f.lang!)));
  }
  if (f.q) {
    const m = ftsQuery(f.q);
    if (!m) return [];
    const hits = new Set((await sql<{ id: number }>`SELECT rowid AS id FROM evidence_fts WHERE evidence_fts MATCH ${m}`.execute(db)).rows.map((r) => r.id));
    const withHit = new Set<number>();
    for (const r of await db.selectFrom('evidence').innerJoin('events', 'events.id', 'evidence.event_id').select(['evidence.id', 'events.cluster_id']).execute()) {
      if (hits.has(r.id) && r.cluster_id !== null) withHit.add(r.cluster_id);
    }
    q = q.where('id', 'in', withHit.size ? [...withHit] : [-1]);
  }
  if (!f.copies) {
    q = q.where((eb) => eb.exists(eb.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id').select('events.id')
      .whereRef('events.cluster_id', '=', 'event_clusters.id').where('documents.copy_of', 'is', null)));
  }
  let rows = (await q.orderBy('date').orderBy('id').execute()).map((r) => r.id);
  if (f.offset) rows = rows.slice(f.offset);
  if (f.limit) rows = rows.slice(0, f.limit);
  return rows;
}

function sideOf(x: ActorRef, a: string, b: string): 'a' | 'b' | null {
  if (x.country === a || x.id === a) return 'a';
  if (x.country === b || x.id === b) return 'b';
  return null;
}
function bump(m: Record<string, number>, k: string, n = 1): void { m[k] = (m[k] ?? 0) + n; }

/** The dyad summary counted event by event from slim rows (the implementation before the SQL aggregation). */
async function refDyad(db: Db, a: string, b: string, range: { from?: string; to?: string } = {}): Promise<DyadSummary> {
  const ids = await refIds(db, { dyad: [a, b], from: range.from, to: range.to });
  const clusters = ids.length ? await db.selectFrom('event_clusters').select(['id', 'type', 'mode', 'status', 'cameo', 'date', 'first_event_id', 'source_country', 'target_country'])
    .where('id', 'in', ids).orderBy('date').orderBy('id').execute() : [];
  const reports = ids.length ? await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.doc_id')
    .select(['events.id', 'events.cluster_id', 'events.doc_id', 'documents.lang', 'documents.copy_of',
      'events.source_id', 'events.source_name', 'events.source_kind', 'events.source_country',
      'events.target_id', 'events.target_name', 'events.target_kind', 'events.target_country'])
    .where('events.cluster_id', 'in', ids).orderBy('events.id').execute() : [];
  const rows = clusters.map((c) => {
    const reps = reports.filter((r) => r.cluster_id === c.id);
    const lead = leadReport(reps, (r) => r.id === c.first_event_id);
    const docs = new Map<string, string>();
    for (const r of reps) if (r.copy_of === null) docs.set(r.doc_id, r.lang);
    return {
      ...c, docs,
      source: lead ? { id: lead.source_id, name: lead.source_name, kind: lead.source_kind, country: lead.source_country } : { id: null, name: null, kind: null, country: c.source_country },
      target: lead ? { id: lead.target_id, name: lead.target_name, kind: lead.target_kind, country: lead.target_country } : { id: null, name: null, kind: null, country: c.target_country },
    };
  }).filter((r) => {
    const s = sideOf(r.source, a, b), t = sideOf(r.target, a, b);
    return s !== null && t !== null && s !== t;
  });
  const occurred = rows.filter((r) => r.status === 'occurred');
  const full = async (xs: number[]): Promise<EventRow[]> => (xs.length ? listEvents(db, { ids: xs }) : []);
  const ends = await full([...new Set([occurred[0]?.id, occurred[occurred.length - 1]?.id].filter((x): x is number => x !== undefined))]);
  const s: DyadSummary = {
    a, b, events: occurred.length, visits: {}, meetings: {}, calls: { ab: 0, ba: 0 }, agreements: {}, byType: {}, byTypeYear: {}, topActors: { a: [], b: [] },
    first: ends.find((e) => e.id === occurred[0]?.id) ?? null, last: ends.find((e) => e.id === occurred[occurred.length - 1]?.id) ?? null,
    sourcesByLang: {}, planned: await full(rows.filter((r) => r.status === 'planned').map((r) => r.id)),
  };
  const actors = { a: new Map<string, { n: number; id: string | null }>(), b: new Map<string, { n: number; id: string | null }>() };
  const docs = new Map<string, string>();
  for (const r of occurred) {
    const year = r.date ? r.date.slice(0, 4) : 'undated';
    const dir = sideOf(r.source, a, b) === 'a' ? 'ab' : 'ba';
    bump(s.byType, r.type);
    bump((s.byTypeYear[year] ??= {}), r.type);
    if (r.type === 'CONSULT' && r.mode === 'visit') {
      const v = s.visits[year] ?? { ab: 0, ba: 0 };
      v[dir]++;
      s.visits[year] = v;
    } else if (r.type === 'CONSULT' && r.mode === 'phone') s.calls[dir]++;
    else if (r.type === 'CONSULT' && (r.mode === null || r.mode === 'multilateral' || r.mode === 'third-party')) bump(s.meetings, year);
    if (r.type === 'SUPPORT' && r.cameo === '057') bump(s.agreements, year);
    for (const x of [r.source, r.target]) {
      const side = sideOf(x, a, b);
      if (side && x.name && x.kind !== 'country') actors[side].set(x.name, { n: (actors[side].get(x.name)?.n ?? 0) + 1, id: x.id });
    }
    for (const [doc, lang] of r.docs) docs.set(doc, lang);
  }
  for (const lang of docs.values()) bump(s.sourcesByLang, lang);
  const top = (m: Map<string, { n: number; id: string | null }>): { name: string; n: number; id: string | null }[] =>
    [...m].map(([name, v]) => ({ name, n: v.n, id: v.id })).sort((x, y) => y.n - x.n || x.name.localeCompare(y.name)).slice(0, 5);
  s.topActors = { a: top(actors.a), b: top(actors.b) };
  return s;
}

// ---- Checks. ----

/** The derived columns as stored, and as recomputed from the base tables. */
async function derivedDrift(db: Db): Promise<unknown[]> {
  const cols = LEAD_COLUMNS.join(', ');
  const stored = (await sql.raw(`SELECT id, ${cols} FROM event_clusters ORDER BY id`).execute(db)).rows;
  const fresh = (await sql.raw(`SELECT c.id, l.* FROM event_clusters c LEFT JOIN (
      SELECT e.cluster_id AS cid, e.id AS lead_event_id, d.copy_of IS NULL AS has_original,
        e.source_id AS lead_source_id, e.source_name AS lead_source_name, e.source_kind AS lead_source_kind, e.source_country AS lead_source_country,
        e.target_id AS lead_target_id, e.target_name AS lead_target_name, e.target_kind AS lead_target_kind, e.target_country AS lead_target_country,
        e.doc_id AS lead_doc_id, d.lang AS lead_lang,
        EXISTS (SELECT 1 FROM events e2 JOIN documents d2 ON d2.id = e2.doc_id WHERE e2.cluster_id = e.cluster_id AND e2.doc_id <> e.doc_id AND d2.copy_of IS NULL) AS docs_extra,
        row_number() OVER (PARTITION BY e.cluster_id ORDER BY (d.copy_of IS NULL AND e.id = c2.first_event_id) DESC, d.copy_of IS NULL DESC, e.id) AS k
      FROM events e JOIN documents d ON d.id = e.doc_id JOIN event_clusters c2 ON c2.id = e.cluster_id
    ) l ON l.cid = c.id AND l.k = 1 ORDER BY c.id`).execute(db)).rows as Record<string, unknown>[];
  const want = fresh.map((r) => Object.fromEntries(['id', ...LEAD_COLUMNS].map((k) => [k, r[k] ?? null])));
  return stored.filter((r, i) => JSON.stringify(r) !== JSON.stringify(want[i]));
}

const PAIRS: [string, string][] = [['AZE', 'KAZ'], ['KAZ', 'AZE'], ['KAZ', 'RUS'], ['TUR', 'AZE'], ['person:ilham-aliyev', 'KAZ'], ['person:kassym-tokayev', 'person:ilham-aliyev'],
  ['org:trade-council', 'AZE'], ['KAZ', 'KAZ'], ['XXX', 'YYY'], ['country:AZE', 'person:vladimir-putin']];
const RANGES: { from?: string; to?: string }[] = [{}, { from: '2022' }, { from: '2022-03', to: '2023-07-01' }, { to: '2021' }];

async function checkAll(db: Db, label: string): Promise<void> {
  assert.deepEqual(await derivedDrift(db), [], `${label}: derived columns match the base tables`);
  for (const [a, b] of PAIRS) {
    for (const range of RANGES) {
      const got = await dyadSummary(db, a, b, range), want = await refDyad(db, a, b, range);
      // JSON text, so that key order (what an API response shows) counts too.
      assert.equal(JSON.stringify(got), JSON.stringify(want), `${label}: dyad ${a} ${b} ${JSON.stringify(range)}`);
    }
  }
  const filters: EventFilter[] = [
    {}, { copies: true }, { dyad: ['AZE', 'KAZ'] }, { dyad: ['KAZ', 'person:ilham-aliyev'], type: 'consult' }, { actor: 'Tokayev' }, { actor: 'Aliyev', copies: true },
    { lang: 'kk' }, { lang: 'ru', mode: 'visit' }, { q: 'Baku' }, { q: 'pipeline summit', dyad: ['AZE', 'KAZ'] }, { status: 'planned' }, { status: 'rejected' },
    { from: '2022-03', to: '2023' }, { type: 'SUPPORT', to: '2022-03-14' }, { ids: [1, 2, 3, 5, 8, 13] }, { ids: [] }, { q: '' }, { actor: 'nobody-at-all' },
  ];
  for (const f of filters) {
    for (const page of [{}, { limit: 5 }, { limit: 4, offset: 3 }]) {
      const g = { ...f, ...page };
      assert.deepEqual((await listEvents(db, g)).map((e) => e.id), await refIds(db, g), `${label}: events ${JSON.stringify(g)}`);
    }
    assert.equal(await countEvents(db, f), (await refIds(db, f)).length, `${label}: count ${JSON.stringify(f)}`);
  }
}

test('derived columns, dyad summaries and event filters equal the row-by-row computation, through ingest and curation', async () => {
  const dir = tempDir('elchi-kb-derived-');
  const docs = corpus(160);
  const store = await build(dir, docs, 'a');
  const { db } = store;
  const n = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM event_clusters WHERE n_events > 1`.execute(db)).rows[0]!.n);
  assert.ok(n > 5, 'some events have several reports');
  const copies = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM documents WHERE copy_of IS NOT NULL`.execute(db)).rows[0]!.n);
  assert.ok(copies >= 3, 'republished copies are linked');
  await checkAll(db, 'after ingest');

  // Curation: merge two events, split reports off another, edit one's actors, reject one, merge two actors; then undo some.
  const many = (await sql<{ id: number }>`SELECT id FROM event_clusters WHERE n_events > 1 ORDER BY id`.execute(db)).rows.map((r) => r.id);
  const merged = await mergeEvents(db, { eventId: many[0]!, otherId: many[1]!, who: 't' });
  const keys = (await db.selectFrom('events').select(['doc_id', 'seq', 'id']).where('cluster_id', '=', many[2]!).orderBy('id').execute());
  await splitEvent(db, { eventId: many[2]!, reports: [`${keys[1]!.doc_id}#${keys[1]!.seq}`], who: 't' });
  const edited = await curateEvent(db, { eventId: many[3]!, action: 'edit', changes: { source: 'person:vladimir-putin', type: 'AGREE', cameo: '036', mode: null }, who: 't' });
  await curateEvent(db, { eventId: many[4]!, action: 'reject', who: 't' });
  const actorMerge = await mergeActors(db, { actorId: 'person:kassym-tokayev', otherId: 'person:murat-nurtleu', who: 't' });
  await checkAll(db, 'after curation');
  await undoEdit(db, { editId: actorMerge.id, who: 't' });
  await undoEdit(db, { editId: edited.id, who: 't' });
  await undoEdit(db, { editId: merged.id, who: 't' });
  await checkAll(db, 'after undo');

  // A second ingest: later reports join curated events, curation is re-applied.
  const more = corpus(200).slice(160).map((d) => ({ ...d, id: `more-${d.id}` }));
  const feed = join(dir, 'more.jsonl');
  writeFileSync(feed, more.map((d) => JSON.stringify({ id: d.id, lang: d.lang, published: d.published, text: d.text })).join('\n') + '\n');
  const byId = new Map(more.map((d) => [d.id, d.events]));
  await ingest(store, [feed], { eventsFor: (x: Extracted) => byId.get(x.doc.id) ?? [], batchSize: 9 });
  await checkAll(db, 'after a second ingest');
  // The API's pair list and network read the same flag.
  assert.ok((await listDyads(db, 50)).length > 0);
  assert.ok((await network(db, {})).edges.length > 0);
  await store.close();
});

test('migration 003 fills the derived columns of an existing database, and down removes them', async () => {
  const dir = tempDir('elchi-kb-derived-');
  const store = await build(dir, corpus(60), 'm', 200);
  const { db } = store;
  const before = (await sql.raw('SELECT * FROM event_clusters ORDER BY id').execute(db)).rows;
  // Down to 002 (the columns go), up again (filled from the stored rows).
  const { migrator } = await import('../src/kb/store.ts');
  const r = await migrator(db).migrateTo('002-curation-moves');
  assert.equal(r.error, undefined);
  const cols = (await sql.raw("SELECT name FROM pragma_table_info('event_clusters')").execute(db)).rows.map((x) => (x as { name: string }).name);
  assert.ok(!cols.includes('lead_event_id'));
  await migrateUp(db);
  assert.deepEqual((await sql.raw('SELECT * FROM event_clusters ORDER BY id').execute(db)).rows, before);
  assert.deepEqual(await derivedDrift(db), []);
  await migrateDownAll(db);
  await store.close();
});
