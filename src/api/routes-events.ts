/** Routes of dyads and events: the most active pairs, one dyad's summary, the event list (all filters of `elchi events`), one event. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../kb/schema.ts';
import { listEvents, getEvent } from '../kb/query.ts';
import { dyadSummary } from '../kb/dyad.ts';
import { countEvents, listDyads } from '../kb/api-queries.ts';
import { curationOf, listEdits } from '../kb/curation.ts';
import { filterProps, pageProps, toFilter, checkCountry, checkRange, type FilterQuery } from './params.ts';
import { toItem, toReports, explainLines, toDyadView, type EventItem } from './views.ts';
import { alignEvidence } from '../kb/api-detail.ts';
import { notFound } from './errors.ts';
import { S } from './schemas.ts';

const { str, int, nstr, ref, obj } = S;
const errors = { '4xx': ref('Error') };
const arr = (items: object): object => ({ type: 'array', items });
const q = (properties: Record<string, object>, required: string[] = []): object => ({ type: 'object', properties, required });

/** Registers the dyad and event routes. */
export function eventRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  // Evidence offsets are re-anchored in the stored text, so a client can highlight text.slice(start, end).
  const align = async (items: EventItem[]): Promise<EventItem[]> => {
    const spans = await alignEvidence(db, items.map((i) => i.evidence ?? { docId: '', text: '', start: 0, end: 0, lang: '' }));
    return items.map((it, k) => (it.evidence ? { ...it, evidence: spans[k]! } : it));
  };
  app.get<{ Querystring: { limit: number } }>('/api/dyads', {
    schema: {
      tags: ['dyads'], summary: 'The most active country pairs (a < b), occurred events counted once',
      querystring: q({ limit: pageProps(20).limit }), response: { 200: obj({ items: arr(obj({ a: str, b: str, events: int, first: nstr, last: nstr })) }), ...errors },
    },
  }, async (req) => ({ items: await listDyads(db, req.query.limit) }));

  app.get<{ Params: { a: string; b: string }; Querystring: { from?: string; to?: string } }>('/api/dyad/:a/:b', {
    schema: {
      tags: ['dyads'], summary: 'What happened between two countries (the `elchi dyad` summary)',
      params: q({ a: { type: 'string', maxLength: 8, description: 'ISO alpha-3, e.g. KAZ' }, b: { type: 'string', maxLength: 8, description: 'ISO alpha-3, e.g. AZE' } }, ['a', 'b']),
      querystring: q({ from: filterProps.from, to: filterProps.to }), response: { 200: ref('DyadSummary'), ...errors },
    },
  }, async (req) => {
    const a = checkCountry(req.params.a, 'a'), b = checkCountry(req.params.b, 'b');
    const range = checkRange(req.query.from, req.query.to);
    return toDyadView(await dyadSummary(db, a, b, range), range, align);
  });

  app.get<{ Querystring: FilterQuery & { limit: number; offset: number } }>('/api/events', {
    schema: {
      tags: ['events'], summary: 'Real-world events matching the filters (all filters of `elchi events`), oldest first, one page',
      querystring: q({ ...filterProps, ...pageProps(50) }),
      response: { 200: obj({ total: int, limit: int, offset: int, items: arr(ref('EventItem')) }), ...errors },
    },
  }, async (req) => {
    const f = toFilter(req.query);
    const { limit, offset } = req.query;
    const total = await countEvents(db, f);
    const rows = await listEvents(db, { ...f, limit, offset });
    const cur = await curationOf(db, rows.map((r) => r.id));
    return { total, limit, offset, items: await align(rows.map((r) => toItem(r, cur.get(r.id) ?? null))) };
  });

  app.get<{ Params: { id: number } }>('/api/events/:id', {
    schema: {
      tags: ['events'], summary: 'One real-world event: every report in every language with its evidence, why each report joined, and its curation history',
      params: q({ id: { type: 'integer', minimum: 1 } }, ['id']),
      response: { 200: obj({ event: ref('EventItem'), reports: arr(ref('Report')), explain: arr(str), edits: arr(ref('Edit')) }), ...errors },
    },
  }, async (req) => {
    const r = await getEvent(db, req.params.id);
    if (!r) throw notFound(`no event ${req.params.id}`);
    const cur = await curationOf(db, [r.id]);
    const edits = await listEdits(db, { eventId: r.id, limit: 500 });
    const reports = toReports(r);
    const spans = await alignEvidence(db, reports.map((p) => ({ docId: p.docId, ...p.evidence })));
    reports.forEach((p, k) => { p.evidence = { text: spans[k]!.text, start: spans[k]!.start, end: spans[k]!.end }; });
    const [event] = await align([toItem(r, cur.get(r.id) ?? null)]);
    return { event, reports, explain: explainLines(r), edits: edits.items };
  });

}
