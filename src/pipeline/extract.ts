/** The whole per-document extraction: text engine, actors, then events; one call shared by the CLI, eval and ingest. */
import type { Doc, RawDoc } from './types.ts';
import { processDoc } from './text-engine.ts';
import { findEntities, type Entity, type Mention } from '../entities/index.ts';
import { extractEvents, type ElchiEvent } from '../events/index.ts';

/** A processed document with the actors it names (`entities`: named, each surface form once; `mentions`: all) and its events. */
export interface Extracted {
  doc: Doc;
  entities: Entity[];
  mentions: Mention[];
  /** PLOVER events with their roles, trigger, evidence and the rules that set them. */
  events: ElchiEvent[];
}

/** Runs every extraction stage on one raw document. */
export function extractDocument(raw: RawDoc): Extracted {
  const doc = processDoc(raw);
  const { entities, mentions } = findEntities(doc);
  return { doc, entities, mentions, events: extractEvents(doc, mentions) };
}
