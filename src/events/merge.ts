/**
 * One event, not one per sentence: a new event joins an earlier one of the same type, mode and act
 * (talks, visit, session, signing; the same verb for directed acts) between compatible actors — the
 * same actor, or the same country when one side is only a country or was inferred from context. The
 * joined event keeps the first evidence, becomes `occurred` if either report is, and takes the more
 * specific actor and any date or place the other report adds (the date of a report that dates the act itself
 * over one taken from publication or the surrounding act).
 */
import type { EventActor, ElchiEvent } from './types.ts';
import { specificity } from './context.ts';
import { isAfter } from './when.ts';

/** An event with what merging needs to know about it. */
export interface EventDraft {
  ev: ElchiEvent;
  /** What act it is beyond type and mode (talks, session, visit, attend, sign, or the directed verb). */
  family: string;
  /** The roles are symmetric (meetings, signings): actors compare as unordered pairs. */
  symmetric: boolean;
  weakSource: boolean;
  weakTarget: boolean;
  /** Index of the sentence first reporting it: within one sentence, one act per type and pair (except meetings). */
  sentence: number;
  /** Reported in the article's headline, which names the act the body then tells in other words. */
  headline: boolean;
  /** Only adds to an earlier event (a time marker such as «Кездесу барысында»); dropped when there is none. */
  mergeOnly: boolean;
  /** A discussion verb (талқылады, müzakirə, обсудили, discussed): part of any meeting or call of the same pair. */
  discuss: boolean;
  /** The ordinal naming the occasion (первое заседание, the second round), or null: different ordinals never merge. */
  ordinal: string | null;
  /** The date comes from a date expression of the report's own sentence (not the publication or a surrounding act). */
  dated: boolean;
  /** Where the date comes from, by trust: 3 the report's own date expression, 2 the surrounding act, 1 publication, 0 none. */
  dateRank: number;
  /** A call told with a verb that names the caller (позвонил, phoned, zəng edib): no later sentence turns it. */
  callerNamed?: boolean;
  /** The act is the topic of a discussion («Səfərin təfərrüatları … müzakirə edilib»): its tense and date are the discussion's. */
  topic?: boolean;
  /** Named as the next one («следующий раунд», "the next meeting", «келесі отырыс», «növbəti görüş»). */
  next?: boolean;
}

/** How much a mode of talks says about their setting. */
const MODE_RANK: Readonly<Record<string, number>> = { '': 0, 'third-party': 1, multilateral: 2 };

/** Talks keep one identity whatever setting a later sentence gives them (plain, beside a summit, in a third country). */
function sameMode(a: string | null, b: string | null, family: string): boolean {
  if (a === b) return true;
  const loose = (m: string | null): boolean => m === null || m === 'multilateral' || m === 'third-party';
  return (family === 'talks' || family === 'session') && loose(a) && loose(b);
}

function compatible(a: EventActor | null, aw: boolean, b: EventActor | null, bw: boolean, loose: boolean, headline = false): boolean {
  if (!a || !b) return loose || (!a && !b);
  if (a.id === b.id) return true;
  // A headline's stateless actor and the body's ("UN chief hails progress" … "Guterres welcomed the meeting"; "Tokayev,
  // von der Leyen agree …" … "ready to … with the European Union").
  if (headline && a.country === null && b.country === null && a.kind !== 'country' && b.kind !== 'country') return true;
  return a.country !== null && a.country === b.country && (a.kind === 'country' || b.kind === 'country' || aw || bw);
}

/** True when both actors belong to one known state. */
function sameState(a: EventActor | null, b: EventActor | null): boolean {
  return a !== null && b !== null && a.country !== null && a.country === b.country;
}

function better(a: EventActor | null, b: EventActor | null): EventActor | null {
  if (!a) return b;
  if (!b) return a;
  return specificity(b) > specificity(a) && (a.country === b.country || a.country === null) ? b : a;
}

/** Adds `d` to `list`, merging it into an earlier event of the same act (`published`: the document's date); returns the event it ended in (null when dropped). */
export function addEvent(list: EventDraft[], d: EventDraft, published: string | null): EventDraft | null {
  const e = d.ev;
  const loose = d.family === 'attend';
  // A discussion belongs first to the meeting or call its own sentence reports («… telefon danışığında müzakirə edilib»).
  const order = d.discuss ? [...list.filter((x) => x.sentence === d.sentence), ...list.filter((x) => x.sentence !== d.sentence)] : list;
  for (const x of order) {
    const o = x.ev;
    if (o.type !== e.type) continue;
    if (x.ordinal && d.ordinal && x.ordinal !== d.ordinal) continue;
    const discussion = (d.discuss || x.discuss) && e.type === 'CONSULT' && o.mode !== 'visit' && e.mode !== 'visit';
    if (!discussion && !sameMode(o.mode, e.mode, x.family)) continue;
    const sameAct = e.type !== 'CONSULT' && (x.sentence === d.sentence || (x.headline && o.cameo === e.cameo));
    if (!discussion && x.family !== d.family && !sameAct) continue;
    // A plan for another place is another occasion ("met in Astana … agreed to meet again in Baku"); a plan dated
    // otherwise may be the same act going on («səfəri iyunun 15-dək davam edəcək»).
    if (e.status !== o.status && e.location?.country && o.location?.country && e.location.country !== o.location.country) continue;
    // The next round still to come is another occasion than the one held («Следующий раунд переговоров стороны
    // договорились провести в феврале»).
    if (e.status === 'planned' && o.status === 'occurred' && d.next) continue;
    // Aid still to be sent is another shipment than the one delivered («екінші легі 15 мамырда жөнелтіледі»).
    if (e.type === 'AID' && e.status === 'planned' && o.status === 'occurred') continue;
    // Nor does a call carry out planned talks, or talks a planned call («danışıqlar aparılacaq» … «telefon danışığında»).
    if (e.status !== o.status && (e.mode === 'phone') !== (o.mode === 'phone')) continue;
    // Documents signed in one sentence are one signing occasion for each pair of states, whichever bodies signed them
    // («… үш құжатқа қол қойылды: Үкіметтер арасындағы келісім, … темір жолдары арасындағы меморандум»).
    const occasion = x.family === 'sign' && d.family === 'sign' && x.sentence === d.sentence;
    const same = (compatible(o.source, x.weakSource, e.source, d.weakSource, loose, x.headline) || (occasion && sameState(o.source, e.source)))
      && (compatible(o.target, x.weakTarget, e.target, d.weakTarget, loose, x.headline) || (occasion && sameState(o.target, e.target)));
    // Either report may be the symmetric one: a joint act and one party's part in it, told in one sentence, are one act.
    const crossed = (d.symmetric || (x.symmetric && x.sentence === d.sentence)) && compatible(o.source, x.weakSource, e.target, d.weakTarget, loose) && compatible(o.target, x.weakTarget, e.source, d.weakSource, loose);
    if (!same && !crossed) continue;
    if (same) {
      o.source = better(o.source, e.source);
      o.target = better(o.target, e.target);
      x.weakSource &&= d.weakSource;
      x.weakTarget &&= d.weakTarget;
    } else {
      o.source = better(o.source, e.target);
      o.target = better(o.target, e.source);
      x.weakSource &&= d.weakTarget;
      x.weakTarget &&= d.weakSource;
    }
    // A planned act becomes occurred when a report tells it done, unless that report dates nothing itself and the act
    // is dated after publication (a visit announced for 10 March, whose programme «was discussed», is still to come).
    if (e.status === 'occurred' && o.status === 'planned' && !d.topic && !d.discuss && (d.dated || o.date === null || !isAfter(o.date, published))) {
      o.status = 'occurred';
      if (e.date) o.date = e.date;
    }
    // A headline or an undated first report took the publication date; a later report that dates the act itself
    // ("arrived on Tuesday", «кеше кездесті») or tells it on the day of the act around it ("on the same day") gives
    // the act its date. A discussion or a report inside the act dates what is discussed («қарашадағы сапарын
    // талқылады»), not the act.
    if (d.dateRank > x.dateRank && x.dateRank > 0 && !d.discuss && !d.mergeOnly && !d.topic && e.date && e.status === o.status) {
      o.date = e.date;
      x.dateRank = d.dateRank;
      x.dated = d.dated;
    }
    // The body names the setting the headline left out: beside a summit outranks a third country, which outranks none.
    const rankNew = MODE_RANK[e.mode ?? ''];
    const rankOld = MODE_RANK[o.mode ?? ''];
    // A call is no meeting at a summit: its mode stays.
    if (x.family === 'talks' && rankNew !== undefined && rankOld !== undefined && rankNew > rankOld && o.mode !== 'phone') o.mode = e.mode;
    o.mode ??= e.mode;
    o.date ??= e.date;
    o.location ??= e.location;
    o.confidence = Math.max(o.confidence, e.confidence);
    x.ordinal ??= d.ordinal;
    if (d.callerNamed) x.callerNamed = true;
    o.explain.push(`also reported at ${e.evidence.start}–${e.evidence.end} («${e.trigger.text}»)`);
    return x;
  }
  if (d.mergeOnly) return null;
  list.push(d);
  return d;
}
