/**
 * Who called: «Разговор состоялся по инициативе турецкой стороны», «Әңгіме венгр тарапының бастамасымен өтті»,
 * «Azərbaycan tərəfinin təşəbbüsü ilə», "at the initiative of the Kazakh side". Official readouts name the caller this
 * way, often in the sentence after the call; the call (CONSULT/phone) is turned so the initiator is its source.
 */
import type { Arg } from './args.ts';
import type { EventDraft } from './merge.ts';
import type { EventView, SentenceRange } from './view.ts';
import { isActor } from './groups.ts';
import { isTurkic } from './grammar.ts';

/** Tokens between the initiative cue and the side it names (ru/en: after it; kk/az: before it, in the genitive). */
const SIDE_REACH = 4;

/** The state whose initiative the sentence names, or null. */
export function initiator(v: EventView, s: SentenceRange, live: readonly Arg[]): string | null {
  const cue = v.findCue('initiative', s.t0, s.t1);
  if (cue < 0) return null;
  let end = cue;
  while (end + 1 < s.t1 && v.is(end + 1, 'initiative')) end++;
  const states = live.filter((a) => isActor(a) && a.actor?.country);
  const side = isTurkic(v.lang)
    ? states.filter((a) => a.t1 <= cue && cue - a.t1 <= SIDE_REACH).pop()
    : states.find((a) => a.t0 > end && a.t0 - end <= SIDE_REACH);
  return side?.actor?.country ?? null;
}

/** Turns the latest phone call between the initiator and another state so that the initiator is its source. */
export function applyInitiative(list: readonly EventDraft[], country: string): void {
  for (let k = list.length - 1; k >= 0; k--) {
    const d = list[k]!;
    const e = d.ev;
    if (e.type !== 'CONSULT' || e.mode !== 'phone' || !e.source || !e.target) continue;
    if (e.source.country === country || d.callerNamed) return;
    if (e.target.country !== country) continue;
    [e.source, e.target] = [e.target, e.source];
    [d.weakSource, d.weakTarget] = [d.weakTarget, d.weakSource];
    e.explain.push(`caller: the initiative of ${country}`);
    return;
  }
}
