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
import { acceptRoles, attendRoles, chairOf, directedRoles, summon, visitRoles } from './frames.ts';
import { isTurkic } from './grammar.ts';
import { countryActor } from './context.ts';
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
  /** A meeting of a gathering's participants (its chair with each of them): multilateral whatever the sentence says. */
  gathering?: boolean;
}

const SYMMETRIC_FRAMES: ReadonlySet<string> = new Set(['meet', 'phone', 'sign', 'agree', 'session']);

/** Tokens between a visit participle and the noun it describes, or between a noun and its relative clause's visit. */
const DESCRIBED_REACH = 8;

/**
 * The actor a visit describes, or null: in kk/az the person or body right after a participle of the visit («сапармен
 * келген Түркия … Төрағасы Нұман Құртұлмұшты», «rəsmi səfərdə olan … Kobaxidzeni»); in English the person before
 * ", who" whose clause holds the visit ("Sadyr Japarov, who is in Türkiye on an official visit").
 */
function describedVisitor(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>): Arg | null {
  const actor = (a: Arg): boolean => isActor(a) && a.kind !== 'place' && a.kind !== 'country';
  // «Делегация во главе с Ятимовым прибыла в Баткен», "a delegation led by Narbayeva arrived", «Ятимов бастаған делегация».
  const s = sentenceOf(v, hit.first);
  const led = v.findCue('led-by', s.t0, s.t1);
  if (led >= 0) {
    let end = led;
    while (end + 1 < s.t1 && v.is(end + 1, 'led-by')) end++;
    const leader = isTurkic(v.lang) ? live.filter((a) => a.t1 <= led && led - a.t1 <= 1 && actor(a)).pop() : live.find((a) => a.t0 > end && a.t0 - end <= DESCRIBED_REACH && actor(a));
    if (leader) return leader;
  }
  if (isTurkic(v.lang)) {
    // The visit's own participle (сапармен келген), or a being verb's after the visit noun (səfərdə olan).
    let p = hit.last;
    if (!v.verb(p).ptcp) { p = hit.last + 1; if (!v.is(p, 'copula') || !v.verb(p).ptcp) return null; }
    for (let i = p + 1; i < Math.min(v.tokens.length, p + 1 + DESCRIBED_REACH); i++) {
      if (v.isBreak(i)) return null;
      const a = live.find((x) => x.t0 === i);
      if (a && actor(a)) { const last = live.filter((x) => x.group === a.group && actor(x)).pop(); return last ?? a; }
      if (a?.kind === 'place') return null;
    }
    return null;
  }
  if (v.lang === 'ru') {
    // «… принял Хакана Фидана, находящегося в Ташкенте с визитом»: a participle after a comma describes the noun before it.
    for (let i = hit.first - 1; i > Math.max(s.t0, hit.first - DESCRIBED_REACH); i--) {
      if (!v.participleRu(i) || v.tokens[i - 1]?.text !== ',') continue;
      return live.filter((a) => a.t1 === i - 1 && actor(a)).pop() ?? null;
    }
    return null;
  }
  if (v.lang !== 'en') return null;
  for (let i = hit.first - 1; i > Math.max(0, hit.first - DESCRIBED_REACH); i--) {
    if (v.tokens[i]?.lower !== 'who' || v.tokens[i - 1]?.text !== ',') continue;
    const a = live.find((x) => x.t1 === i - 1 && actor(x));
    return a ?? null;
  }
  return null;
}

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
  if (frame === 'accept') return acceptRoles(subj, ctx, explain);
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
  // «Notada Fransa tərəfindən xəritənin düzəldilməsi tələb olunub»: in a demand with no subject, a 'by X' standing apart
  // from the demand, before the action demanded, names who must act: the demand of the protest in context, made of X.
  if (turkic && hit.def.type === 'REQUEST' && subj.every((a) => !isActor(a) || a.case === 'agent') && ctx.accuser) {
    const doer = live.find((a) => isActor(a) && a.case === 'agent' && a.t1 < hit.first && hit.first - a.t1 > 2);
    const target = doer ? resolve(doer, ctx)[0] : undefined;
    if (target && foreign(ctx.accuser, target.actor)) {
      explain.push(`source: the author of the protest in context; target: the one who must act «${doer?.text}»`);
      return [{ source: { actor: ctx.accuser, how: 'the author of the protest in context', weak: true }, target, host: null, explain: [...explain] }];
    }
  }
  // An attack's author is its agent («Ermənistan silahlı qüvvələri tərəfindən», "by Armenian forces") when one is named;
  // so is the author of any act in the passive with no actor as its subject («соболезнования были выражены МИД
  // Узбекистана», "the agreement was signed by A and B", «X тарапынан жолданды»).
  // The agent after the trigger also wins over a subject named only after it, in a clause of its own ("Aid has been
  // dispatched to Tajikistan by A, B and C, while D and E have offered assistance").
  const laterAgent = !turkic && live.find((a) => isActor(a) && a.case === 'agent' && a.t0 > anchor);
  if (hit.def.type === 'ASSAULT' || !subj.some(isActor) || (laterAgent && subj.every((a) => a.t0 > laterAgent.t0))) {
    const agent = live.find((a) => isActor(a) && a.case === 'agent');
    if (agent) {
      subj = live.filter((a) => a.group === agent.group && isActor(a));
      if (hit.def.type !== 'ASSAULT') explain.push(`source: the passive's agent «${agent.text}»`);
    }
  }
  if (frame === 'attend') subj = subj.filter((a) => a.kind !== 'organization' || v.findCue('summit', a.t1, a.t1 + 2) < 0);

  if (SYMMETRIC_FRAMES.has(frame)) {
    const sides: Sides = { subjects: [], partners: [] };
    const ps = parties(v, live, hit, ctx, subj, explain, sides);
    if (sides.subjects.length > 0) {
      explain.push('parties: several subject states, each with the partners');
      return sides.subjects.flatMap((source) => sides.partners.filter((t) => foreign(source.actor, t.actor)).map((t) => ({ source, target: t, host: null, explain: [...explain] })));
    }
    // «Заседание совета прошло под председательством премьер-министра Белоруссии Турчина», "the session was chaired by
    // X": a session whose only party named is its chair (others come from context) is held by the chair with each
    // participant of the gathering the article reported there.
    const g = ctx.gathering;
    const chair = frame === 'session' && g && g.members.length >= 2 ? chairOf(v, sentenceOf(v, anchor), live)?.actor : undefined;
    if (g && chair && ps.every((p) => p.actor.id === chair.id || p.weak)) {
      explain.push('participants: the gathering in context, with the chair');
      const head: Filled = { actor: chair, how: 'the chair', weak: false };
      return [g.host, ...g.members].filter((m) => foreign(chair, m)).map((m) => ({ source: head, target: { actor: m, how: 'participant of the gathering in context', weak: true }, host: null, explain: [...explain], gathering: true }));
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
  // A delegation led by someone has a visitor even with no subject (describedVisitor).
  const sent = sentenceOf(v, anchor);
  // So does one a participle describes («… Набиева, находящегося в Казахстане с рабочим визитом»).
  if (sources.length === 0 && !((frame === 'visit' || frame === 'go') && (v.findCue('led-by', sent.t0, sent.t1) >= 0 || describedVisitor(v, live, hit)))) return [];
  if (frame === 'visit' || frame === 'go') {
    // «Қазақстанға ресми сапармен келген … Құртұлмұшты қабылдады», "Japarov, who is in Türkiye on an official visit": the
    // visitor is the one the participle or relative clause describes, not the sentence's subject.
    const described = describedVisitor(v, live, hit);
    if (described) {
      explain.push(`source: the one the visit describes «${described.text}»`);
      const visitors = dedupe(resolve(described, ctx));
      const out = visitRoles(v, live, hit, ctx, visitors, explain);
      if (out.length) return out;
      // «ölkəmizdə rəsmi səfərdə olan …», "who is on a visit": with no destination named, the host is the receiver's state.
      const home = countryActor(sources[0]?.actor.country ?? null);
      return home ? visitors.filter((f) => foreign(f.actor, home)).map((f) => ({ source: f, target: { actor: home, how: 'host: the receiver\'s state', weak: true }, host: null, explain: [...explain, 'host: the receiver\'s state'] })) : [];
    }
  }
  if (frame === 'visit' || frame === 'go' || frame === 'cooperate') return visitRoles(v, live, hit, ctx, sources, explain);
  if (frame === 'attend') return attendRoles(v, hit, live, subj, sources, ctx, explain);
  return directedRoles(v, live, hit, ctx, subj, sources, explain);
}

/** A filled role (actor and the rule that found it). */
export type { Filled };
