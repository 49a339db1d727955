/** The parties of a symmetric act (meeting, call, signing, agreement, session), in order of mention. */
import { dashJoined, type Arg } from './args.ts';
import type { Case } from './grammar.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { DocContext, Filled } from './context.ts';
import type { EventView } from './view.ts';
import { breakBetween, dedupe, isActor, ownerGroup, resolve, sentenceOf } from './groups.ts';
import { isTurkic } from './grammar.ts';
import { isNominal } from './position.ts';

/**
 * The two sides of a symmetric act whose subject names several actors and whose partners are named apart
 * («Azərbaycan və Türkiyə Qazaxıstan ilə saziş imzalayıb»): each subject acts with each partner, not with
 * the other subjects.
 */
export interface Sides { subjects: Filled[]; partners: Filled[] }

/** Tokens between a visit noun and the name of its visitor (Xi’s state visit; визиту Си Цзиньпина; Си Цзиньпиннің сапары). */
const VISITOR_REACH = 3;
/** Tokens after a meeting verb within which "… Ambassador of X" names the partner state (en). */
const ENVOY_REACH = 12;
/** Tokens before a name within which "led by", "headed by" may stand, across the leader's titles (en). */
const LED_REACH = 5;

/** True when a led-by cue stands within {@link LED_REACH} tokens before token i. */
function ledAt(v: EventView, i: number): boolean {
  return v.lastCue('led-by', Math.max(0, i - LED_REACH), i) >= 0;
}

/**
 * Visitors of a visit that is what a discussion verb's parties discuss ("discuss preparations for Xi's state visit",
 * «обсудили подготовку к визиту Си Цзиньпина», «Си Цзиньпиннің сапарына дайындықты талқылады»): the visit's owners,
 * named after the verb in ru/en and before it in kk/az, are its topic, not parties of the discussion.
 */
function visitOwners(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>): Arg[] {
  const s = sentenceOf(v, hit.first);
  const turkic = isTurkic(v.lang);
  const visits = v.triggerHits(s).flat().filter((h) => (h.def.frame === 'visit' || h.def.frame === 'go') && isNominal(v, h.first) && (turkic ? h.last < hit.first : h.first > hit.last));
  return live.filter((a) => isActor(a) && visits.some((h) => (a.t1 <= h.first && h.first - a.t1 <= VISITOR_REACH && (turkic || a.t0 > hit.last)) || (!turkic && a.t0 > h.last && a.t0 - h.last <= 1)));
}

/**
 * Parties of a symmetric act (meeting, call, signing, agreement, session) in order of mention; `sides`, when
 * given, receives the subjects and partners apart when the subject names two states or more and a partner
 * (comitative, agent, object) is named too.
 */
export function parties(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext, subj: Arg[], explain: string[], sides?: Sides): Filled[] {
  const frame = hit.def.frame;
  const turkic = isTurkic(v.lang);
  const discussVerb = v.is(hit.first, 'discuss') && !isNominal(v, hit.first);
  if (live.some((a) => a.topic)) live = live.filter((a) => !a.topic);
  if (v.is(hit.first, 'discuss')) {
    const visitors = visitOwners(v, live, hit);
    if (visitors.length) live = live.filter((a) => !visitors.includes(a));
  }
  const okCase = (a: Arg): boolean => {
    const c: Case = a.case;
    // «рассмотрели ход проекта, который осуществляется совместно с Казахстаном»: no partner inside a relative clause.
    if (!turkic && a.t0 > hit.last && v.hasCue('relative', hit.last + 1, a.t0)) return false;
    if (c === 'com' || hit.def.partnerCases.includes(c)) return true;
    // "talks hosted by the UAE": the host of the talks is no party to them.
    if (c === 'agent') return (frame === 'meet' || frame === 'phone') && (turkic ? a.t1 <= hit.first && hit.first - a.t1 <= 3 : a.t0 > hit.last && a.t0 - hit.last <= 4 && !v.hasCue('host', hit.last + 1, a.t0));
    // After a discussion verb with a subject, «between A and B» is what was discussed («стороны обсудили переговоры между …»).
    if (c === 'between') return !subj.length || (Math.abs(a.t0 - hit.first) <= 6 && !discussVerb);
    if (c === 'acc' || c === 'obl') return frame === 'meet' || frame === 'phone';
    // «принял посла Азербайджана»: the state of the envoy received or called.
    if (c === 'gen') return (frame === 'meet' || frame === 'phone') && a.kind === 'country' && a.t0 > hit.last && v.is(a.t0 - 1, 'envoy');
    if (c === 'dat') return frame === 'phone' || (frame === 'meet' && !isTurkic(v.lang));
    // English objects carry no case: the bare noun phrase after the verb ("met Aliyev and Asadov").
    // Not across a clause break ("X and Y hold talks in Abu Dhabi; UN chief hails progress").
    // The state of an envoy may stand further on ("received the credentials of the newly appointed Ambassador of Japan").
    if (c === 'nom' && v.lang === 'en') {
      // So may the leader of a delegation received ("received a delegation led by Prime Minister X").
      const reach = (v.is(a.t0 - 2, 'envoy') && v.is(a.t0 - 1, 'of')) || ledAt(v, a.t0) ? ENVOY_REACH : 6;
      return (frame === 'meet' || frame === 'phone') && a.t0 > hit.last && a.t0 - hit.last <= reach && !breakBetween(v, hit.last + 1, a.t0);
    }
    return false;
  };
  // A named or collective subject makes the parties; «between A and B» does when there is none (a topic otherwise:
  // "the sides discussed relations between Azerbaijan and Armenia").
  const between = live.filter((a) => a.case === 'between' && isActor(a));
  let group = subj.length ? subj : between;
  if (group.length === 0) group = ownerGroup(v, live, hit);
  // «Тараптар Қазақстан–Моңғолия үкіметаралық комиссиясының кезекті отырысын … өткізуге уағдаласты»: "the sides" are the
  // two states a dash joins in the sentence (a body's owners), not the pair an earlier sentence named.
  if (subj.length && subj.every((a) => a.kind === 'collective')) {
    const dashed = live.filter((a) => isActor(a) && a.actor?.country && live.some((b) => b !== a && isActor(b) && b.actor?.country && b.actor.country !== a.actor?.country && (dashJoined(v, a, b) || dashJoined(v, b, a))));
    if (dashed.length >= 2) group = dashed;
  }
  const first = live.filter((a) => isActor(a) && !group.includes(a) && okCase(a));
  const partners = live.filter((a) => isActor(a) && !group.includes(a) && first.some((f) => f.group === a.group));
  // «По итогам заседания подписано 12 документов», "12 documents were signed": a signing that names no one at all is
  // one of the pair the article follows.
  if (frame === 'sign' && ctx.pair && !live.some(isActor)) {
    explain.push('parties: none named, the pair in context');
    return ctx.pair.map((x) => ({ actor: x, how: 'the pair in context', weak: true }));
  }
  const all = [...group, ...partners].sort((a, b) => a.t0 - b.t0);
  if (frame === 'phone' && subj.length) all.sort((a, b) => (subj.includes(b) ? 1 : 0) - (subj.includes(a) ? 1 : 0));
  // "the heads of state signed the Awaza Declaration", «üç ölkənin liderləri Birgə Bəyanat qəbul ediblər» after a gathering
  // of three states or more: its host with each of the others (not «министры … двух стран», a pair). So does a next
  // summit or trilateral the sides agree on («Tərəflər növbəti üçtərəfli görüşün … keçirilməsi barədə razılığa gəliblər»).
  const sent = sentenceOf(v, hit.first);
  const g = ctx.gathering;
  if ((frame === 'sign' || frame === 'agree' || ((frame === 'meet' || frame === 'session') && v.hasCue('summit', sent.t0, sent.t1))) && g && g.members.length >= 2 && !v.hasWord('dual', sent.t0, sent.t1) && live.some((a) => a.kind === 'collective') && group.every((a) => a.kind === 'collective') && !live.some((a) => isActor(a) && a.actor?.country)) {
    explain.push('parties: collective after a gathering → its host and each of the others');
    return [{ actor: g.host, how: 'host of the gathering in context', weak: true }, ...g.members.map((m) => ({ actor: m, how: 'member of the gathering in context', weak: true }))];
  }
  // «мемлекет басшылары декларацияға қол қойды» after a summit: the article's participant and the summit's body.
  if (ctx.summit && group.length > 0 && group.every((a) => a.kind === 'collective') && v.hasCue('summit', sent.t0, sent.t1)) {
    explain.push('parties: collective at a summit → the participant and the summit body');
    return [{ actor: ctx.summit.source, how: 'summit participant in context', weak: true }, { actor: ctx.summit.org, how: 'summit body in context', weak: true }];
  }
  // Several subjects, named or standing for the parties in context with a partner named apart ("the ministers were
  // received by X"; not «between A and B», which after a collective subject is the topic of their talks).
  const named = subj.length > 1 || partners.some((a) => (a.case === 'agent' || a.case === 'com') && a.actor?.country);
  const subjects = sides && partners.length > 0 && named ? dedupe(subj.flatMap((a) => resolve(a, ctx))) : [];
  if (sides && subjects.length > 1 && partners.length > 0) {
    const others = dedupe(partners.flatMap((a) => resolve(a, ctx))).filter((p) => !subjects.some((s) => s.actor.id === p.actor.id));
    const states = new Set(subjects.map((f) => f.actor.country).filter((c) => c !== null));
    if (states.size > 1 && others.length > 0) {
      // One subject per state: a president and a minister of one state are one side.
      sides.subjects = subjects.filter((f, i) => f.actor.country === null || subjects.findIndex((g) => g.actor.country === f.actor.country) === i);
      sides.partners = others;
    }
  }
  let out = dedupe(all.flatMap((a) => resolve(a, ctx)));
  // A body with no state («Жоғары мемлекетаралық кеңес», the summit's organization) is no party beside two states.
  if (out.filter((f) => f.actor.country !== null).length >= 2) out = out.filter((f) => f.actor.country !== null);
  if (out.length === 1 && out[0]?.actor.country === null && out[0].actor.kind === 'organization' && ctx.pair
    && v.hasCue('next', Math.max(sent.t0, hit.first - 3), hit.first) && !v.hasCue('summit', sent.t0, sent.t1)) {
    // The next session of a body with no state of its own, alone («Следующее заседание межправкомиссии …»), not a
    // summit's: one between the article's pair, whose body it is.
    out = ctx.pair.map((x) => ({ actor: x, how: 'parties from context (a body with no state)', weak: true }));
  } else if (out.length === 1) {
    const only = out[0] as Filled;
    const p = ctx.partnerOf(only.actor);
    if (p) out = [only, { actor: p, how: 'partner from context', weak: true }];
    // "Bayramov held several meetings … At a meeting with Saidov, the ministers discussed …": the subject the article
    // follows meets the partner named.
    else if (frame === 'meet' && ctx.subject && subj.every((a) => a.kind === 'collective') && partners.some((a) => a.case === 'com')
      && ctx.subject.country !== null && ctx.subject.country !== only.actor.country) {
      out = [{ actor: ctx.subject, how: 'subject carried from an earlier sentence', weak: true }, only];
    }
  } else if (out.length === 0 && ctx.pair) {
    out = ctx.pair.map((x) => ({ actor: x, how: 'parties from context', weak: true }));
  }
  explain.push(`parties: ${out.map((f) => f.how).join('; ') || 'none'}`);
  return out;
}
