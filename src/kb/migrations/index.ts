/** Every schema migration, in order; names sort in application order. */
import type { Migration } from 'kysely';
import * as m001 from './001-initial.ts';
import * as m002 from './002-curation-moves.ts';
import * as m003 from './003-event-lead.ts';
import * as m004 from './004-dyad-summaries.ts';

/** Migrations by name (kysely applies them in name order). */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '001-initial': m001,
  '002-curation-moves': m002,
  '003-event-lead': m003,
  '004-dyad-summaries': m004,
});
