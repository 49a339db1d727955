/** Entity and mention records produced by the actor layer (src/entities/). */
import type { EntityKind } from './gazetteer.ts';

/** Entity type of the evaluation contract: persons, organizations (outlets too), locations (countries, cities, regions). */
export type EntityType = 'PER' | 'ORG' | 'LOC';

/** A named mention resolved to an actor: exact surface span, English canonical name and stable id. */
export interface Entity {
  /** Exact surface string, `doc.text.slice(start, end)`. */
  text: string;
  /** English canonical name (gazetteer canonical, or generated for unknown names). */
  canonical: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3 of the actor's state; null when none or unknown (international bodies, seas). */
  country: string | null;
  /** Gazetteer id (person:kassym-jomart-tokayev) or a generated one (person:x-karibek-daulet). */
  id: string;
  start: number;
  end: number;
  kind: EntityKind;
  /** The office or role the person holds in this text (KAZ:president, kaz-amanat:executive-secretary). */
  post?: string;
  /** Which rule found it (gazetteer, abbreviation, title+name, surname-morphology, org-head, …). */
  rule: string;
  /** Rough confidence in [0, 1]. */
  confidence: number;
}

/** Any mention of an actor, including non-entity ones (titles alone, adjectives, demonyms) and coreferent ones. */
export interface Mention extends Entity {
  /** True when the mention refers back (or forward) to an actor named elsewhere: surname alone, «Мемлекет басшысы». */
  coref?: boolean;
  /** True when the mention is a name (an entity); false for titles, adjectives, demonyms and compounds. */
  named: boolean;
}
