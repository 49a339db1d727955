/** Curation routes: confirm, reject or edit an event and undo an edit (token required); list the edits (open). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../kb/schema.ts';
import { curateEvent, undoEdit, listEdits, CurationError, CURATION_ACTIONS, type CurationAction, type EventChanges } from '../kb/curation.ts';
import { authorize, type Editor } from './auth.ts';
import { ApiError } from './errors.ts';
import { pageProps } from './params.ts';
import { S } from './schemas.ts';

const { int, ref, obj } = S;
const errors = { '4xx': ref('Error') };
const security = [{ bearer: [] }];
const STATUS: Readonly<Record<CurationError['code'], number>> = { not_found: 404, conflict: 409, invalid_change: 400 };

function asApi(e: unknown): unknown {
  return e instanceof CurationError ? new ApiError(STATUS[e.code], e.code, e.message) : e;
}

const changes = {
  type: 'object', additionalProperties: false, description: 'fields to set (action "edit" only); source and target are actor ids',
  properties: {
    type: { type: 'string', maxLength: 32 }, mode: { type: ['string', 'null'], maxLength: 32 }, status: { type: 'string', enum: ['occurred', 'planned'] },
    cameo: { type: 'string', maxLength: 4 }, date: { type: ['string', 'null'], maxLength: 10 },
    source: { type: 'string', minLength: 1, maxLength: 300 }, target: { type: 'string', minLength: 1, maxLength: 300 },
  },
};

/** Registers the curation routes; `editors` hold the accepted tokens (none: editing is off). */
export function curationRoutes(app: FastifyInstance, db: Kysely<Database>, editors: readonly Editor[]): void {
  // The token is checked first (onRequest), before the body is read or validated.
  const names = new WeakMap<FastifyRequest, string>();
  const onRequest = async (req: FastifyRequest): Promise<void> => { names.set(req, authorize(req.headers.authorization, editors)); };
  const who = (req: FastifyRequest): string => names.get(req) ?? 'analyst';

  app.post<{ Params: { id: number }; Body: { action: CurationAction; changes?: EventChanges; note?: string } }>('/api/curation/events/:id', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Confirm, reject or edit an event (needs the token); the edit is logged with who, when, before and after',
      security, params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
      body: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: { action: { type: 'string', enum: [...CURATION_ACTIONS] }, changes, note: { type: 'string', maxLength: 2000 } },
      },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      return { edit: await curateEvent(db, { eventId: req.params.id, action: req.body.action, changes: req.body.changes, note: req.body.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { editId: number } }>('/api/curation/undo/:editId', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Undo an edit (needs the token): the event is restored as it was before; the latest edit of an event is undone first',
      security, params: { type: 'object', properties: { editId: { type: 'integer', minimum: 1 } }, required: ['editId'] },
      response: { 200: obj({ undone: int, edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      const edit = await undoEdit(db, { editId: req.params.editId, who: name });
      return { undone: req.params.editId, edit };
    } catch (e) { throw asApi(e); }
  });

  app.get<{ Querystring: { limit: number; offset: number; event?: number } }>('/api/curation/edits', {
    schema: {
      tags: ['curation'], summary: 'Every edit, newest first (with event: only that event\'s)',
      querystring: { type: 'object', properties: { ...pageProps(100), event: { type: 'integer', minimum: 1 } } },
      response: { 200: obj({ total: int, items: { type: 'array', items: ref('Edit') } }), ...errors },
    },
  }, async (req) => listEdits(db, { limit: req.query.limit, offset: req.query.offset, ...(req.query.event ? { eventId: req.query.event } : {}) }));
}
