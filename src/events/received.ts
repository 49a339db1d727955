/**
 * Acts named by a noun that their subject receives: "received congratulations from X", «принял поздравления от X»,
 * «X-тің құттықтауын қабыл алды», «X-in təbriklərini qəbul edib», "received a phone call from X". The act runs from
 * the giver (the from-phrase, an ablative, or the noun's genitive owner in kk/az) to the subject, not the other way.
 */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { DocContext } from './context.ts';
import type { EventView } from './view.ts';
import type { Assignment } from './roles.ts';
import { dedupe, foreign, isActor, nominal, ownerGroup, resolve } from './groups.ts';
import { isTurkic } from './grammar.ts';
import { cueBeforeBreak } from './position.ts';

/** Frames whose act can be received: directed acts (thanks, congratulations, invitations) and calls. */
const RECEIVABLE: ReadonlySet<string> = new Set(['directed', 'phone']);
/** How far a receive verb stands from the noun it governs: before it in ru/en ("received a phone call"), after it in kk/az. */
const REACH_BEFORE = 3;
const REACH_AFTER = 2;

/** Index of the receive verb governing a nominal trigger ("received … congratulations", «құттықтауын қабыл алды»), or -1. */
export function receiverVerb(v: EventView, hit: Hit<TriggerDef>): number {
  if (!RECEIVABLE.has(hit.def.frame) || !nominal(v, hit.tokens[0] ?? hit.first)) return -1;
  return isTurkic(v.lang)
    ? cueBeforeBreak(v, 'receive', hit.last + 1, Math.min(hit.last + 1 + REACH_AFTER, v.tokens.length))
    : cueBeforeBreak(v, 'receive', hit.first - 1, Math.max(0, hit.first - REACH_BEFORE) - 1);
}

/**
 * Roles of a received act: each giver towards each receiver (the subject group), or null when the trigger is not
 * governed by a receive verb or no giver is named (the ordinary frames then apply).
 */
export function receivedRoles(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext, subj: readonly Arg[]): Assignment[] | null {
  const verb = receiverVerb(v, hit);
  if (verb < 0) return null;
  const turkic = isTurkic(v.lang);
  // The giver: "from X" / «от X» after the noun, an ablative in kk/az, else the noun's genitive owner (kk/az).
  let givers = live.filter((a) => isActor(a) && a.case === 'abl' && !subj.includes(a) && (turkic ? a.t1 <= hit.first : a.t0 > hit.last));
  if (givers.length === 0 && turkic) givers = ownerGroup(v, live, hit).filter((a) => !subj.includes(a));
  const sources = dedupe(givers.flatMap((a) => resolve(a, ctx)));
  const targets = dedupe(subj.flatMap((a) => resolve(a, ctx)));
  if (sources.length === 0 || targets.length === 0) return null;
  const how = `received: «${v.tokens[verb]?.text ?? ''}» — the giver acts towards the subject`;
  const out: Assignment[] = [];
  for (const s of sources) {
    for (const t of targets) if (foreign(s.actor, t.actor)) out.push({ source: { ...s, how: `giver ${s.how}` }, target: { ...t, how: `receiver ${t.how}` }, host: null, explain: [how] });
  }
  return out.length ? out : null;
}
