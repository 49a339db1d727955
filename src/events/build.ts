/** One event from one trigger and one role assignment: type and mode adjustments, status, date, place, evidence, confidence. */
import type { Arg } from './args.ts';
import type { Assignment } from './roles.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { ChosenHit } from './select.ts';
import type { EventView, SentenceRange } from './view.ts';
import type { DocContext } from './context.ts';
import type { EventDraft } from './merge.ts';
import type { ElchiEvent, EventActor } from './types.ts';
import { statusOf } from './status.ts';
import { isAfter, isBackground, nextDay, plannedDate, pastDate, sentenceDate, sentencePlace } from './when.ts';
import { originalSpan } from './evidence.ts';
import { atMeeting, cueBeforeBreak, governed, isHeadline, isNominal } from './position.ts';
import { isTurkic } from './grammar.ts';

/** Frame family of a trigger, for merging reports of the same act. */
function family(def: TriggerDef): string {
  switch (def.frame) {
    case 'meet': case 'phone': return 'talks';
    case 'go': case 'visit': return 'visit';
    case 'session': case 'attend': case 'sign': return def.frame;
    default: return `${def.cameo}:${def.text}`;
  }
}

const SYMMETRIC: ReadonlySet<string> = new Set(['meet', 'phone', 'session', 'sign', 'agree']);

function multilateral(v: EventView, s: SentenceRange): boolean {
  if (v.hasCue('summit', s.t0, s.t1)) return true;
  const next = v.sentences[s.index + 1];
  return next !== undefined && v.hasCue('framework', next.t0, next.t1) && v.hasCue('summit', next.t0, next.t1);
}

/** Frames of occasions that may be called off. */
const CANCELLABLE: ReadonlySet<string> = new Set(['visit', 'go', 'meet', 'session']);
/** Tokens between a cancelling verb and the occasion it governs. */
const CANCEL_REACH = 8;

/**
 * The token of a verb that calls off the trigger's occasion within its clause, or -1: before the occasion or after it in
 * ru/en ("called off … visit", "the visit was cancelled"), after it in kk/az («сапары тоқтатылды», «səfəri ləğv edilib»).
 */
function cancelCue(v: EventView, s: SentenceRange, hit: ChosenHit): number {
  const before = isTurkic(v.lang) ? -1 : cueBeforeBreak(v, 'cancel', hit.first - 1, Math.max(s.t0, hit.first - CANCEL_REACH) - 1);
  return before >= 0 ? before : cueBeforeBreak(v, 'cancel', hit.last + 1, Math.min(s.t1, hit.last + 1 + CANCEL_REACH));
}

/**
 * True when a date dates a participle phrase, not the trigger's act: in ru a participle after a comma between the
 * trigger and the date opens the phrase the date is in («отвергло резолюцию, принятую накануне Сенатом»). (A Turkic
 * participle between a date and the trigger is as often the setting of the act, «кеше … өткен саммиті аясында
 * кездесті», as a thing of its own, and is left alone.)
 */
function inParticipleClause(v: EventView, s: SentenceRange, date: { start: number; end: number }, anchor: number): boolean {
  const at = v.tokens[anchor]?.start ?? 0;
  if (v.lang !== 'ru' || date.start < at) return false;
  for (let j = anchor + 1; j < s.t1 && (v.tokens[j]?.end ?? Infinity) <= date.start; j++) {
    if (v.tokens[j - 1]?.text === ',' && (v.participleRu(j) || v.endsAs(j, 'ending-ptcp-pass'))) return true;
  }
  return false;
}

/** Tokens between an act and the speech verb that reports it (kk/az: after it) or that it follows (ru/en). */
const REPORT_REACH = 4;

/**
 * The speaker and the accused of an attack told as another's statement, or null: kk/az «… оқ атты деп мәлімдеді» (the
 * sentence's subject speaks of the target); "X said (that) Y opened fire", «X заявила, что Y открыли огонь», «X bildirib
 * ki, Y atəşə tutub» (X, an actor before the speech verb, of the attacker after it).
 */
function reportedAttack(v: EventView, s: SentenceRange, hit: ChosenHit, live: readonly Arg[], source: EventActor | null, target: EventActor | null): { speaker: EventActor; accused: EventActor } | null {
  if (!source) return null;
  // An attacker named as the passive's agent («Ermənistan silahlı qüvvələri tərəfindən … hücum … bildirib») is not the speaker.
  const agent = live.some((x) => x.case === 'agent' && x.actor?.id === source.id);
  if (isTurkic(v.lang) && !agent && v.findCue('say', hit.last + 1, Math.min(s.t1, hit.last + 1 + REPORT_REACH)) >= 0) {
    return target && target.country !== source.country ? { speaker: source, accused: target } : null;
  }
  const say = v.lastCue('say', Math.max(s.t0, hit.first - 3 * REPORT_REACH), hit.first);
  if (say < 0) return null;
  // The speaker: the subject, or the state of an unnamed body in the genitive («Пограничная служба Кыргызстана заявила»).
  const speaker = live.filter((x) => x.actor && (x.case === 'nom' || (v.lang === 'ru' && x.case === 'gen')) && x.t1 <= say && x.actor.country !== null).pop()?.actor;
  if (!speaker) return null;
  const after = live.filter((x) => x.actor && x.t0 > say && x.t1 <= hit.first).map((x) => x.actor as EventActor);
  const accused = [source, target].find((x) => x && x.country !== null && x.country !== speaker.country && after.some((y) => y.country === x.country));
  return accused ? { speaker, accused } : null;
}

/** The event of one trigger and one role assignment (null when negated). */
export function buildEvent(v: EventView, s: SentenceRange, hit: ChosenHit, a: Assignment, live: readonly Arg[], ctx: DocContext): EventDraft | null {
  const doc = v.doc;
  const def = hit.def;
  const anchor = hit.tokens[0] ?? hit.first;
  const anchorChar = v.tokens[anchor]?.start ?? s.start;
  let own = sentenceDate(doc.dates, s, anchorChar);
  if (own && inParticipleClause(v, s, own, anchor)) own = null;
  // An invitation or promise is made now; a later date in it, or a month ("to visit in November"), is the date of what is promised.
  if (own && def.type === 'AGREE' && (isAfter(own.value, doc.published) || own.precision === 'month')) own = null;
  // A discussion is held now; a later date in it is that of what is discussed («aprel ayında səfəri … müzakirə ediblər»).
  if (own && v.is(anchor, 'discuss') && isAfter(own.value, doc.published)) own = null;
  // «Ранее …», "Earlier, …", «Daha əvvəl …»: an act told as background, at no known date; «в следующем году», "last
  // year", «2019 жылы»: an act dated to a year only, which is no date (coding conventions: year-only → null).
  const earlier = v.hasCue('earlier', s.t0, anchor);
  // A statement (thanks, backing, an invitation or promise) is made now: a year in it is that of what it is about.
  const statement = def.type === 'AGREE' || def.type === 'SUPPORT';
  const sentenceYear = own ? null : doc.dates.find((d) => d.precision === 'year' && d.start >= s.start && d.end <= s.end)?.value ?? null;
  const yearOnly = sentenceYear !== null && !statement;
  const st = statusOf(v, s, hit, own ? isAfter(own.value, doc.published) : false);
  if (st.negated) return null;
  let type = def.type;
  let cameo = def.cameo;
  const explain: string[] = [`trigger «${def.text}» → ${def.type}${def.mode ? '/' + def.mode : ''} ${def.cameo} (data/${v.lang}/events.tsv, frame ${def.frame})`, ...a.explain];
  // Readiness or intent to act, or an announced material act, is a promise: AGREE.
  const intent = isTurkic(v.lang) ? v.findCue('intent', hit.last + 1, Math.min(s.t1, hit.last + 6)) : v.findCue('intent', Math.max(s.t0, anchor - 6), anchor);
  if (type !== 'AGREE' && type !== 'CONSULT' && (intent >= 0 || ((type === 'AID' || type === 'COOPERATE') && st.status === 'planned' && v.hasCue('say', hit.last + 1, s.t1)))) {
    explain.push(`intent «${intent >= 0 ? v.tokens[intent]?.text : 'announced'}» → AGREE`);
    cameo = type === 'AID' ? '033' : '030';
    type = 'AGREE';
  }
  // A visit or meeting called off or refused («отменил визит», "called off the visit", «səfəri ləğv edilib»): a refusal
  // to meet, made now (a postponed one is still planned).
  const cancelAt = type === 'CONSULT' && CANCELLABLE.has(def.frame) ? cancelCue(v, s, hit) : -1;
  const cancelled = cancelAt >= 0;
  if (cancelled) {
    explain.push(`called off «${v.tokens[cancelAt]?.text}» → REJECT/meet`);
    type = 'REJECT';
    cameo = '125';
  }
  const promise = type !== def.type;
  // A promise is made now: a later date in it ("ready to send aid in May") is the date of what is promised.
  if (promise && own && isAfter(own.value, doc.published)) own = null;
  // "ready to hold talks", «келіссөз жүргізуге дайын»: talks one side is ready for are possible, not held.
  const possible = type === 'CONSULT' && intent >= 0 && st.status === 'occurred';
  if (possible) explain.push(`intent «${v.tokens[intent]?.text}» → a possible meeting (planned)`);
  // «заявил о готовности провести …»: readiness is stated now, whatever it is readiness for.
  const ready = type === 'AGREE' && v.is(anchor, 'intent') && st.status === 'planned' && !st.negated;
  if (ready) explain.push('readiness stated now (occurred)');
  const status = promise || ready ? 'occurred' : possible ? 'planned' : st.status;
  let date: string | null = own ? (status === 'planned' ? plannedDate(own.value, own.relative, doc.published, own.weekday) : promise ? own.value : pastDate(own.value, own.relative, doc.published)) : null;
  // An act the article recalls from well before its publication is background, not news (not coded).
  if (status === 'occurred' && !promise && isBackground(date, sentenceYear, doc.published)) return null;
  explain.push(`status ${status}: ${st.why}`);
  const related = ctx.pair !== null && [a.source?.actor, a.target?.actor].some((x) => x && ctx.pair?.some((p) => p.country === x.country));
  let dateRank = 0;
  if (own) { dateRank = 3; explain.push(`date: «${own.text}»${date !== own.value ? ` in the ${status === 'planned' ? 'coming' : 'last'} year (${date})` : ''}`); }
  else if (earlier) explain.push('date: none (told as earlier, with no date of its own)');
  else if (yearOnly) explain.push('date: none (a year only)');
  // An act told in the past does not take the date of a surrounding act still to come.
  else if (related && ctx.date && !(status === 'occurred' && isAfter(ctx.date, doc.published))) { date = ctx.date; dateRank = 2; explain.push('date: the surrounding event'); }
  else if (status === 'occurred' && doc.published) { date = doc.published; dateRank = 1; explain.push('date: publication'); }
  const location = a.host ?? sentencePlace(live, anchor) ?? (related ? ctx.location : null);
  let mode = cancelled ? 'meet' : def.mode;
  if (type === 'CONSULT' && mode === null && (def.frame === 'meet' || def.frame === 'session')) {
    if (multilateral(v, s) || a.gathering) mode = 'multilateral';
    // «Сол күні … Пезешкианмен де кездесті», "later that day he met X": another meeting at the place and on the day of
    // the summit the article follows.
    else if (def.frame === 'meet' && ctx.summitPlace && (location?.name ?? null) === ctx.summitPlace.name && date !== null && date === ctx.summitPlace.date) mode = 'multilateral';
    else {
      const lc = location?.country ?? null;
      const sc = a.source?.actor.country ?? null;
      const tc = a.target?.actor.country ?? null;
      if (lc && sc && tc && lc !== sc && lc !== tc) mode = 'third-party';
    }
    if (mode) explain.push(`mode ${mode}`);
  }
  let source = a.source?.actor ?? null;
  let target = a.target?.actor ?? null;
  // «… шекарашылар азаматтарға оқ атты деп мәлімдеді», "the service said Kazakh border guards opened fire": an attack
  // one side reports is its accusation of the other (ACCUSE allege), from the one speaking to the attacker.
  if (type === 'ASSAULT') {
    const claim = reportedAttack(v, s, hit, live, source, target);
    if (claim) {
      explain.push(`reported by «${claim.speaker.name}» → ACCUSE/allege`);
      type = 'ACCUSE';
      cameo = '112';
      mode = 'allege';
      source = claim.speaker;
      target = claim.accused;
    }
  }
  const weak = (a.source?.weak ? 1 : 0) + (a.target?.weak ? 1 : 0);
  const confidence = Math.round((0.85 - 0.15 * weak - (a.target ? 0 : 0.2) - (def.needs ? 0.05 : 0)) * 100) / 100;
  explain.push(`confidence ${confidence}`);
  const tokFirst = v.tokens[hit.first];
  const tokLast = v.tokens[hit.last];
  const ev: ElchiEvent = {
    type, mode, status, cameo,
    source,
    target,
    date,
    location,
    evidence: originalSpan(doc, s.start, s.end),
    confidence,
    trigger: { text: doc.text.slice(tokFirst?.start ?? 0, tokLast?.end ?? 0), start: tokFirst?.start ?? 0, end: tokLast?.end ?? 0 },
    explain,
  };
  const ordinal = ordinalBefore(v, s, hit.first);
  const format = ordinal === null && def.frame === 'meet' ? formatOf(v, s, hit) : null;
  // A round of talks in another format («келіссөздер кеңейтілген құрамда жалғасты») continues the talks of the article's
  // pair: its parties from context are those talks' own, not open to any report of the pair's states.
  const round = format !== null;
  return { ev, family: promise ? 'promise' : family(def), symmetric: SYMMETRIC.has(def.frame), weakSource: !round && (a.source?.weak ?? true), weakTarget: !round && (a.target?.weak ?? true), sentence: s.index, headline: isHeadline(v, s),
    // «Кездесу барысында…», «görüşü zamanı», "during the talks": a time marker adds to a known act, never starts one,
    // unless it names the partner («Жапаровпен өткен кездесуде», "at the meeting with Japarov"): then it is the act.
    // A signing named after a time marker («По итогам переговоров подписано …») is an act of its own.
    mergeOnly: def.frame !== 'visit' && def.frame !== 'go' && def.frame !== 'sign' && isNominal(v, anchor) && (governed(v, s, hit, 'during') || atMeeting(v, s, hit)) && !partnerOfMeeting(v, live, hit),
    discuss: def.frame === 'meet' && def.mode === null && def.cameo === '040' && v.is(anchor, 'discuss'),
    ordinal: ordinal ?? format, dated: own !== null, dateRank,
    callerNamed: def.frame === 'phone' && hit.tokens.some((t) => v.is(t, 'call-verb')),
    topic: isTopic(v, s, hit),
    // ("meet again", «встретиться вновь»: the cue may follow the act.)
    next: v.hasCue('next', Math.max(s.t0, hit.first - 3), hit.first) || v.hasCue('next', hit.last + 1, Math.min(s.t1, hit.last + 3)) };
}

/** Tokens between an act's noun and the discussion verb it is the object of. */
const TOPIC_REACH = 8;

/**
 * True when a visit, signing or session is named as the topic of a discussion («Səfərin təfərrüatları … müzakirə
 * edilib», "discussed preparations for the visit"): the past tense and the date are the discussion's, not the act's.
 */
function isTopic(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): boolean {
  const f = hit.def.frame;
  if (f !== 'visit' && f !== 'go' && f !== 'sign' && f !== 'session') return false;
  const anchor = hit.tokens[0] ?? hit.first;
  if (!isNominal(v, anchor)) return false;
  if (!isTurkic(v.lang)) return v.hasCue('discuss', Math.max(s.t0, hit.first - TOPIC_REACH), hit.first);
  // kk/az put the verb at the end of the clause: the discussion verb may stand anywhere before the clause ends.
  return cueBeforeBreak(v, 'discuss', hit.last + 1, s.t1) >= 0;
}

/** Tokens between a meeting noun and the partner it is held with («Жапаровпен өткен кездесуде», "meeting with Japarov"). */
const PARTNER_REACH = 3;

/** Tokens between a ru/en «with» right after the meeting noun and the partner's name, across the partner's titles. */
const TITLED_PARTNER_REACH = 12;

/**
 * True when a named actor in the comitative stands beside a meeting noun: the meeting is named by its partner
 * («Жапаровпен өткен кездесуде», "at a meeting with Uzbek Foreign Minister Bakhtiyor Saidov").
 */
function partnerOfMeeting(v: EventView, live: readonly Arg[], hit: Hit<TriggerDef>): boolean {
  const withNext = !isTurkic(v.lang) && v.is(hit.last + 1, 'with');
  return live.some((a) => a.case === 'com' && a.named && a.actor !== null
    && (isTurkic(v.lang) ? a.t1 <= hit.first && hit.first - a.t1 <= PARTNER_REACH
      : a.t0 > hit.last && a.t0 - hit.last <= (withNext ? TITLED_PARTNER_REACH : PARTNER_REACH)));
}

/** Tokens around a talks trigger within which its format is named («тар құрамдағы келіссөздер», "talks continued in an expanded format"). */
const FORMAT_REACH = 8;

/** The format of a round of talks named in the trigger's clause (one-on-one, narrow, expanded), as its cue text. */
function formatOf(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): string | null {
  const before = cueBeforeBreak(v, 'format', hit.first - 1, Math.max(s.t0, hit.first - FORMAT_REACH) - 1);
  const at = before >= 0 ? before : cueBeforeBreak(v, 'format', hit.last + 1, Math.min(s.t1, hit.last + 1 + FORMAT_REACH));
  return at >= 0 ? formatText(v, at) : null;
}

/** The text of the format cue covering token j (the token's first cue may be of another class). */
function formatText(v: EventView, j: number): string {
  const c = v.cueAt[j];
  return c?.cls === 'format' ? c.text : `format@${v.tokens[j]?.lower ?? ''}`;
}

/** The ordinal cue right before a trigger («второе заседание», «екінші отырысы», "the second round"), as its cue text. */
function ordinalBefore(v: EventView, s: SentenceRange, i: number): string | null {
  for (let j = i - 1; j >= Math.max(s.t0, i - 3); j--) if (v.is(j, 'ordinal')) return v.cueAt[j]?.text ?? null;
  return null;
}

/** CAMEO code of an invitation (036, express intent to meet or negotiate), as the event files code it. */
const INVITATION = '036';

/** Records what a sentence's events establish for later sentences. */
export function remember(ctx: DocContext, d: EventDraft, frame: string, hadOwnDate: boolean, evening = false, published: string | null = null): void {
  const e = d.ev;
  if (e.source && e.target && (frame === 'meet' || frame === 'phone' || frame === 'visit' || frame === 'go' || frame === 'sign' || frame === 'session')) {
    // A pair read partly from the context («the ministers were received by X») does not replace the article's pair.
    if (!d.weakSource && !d.weakTarget) ctx.setPair(e.source, e.target);
    else if (!(d.weakSource && d.weakTarget) && !ctx.pair) ctx.setPair(e.source, e.target);
  }
  if ((frame === 'visit' || frame === 'go') && e.source && e.target) {
    ctx.visit = { visitor: e.source, host: e.target, place: e.location, date: e.date };
  }
  if (frame === 'attend' && e.source && e.target?.kind === 'organization') ctx.summit = { source: e.source, org: e.target };
  if (e.type === 'CONSULT' && e.mode === 'multilateral') {
    ctx.summitPlace = { name: e.location?.name ?? null, date: e.date };
    // The multilateral meetings of one host make one gathering: the host and each state met there. Within one sentence
    // the host may be named as a person for one participant and as the state for another (Bayramov, Azerbaijan).
    if (e.source && e.target && e.target.country !== null) {
      const g = ctx.gathering;
      const sameHost = g !== null && (g.host.id === e.source.id || (g.sentence === d.sentence && g.host.country !== null && g.host.country === e.source.country));
      if (g && sameHost) { if (!g.members.some((m) => m.id === e.target?.id || (m.country !== null && m.country === e.target?.country))) g.members.push(e.target); }
      else ctx.gathering = { host: e.source, members: [e.target], sentence: d.sentence };
    }
  } else if (e.type === 'CONSULT' && (e.mode === 'visit' || e.mode === 'phone')) ctx.summitPlace = null;
  if (e.target) ctx.lastTarget = e.target;
  if (e.type === 'AGREE' && e.cameo === INVITATION && e.source && e.target) ctx.invited = { inviter: e.source, invitee: e.target };
  if (e.type === 'ACCUSE' && e.source) {
    ctx.accuser = e.source;
    ctx.accused = e.target;
  }
  // A coarser date within the story's day ("last week's earthquake", in November) does not move it.
  const within = ctx.date !== null && e.date !== null && e.date.length < ctx.date.length && ctx.date.startsWith(e.date);
  // «Мирзиёев прибыл … накануне»: an arrival told after a dated act but dated before it does not take the story back.
  const arrival = frame === 'visit' || frame === 'go';
  const back = arrival && ctx.dated && e.date !== null && e.date.length === 10 && ctx.date?.length === 10 && e.date < ctx.date;
  if ((hadOwnDate && !within && !back) || !ctx.date) {
    ctx.date = e.date;
    ctx.dated = hadOwnDate;
    // «прибыл … вечером 13 октября», «10 маусымда кешке келген»: talks after an evening arrival are held the next day.
    const next = arrival && evening && hadOwnDate && e.date?.length === 10 ? nextDay(e.date) : null;
    if (next && (published === null || next <= published)) ctx.date = next;
  }
  if (e.location) ctx.location = e.location;
}
