/** Event match keys of ../shared/eval/README.md (type+dyad and its variants) and date agreement to gold precision. */
import type { GoldEvent } from './gold.ts';

/** The event keys scored, headline first. */
export const EVENT_KEYS = ['typeDyad', 'typeModeDyad', 'typeDirection', 'typeDyadStatus'] as const;
/** One event key name. */
export type EventKey = (typeof EVENT_KEYS)[number];
/** Human labels of the keys, as the README names them. */
export const KEY_LABELS: Readonly<Record<EventKey, string>> = Object.freeze({
  typeDyad: 'type+dyad',
  typeModeDyad: 'type+mode+dyad',
  typeDirection: 'type+direction',
  typeDyadStatus: 'type+dyad+status',
});

const norm = (s: string | null | undefined): string => (s ?? '').trim();
const country = (a: GoldEvent['source']): string => norm(a?.country).toUpperCase();

/** The unordered set of source/target countries, missing ones left out: "AZE|KAZ", "KAZ" (both KAZ or one missing), "". */
export function dyad(e: GoldEvent): string {
  const s = country(e.source);
  const t = country(e.target);
  const set = [s, t].filter((c) => c !== '');
  if (set.length === 2 && set[0] === set[1]) set.pop();
  return set.sort().join('|');
}

/** The ordered source→target countries ("KAZ>AZE"; a missing country is "-"). */
export function direction(e: GoldEvent): string {
  return `${country(e.source) || '-'}>${country(e.target) || '-'}`;
}

const type = (e: GoldEvent): string => norm(e.type).toUpperCase();
const mode = (e: GoldEvent): string => norm(e.mode).toLowerCase();
const status = (e: GoldEvent): string => norm(e.status).toLowerCase();

/** The match-key string of an event for one key; two events match on the key when their strings are equal. */
export function eventKey(e: GoldEvent, key: EventKey): string {
  switch (key) {
    case 'typeDyad': return `${type(e)} ${dyad(e)}`;
    case 'typeModeDyad': return `${type(e)} ${mode(e)} ${dyad(e)}`;
    case 'typeDirection': return `${type(e)} ${direction(e)}`;
    case 'typeDyadStatus': return `${type(e)} ${dyad(e)} ${status(e)}`;
  }
}

// The date part of an ISO date or date-time; a longer digit run (2023-111) is not a date.
const DATE_PART = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d-])/;

/** True when `pred` agrees with `gold` to the gold's precision (gold 2023-11 accepts 2023-11 and any 2023-11-DD). */
export function dateAgrees(gold: string, pred: string | null): boolean {
  if (pred === null) return false;
  const p = DATE_PART.exec(pred.trim())?.[0];
  if (p === undefined) return false;
  return p === gold || p.startsWith(`${gold}-`);
}

/** Which of mode, status, direction and date (when gold has one) agree between two events of the same type+dyad. */
export function agreement(g: GoldEvent, p: GoldEvent): { mode: boolean; status: boolean; direction: boolean; date: boolean | null } {
  return {
    mode: mode(g) === mode(p),
    status: status(g) === status(p),
    direction: direction(g) === direction(p),
    date: g.date === null ? null : dateAgrees(g.date, p.date),
  };
}
