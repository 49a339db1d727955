/** The whole per-document extraction: text engine, then actors; one call shared by the CLI, eval and ingest. */
import type { Doc, RawDoc } from './types.ts';
import { processDoc } from './text-engine.ts';
import { findEntities, type Entity, type Mention } from '../entities/index.ts';

/** A processed document with the actors it names (`entities`: named, each surface form once; `mentions`: all). */
export interface Extracted {
  doc: Doc;
  entities: Entity[];
  mentions: Mention[];
}

/** Runs every extraction stage on one raw document. */
export function extractDocument(raw: RawDoc): Extracted {
  const doc = processDoc(raw);
  const { entities, mentions } = findEntities(doc);
  return { doc, entities, mentions };
}
