/** Public API of the date grammars: find and resolve date expressions in kk, az, ru and en text. */
export { findDates, grammarsFor } from './find-dates.ts';
export { parseAnchor } from './calendar.ts';
export type { Anchor } from './calendar.ts';
