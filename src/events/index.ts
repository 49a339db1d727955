/**
 * PLOVER event extraction: triggers from the per-language lexicons, roles from case and structure,
 * status, date, place and evidence per trigger, merged into one event per act of the article.
 */
import type { CoreLang, Doc } from '../pipeline/types.ts';
import type { Mention } from '../entities/types.ts';
import { EventView } from './view.ts';
import { sentenceArgs, type Arg } from './args.ts';
import { fillRoles, type Assignment } from './roles.ts';
import { recentDay, recentlyDated, sentenceDate } from './when.ts';
import { addEvent, type EventDraft } from './merge.ts';
import { countryActor, DocContext } from './context.ts';
import { applyInitiative, initiator } from './initiative.ts';
import { chooseTriggers, type ChosenHit } from './select.ts';
import { buildEvent, remember } from './build.ts';
import { chairOf } from './frames.ts';
import type { ElchiEvent, EventActor } from './types.ts';

/** Event records and their output forms. */
export type { ElchiEvent, EventActor, TextSpan } from './types.ts';
export { eventKey, explainEvent, toEventOutput, type EventOutput } from './format.ts';

const CORE: ReadonlySet<string> = new Set(['kk', 'az', 'ru', 'en']);

/** Sentence cues that make a whole sentence no source of events. */
const SKIP_SENTENCE = ['sports', 'opinion', 'background'] as const;

/** The first actor of the sentence's subject group (for carrying into later sentences). */
function sentenceSubject(live: readonly Arg[]): EventActor[] {
  const a = live.find((x) => x.case === 'nom' && x.actor && x.kind !== 'place');
  if (!a) return [];
  return live.filter((x) => x.group === a.group && x.actor && x.kind !== 'place').map((x) => x.actor as EventActor);
}

/** Merges a report into an event its own sentence reported (never adds one); true when it did. */
function mergeInSentence(list: EventDraft[], d: EventDraft, published: string | null): boolean {
  return addEvent(list.filter((x) => x.sentence === d.sentence), { ...d, mergeOnly: true }, published) !== null;
}

/**
 * Roles of a visit thanked for («сапармен келгені үшін Әзербайжан Президентіне алғыс айтты», "thanked Aliyev for his
 * visit"): the one thanked (the target of the sentence's thanks) visited the destination named, else the thanker's state.
 */
function thankedVisit(list: readonly EventDraft[], sentence: number, roles: readonly Assignment[]): Assignment[] {
  const thanks = list.filter((d) => d.sentence === sentence && d.ev.type === 'SUPPORT' && d.ev.target).pop();
  const visitor = thanks?.ev.target;
  if (!thanks || !visitor) return [];
  const host = roles.find((a) => a.target && a.target.actor.country !== visitor.country)?.target
    ?? (thanks.ev.source && thanks.ev.source.country !== visitor.country ? { actor: countryActor(thanks.ev.source.country) ?? thanks.ev.source, how: 'the thanker\'s state', weak: true } : null);
  if (!host) return [];
  return [{ source: { actor: visitor, how: 'the one thanked for the visit', weak: false }, target: host, host: roles[0]?.host ?? null, explain: ['visit thanked for: made by the one thanked'] }];
}

/** The one state named by the places of a sentence (a disaster's), as an actor; null for none or several. */
function struckState(mentions: readonly Mention[]): EventActor | null {
  const states = new Set(mentions.filter((m) => m.type === 'LOC' && m.country !== null).map((m) => m.country as string));
  return states.size === 1 ? countryActor([...states][0] ?? null) : null;
}

/** The events of a document, given its actor mentions (from findEntities), in order of first report. */
export function extractEvents(doc: Doc, mentions: readonly Mention[]): ElchiEvent[] {
  if (!CORE.has(doc.lang)) return [];
  const v = new EventView(doc, doc.lang as CoreLang);
  const ctx = new DocContext();
  const list: EventDraft[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let m0 = 0;
  for (const s of v.sentences) {
    while (m0 < sorted.length && (sorted[m0]?.end ?? 0) <= s.start) m0++;
    let m1 = m0;
    while (m1 < sorted.length && (sorted[m1]?.start ?? Infinity) < s.end) m1++;
    // «Mayın 13-də … Pezeşkianın rəsmi qarşılanma mərasimi olub»: a sentence about the parties dated to a recent day moves
    // the story's time on, whether or not it reports an event (a flashback, «Напомним, в ночь на 5 апреля …», does not).
    const day = ctx.pair ? recentDay(doc.dates, s, doc.published) : null;
    if (day && (ctx.date === null || day > ctx.date) && sorted.slice(m0, m1).some((m) => m.country !== null && ctx.pair?.some((p) => p.country === m.country))) {
      ctx.date = day;
      ctx.dated = true;
    }
    // A sentence with no trigger word (or a background one) codes nothing and leaves the context as it was: its actors need not be read.
    const hits = v.triggerHits(s);
    // «Қырғызстанда жер сілкінісі болды», "a quake struck Tajikistan": the one state named where a disaster struck (in
    // a sentence telling the disaster, not an act: «Azərbaycan zəlzələ bölgəsinə yardım göndərib» names the helper).
    if (hits.length === 0 && v.hasCue('disaster', s.t0, s.t1)) ctx.disaster = struckState(sorted.slice(m0, m1)) ?? ctx.disaster;
    // A sentence with no trigger still names a call's initiator («Разговор состоялся по инициативе …»).
    const initiative = list.some((d) => d.ev.mode === 'phone' && !d.callerNamed) && v.hasCue('initiative', s.t0, s.t1);
    // «Лавров провел совещание глав МИД …»: a sentence naming a summit or meeting of several states names its host or
    // chair, whom the list of participants that may follow meets.
    const setting = hits.length === 0 && v.hasCue('summit', s.t0, s.t1);
    if (hits.length === 0 && !initiative && !setting) continue;
    if (SKIP_SENTENCE.some((c) => v.hasCue(c, s.t0, s.t1) && !(c === 'background' && recentlyDated(doc.dates, s, doc.published)))) continue;
    const args = sentenceArgs(v, s, sorted.slice(m0, m1));
    const live = args.filter((a) => !a.absorbed);
    let hadTrigger = false;
    let keptHere = 0;
    const deferred: EventDraft[] = [];
    let meeting = false;
    // A call whose parties the sentence does not name around it, and the first directed act it reports
    // ("congratulated Japarov … in a telephone conversation").
    let unfilled: ChosenHit | null = null;
    let directed: Assignment | null = null;
    for (const hit of chooseTriggers(v, s, live, hits)) {
      hadTrigger = true;
      if (hit.def.frame === 'meet') meeting = true;
      const roles = hit.thankedFor ? thankedVisit(list, s.index, fillRoles(v, live, hit, ctx)) : fillRoles(v, live, hit, ctx);
      if (roles.length === 0 && hit.def.frame === 'phone') unfilled ??= hit;
      if (hit.def.frame === 'directed') directed ??= roles.find((a) => a.source && a.target && a.source.actor.country && a.target.actor.country && a.source.actor.country !== a.target.actor.country) ?? null;
      for (const a of roles) {
        if (!a.source || (!a.target && hit.def.frame !== 'attend')) continue;
        if (a.source.actor.country === null && (a.target?.actor.country ?? null) === null) continue;
        const d = buildEvent(v, s, hit, a, live, ctx);
        if (!d) continue;
        const kept = addEvent(list, d, doc.published);
        if (!kept) {
          if (d.mergeOnly) deferred.push(d);
          continue;
        }
        keptHere++;
        const anchorChar = v.tokens[hit.tokens[0] ?? hit.first]?.start ?? s.start;
        remember(ctx, kept, hit.def.frame, sentenceDate(doc.dates, s, anchorChar) !== null, v.hasCue('evening', s.t0, s.t1), doc.published);
      }
    }
    // «отменить визит в Москву вице-премьера, который должен был провести заседание комиссии»: the meeting a called-off
    // visit was for is called off with it.
    const off = list.find((d) => d.sentence === s.index && d.ev.type === 'REJECT' && d.ev.mode === 'meet');
    if (off) {
      const pair = [off.ev.source?.country, off.ev.target?.country].sort().join();
      for (let k = list.length - 1; k >= 0; k--) {
        const d = list[k]!;
        if (d.sentence === s.index && d.ev.type === 'CONSULT' && d.ev.status === 'planned' && [d.ev.source?.country, d.ev.target?.country].sort().join() === pair) list.splice(k, 1);
      }
    }
    // «В ходе телефонного разговора … обсудили …»: an act named after a time marker adds to one its own sentence
    // first reports after it too (the discussion held in the call is the call).
    // With none, a call that is the setting of another act the sentence reports ("congratulated Japarov in a telephone
    // conversation", «в ходе телефонного разговора поздравил») took place: it is an event of its own. (A meeting so
    // named is often one already told, or a summons: «Görüşdə … səfirə … çatdırılıb».)
    for (const d of deferred) {
      if (mergeInSentence(list, d, doc.published) || keptHere === 0 || d.ev.mode !== 'phone') continue;
      addEvent(list, { ...d, mergeOnly: false }, doc.published);
    }
    // Its parties, when the sentence names none around it, are those of that act.
    if (unfilled && directed && !list.some((x) => x.sentence === s.index && x.family === 'talks')) {
      const d = buildEvent(v, s, unfilled, { ...directed, explain: [...directed.explain, 'parties: those of the act it is the setting of'] }, live, ctx);
      if (d && !mergeInSentence(list, d, doc.published)) addEvent(list, { ...d, mergeOnly: false }, doc.published);
    }
    // "held several bilateral meetings on the sidelines of the forum": no meeting of its own, but the setting of those
    // the article goes on to report that day.
    if (meeting && keptHere === 0 && v.hasCue('summit', s.t0, s.t1)) {
      const on = sentenceDate(doc.dates, s, s.start);
      ctx.summitPlace = { name: null, date: on?.precision === 'day' ? on.value : doc.published };
    }
    // «Разговор состоялся по инициативе турецкой стороны»: the initiator called.
    const side = initiative ? initiator(v, s, live) : null;
    if (side) applyInitiative(list, side);
    // Of a setting with no act, only a person (the host or chair) is taken: «"Central Asia – Germany" summit will be held»
    // names no actor.
    const subj = hadTrigger ? sentenceSubject(live) : setting ? sentenceSubject(live).filter((a) => a.kind === 'person').slice(0, 1) : [];
    if (subj.length) {
      ctx.subject = subj[0] ?? null;
      ctx.subjects = subj;
    }
    // «İlham Əliyevin sədrliyi ilə … Zirvə görüşü keçirilib», "held under the chairmanship of X": the chair is the one the
    // article follows, the host of the participants a later sentence lists.
    const chair = chairOf(v, s, live)?.actor;
    if (chair) {
      ctx.subject = chair;
      ctx.subjects = [chair];
    }
  }
  return list.map((d) => d.ev);
}
