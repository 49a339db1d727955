/**
 * Roles of the frames with one acting side: a visit's host is its destination (dative, «в» + noun, "to") or
 * locative; a summit's target its organization; a summoned envoy's target the envoy's state; the target of a
 * directed act (thanks, invitation, accusation) its dative or accusative object, else the partner in context.
 */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import { countryActor, type DocContext, type Filled } from './context.ts';
import type { EventActor } from './types.ts';
import type { EventView, SentenceRange } from './view.ts';
import type { Assignment } from './roles.ts';
import { dedupe, foreign, isActor, ownerGroup, resolve, sentenceOf } from './groups.ts';
import { isTurkic } from './grammar.ts';
import { isNominal, semicolonBefore } from './position.ts';

/** Directed acts whose unnamed target may be the partner in context (thanks after a visit); hostile acts need a named one. */
const CONTEXT_TARGET: ReadonlySet<string> = new Set(['SUPPORT', 'AGREE', 'COOPERATE']);

/** The destination or place of a visit: nearest place or country in the dative or locative (or object of a visit verb). */
function hostOf(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, visitors: readonly Filled[]): Arg | null {
  const turkic = isTurkic(v.lang);
  const ids = new Set(visitors.map((f) => f.actor.id));
  // The owner of a place visited is no destination of its own (Қазақстанның Ұлттық музейіне барды: a museum visit),
  // nor is a landmark: laying flowers at a memorial is protocol, not a visit to its state.
  const cand = live.filter((a) => (a.kind === 'place' || a.kind === 'country') && !a.owner && !a.site && !(a.actor && ids.has(a.actor.id)));
  const dest = (a: Arg): number => {
    // Russian and English name a destination with a preposition (в Баку, to Baku); a bare -у/-ю ending is no destination.
    if (!turkic && a.case === 'dat' && !a.adposition) return -1;
    if (a.case === 'dat') return 0;
    if (a.case === 'loc' || a.case === 'attr') return 1;
    if (!turkic && (a.case === 'nom' || a.case === 'obl' || a.case === 'acc') && a.t0 > hit.last && a.t0 - hit.last <= 3) return 2;
    return -1;
  };
  let best: Arg | null = null;
  let bestScore = Infinity;
  for (const a of cand) {
    const d = dest(a);
    if (d < 0) continue;
    const dist = a.t0 > hit.last ? a.t0 - hit.last : hit.first - a.t1;
    const score = d * 100 + dist;
    if (score < bestScore) { best = a; bestScore = score; }
  }
  return best;
}

/** Rank of an argument's case among a trigger's target cases; a passive agent ("adopted by X") comes last. */
function caseRank(pref: readonly string[], a: Arg): number {
  if (a.case === 'agent') return pref.length + 1;
  // A Russian accusative read from its ending (Турцию) ranks as the trigger's `obl` (genitive/accusative ending) when it lists no `acc`.
  const i = pref.indexOf(a.case);
  const j = i < 0 && a.case === 'acc' ? pref.indexOf('obl') : i;
  return j < 0 ? pref.length : j;
}

/**
 * A summoned envoy or a protest note: the target is the state whose envoy is named («Fransanın … səfiri»,
 * «посла Франции», "France's ambassador"); the source is the other actor of the sentence (the ministry that
 * summoned, the country the envoy serves in), else the subject or the article's subject.
 */
export function summon(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, sources: readonly Filled[], ctx: DocContext): Assignment | null {
  const s = sentenceOf(v, hit.first);
  const envoy = v.findCue('envoy', s.t0, s.t1);
  if (envoy < 0) return null;
  // The envoy's state stands before the envoy word in kk/az («Fransanın … səfiri») and in English ("France's
  // ambassador", "the French envoy"), after it in Russian and in "ambassador of France" (посла Франции).
  // The envoy named right after the envoy word ("Azerbaijan's ambassador Rahman Mustafayev", «Azərbaycanın səfiri Rəhman
  // Mustafayevi») is the target himself.
  const named = live.find((a) => a.kind === 'person' && a.actor?.country && a.t0 > envoy && a.t0 - envoy <= 2);
  const before = live.filter((a) => a.actor?.country && a.t1 <= envoy && envoy - a.t1 <= 3).pop();
  const after = live.find((a) => a.actor?.country && a.t0 > envoy && a.t0 - envoy <= 3);
  const t = named ?? (isTurkic(v.lang) ? before : v.lang === 'ru' ? after ?? before : before ?? after);
  const target = t?.actor;
  if (!target) return null;
  const other = live.find((a) => a !== t && a.actor && a.kind !== 'place' && a.actor.country !== target.country && a.case !== 'attr')?.actor
    ?? countryActor(live.find((a) => a !== t && a.place && a.place.country !== target.country)?.place?.country ?? null)
    ?? sources.find((f) => f.actor.country !== target.country)?.actor
    ?? (ctx.subject?.country !== target.country ? ctx.subject : null);
  if (!other) return null;
  return { source: { actor: other, how: 'the summoning side', weak: false }, target: { actor: target, how: `the envoy's state «${t.text}»`, weak: false }, host: null, explain: ['summoned envoy: source the summoning side, target the envoy\'s state'] };
}

/** Visits, arrivals and culture days: each visitor (owner) towards the host state of the destination. */
export function visitRoles(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext, sources: readonly Filled[], explain: readonly string[]): Assignment[] {
  const frame = hit.def.frame;
  if (frame === 'visit' && ctx.visit && openingVisit(v, hit) && ownerGroup(v, live, hit).length === 0) return [];
  const hostArg = hostOf(v, live, hit, sources);
  const host = hostArg?.place ?? null;
  const hostActor = hostArg?.kind === 'country' ? hostArg.actor : countryActor(host?.country ?? null);
  if (frame === 'cooperate' && sources.length >= 2) {
    const s0 = sources[0] as Filled;
    return sources.slice(1).filter((t) => foreign(s0.actor, t.actor)).map((t) => ({ source: s0, target: t, host, explain: [...explain, 'target: second owner'] }));
  }
  if (!hostActor) {
    if (frame === 'visit' && ctx.visit && sources.some((s) => s.actor.country === ctx.visit?.visitor.country)) {
      const vis = ctx.visit;
      return [{ source: { actor: vis.visitor, how: 'visit in context', weak: true }, target: { actor: vis.host, how: 'host of the visit in context', weak: true }, host: vis.place, explain: [...explain, 'host: visit in context'] }];
    }
    return [];
  }
  const target: Filled = { actor: hostActor, how: `host: ${hostArg?.case} «${hostArg?.text}»`, weak: false };
  return sources.filter((s) => foreign(s.actor, hostActor)).map((s) => ({ source: s, target, host, explain: [...explain, target.how] }));
}

/**
 * "The visit comes a year after the summit in Samarkand", «Визит проходит на фоне …»: in ru/en a visit noun opening the
 * sentence with no destination or owner of its own is the visit the article reports, and what follows is said of it.
 */
function openingVisit(v: EventView, hit: Hit<TriggerDef>): boolean {
  if (isTurkic(v.lang) || hit.tokens.length !== 1 || !isNominal(v, hit.first)) return false;
  const s = sentenceOf(v, hit.first);
  const start = v.isArticle(s.t0) ? s.t0 + 1 : s.t0;
  if (hit.first !== start) return false;
  const next = hit.last + 1;
  return !['to', 'in', 'of', 'by', 'from', 'with'].some((c) => v.is(next, c)) && v.cueAt[next]?.cls !== 'to';
}

/** Tokens between a participation trigger and the first participant it introduces («с участием глав МИД России …»). */
const INTRODUCED_REACH = 6;
/** Tokens between a participation verb and one more participant named with "along with" (across the meeting and titles). */
const ALONG_REACH = 10;
/** Tokens between a chair cue and the chair's name (across titles in ru/en; the genitive right before it in kk/az). */
const CHAIR_REACH = 12;

/** The person a chair cue of the sentence names («под председательством X», "under the chairmanship of X", «X-in sədrliyi ilə»). */
export function chairOf(v: EventView, s: SentenceRange, live: readonly Arg[]): Arg | undefined {
  const c = v.findCue('chair', s.t0, s.t1);
  if (c < 0) return undefined;
  return isTurkic(v.lang)
    ? live.find((x) => x.kind === 'person' && x.actor && x.t1 <= c && c - x.t1 <= 1)
    : live.find((x) => x.kind === 'person' && x.actor && x.t0 > c && x.t0 - c <= CHAIR_REACH);
}

/** Participation in a summit: each participant towards the organization (or a foreign state named in the genitive); participants of several states and no body meet each other. */
export function attendRoles(v: EventView, hit: Hit<TriggerDef>, live: readonly Arg[], subj: readonly Arg[], sources: readonly Filled[], ctx: DocContext, explain: readonly string[]): Assignment[] {
  // «… состоялось совещание с участием A, B и C»: the participants are the group the trigger introduces, and the
  // one named after «под председательством» chairs.
  const introduced = !isTurkic(v.lang) ? live.filter((a) => a.case === 'com' && a.actor && a.t0 > hit.last && a.t0 - hit.last <= INTRODUCED_REACH) : [];
  const group = introduced[0] ? live.filter((a) => a.group === introduced[0]?.group && a.actor) : [];
  if (group.length >= 2) {
    const named = chairOf(v, sentenceOf(v, hit.first), live);
    const chair = named && named.t1 <= hit.first ? named : undefined;
    sources = dedupe([...(chair ? resolve(chair, ctx) : []), ...group.flatMap((a) => resolve(a, ctx))]);
    subj = [];
  } else if (group.length <= 1 && sources.length > 0 && !isTurkic(v.lang)) {
    // "A, B and C attended the meeting, along with Azerbaijani President D": one more participant.
    const along = live.find((a) => a.case === 'com' && a.actor && a.t0 > hit.last && a.t0 - hit.last <= ALONG_REACH);
    if (along) sources = dedupe([...sources, ...resolve(along, ctx)]);
  }
  // «Армению представлял вице-премьер Григорян», "Kazakhstan was represented by X": a participant of no known state
  // stands for the one state the sentence names as what is represented (the object, in the accusative in kk/az/ru).
  const represented = live.filter((a) => a.kind === 'country' && a.actor && (a.case === 'acc' || (v.lang === 'en' && a.case === 'nom' && a.t0 > hit.last)));
  const state = represented.length === 1 ? represented[0]?.actor?.country ?? null : null;
  if (state) sources = sources.map((f) => (f.actor.country === null && f.actor.kind === 'person' ? { ...f, actor: { ...f.actor, country: state }, how: `${f.how}, representing «${represented[0]?.text}»` } : f));
  const ids = new Set(sources.map((s) => s.actor.id));
  const body = live.find((a) => a.kind === 'organization' && a.actor && !ids.has(a.actor.id));
  // «Саммит жұмысына A, B, C қатысты», «В нем приняли участие A, B, а также заместитель министра Казахстана», "the meeting
  // brought together A, B and C": participants of several states (a bare title among them stands for its state) and
  // no body named meet each other; the one the article follows (its last subject, who chaired or hosted), else the
  // first named, meets each of the others.
  const titled = subj.filter((a) => a.kind === 'country' && a.actor && !ids.has(a.actor.id)).flatMap((a) => resolve(a, ctx));
  const participants = [...sources, ...titled];
  const states = new Set(participants.map((s) => s.actor.country).filter((c) => c !== null));
  // "The meeting, co-chaired by Jaishankar and Saidov, brought together A, B and C": the chair hosts, the co-chairs take part.
  const chairs = live.filter((a) => a.case === 'agent' && a.actor && a.kind === 'person' && !ids.has(a.actor.id));
  const chairActors = chairs.length && chairs.every((a) => a.group === chairs[0]?.group) ? chairs.flatMap((a) => resolve(a, ctx)) : [];
  if (chairActors.length) participants.push(...chairActors.slice(1));
  const followed = chairActors[0]?.actor ?? (ctx.subject && ctx.subject.country ? ctx.subject : null);
  // «Саммитке Мерц пен Орталық Азия елдерінің көшбасшылары қатысты»: one named participant beside a collective of the
  // others, among whom the one the article follows.
  const withOthers = states.size === 1 && live.some((a) => a.kind === 'collective' && a.case === 'nom') && followed !== null && !states.has(followed.country ?? '');
  // «Армению на нем представлял вице-премьер Григорян», "X took part in it": a participant of the session or summit the
  // sentence before named meets the one the article follows there (its chair or host).
  const inIt = v.hasCue('it', sentenceOf(v, hit.first).t0, sentenceOf(v, hit.first).t1) && followed !== null && participants.length > 0 && participants.every((p) => foreign(followed, p.actor));
  if (!body && (states.size >= 2 || withOthers || inIt)) {
    const host: Filled = followed ? (participants.find((s) => s.actor.id === followed.id) ?? { actor: followed, how: 'the subject in context (host or chair)', weak: true }) : participants[0]!;
    return participants.filter((s) => foreign(host.actor, s.actor)).map((s) => ({ source: host, target: s, host: null, explain: [...explain, `meeting of the participants: ${host.how} → each`] }));
  }
  const org = body
    ?? live.find((a) => a.case === 'gen' && a.actor && a.kind !== 'place' && !ids.has(a.actor.id) && sources.every((s) => foreign(s.actor, a.actor as EventActor)));
  const target: Filled | null = org?.actor ? { actor: org.actor, how: `${org.kind} «${org.text}»`, weak: false } : null;
  return sources.map((s) => ({ source: s, target, host: null, explain: [...explain, `target: ${target?.how ?? 'none'}`] }));
}

/** Tokens between a rejection and the claim it rejects («мәлімдемені негізсіз деп … жоққа шығарды», "rejected the claim"). */
const CLAIM_REACH = 6;

/**
 * True when the claim a rejection rejects is named beside it: after it in ru/en, before it in kk/az, or inside a
 * trigger of several words («назвали обвинения необоснованными», "called the accusations unfounded").
 */
function rejectsClaim(v: EventView, hit: Hit<TriggerDef>): boolean {
  const s = sentenceOf(v, hit.first);
  return isTurkic(v.lang)
    ? v.hasCue('claim', Math.max(s.t0, hit.first - CLAIM_REACH), hit.last)
    : v.hasCue('claim', hit.first + 1, Math.min(s.t1, hit.last + 1 + CLAIM_REACH));
}

/** Directed acts: each source towards its object, nearest in the trigger's target cases, else the partner in context. */
export function directedRoles(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>, ctx: DocContext, subj: readonly Arg[], sources: readonly Filled[], explain: readonly string[]): Assignment[] {
  const turkic = isTurkic(v.lang);
  const anchor = hit.tokens[0] ?? hit.first;
  const targetCases = hit.def.target;
  const sourceIds = new Set(sources.map((s) => s.actor.id));
  // A semicolon bounds the clause its object is sought in ("X and Y hold talks; UN chief hails progress").
  const sent = sentenceOf(v, anchor);
  let c0 = sent.t0;
  let c1 = sent.t1;
  if (!turkic) {
    const semi = semicolonBefore(v, sent.t0, anchor);
    if (semi >= 0) c0 = semi + 1;
    // "condemned the attack and expressed solidarity with Pakistan": "and" before another finite verb closes the clause.
    for (let i = hit.last + 1; i < sent.t1; i++) {
      if (v.tokens[i]?.text === ';' || (v.is(i, 'coord') && [1, 2].some((k) => v.verb(i + k).tense === 'past' && v.tokens[i + k]?.text === v.tokens[i + k]?.lower && !v.tokens[i + k]?.text.includes('-')))) { c1 = i; break; }
    }
  }
  // «направить в Турцию»: в/на with the accusative is a direction, not a place («в Турции»).
  const direction = (a: Arg): boolean => v.lang === 'ru' && a.kind === 'country' && (v.ownCase(a.t0) === 'acc' || v.ownCase(a.t0) === 'nom');
  const cands = live.filter((a) => isActor(a) && a.t0 >= c0 && a.t1 <= c1 && !subj.includes(a) && !(a.actor && sourceIds.has(a.actor.id)) && (a.case !== 'loc' || direction(a))
    // An ablative is a target only where the trigger lists it (Fransadan tələb edib: demanded of France).
    && (a.case !== 'abl' || targetCases.includes('abl')));
  // Objects stand before the verb in kk/az, after it in ru/en.
  const distance = (a: Arg): number => (turkic ? (a.t0 < anchor ? anchor - a.t0 : 1000 + a.t0) : (a.t0 > anchor ? a.t0 - anchor : 1000 + anchor - a.t0));
  const ordered = [...cands].sort((a, b) => caseRank(targetCases, a) - caseRank(targetCases, b) || distance(a) - distance(b));
  const out: Assignment[] = [];
  for (const s of sources) {
    let targets: Filled[] = [];
    // «Gəncə şəhərinə … raket hücumu», «обстреляли Гянджу»: an attack on a place of another state is on that state, not on
    // the one the attack is reported to («rusiyalı həmkarına … bildirib»).
    if (hit.def.type === 'ASSAULT') {
      const struck = live.find((a) => a.kind === 'place' && (a.case === 'dat' || a.case === 'acc') && a.place?.country && a.place.country !== s.actor.country);
      const state = countryActor(struck?.place?.country ?? null);
      if (struck && state) {
        out.push({ source: s, target: { actor: state, how: `the place struck «${struck.text}»`, weak: false }, host: null, explain: [...explain, `target: the place struck «${struck.text}»`] });
        continue;
      }
    }
    for (const a of ordered) {
      const fs = resolve(a, ctx).filter((x) => foreign(s.actor, x.actor));
      // A collective object stands for each party it names ("congratulated both leaders"); a named one is one target;
      // so do the parties of a thing between them ("welcomed the agreement between Azerbaijan and Armenia").
      if (fs.length) {
        targets = a.kind === 'collective' || a.kind === 'they' ? fs : fs.slice(0, 1);
        // Coordinated objects are each a target ("called on Azerbaijan and Armenia", «Azərbaycanı və Ermənistanı … çağırıb»);
        // a group a conjunction joins, or a comma list of one kind ("sanctions Kyrgyz, Kazakh firms"), not a comma between a
        // city and a body («Захарова раскритиковала Кишинев, МИД Казахстана опроверг …»: two clauses).
        const group = ordered.filter((b) => b.group === a.group);
        const joined = group.length > 1 && (group.every((b) => b.kind === a.kind) || v.hasCue('coord', Math.min(...group.map((b) => b.t1)), Math.max(...group.map((b) => b.t0))));
        for (const b of joined ? group : []) {
          if (b === a || b.kind === 'place') continue;
          for (const x of resolve(b, ctx)) if (foreign(s.actor, x.actor) && !targets.some((t) => t.actor.id === x.actor.id)) targets.push(x);
        }
        if (a.case === 'between') targets = ordered.filter((b) => b.group === a.group && b.case === 'between').flatMap((b) => resolve(b, ctx)).filter((x) => foreign(s.actor, x.actor));
        break;
      }
    }
    // Aid sent to a city goes to its state ("delivered flour to Kabul", «Бишкекке жөнелтілді»); aid that arrived in a
    // state or a city went there («В Кыргызстан прибыл гуманитарный груз»).
    if (!targets.length && hit.def.type === 'AID') {
      // "left Termez for Mazar-i-Sharif": a city after the preposition of a reason is where the aid goes.
      const dest = live.find((a) => (a.kind === 'place' || a.kind === 'country') && (a.case === 'dat' || a.case === 'loc' || (a.kind === 'place' && v.is(a.t0 - 1, 'reason'))) && a.place?.country && a.place.country !== s.actor.country);
      const state = countryActor(dest?.place?.country ?? null);
      if (state) targets = [{ actor: state, how: `destination «${dest?.text}»`, weak: false }];
      // «зардап шеккен өңірге … жіберді», "sent to the quake-hit areas": the state the disaster in context struck.
      else if (ctx.disaster && foreign(s.actor, ctx.disaster) && v.hasCue('disaster', sent.t0, sent.t1)) targets = [{ actor: ctx.disaster, how: 'the state struck by the disaster in context', weak: true }];
    }
    // "Badalyan rejected the claim", «назвали обвинения необоснованными»: a rejection naming no one answers the last
    // accusation or claim the article reports.
    if (!targets.length && hit.def.type === 'REJECT' && ctx.accuser && foreign(s.actor, ctx.accuser) && rejectsClaim(v, hit)) {
      targets = [{ actor: ctx.accuser, how: 'the author of the claim in context', weak: true }];
    }
    // «Азербайджанская сторона потребовала провести расследование» after a protest: a demand naming no one is made in
    // the protest, of the one it was aimed at (coding conventions: a demand in a protest note is a REQUEST).
    if (!targets.length && (hit.def.type === 'REQUEST' || hit.def.type === 'THREATEN') && ctx.accused && ctx.accuser?.country === s.actor.country && foreign(s.actor, ctx.accused)) {
      targets = [{ actor: ctx.accused, how: 'the one the protest in context was aimed at', weak: true }];
    }
    if (!targets.length && CONTEXT_TARGET.has(hit.def.type)) {
      // "Rubio welcomed the initialling", "UN chief hails progress": a welcome from a third party of what the pair in
      // context did is praise of each.
      const pair = ctx.pair;
      if (hit.def.type === 'SUPPORT' && v.is(anchor, 'welcome') && pair && pair.every((x) => x.country !== null && x.country !== s.actor.country && x.id !== s.actor.id)) {
        targets = pair.map((x) => ({ actor: x, how: 'the pair in context, praised by a third party', weak: true }));
      } else {
        const p = ctx.partnerOf(s.actor);
        if (p) targets = [{ actor: p, how: 'partner from context', weak: true }];
      }
    }
    for (const target of targets) {
      // A joint act of the parties («Tərəflər … hazır olduqlarını bildiriblər», "the sides expressed readiness") is one
      // event, from the first party to the other, not one each way.
      if (target.weak && out.some((o) => o.source?.actor.id === target.actor.id && o.target?.actor.id === s.actor.id)) continue;
      out.push({ source: s, target, host: null, explain: [...explain, `target: ${target.how}`] });
    }
  }
  return out;
}

/**
 * An invitation accepted by a named acceptor («шақыруды қабыл алды», «dəvəti qəbul edərək», "accepted the invitation"):
 * a promise of the one invited to the inviter of the invitation the article reported last, else to the partner in
 * context.
 */
export function acceptRoles(subj: readonly Arg[], ctx: DocContext, explain: readonly string[]): Assignment[] {
  const inv = ctx.invited;
  const named = dedupe(subj.filter(isActor).flatMap((a) => resolve(a, ctx)))[0];
  // The acceptor is named: an acceptance in the passive («Dəvət məmnunluqla qəbul olunub») is a courtesy of the report.
  const acceptor: Filled | undefined = named && !(inv && named.actor.id === inv.inviter.id) ? named : undefined;
  if (!acceptor) return [];
  const partner = ctx.partnerOf(acceptor.actor);
  const inviter: Filled | null = inv && foreign(acceptor.actor, inv.inviter) ? { actor: inv.inviter, how: 'the inviter in context', weak: true }
    : partner ? { actor: partner, how: 'partner from context', weak: true } : null;
  if (!inviter) return [];
  return [{ source: acceptor, target: inviter, host: null, explain: [...explain, `invitation accepted: ${acceptor.how} → ${inviter.how}`] }];
}
