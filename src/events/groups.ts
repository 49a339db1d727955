/**
 * Who a sentence names as the actors of a trigger: the subject group (first nominative group, the head of a
 * participle clause, a passive agent, a genitive country of an unnamed title), the genitive owners of a
 * nominal trigger, and what collective subjects and pronouns stand for in the article's context.
 */
import type { Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { DocContext, Filled } from './context.ts';
import type { EventActor } from './types.ts';
import type { EventView, SentenceRange } from './view.ts';
import { isTurkic } from './grammar.ts';
import { isNominal, semicolonBefore } from './position.ts';
import { hasPossessive3, nominalChain } from '../entities/suffix-sets.ts';
import { countryActor } from './context.ts';
import { membersInText } from './bilateral.ts';

/** Argument kinds that can fill a role (places cannot). */
export const ACTOR_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'country', 'collective', 'pronoun', 'they', 'guest']);

/** True when an argument can fill a role. */
export const isActor = (a: Arg): boolean => ACTOR_KINDS.has(a.kind);

/** The actors an argument stands for (collectives and pronouns from the context). */
export function resolve(a: Arg, ctx: DocContext): Filled[] {
  // A bilateral body (the Kazakhstan–Azerbaijan Supreme Interstate Council) acts as its two member states.
  const members = a.actor?.id ? membersInText(a.actor.id, a.text) : undefined;
  if (members?.length) {
    return members.flatMap((iso) => {
      const actor = countryActor(iso);
      return actor ? [{ actor, how: `member state of «${a.text}»`, weak: false }] : [];
    });
  }
  if (a.actor) return [{ actor: a.actor, how: `${a.case} «${a.text}»`, weak: false }];
  if (a.kind === 'collective') return ctx.pair ? ctx.pair.map((x) => ({ actor: x, how: `collective «${a.text}» → context parties`, weak: true })) : [];
  if (a.kind === 'they') return ctx.subjects.map((x) => ({ actor: x, how: `«${a.text}» → last subject group`, weak: true }));
  // «Қонақты Мемлекет басшысы қабылдады», "the guest was received by …": the visitor of the visit the article reports.
  if (a.kind === 'guest') return ctx.visit ? [{ actor: ctx.visit.visitor, how: `«${a.text}» → the visitor in context`, weak: true }] : [];
  if (a.kind === 'pronoun') {
    const x = a.case === 'nom' ? ctx.subject : ctx.lastTarget;
    return x ? [{ actor: x, how: `pronoun «${a.text}» → ${a.case === 'nom' ? 'last subject' : 'last target'}`, weak: true }] : [];
  }
  return [];
}

/** Tokens before an act within which a speech verb ("X said that …") starts the clause its subject is sought in. */
const SAY_REACH = 30;

/**
 * The subject group: the first nominative actor group before the trigger (ru/en: after it when none); in
 * Turkic, the head of a participle clause the trigger stands in («Brüsseldə səfərdə olan X», «yüksək
 * qiymətləndirən X»); in Russian, a genitive country of an unnamed title («Посол Казахстана встретился»);
 * else a passive agent.
 */
export function subjectGroup(v: EventView, live: readonly Arg[], anchor: number, turkic: boolean): Arg[] {
  // ru/en "X said that …": X speaks; the act's subject is sought in the clause after the speech verb.
  // «Казахстанскую делегацию, прибывшую в Баку, …»: a participle after a comma acts through the noun before the comma.
  if (v.participleRu(anchor) && v.tokens[anchor - 1]?.text === ',') {
    const ante = live.find((a) => isActor(a) && a.t1 === anchor - 1);
    if (ante) return live.filter((a) => a.group === ante.group && isActor(a));
  }
  let from = turkic ? -1 : v.lastCue('say', Math.max(0, anchor - SAY_REACH), anchor);
  // «Токаев заявил о готовности провести переговоры»: with no clause of its own (no «что», "that", and no actor named
  // after the speech verb) the act is the speaker's.
  if (from >= 0 && !v.hasCue('complementizer', from + 1, anchor) && !live.some((a) => isActor(a) && a.kind !== 'pronoun' && a.case === 'nom' && a.t0 > from && a.t0 < anchor)) from = -1;
  // "Bayramov and Mirzoyan hold talks in Abu Dhabi; UN chief hails progress": a semicolon opens a clause of its own.
  if (!turkic) from = Math.max(from, semicolonBefore(v, from + 1, anchor));
  // «На полях саммита ШОС Токаев …», «ШЫҰ саммиті аясында Тоқаев …»: the body a summit is named after is its setting.
  const noms = live.filter((a) => isActor(a) && a.case === 'nom' && a.t0 > from && !summitName(v, a));
  let first = noms.find((a) => a.t0 < anchor);
  if (!first && turkic) {
    const after = noms.find((a) => a.t0 > anchor);
    if (after) {
      // «Жапаровпен өткен кездесуде Тоқаев …»: a meeting named in the locative is held by the main clause's subject.
      // «Телефон арқылы сөйлесу барысында Тоқаев …», «Telefon danışığı zamanı Əliyev …»: so is one named before a time postposition.
      if (v.ownCase(anchor) === 'loc' || v.hasCue('during', anchor + 1, after.t0)) first = after;
      else for (let i = anchor; i < after.t0; i++) if (v.participle(i)) { first = after; break; }
    }
  }
  // «ТЖМ-нің екі ұшағы … жеткізді», «Nazirliyinin təyyarəsi … çatdırıb»: the owner of a possessed subject acts.
  if (!first && turkic) first = live.find((a) => isActor(a) && a.case === 'gen' && a.t1 < anchor && ownsSubject(v, a, anchor));
  // «В МИД Таджикистана отвергли обвинения»: a plural past verb with no subject speaks for the body it is said in.
  if (!first && v.lang === 'ru' && v.endsAs(anchor, 'ending-past-pl') && v.verb(anchor).tense === 'past') {
    first = live.find((a) => a.kind === 'organization' && a.case === 'loc' && a.t1 <= anchor && a.actor?.country);
    // «В Баку требования Москвы отвергли»: so does a capital, for its state.
    const capital = first ? undefined : live.find((a) => a.kind === 'place' && a.capital && a.case === 'loc' && a.t1 <= anchor);
    const actor = capital ? countryActor(capital.place?.country ?? null) : null;
    if (capital && actor) return [{ ...capital, kind: 'country', actor, metonym: true }];
  }
  // «О готовности направить … заявили также в Министерстве по ЧС Казахстана»: so does a plural past speech verb of a
  // noun act, with the body before or after it.
  if (!first && v.lang === 'ru' && v.verb(anchor).tense !== 'past') {
    const sent = sentenceOf(v, anchor);
    const say = v.findCue('say', sent.t0, sent.t1);
    if (say >= 0 && v.endsAs(say, 'ending-past-pl') && v.verb(say).tense === 'past') first = live.find((a) => a.kind === 'organization' && a.case === 'loc' && a.actor?.country);
  }
  // "officials from Astana would hold consultations": people from a state, named by a noun before "from", act for it.
  if (!first && !turkic) first = live.find((a) => (a.kind === 'country' || a.kind === 'organization') && a.case === 'abl' && a.t0 > from && a.t1 <= anchor && v.is(a.t0 - 1, 'from') && v.tokens[a.t0 - 2]?.kind === 'word' && isNominal(v, a.t0 - 2) && !v.anchorsTrigger(a.t0 - 2));
  if (!first && !turkic) first = noms.find((a) => a.t0 > anchor);
  if (!first && v.lang === 'ru') first = live.find((a) => a.kind === 'country' && !a.adposition && (a.case === 'gen' || a.case === 'obl') && a.t0 < anchor);
  if (!first) first = live.find((a) => isActor(a) && a.case === 'agent');
  if (!first) return [];
  if (!turkic && first.kind === 'country') {
    // "Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu held talks": the state qualifies the titles of
    // the person named after them, who is the subject.
    const holder = noms.find((a) => a.t0 > first!.t0 && a.t0 < anchor && a.kind === 'person' && a.actor?.country === first!.actor?.country);
    if (holder && !breakBetween(v, first.t1, holder.t0)) first = holder;
  }
  const g = first.group;
  return live.filter((a) => a.group === g && isActor(a));
}

/** True when organization a names a summit next to it (саммит ШОС, ШЫҰ саммиті, ŞƏT sammiti, the SCO summit). */
export function summitName(v: EventView, a: Arg): boolean {
  return a.kind === 'organization' && (v.is(a.t0 - 1, 'summit') || v.is(a.t1, 'summit') || v.is(a.t1 - 1, 'summit'));
}

/** True when a clause or phrase break stands among tokens [from, to). */
export function breakBetween(v: EventView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (v.isBreak(i)) return true;
  return false;
}

/**
 * True when a possessed noun of a phrase that names no event of its own («dəvəti ilə» "at the invitation of",
 * «göstərişi ilə»; cue class not-event) stands among tokens [from, to): the genitive before it is its owner.
 */
function ownsBefore(v: EventView, live: readonly Arg[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = v.tokens[j];
    if (t?.kind === 'word' && hasPossessive3(t.suffixes) && v.is(j, 'not-event') && !live.some((a) => j >= a.t0 && j < a.t1)) return true;
  }
  return false;
}

/** Genitive owners of a nominal trigger: «Тоқаев пен Әлиевтің келіссөзі», «переговоры Токаева и Путина», "Nazarbayev's visit". */
export function ownerGroup(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>): Arg[] {
  const turkic = isTurkic(v.lang);
  const cand = live.filter((a) => isActor(a) && (a.case === 'gen' || a.case === 'obl'));
  const near = turkic
    // «Aşimbayevin dəvəti ilə … səfərə gedib»: a genitive owns the first possessed noun after it, not a later trigger.
    ? cand.filter((a) => a.t1 <= hit.first && hit.first - a.t1 <= 8 && !ownsBefore(v, live, a.t1, hit.first)).pop()
    // ru/en: the owner follows the noun, with no finite verb between («… разговора поздравил Жапарова»: no owner).
    : cand.find((a) => a.t0 > hit.last && a.t0 - hit.last <= 5 && !finiteBetween(v, hit.last + 1, a.t0)) ?? cand.filter((a) => a.t1 <= hit.first && hit.first - a.t1 <= 1).pop();
  if (!near) return [];
  const group = live.filter((a) => a.group === near.group && isActor(a));
  // «Azərbaycan–Özbəkistan Ali Dövlətlərarası Şurasının iclası»: the states naming a body with no state of its own.
  if (near.kind === 'organization' && !near.actor?.country) {
    const states = live.filter((a) => a.kind === 'country' && ((a.t1 <= near.t0 && near.t0 - a.t1 <= 3) || (a.t0 >= near.t1 && a.t0 - near.t1 <= 2)));
    if (states.length) return live.filter((a) => states.some((x) => x.group === a.group) && a.kind === 'country');
  }
  return group;
}

/** Word tokens between a Turkic genitive owner and the possessed noun it owns («министрлігінің екі ұшағы»). */
const OWNED_SUBJECT_REACH = 3;

/** True when Turkic genitive a owns a noun in the nominative with the third-person possessive, before the anchor: a possessed subject. */
function ownsSubject(v: EventView, a: Arg, anchor: number): boolean {
  let words = 0;
  for (let j = a.t1; j < anchor && words < OWNED_SUBJECT_REACH; j++) {
    const t = v.tokens[j];
    if (!t || v.isBreak(j)) return false;
    if (t.kind !== 'word') continue;
    words++;
    // A verbal noun («Şuranın yaradılması», the Council's founding) names an act, not a subject.
    if (hasPossessive3(t.suffixes)) return v.ownCase(j) === 'nom' && nominalChain(t.suffixes);
  }
  return false;
}

/** True when a finite verb (past or future) stands among tokens [from, to). */
function finiteBetween(v: EventView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = v.verb(i).tense;
    if (t === 'past' || t === 'future') return true;
  }
  return false;
}

/** True when the trigger word is a noun or verbal noun (визит, səfəri, кездесуі), not a finite verb. */
export function nominal(v: EventView, i: number): boolean {
  const t = v.verb(i).tense;
  return t === null || t === 'nonfinite';
}

/** The sentence holding token i. */
export function sentenceOf(v: EventView, i: number): SentenceRange {
  return v.sentences.find((s) => i >= s.t0 && i < s.t1) ?? NO_SENTENCE;
}

/** The empty range sentenceOf gives a token outside every sentence. */
const NO_SENTENCE: SentenceRange = { index: -1, start: 0, end: 0, t0: 0, t1: 0 };

/** The list without repeated actors (first kept). */
export function dedupe(list: Filled[]): Filled[] {
  const out: Filled[] = [];
  for (const f of list) if (!out.some((o) => o.actor.id === f.actor.id)) out.push(f);
  return out;
}

/** True when two actors can stand on two sides of an interstate event (different ids, not both of one state). */
export const foreign = (a: EventActor, b: EventActor): boolean => a.id !== b.id && (a.country === null || b.country === null || a.country !== b.country);
