/** Every schema migration, in order; names sort in application order. */
import type { Migration } from 'kysely';
import * as m001 from './001-initial.ts';

/** Migrations by name (kysely applies them in name order). */
export const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '001-initial': m001,
});
