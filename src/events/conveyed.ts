/**
 * Greetings and good wishes a messenger conveys for someone else: "conveyed the greetings of President X to Y",
 * «передал привет от X», «X-тің сәлемін Y-ке жеткізді», «X-in salamlarını Y-ə çatdırıb». The act runs from the sender
 * (the greetings' owner or from-phrase) to the addressee, not from the messenger; with no sender named, the subject
 * sends its own ("asked the ambassador to convey his greetings to Y").
 */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { DocContext } from './context.ts';
import type { EventView } from './view.ts';
import type { Assignment } from './roles.ts';
import { dedupe, foreign, isActor, ownerGroup, resolve, sentenceOf } from './groups.ts';
import { isTurkic } from './grammar.ts';

/** Tokens after a ru/en greetings noun within which its sender stands («привет и наилучшие пожелания от премьер-министра Венгрии Виктора Орбана»). */
const SENDER_REACH = 8;

/**
 * Roles of conveyed greetings: each sender towards each addressee (a dative, else the sender's partner in context),
 * or null when the trigger is no greetings noun or names no sender (the subject then sends them, by the ordinary frame).
 */
export function conveyedRoles(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext, subj: readonly Arg[]): Assignment[] | null {
  // Greetings, or an invitation a messenger hands over ("conveyed an invitation from President X").
  const invitation = hit.def.type === 'AGREE' && hit.def.cameo === '036' && v.hasCue('convey', sentenceOf(v, hit.first).t0, hit.first);
  if (!v.is(hit.tokens[0] ?? hit.first, 'greeting') && !invitation) return null;
  const senders = isTurkic(v.lang)
    ? ownerGroup(v, live, hit).filter((a) => !subj.includes(a))
    : live.filter((a) => isActor(a) && !subj.includes(a) && (a.case === 'abl' || a.case === 'gen') && a.t0 > hit.last && a.t0 - hit.last <= SENDER_REACH);
  const sources = dedupe(senders.flatMap((a) => resolve(a, ctx)));
  if (sources.length === 0) return null;
  const addressees = live.filter((a) => isActor(a) && a.case === 'dat' && !senders.includes(a));
  const out: Assignment[] = [];
  for (const s of sources) {
    let targets = dedupe(addressees.flatMap((a) => resolve(a, ctx))).filter((t) => foreign(s.actor, t.actor));
    if (targets.length === 0) {
      const p = ctx.partnerOf(s.actor);
      if (p) targets = [{ actor: p, how: 'partner from context', weak: true }];
    }
    for (const t of targets) out.push({ source: { ...s, how: `sender ${s.how}` }, target: { ...t, how: `addressee ${t.how}` }, host: null, explain: ['conveyed greetings: from their sender, not the messenger'] });
  }
  return out.length ? out : null;
}
