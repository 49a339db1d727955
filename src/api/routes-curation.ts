/** Curation routes: confirm, reject or edit an event, merge or split events and actors, and undo an edit (token required); list the edits (open). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../kb/schema.ts';
import { curateEvent, undoEdit, listEdits, mergeEvents, splitEvent, mergeActors, splitActor, CurationError, CURATION_ACTIONS, type CurationAction, type EventChanges } from '../kb/curation.ts';
import { authorize, type Editor } from './auth.ts';
import { ApiError } from './errors.ts';
import { pageProps } from './params.ts';
import { S } from './schemas.ts';

const { int, ref, obj } = S;
const note = { type: 'string', maxLength: 2000, description: 'why (kept with the edit)' };
const eventParams = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] };
const actorParams = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 300, description: 'actor id, e.g. person:ilham-aliyev' } }, required: ['id'] };
const actorId = { type: 'string', minLength: 1, maxLength: 300 };
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
      security, params: eventParams,
      body: {
        type: 'object', additionalProperties: false, required: ['action'],
        properties: { action: { type: 'string', enum: [...CURATION_ACTIONS] }, changes, note },
      },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      return { edit: await curateEvent(db, { eventId: req.params.id, action: req.body.action, changes: req.body.changes, note: req.body.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { id: number }; Body: { event: number; note?: string } }>('/api/curation/events/:id/merge', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Merge event `event` into this one (needs the token): every report, evidence and source kept, this event\'s coding kept, counted once; undo splits them again',
      security, params: eventParams,
      body: { type: 'object', additionalProperties: false, required: ['event'], properties: { event: { type: 'integer', minimum: 1, description: 'the event folded into this one' }, note } },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      return { edit: await mergeEvents(db, { eventId: req.params.id, otherId: req.body.event, note: req.body.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { id: number }; Body: { reports: string[]; note?: string } }>('/api/curation/events/:id/split', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Split reports off this event into a new event of their own, a different happening (needs the token); the report that opened this event stays',
      security, params: eventParams,
      body: {
        type: 'object', additionalProperties: false, required: ['reports'],
        properties: {
          reports: { type: 'array', minItems: 1, maxItems: 500, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 320 }, description: 'document ids (every report of that document in this event) or report keys doc_id#seq' },
          note,
        },
      },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      return { edit: await splitEvent(db, { eventId: req.params.id, reports: req.body.reports, note: req.body.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { id: string }; Body: { actor: string; note?: string } }>('/api/curation/actors/:id/merge', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Merge actor `actor` into this one (needs the token): its mentions, name variants and event roles now name this actor',
      security, params: actorParams,
      body: { type: 'object', additionalProperties: false, required: ['actor'], properties: { actor: { ...actorId, description: 'the actor folded into this one' }, note } },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    try {
      return { edit: await mergeActors(db, { actorId: req.params.id, otherId: req.body.actor, note: req.body.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { id: string }; Body: { variant?: string; lang?: string; name?: string; merged?: string; note?: string } }>('/api/curation/actors/:id/split', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Split an actor (needs the token): detach a name variant into a new actor, or (with `merged`) undo the merge of another actor into this one',
      security, params: actorParams,
      body: {
        type: 'object', additionalProperties: false,
        properties: {
          variant: { type: 'string', minLength: 1, maxLength: 300, description: 'a name variant of this actor, detached into a new actor' },
          lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'only the variant as written in this language' },
          name: { type: 'string', minLength: 1, maxLength: 300, description: 'the new actor\'s name (default: the variant)' },
          merged: { ...actorId, description: 'an actor merged into this one: the merge is undone' },
          note,
        },
      },
      response: { 200: obj({ edit: ref('Edit') }), ...errors },
    },
  }, async (req) => {
    const name = who(req);
    const b = req.body;
    try {
      return { edit: await splitActor(db, { actorId: req.params.id, merged: b.merged, variant: b.variant, lang: b.lang ?? null, name: b.name ?? null, note: b.note ?? null, who: name }) };
    } catch (e) { throw asApi(e); }
  });

  app.post<{ Params: { editId: number } }>('/api/curation/undo/:editId', {
    onRequest,
    schema: {
      tags: ['curation'], summary: 'Undo an edit (needs the token): the event or actors are restored as they were before; a later edit of the same event or actor is undone first',
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

  app.get<{ Querystring: { limit: number; offset: number; event?: number; actor?: string } }>('/api/curation/edits', {
    schema: {
      tags: ['curation'], summary: 'Every edit, newest first (with event: only that event\'s, including merges and splits; with actor: only that actor\'s)',
      querystring: { type: 'object', properties: { ...pageProps(100), event: { type: 'integer', minimum: 1 }, actor: actorId } },
      response: { 200: obj({ total: int, items: { type: 'array', items: ref('Edit') } }), ...errors },
    },
  }, async (req) => listEdits(db, {
    limit: req.query.limit, offset: req.query.offset, ...(req.query.event ? { eventId: req.query.event } : {}), ...(req.query.actor ? { actor: req.query.actor } : {}),
  }));
}
