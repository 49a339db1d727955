/**
 * Status and polarity of a trigger: planned when its verb is future or intentional (kk -мақ, -ады/-еді,
 * -атын; az -acaq/-əcək) or a planned cue stands near it (жоспарлануда, gözlənilir, планируется,
 * состоится, will, is expected to), or its date lies after publication; negated when its verb carries a
 * negative suffix or a negation word governs it.
 */
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { ChosenHit } from './select.ts';
import type { EventView, SentenceRange } from './view.ts';
import { isTurkic, type Tense } from './grammar.ts';

/** Status of one trigger with the rule that decided it. */
export interface StatusResult { status: 'occurred' | 'planned'; negated: boolean; why: string }

/** Tokens after a Turkic trigger searched for its finite verb. */
const VERB_REACH = 8;

function isFinite(t: Tense): t is 'past' | 'future' | 'present' {
  return t === 'past' || t === 'future' || t === 'present';
}

function upper(v: EventView, i: number): boolean {
  const t = v.tokens[i]?.text ?? '';
  return t !== '' && t.charAt(0) !== t.charAt(0).toLowerCase();
}

/**
 * The finite verb governing a Turkic trigger: the trigger's own word when finite, else the next finite word after it;
 * `via`: a verbal noun or infinitive met on the way (-у, -ma/-mə, -maq), whose object the trigger is («келесі отырысын …
 * өткізу туралы уағдаластыққа қол жеткізілді», «növbəti iclasının … keçirilməsi barədə razılığa gəliblər»): the finite
 * verb then tells when the holding was decided, not when it happens.
 */
function turkicVerb(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): { at: number; tense: Tense; neg: boolean; via: number } {
  for (let i = hit.last; i >= hit.first; i--) {
    const k = hit.tokens.indexOf(i);
    if (k < 0) continue;
    const r = v.verbAs(i, hit.def.words[k] ?? []);
    if (isFinite(r.tense)) return { at: i, ...r, via: -1 };
  }
  let via = -1;
  for (let i = hit.last + 1; i < s.t1 && i <= hit.last + VERB_REACH; i++) {
    const tok = v.tokens[i];
    if (!tok || tok.kind !== 'word' || upper(v, i)) continue;
    if (v.is(i, 'planned')) return { at: i, tense: 'future', neg: false, via };
    const r = v.verb(i);
    // A future participle before its noun («Каспий арқылы өтетін дәліз», "the corridor passing through") belongs to a
    // relative clause: the trigger's verb comes later.
    if (r.tense === 'future' && r.ptcp && v.tokens[i + 1]?.kind === 'word') continue;
    if (r.tense === 'nonfinite' && via < 0) via = i;
    if (isFinite(r.tense)) return { at: i, tense: r.tense, neg: r.neg, via };
  }
  return { at: -1, tense: null, neg: false, via };
}

/** How far past an English trigger its clause is read for a future marker (tokens). */
const CLAUSE_REACH = 16;

/** Status and negation of a trigger; `later` is true when the event's own date falls after publication. */
export function statusOf(v: EventView, s: SentenceRange, hit: ChosenHit, later: boolean): StatusResult {
  const anchor = hit.tokens[0] ?? hit.first;
  if (hit.agreed) return { status: 'planned', negated: false, why: 'an occasion the parties agreed to hold' };
  // «dəvəti qəbul edərək … iştirak edəcəyini təsdiqləyib»: accepting is done; what is to come is the occasion accepted.
  if (hit.def.frame === 'accept') return { status: 'occurred', negated: false, why: 'an invitation accepted' };
  if (isTurkic(v.lang)) {
    const verb = turkicVerb(v, s, hit);
    const negCue = verb.at >= 0 && v.hasCue('negation', verb.at + 1, verb.at + 3);
    // «belə bir səfərin baş tutması məqsədəuyğun deyil»: a negation right after the verbal noun the trigger is the object of.
    const negVia = verb.via >= 0 && v.hasCue('negation', verb.via + 1, Math.min(s.t1, verb.via + 4));
    const negated = verb.neg || negCue || negVia;
    const cueEnd = verb.at >= 0 ? verb.at + 4 : s.t1;
    const cue = v.findCue('planned', hit.first, Math.min(s.t1, cueEnd));
    if (cue >= 0) return { status: 'planned', negated, why: `planned cue «${v.tokens[cue]?.text}»` };
    if (verb.tense === 'future') return { status: 'planned', negated, why: `future or intent form «${v.tokens[verb.at]?.text}»` };
    // The next session, to be held (a verbal noun of holding after it), or one so dated after publication: still to come.
    if (verb.via >= 0 && (later || v.hasCue('next', Math.max(s.t0, hit.first - 3), hit.first))) return { status: 'planned', negated, why: `the object of «${v.tokens[verb.via]?.text}», the next one or dated after publication` };
    // «… сапарын талқылады», «… səfəri ilə bağlı … müzakirə ediblər»: a discussion verb's past is the discussion's,
    // not that of the act discussed, which a later date places ahead.
    const discussed = verb.at > hit.last && !v.is(anchor, 'discuss') && v.hasCue('discuss', verb.at - 1, verb.at + 1);
    if (later && (verb.tense !== 'past' || discussed)) return { status: 'planned', negated, why: discussed ? 'discussed, dated after publication' : 'date after publication' };
    return { status: 'occurred', negated, why: verb.at >= 0 ? `${verb.tense} form «${v.tokens[verb.at]?.text}»` : 'no future marker' };
  }
  const negated = v.hasCue('negation', anchor - 3, anchor);
  let cue = v.findCue('planned', Math.max(s.t0, anchor - 6), Math.min(s.t1, hit.last + 4));
  if (cue < 0 && (v.lang === 'en' || (v.lang === 'ru' && v.verb(anchor).tense === null && !governedNoun(v, s, anchor)))) {
    // An English or Russian noun trigger heads a subject whose verb follows its modifiers ("The next meeting of the …
    // Commission will be held …", «Визит президента Турции в Туркменистан отложен»): the rest of the clause, up to a
    // break, is read too.
    let end = hit.last + 4;
    // It ends at a clause of its own ("… and expressed confidence that the partnership would grow": not this act's future).
    while (end < s.t1 && end < hit.last + CLAUSE_REACH && !v.isBreak(end) && !v.is(end, 'complementizer')) end++;
    cue = v.findCue('planned', hit.last + 4, end);
  }
  const past = v.verb(anchor).tense === 'past';
  // «встреча … не планировалась», "no meeting is planned": the plan itself is denied.
  if (cue > hit.last && !past && v.hasCue('negation', cue - 2, cue)) return { status: 'planned', negated: true, why: `negated planned cue «${v.tokens[cue]?.text}»` };
  if (cue >= 0 && !past) return { status: 'planned', negated, why: `planned cue «${v.tokens[cue]?.text}»` };
  // «договорились встретиться», "agreed to meet": an act in the infinitive after an agreement is still to come.
  const inf = infinitive(v, anchor);
  if (inf && (later || v.hasCue('agreed', Math.max(s.t0, anchor - 3), anchor))) return { status: 'planned', negated, why: `infinitive «${v.tokens[anchor]?.text}»` };
  if (later) {
    const told = past ? anchor : pastVerbBefore(v, s, anchor);
    if (told < 0) return { status: 'planned', negated, why: 'date after publication' };
    return { status: 'occurred', negated, why: `past form «${v.tokens[told]?.text}» (its date, written without a year, is the last one)` };
  }
  return { status: 'occurred', negated, why: 'no future marker' };
}

/** True when a preposition or a time or setting marker stands just before the noun at i («на заседании», «в ходе визита»): no subject of its own clause. */
function governedNoun(v: EventView, s: SentenceRange, i: number): boolean {
  for (let k = Math.max(s.t0, i - 2); k < i; k++) if (v.cueAt[k]?.side === 'before' || v.is(k, 'during') || v.is(k, 'framework')) return true;
  return false;
}

/** Tokens before a ru/en noun trigger searched for the past verb that governs it (paid a visit, held talks). */
const GOVERNOR_REACH = 3;

/** The past verb form just before a trigger, within its clause («провели переговоры», "held talks"), or -1. */
function pastVerbBefore(v: EventView, s: SentenceRange, anchor: number): number {
  for (let i = anchor - 1; i >= s.t0 && i >= anchor - GOVERNOR_REACH; i--) {
    // "announced that the joint exercise …", «сообщил, что …»: a verb before a complementizer governs its clause, not the act.
    if (v.isBreak(i) || v.is(i, 'complementizer')) break;
    if (v.verb(i).tense === 'past') return i;
  }
  return -1;
}

/** True when the trigger word is an infinitive: a Russian infinitive ending, or English "to" before it. */
export function infinitive(v: EventView, i: number): boolean {
  const tok = v.tokens[i];
  if (!tok || tok.kind !== 'word') return false;
  if (v.lang === 'ru') return v.endsAs(i, 'ending-inf');
  return v.lang === 'en' && v.tokens[i - 1]?.lower === 'to';
}
