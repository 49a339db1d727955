/** Read-only routes besides events: health, stats, documents, actors, search, network. */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../kb/schema.ts';
import { searchDocuments, stats, findActors } from '../kb/query.ts';
import { countEvents, network, topActors } from '../kb/api-queries.ts';
import { getDocument, getActor } from '../kb/api-detail.ts';
import { filterProps, pageProps, checkRange, parseDyad, checkType } from './params.ts';
import { notFound } from './errors.ts';
import { S } from './schemas.ts';

const { str, int, nstr, ref, obj } = S;
const errors = { '4xx': ref('Error') };
const arr = (items: object): object => ({ type: 'array', items });
const q = (properties: Record<string, object>, required: string[] = []): object => ({ type: 'object', properties, required });
const dateProps = { from: filterProps.from, to: filterProps.to };

/** Registers the read-only routes other than dyads and events. */
export function readRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/health', {
    schema: { tags: ['meta'], summary: 'Liveness and size of the store', response: { 200: obj({ ok: { type: 'boolean' }, documents: int, events: int }) } },
  }, async () => {
    const docs = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { ok: true, documents: Number(docs.n), events: await countEvents(db, {}) };
  });

  app.get('/api/stats', {
    schema: {
      tags: ['meta'], summary: 'Counts: documents by language, copies, reports, real-world events by type, actors, ingest runs, rejected events',
      response: { 200: obj({ documents: int, copies: int, events: int, clusters: int, rejected: int, actors: int, mentions: int, runs: int, byLang: S.counts, byType: S.counts, firstDate: nstr, lastDate: nstr }) },
    },
  }, async () => ({ ...(await stats(db)), rejected: await countEvents(db, { status: 'rejected', copies: true }) }));

  app.get<{ Params: { id: string } }>('/api/documents/:id', {
    schema: {
      tags: ['documents'], summary: 'One article: cleaned text, removed boilerplate, entity and event spans',
      params: q({ id: { type: 'string', minLength: 1, maxLength: 300 } }, ['id']), response: { 200: ref('Document'), ...errors },
    },
  }, async (req) => {
    const d = await getDocument(db, req.params.id);
    if (!d) throw notFound(`no document "${req.params.id}"`);
    return d;
  });

  app.get<{ Querystring: { q?: string; limit: number } }>('/api/actors', {
    schema: {
      tags: ['actors'], summary: 'Actors matching a name in any script or spelling (without q: the most mentioned)',
      querystring: q({ q: { type: 'string', minLength: 1, maxLength: 200 }, limit: pageProps(50).limit }),
      response: { 200: obj({ items: arr(ref('ActorHit')) }), ...errors },
    },
  }, async (req) => ({ items: req.query.q ? (await findActors(db, req.query.q)).slice(0, req.query.limit) : await topActors(db, req.query.limit) }));

  app.get<{ Params: { id: string } }>('/api/actors/:id', {
    schema: {
      tags: ['actors'], summary: 'One actor: variants in every script, posts with dates, events over time',
      params: q({ id: { type: 'string', minLength: 1, maxLength: 300 } }, ['id']), response: { 200: ref('ActorDetail'), ...errors },
    },
  }, async (req) => {
    const a = await getActor(db, req.params.id);
    if (!a) throw notFound(`no actor "${req.params.id}"`);
    return a;
  });

  app.get<{ Querystring: { q: string; limit: number } }>('/api/search', {
    schema: {
      tags: ['documents'], summary: 'Full-text search across languages and scripts (stems and Latin keys: Tokayev finds Тоқаев and Токаев)',
      querystring: q({ q: { type: 'string', minLength: 1, maxLength: 200 }, limit: pageProps(20).limit }, ['q']),
      response: { 200: obj({ items: arr(obj({ docId: str, title: nstr, lang: str, published: nstr, source: str, copyOf: nstr, snippet: str })) }), ...errors },
    },
  }, async (req) => ({
    items: (await searchDocuments(db, req.query.q, req.query.limit))
      .map((h) => ({ docId: h.id, title: h.title, lang: h.lang, published: h.published, source: h.source, copyOf: h.copy_of, snippet: h.snippet })),
  }));

  app.get<{ Querystring: { from?: string; to?: string; dyad?: string; type?: string; limit: number } }>('/api/network', {
    schema: {
      tags: ['actors'], summary: 'Actors (persons, organizations, countries) linked by the events between them',
      querystring: q({ ...dateProps, dyad: filterProps.dyad, type: filterProps.type, limit: pageProps(300, 2000).limit }),
      response: {
        200: obj({ nodes: arr(obj({ id: str, label: str, kind: str, country: nstr })), edges: arr(obj({ source: str, target: str, type: str, count: int })) }),
        ...errors,
      },
    },
  }, async (req) => {
    const { from, to } = checkRange(req.query.from, req.query.to);
    return network(db, {
      from, to, limit: req.query.limit,
      ...(req.query.dyad ? { dyad: parseDyad(req.query.dyad) } : {}), ...(req.query.type ? { type: checkType(req.query.type) } : {}),
    });
  });
}
