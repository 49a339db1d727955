/**
 * Role filling: who acted and towards whom, by the trigger's frame. Symmetric acts (meetings, calls,
 * signings) take their parties from the subject, comitative and between phrases (parties.ts); visits,
 * summits, summons and directed acts take a source from the subject group (or the genitive owners of a
 * nominal trigger, a passive agent, the article's carried subject) and a target by frame (frames.ts).
 */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { DocContext, Filled } from './context.ts';
import type { EventView } from './view.ts';
import { dedupe, foreign, isActor, nominal, ownerGroup, resolve, sentenceOf, subjectGroup } from './groups.ts';
import { parties, type Sides } from './parties.ts';
import { attendRoles, directedRoles, summon, visitRoles } from './frames.ts';
import { isTurkic } from './grammar.ts';
import { conveyedRoles } from './conveyed.ts';
import { receivedRoles } from './received.ts';
import { quotationAt } from './quotes.ts';

/** One source→target assignment of a trigger (several for joint or multilateral acts). */
export interface Assignment {
  source: Filled | null;
  target: Filled | null;
  /** Visit destination (place or country), when the frame has one. */
  host: { name: string; country: string | null } | null;
  explain: string[];
}

const SYMMETRIC_FRAMES: ReadonlySet<string> = new Set(['meet', 'phone', 'sign', 'agree', 'session']);

/** The first actor named as an origin (an ablative: «из Казахстана», «Қазақстаннан», "from Kazakhstan"). */
function origin(live: readonly Arg[]): Arg | undefined {
  return live.find((a) => isActor(a) && a.case === 'abl');
}

/** Fills the roles of one trigger; an empty list when it cannot be filled. */
export function fillRoles(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext): Assignment[] {
  const turkic = isTurkic(v.lang);
  const anchor = hit.tokens[0] ?? hit.first;
  const frame = hit.def.frame;
  const explain: string[] = [];
  let subj = subjectGroup(v, live, anchor, turkic);
  // "received congratulations from X", «X-тің құттықтауын қабыл алды»: the giver acts towards the subject.
  const received = receivedRoles(v, live, hit, ctx, subj);
  if (received) return received;
  // "conveyed the greetings of X", «X-тің сәлемін жеткізді»: the sender greets, not the messenger.
  const conveyed = conveyedRoles(v, live, hit, ctx, subj);
  if (conveyed) return conveyed;
  // «Мы благодарны российским коллегам», – отметил Кошанов: a directed act inside a quotation is its speaker's,
  // towards an actor named inside it.
  if (frame === 'directed') {
    const q = quotationAt(v, sentenceOf(v, anchor), live, anchor);
    const speakers = q ? dedupe(resolve(q.speaker, ctx)) : [];
    if (q && speakers.length) {
      const inner = live.filter((a) => a.t0 > q.open && a.t1 <= q.close);
      explain.push(`source: the speaker of the quotation «${q.speaker.text}»`);
      const out = directedRoles(v, inner, hit, ctx, [q.speaker], speakers, explain);
      if (out.length) return out;
    }
  }
  // A nominal trigger's own genitive owners («визит президента Казахстана», «Əliyevin … səfəri») come first, unless the
  // data file makes them its partners («елшілерінің сенім грамоталарын қабылдады»: the envoys' credentials are received).
  if (frame !== 'directed' && frame !== 'attend' && frame !== 'summon' && nominal(v, anchor) && !subj.some((a) => a.kind === 'collective') && !hit.def.partnerCases.includes('gen')) {
    const owners = ownerGroup(v, live, hit);
    // A body with no state of its own («заседание межправкомиссии») leaves the subject as the parties.
    if (owners.length && (owners.some((a) => a.actor?.country) || subj.length === 0)) subj = owners;
  }
  // An attack's author is its agent («Ermənistan silahlı qüvvələri tərəfindən», "by Armenian forces") when one is named.
  if (hit.def.type === 'ASSAULT') {
    const agent = live.find((a) => isActor(a) && a.case === 'agent');
    if (agent) subj = live.filter((a) => a.group === agent.group && isActor(a));
  }
  if (frame === 'attend') subj = subj.filter((a) => a.kind !== 'organization' || v.findCue('summit', a.t1, a.t1 + 2) < 0);

  if (SYMMETRIC_FRAMES.has(frame)) {
    const sides: Sides = { subjects: [], partners: [] };
    const ps = parties(v, live, hit, ctx, subj, explain, sides);
    if (sides.subjects.length > 0) {
      explain.push('parties: several subject states, each with the partners');
      return sides.subjects.flatMap((source) => sides.partners.filter((t) => foreign(source.actor, t.actor)).map((t) => ({ source, target: t, host: null, explain: [...explain] })));
    }
    const source = ps[0];
    if (!source) return [];
    return ps.slice(1).filter((t) => foreign(source.actor, t.actor)).map((t) => ({ source, target: t, host: null, explain: [...explain] }));
  }

  let sources = dedupe(subj.flatMap((a) => resolve(a, ctx)));
  if (sources.length === 0 && (frame === 'visit' || frame === 'go' || frame === 'cooperate')) sources = dedupe(ownerGroup(v, live, hit).flatMap((a) => resolve(a, ctx)));
  // Arrivals and participation name their actor: a person or a body (a state's delegation stands for the state),
  // not a country in a list of participants.
  if (frame === 'go' || frame === 'attend') {
    const bodies = new Set(subj.filter((a) => a.headed && a.actor).map((a) => a.actor?.id));
    sources = sources.filter((f) => !f.weak && (f.actor.kind !== 'country' || bodies.has(f.actor.id)));
  }
  else if (sources.length === 0 && frame === 'visit' && ctx.visit) sources = [{ actor: ctx.visit.visitor, how: 'visitor of the visit in context', weak: true }];
  // «прибыл гуманитарный груз из Казахстана», "aid from Kazakhstan arrived": aid with no giving subject comes from its origin.
  else if (sources.length === 0 && hit.def.type === 'AID' && origin(live)) sources = dedupe(resolve(origin(live) as Arg, ctx));
  else if (sources.length === 0 && ctx.subject && frame !== 'cooperate') sources = [{ actor: ctx.subject, how: 'subject carried from an earlier sentence', weak: true }];
  if (frame === 'summon') {
    const r = summon(v, live, hit, sources, ctx);
    if (r) return [r];
  }
  explain.push(`source: ${sources.map((f) => f.how).join('; ') || 'none'}`);
  if (sources.length === 0) return [];
  if (frame === 'visit' || frame === 'go' || frame === 'cooperate') return visitRoles(v, live, hit, ctx, sources, explain);
  if (frame === 'attend') return attendRoles(live, sources, explain);
  return directedRoles(v, live, hit, ctx, subj, sources, explain);
}

/** A filled role (actor and the rule that found it). */
export type { Filled };
