/** JSON schemas shared by the API's responses (registered once with `$id`; OpenAPI components are generated from them). */
import { EDIT_ACTIONS } from '../kb/curation.ts';

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const nstr = { type: ['string', 'null'] } as const;
const nint = { type: ['integer', 'null'] } as const;
const counts = { type: 'object', additionalProperties: int } as const;
const ref = (id: string): { $ref: string } => ({ $ref: `${id}#` });
const nullable = (id: string): { anyOf: object[] } => ({ anyOf: [ref(id), { type: 'null' }] });
const obj = (properties: Record<string, object>, required: string[] = Object.keys(properties)): object => ({ type: 'object', properties, required });

/** `{ error: { code, message } }`, the body of every 4xx and 5xx answer. */
export const ErrorSchema = { $id: 'Error', description: 'An error: a stable code and a message a person reads.', ...obj({ error: obj({ code: str, message: str }) }) };

/** An actor of an event. */
export const ActorRefSchema = { $id: 'ActorRef', description: 'An actor: id, English name, kind (person, organization, country) and ISO alpha-3 country.', ...obj({ id: nstr, name: nstr, kind: nstr, country: nstr }) };

/** The coding of an event as an edit records it. */
export const EventStateSchema = {
  $id: 'EventState', description: 'An event\'s coding before or after an edit (status "rejected" once rejected).',
  ...obj({ type: str, mode: nstr, status: str, cameo: str, date: nstr, source: ref('ActorRef'), target: ref('ActorRef') }),
};

/** What a merge or split moved. */
export const EditDetailSchema = {
  $id: 'EditDetail', description: 'What a merge or split concerns: the event or actor kept, the other one (folded in, or split off), the reports moved (doc_id#seq), the variant detached.',
  ...obj({
    event: { ...nint, description: 'the event kept (merge) or split (split), its current id' },
    otherEvent: { ...nint, description: 'merge: the event folded in (its id then; gone since); split: the new event, its current id' },
    reports: { type: 'array', items: str }, actor: nstr, otherActor: { ...nstr, description: 'the actor folded in, or the new actor a variant went to' }, variant: nstr, lang: nstr,
  }),
};

/** One logged curation edit. */
export const EditSchema = {
  $id: 'Edit', description: 'A curator\'s edit: who, when, what, the state before and after; undos are edits too (action "undo", target "edit:ID").',
  ...obj({
    id: int, who: str, when: str, action: { type: 'string', enum: [...EDIT_ACTIONS] }, target: { ...str, description: 'event:doc_id#seq (the report that opened the event), actor:ID, or edit:ID for an undo' },
    eventId: { ...nint, description: 'the event\'s current id (null for actor edits and undos)' },
    before: nullable('EventState'), after: nullable('EventState'),
    changes: { type: ['object', 'null'], properties: { type: str, mode: nstr, status: str, cameo: str, date: nstr, source: ref('ActorRef'), target: ref('ActorRef') } },
    note: nstr, detail: nullable('EditDetail'), undone: { type: 'boolean' }, undoneBy: nint,
  }),
};

/** One real-world event in a list. */
export const EventItemSchema = {
  $id: 'EventItem', description: 'A real-world event (its reports in every document and language merged).',
  ...obj({
    id: int, type: str, mode: nstr, status: str, cameo: str, date: nstr,
    location: { type: ['object', 'null'], properties: { name: nstr, country: nstr } },
    source: ref('ActorRef'), target: ref('ActorRef'),
    reports: { ...int, description: 'number of reports (republished copies included)' },
    n_docs: { ...int, description: 'distinct documents that are not republished copies' },
    languages: { type: 'array', items: str },
    evidence: { type: ['object', 'null'], description: 'the first original report\'s evidence sentence', properties: { text: str, start: int, end: int, docId: str, lang: str } },
    curation: { type: ['object', 'null'], properties: { verdict: { type: 'string', enum: ['confirmed', 'rejected', 'edited'] }, edits: int } },
  }),
};

/** One report of an event. */
export const ReportSchema = {
  $id: 'Report', description: 'One document\'s report of an event, with its evidence sentence (offsets into the document\'s cleaned text).',
  ...obj({
    docId: str, lang: str, source: str, url: nstr, published: nstr, date: nstr,
    evidence: obj({ text: str, start: int, end: int }),
    copy: { type: 'boolean', description: 'a republished copy of another document' }, copyOf: nstr,
    sourceActor: ref('ActorRef'), targetActor: ref('ActorRef'),
    merged: { type: ['array', 'null'], items: str, description: 'why this report joined the event (null for the report that opened it)' },
  }),
};

const yearDir = { type: 'object', additionalProperties: obj({ ab: int, ba: int }) };
const topList = { type: 'array', items: obj({ name: str, n: int, id: nstr }) };

/** The summary of one dyad. */
export const DyadSummarySchema = {
  $id: 'DyadSummary', description: 'What happened between two countries: occurred events counted once, visits each way by year (ab = a visiting b), meetings, calls, agreements signed, counts by type and year, top actors per side, first and last event, sources by language, and planned events not yet reported as happened.',
  ...obj({
    a: str, b: str, from: nstr, to: nstr, events: int, visits: yearDir, meetings: counts, calls: obj({ ab: int, ba: int }), agreements: counts,
    byType: counts, byTypeYear: { type: 'object', additionalProperties: counts }, topActors: obj({ a: topList, b: topList }),
    first: nullable('EventItem'), last: nullable('EventItem'), sourcesByLang: counts, planned: { type: 'array', items: ref('EventItem') },
  }),
};

const span = (more: Record<string, object>): object => obj({ start: int, end: int, text: str, ...more });

/** A document as the article view shows it. */
export const DocumentSchema = {
  $id: 'Document', description: 'A stored article: cleaned text (plain text, never HTML), removed boilerplate, entity mentions and event evidence spans (offsets into `text`).',
  ...obj({
    id: str, source: str, url: nstr, title: nstr, lang: str, langConfidence: num, published: nstr, copyOf: nstr, copySimilarity: { type: ['number', 'null'] },
    text: str, removed: { type: 'array', items: obj({ text: str, reason: str }) },
    entities: { type: 'array', items: span({ type: str, kind: str, canonical: nstr, id: str, post: nstr, coref: { type: 'boolean' } }) },
    triggers: { type: 'array', items: span({ eventId: nint, type: str, mode: nstr, status: str }) },
  }),
};

const variant = obj({ variant: str, lang: str, count: int, key: str }, ['variant', 'lang', 'count']);

/** An actor found by name. */
export const ActorHitSchema = { $id: 'ActorHit', description: 'An actor with its mentions and name variants in every script.', ...obj({ id: str, name: str, kind: str, country: nstr, mentions: int, variants: { type: 'array', items: variant } }) };

/** An actor's page. */
export const ActorDetailSchema = {
  $id: 'ActorDetail', description: 'An actor: name variants in every script, posts with dates, and the events it took part in.',
  ...obj({
    actor: obj({ id: str, name: str, kind: str, type: nstr, country: nstr, mentions: int }),
    variants: { type: 'array', items: variant },
    posts: { type: 'array', items: obj({ post: str, title: nstr, start: nstr, end: nstr, source: { type: 'string', enum: ['gazetteer', 'articles'] } }) },
    events: { type: 'array', items: obj({ id: int, type: str, mode: nstr, status: str, date: nstr }) },
  }),
};

/** Every shared schema, in registration order. */
export const SHARED_SCHEMAS: readonly object[] = [ErrorSchema, ActorRefSchema, EventStateSchema, EditDetailSchema, EditSchema, EventItemSchema, ReportSchema, DyadSummarySchema, DocumentSchema, ActorHitSchema, ActorDetailSchema];

/** Helpers for route schemas. */
export const S = { str, int, num, nstr, nint, counts, ref, nullable, obj };
