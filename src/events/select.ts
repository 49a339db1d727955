/** The triggers of a sentence that stand as events: conditions met, overlaps and non-events (totals, plurals, settings, invitations' content) removed. */
import { isQuoteTok, type Arg } from './args.ts';
import type { TriggerDef } from './lexicon.ts';
import type { Hit } from './match.ts';
import type { EventView, SentenceRange } from './view.ts';
import { hasPlural, isTurkic } from './grammar.ts';
import { cueBeforeBreak, isNominal, nextTo } from './position.ts';
import { receiverVerb } from './received.ts';
import { infinitive } from './status.ts';

/** Tokens between an act's noun and its own «between A and B» phrase; and between the noun and the discussion verb whose topic it is. */
const OWN_PARTIES_REACH = 2;
const TOPIC_REACH = 6;

/**
 * The parties of a talks noun that is the topic of a discussion, or null: "exchanged views on … negotiations between
 * Russia and Ukraine", «обсудили ход переговоров между Россией и Украиной», «Ресей мен Украина арасындағы келіссөздердің
 * барысын талқылады». The discussion is the sentence's act; the talks it is about report no event, and their parties
 * are none of the discussion's.
 */
function othersTalksAsTopic(v: EventView, s: SentenceRange, live: readonly Arg[], hit: Hit<TriggerDef>): Arg[] | null {
  const f = hit.def.frame;
  if (f !== 'meet' && f !== 'phone' && f !== 'session') return null;
  if (!isNominal(v, hit.tokens[0] ?? hit.first) || v.is(hit.first, 'discuss')) return null;
  const turkic = isTurkic(v.lang);
  // Distance from the noun to a between-phrase actor: the phrase stands before the noun in kk/az, after it in ru/en.
  const gap = (a: Arg): number => (turkic ? hit.first - a.t1 : a.t0 - hit.last - 1);
  const own = live.filter((a) => a.case === 'between' && a.actor !== null && a.named && gap(a) >= 0 && gap(a) <= TOPIC_REACH);
  if (own.length < 2 || !own.some((a) => gap(a) <= OWN_PARTIES_REACH)) return null;
  // ru/en: the discussion verb opens the clause, and the topic may be one item of a list after it.
  if (!turkic) return v.hasCue('discuss', s.t0, hit.first) ? own : null;
  // kk/az: the talks are the discussion's object (келіссөздердің барысын, danışıqları), not its setting (telefon
  // danışığında); the last word of the noun carries the case.
  const c = v.ownCase(hit.last);
  if (c !== 'acc' && c !== 'gen' && c !== 'nom') return null;
  return cueBeforeBreak(v, 'discuss', hit.last + 1, s.t1) >= 0 ? own : null;
}

/** Tokens between a visit and a discussion in the infinitive naming its purpose ("will visit Seoul in July to discuss"). */
const PURPOSE_REACH = 8;
/** Tokens between a meeting noun and the participation verb it is the subject of ("The meeting, co-chaired by …, brought together"). */
const SETTING_REACH = 14;

/** Tokens between a verb of praise or blame and the meeting noun that is its object ("welcomed the Doha meeting"). */
const OBJECT_REACH = 4;
/** Tokens after a call verb within which a quotation makes it a naming ("called the move “unacceptable”"). */
const NAMING_REACH = 7;

/**
 * A trigger that stands as an event; `agreed`: an occasion the parties agreed to hold, so still to come; `thankedFor`: a
 * visit named as the reason for thanks, made by the one thanked (events/index.ts), after the sentence's other acts.
 */
export type ChosenHit = Hit<TriggerDef> & { readonly agreed?: boolean; readonly thankedFor?: boolean };

/** Frames of occasions the parties may agree to hold (a meeting, a session, a visit, a call). */
const OCCASIONS: ReadonlySet<string> = new Set(['meet', 'session', 'visit', 'go', 'phone']);
/** Tokens between an agreement and the occasion agreed on («договорились провести очередное заседание», «кезекті отырысын … өткізуге келісті»). */
const AGREED_REACH = 8;

/**
 * An agreement to hold an occasion is that occasion, planned, not an AGREE of its own: «договорились встретиться»,
 * "agreed to hold the next session in Baku", «кездесуге уағдаласты», «növbəti iclası Bakıda keçirməyə razılaşıblar».
 * The occasion follows the agreement in ru/en and precedes it in kk/az, in one clause. Not an agreement to go on with
 * something ("agreed to continue negotiations"), which is a promise (AGREE).
 */
function agreedOccasions(v: EventView, s: SentenceRange, chosen: readonly Hit<TriggerDef>[]): ChosenHit[] {
  const turkic = isTurkic(v.lang);
  const dropped = new Set<Hit<TriggerDef>>();
  const agreed = new Set<Hit<TriggerDef>>();
  for (const a of chosen) {
    if (a.def.frame !== 'agree') continue;
    const occasion = chosen.find((m) => {
      if (!OCCASIONS.has(m.def.frame) || m.def.type !== 'CONSULT') return false;
      // «Следующий раунд переговоров стороны договорились провести в феврале»: the occasion fronted, an infinitive after.
      if (!turkic && m.last < a.first) {
        // A finite verb before the agreement is an act of its own («Стороны обсудили … и договорились …»).
        if (a.first - m.last > AGREED_REACH || !infinitive(v, a.last + 1) || !isNominal(v, m.tokens[0] ?? m.first)) return false;
        for (let i = m.last + 1; i < a.first; i++) if (v.isBreak(i)) return false;
        return true;
      }
      const [from, to] = turkic ? [m.last + 1, a.first] : [a.last + 1, m.first];
      if (to < from || to - from > AGREED_REACH) return false;
      // "agreed that the minister will visit Baku", «договорились, что глава МИД посетит Баку»: a clause of what was agreed.
      const comma = v.tokens[from]?.text === ',' ? 1 : 0;
      const that = !turkic && v.is(from + comma, 'complementizer');
      for (let i = that ? from + comma + 1 : from; i < to; i++) if (v.isBreak(i) || v.is(i, 'continue')) return false;
      // The occasion is what was agreed, not where («Кездесу соңында … уағдаласты», "agreed at the meeting to …"): its
      // noun is the object in kk/az (кездесуге, отырысын, iclası); an infinitive leads to it in ru/en.
      if (turkic) {
        // «növbəti iclası … keçirməyə»: a possessive form reads as a nominative, but it is the object too.
        const c = v.ownCase(m.last);
        // «növbəti görüşünün … keçirilməsi barədə»: the genitive of a verbal noun's object too.
        return c === 'dat' || c === 'acc' || ((c === 'nom' || c === 'gen') && (v.tokens[m.last]?.suffixes.length ?? 0) > 0 && !v.is(m.last + 1, 'during'));
      }
      if (that) return true;
      for (let i = from; i <= m.first; i++) if (infinitive(v, i)) return true;
      return false;
    });
    if (!occasion) continue;
    dropped.add(a);
    agreed.add(occasion);
  }
  if (dropped.size === 0) return [...chosen];
  return chosen.filter((h) => !dropped.has(h)).map((h) => (agreed.has(h) ? { ...h, agreed: true } : h));
}

/** True when the sentence satisfies a trigger's `needs` / `unless` conditions. */
function conditionsHold(v: EventView, s: SentenceRange, live: readonly Arg[], hit: Hit<TriggerDef>): boolean {
  const { needs, unless } = hit.def;
  if (unless && v.hasCue(unless, s.t0, s.t1)) return false;
  if (!needs) return true;
  if (needs === 'dest') return live.some((a) => (a.kind === 'place' || a.kind === 'country') && (a.case === 'dat' || a.case === 'loc' || (!isTurkic(v.lang) && a.t0 > hit.last && a.t0 - hit.last <= 3)));
  // A passive's agent (тарапынан, tərəfindən, by, the Russian instrumental): «X Y тарапынан қабылданды».
  if (needs === 'agent') return live.some((a) => a.actor && a.actor.kind !== 'country' && a.case === 'agent');
  // "called the EU listing “unfounded”": a call verb whose object a quotation follows names it, it phones no one.
  if (needs === 'object' && hit.def.frame === 'phone' && !isTurkic(v.lang)) {
    // (Not a quotation after a purpose, "called Aliyev to congratulate him on “…”".)
    for (let i = hit.last + 1; i < Math.min(s.t1, hit.last + 1 + NAMING_REACH) && !v.is(i, 'to') && !v.is(i, 'coord') && v.tokens[i]?.text !== ','; i++) if (isQuoteTok(v, i)) return false;
  }
  // The object may be the guest, the visitor in context («Қонақты … қабылдады», «Гостя принял …»).
  if (needs === 'object') {
    return live.some((a) => (a.actor ? a.actor.kind !== 'country' : a.kind === 'guest') && (a.case === 'acc' || a.case === 'obl' || (!isTurkic(v.lang) && a.t0 > hit.last)))
      || live.some((a) => a.kind === 'country' && envoyObject(v, a, hit));
  }
  if (v.hasCue(needs, s.t0, s.t1)) return true;
  if (needs !== 'summit') return false;
  // «iclasda A, B, C … iştirak ediblər»: a session named in the sentence is a setting too when participants of three
  // states or more take part in it (a commission of two states holds no summit).
  const states = new Set(live.filter((a) => a.case === 'nom' && a.actor?.country).map((a) => a.actor?.country));
  // So is a meeting they attend ("A, B and C attended the meeting").
  if (hit.def.frame === 'attend' && states.size >= 3 && v.triggerHits(s).some((here) => here.some((h) => (h.def.frame === 'session' && h.last < hit.first) || (h.def.frame === 'meet' && h.first > hit.last && isNominal(v, h.first))))) return true;
  // «Лавров провел совещание глав МИД … В нем приняли участие …»: a pronoun may stand for a summit the sentence before names.
  const prev = v.sentences[s.index - 1];
  // So may one for a session the sentence before names («Заседание совета прошло … Армению на нем представлял …»).
  return prev !== undefined && v.hasCue('it', s.t0, s.t1) && (v.hasCue('summit', prev.t0, prev.t1) || v.triggerHits(prev).some((here) => here.some((h) => h.def.frame === 'session')));
}

/**
 * True when state a is named by its envoy as the object of the trigger (received the Ambassador of Azerbaijan, the
 * Azerbaijani Ambassador, принял посла Азербайджана, Әзербайжан елшісін қабылдады, Azərbaycanın səfirini qəbul edib):
 * the envoy stands for the state.
 */
function envoyObject(v: EventView, a: Arg, hit: Hit<TriggerDef>): boolean {
  // "received his Russian counterpart", «принял российскую делегацию», «ресейлік әріптесін қабылдады»: a state's word
  // before a counterpart or a delegation names the state received.
  // (The phrase may hold the word as its head: «Russian counterpart» is one argument.)
  const head = v.is(a.t1 - 1, 'counterpart') ? a.t1 - 1 : v.is(a.t1, 'counterpart') ? a.t1 : -1;
  if (head >= 0 && head < hit.first === isTurkic(v.lang) && (!isTurkic(v.lang) || v.ownCase(head) === 'acc')) return true;
  if (isTurkic(v.lang)) return a.case === 'acc' && a.t1 < hit.first && v.is(a.t1, 'envoy');
  if (a.t0 <= hit.last) return false;
  // ru «посла Азербайджана», en "the Ambassador of [the] X": the envoy word before the state; en "the Azerbaijani Ambassador": after it.
  let e = a.t0 - 1;
  if (v.isArticle(e)) e--;
  if (v.is(e, 'of')) e--;
  return (e > hit.last && v.is(e, 'envoy')) || v.is(a.t1, 'envoy');
}

function pluralVisit(v: EventView, i: number): boolean {
  const tok = v.tokens[i];
  if (!tok) return false;
  if (isTurkic(v.lang)) return hasPlural(tok, v.lang);
  if (v.lang === 'en') return tok.lower.endsWith('s') && tok.suffixes.includes('s');
  return v.endsAs(i, 'ending-pl');
}

/** True when the trigger counts occasions («жеті рет», «yeddi dəfə», "seven times"): a total, not an event. */
function isTotal(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>): boolean {
  for (let i = Math.max(s.t0 + 1, hit.first - 4); i < Math.min(s.t1, hit.last + 4); i++) {
    if (!v.is(i, 'times')) continue;
    const prev = v.tokens[i - 1];
    if (prev && (prev.kind === 'number' || v.is(i - 1, 'numword'))) return true;
  }
  return false;
}

/** Words between a reason cue and the act it names (ru/en: "for the humanitarian aid", «за оказанную помощь»). */
const REASON_REACH = 6;
/** The same after the act in kk/az (the cue follows its phrase: «сапарын жоғары деңгейде ұйымдастырғаны үшін»). */
const TURKIC_REASON_REACH = 5;

/**
 * True when an act is the reason for a directed act of the sentence (thanks, congratulations): named after a reason cue
 * that follows the other act's trigger in ru/en ("thanked Aliyev for the aid", «поблагодарил за помощь») or before it
 * in kk/az («көмегі үшін алғыс айтты», «zirvə görüşünün təşkilinə görə təşəkkür»). A reason cue with no such act
 * names a purpose ("allocated $1 million for humanitarian aid").
 */
function isReason(v: EventView, s: SentenceRange, hit: Hit<TriggerDef>, hits: readonly Hit<TriggerDef>[][]): boolean {
  const other = (ok: (h: Hit<TriggerDef>) => boolean): boolean => hits.some((here) => here.some((h) => h.def.frame === 'directed' && h.first !== hit.first && ok(h)));
  if (isTurkic(v.lang)) {
    // «zirvə görüşünün yüksək səviyyədə təşkilinə görə təşəkkür»: the reason phrase may hold a few words after the act.
    const r = cueBeforeBreak(v, 'reason', hit.last + 1, Math.min(s.t1, hit.last + 1 + TURKIC_REASON_REACH));
    if (r >= 0 && other((h) => h.first > r)) return true;
    // «шақыруын қабыл алып, Астанаға … келгені үшін алғыс айтты»: an acceptance joined to the act thanked for is thanked for too.
    if (hit.def.frame === 'accept') {
      const far = v.findCue('reason', hit.last + 1, Math.min(s.t1, hit.last + 1 + 2 * TURKIC_REASON_REACH));
      if (far >= 0 && other((h) => h.first > far)) return true;
    }
    // «көрсеткен көмегіне алғыс айтты» (thanked for the aid rendered): the act in the dative right before thanks or praise.
    return v.ownCase(hit.last) === 'dat' && other((h) => h.first === hit.last + 1 && h.def.type === 'SUPPORT');
  }
  const r = cueBeforeBreak(v, 'reason', hit.first - 1, Math.max(s.t0, hit.first - REASON_REACH) - 1);
  return r >= 0 && other((h) => h.last < r);
}

/** Triggers of a sentence that stand as events, from its trigger `hits` ({@link EventView.triggerHits}): one entry per anchor, overlaps and suppressed uses removed. */
export function chooseTriggers(v: EventView, s: SentenceRange, live: readonly Arg[], hits: readonly Hit<TriggerDef>[][]): ChosenHit[] {
  const chosen: Hit<TriggerDef>[] = [];
  const used = new Set<number>();
  // "received a phone call", «принял поздравления», «құттықтауын қабыл алды»: the receive verb is no meeting of its own.
  const receivers = new Set<number>();
  if (v.hasCue('receive', s.t0, s.t1)) for (const here of hits) for (const h of here) { const r = receiverVerb(v, h); if (r >= 0) receivers.add(r); }
  const reasons = v.hasCue('reason', s.t0, s.t1);
  const reasonVisits: ChosenHit[] = [];
  for (const here of hits) {
    const hit = here.find((h) => !h.tokens.some((t) => used.has(t)) && conditionsHold(v, s, live, h));
    if (!hit) continue;
    const anchor = hit.tokens[0] ?? hit.first;
    if (hit.tokens.some((t) => v.is(t, 'not-event') || v.inDate(t))) continue;
    if (v.hasCue('mutual', anchor - 3, anchor)) continue;
    // «qarşılıqlı səfərlər», «сапарлар», "visits": visits in general, not one visit.
    if ((hit.def.frame === 'visit' || hit.def.frame === 'go') && pluralVisit(v, anchor)) continue;
    if (hit.def.frame === 'meet' && hit.tokens.some((t) => receivers.has(t))) continue;
    // «көңіл айтқаны үшін алғыс айтты», "thanked for the support": the act is the reason for another. Its words stand for
    // no other act either ("for the humanitarian aid sent": not «aid sent»).
    if ((reasons || isTurkic(v.lang)) && isReason(v, s, hit, hits)) {
      for (const t of hit.tokens) used.add(t);
      // «Астанаға сапармен келгені үшін алғыс айтты», "thanked him for coming to Astana": the visit thanked for took place.
      if (hit.def.frame === 'visit' || hit.def.frame === 'go') reasonVisits.push({ ...hit, thankedFor: true });
      continue;
    }
    if (isTotal(v, s, hit)) continue;
    // «бейбіт келісімді парафтады», "the agreement was ratified": an agreement signed, initialled or ratified is a
    // document, not an act of agreeing (a one-word agreeing trigger on a document noun).
    if (hit.def.frame === 'agree' && hit.tokens.length === 1 && v.is(anchor, 'document') && hits.some((h) => h.some((o) => o.def.frame === 'sign'))) continue;
    // «əldə olunmuş razılaşmaların icrası», "the implementation of agreements reached": agreements made before, a topic.
    if (hit.def.frame === 'agree' && isNominal(v, anchor) && (v.is(hit.first - 1, 'reached') || v.is(hit.first - 2, 'reached') || v.is(hit.last + 1, 'reached')
      || (v.tokens[hit.last + 1]?.text === ',' && v.is(hit.last + 2, 'reached')))) continue;
    // "will visit Seoul in July to discuss the agenda", «посетит Сеул, чтобы обсудить …»: a discussion in the infinitive
    // after a visit is the visit's purpose, no meeting of its own.
    const afterVisit = chosen.some((c) => (c.def.frame === 'visit' || c.def.frame === 'go') && c.last < hit.first && hit.first - c.last <= PURPOSE_REACH);
    if (hit.def.frame === 'meet' && v.is(anchor, 'discuss') && infinitive(v, anchor) && afterVisit) continue;
    // "will visit Baku on Tuesday to attend the meeting": a meeting that is the object of the visit's purpose is the
    // visit's purpose too.
    if ((hit.def.frame === 'meet' || hit.def.frame === 'session') && isNominal(v, anchor) && afterVisit && [1, 2, 3].some((k) => infinitive(v, anchor - k))) continue;
    const topicParties = othersTalksAsTopic(v, s, live, hit);
    if (topicParties) { for (const a of topicParties) a.topic = true; continue; }
    // «заседания» in «в рамках заседания», «Zirvə görüşü çərçivəsində», "within the framework of participation": the setting, not an act.
    // A finite verb is an act in that setting («В рамках визита Токаев встретился с …»).
    if ((hit.def.frame === 'session' || hit.def.frame === 'attend' || hit.def.frame === 'meet') && isNominal(v, anchor) && nextTo(v, s, hit, 'framework')) continue;
    // "the importance of holding talks", «danışıqlara başlanılmasının zəruriliyi»: talk about talks, no act.
    // "steps toward signing a peace treaty": a goal, no act either.
    if ((hit.def.frame === 'session' || hit.def.frame === 'meet' || hit.def.frame === 'phone') && (nextTo(v, s, hit, 'modal') || v.hasCue('modal', hit.last + 1, Math.min(s.t1, hit.last + 4)))) continue;
    if (hit.def.frame === 'sign' && nextTo(v, s, hit, 'modal')) continue;
    // "talks hosted by the UAE": an English participle right after the noun of a meeting tells who hosted that meeting,
    // no meeting of its own.
    if (v.lang === 'en' && hit.def.frame === 'meet' && v.tokens[anchor]?.lower.endsWith('ed') && chosen.some((c) => c.def.type === 'CONSULT' && c.last === anchor - 1 && isNominal(v, c.last))) continue;
    for (const t of hit.tokens) used.add(t);
    chosen.push(hit);
  }
  // A visit, trip or summit that is the content of an invitation is no event of its own; an attack that is the
  // content of an accusation is a claim, coded as the accusation only.
  const invites = chosen.filter((h) => h.def.type === 'AGREE' && h.def.cameo === '036');
  const accuses = chosen.some((h) => h.def.type === 'ACCUSE');
  // "welcomed the Doha meeting", «встречу приветствовали»: a meeting named as the object of praise or blame is one the
  // article reported, not a new meeting of the one who praises it.
  const judged = (m: Hit<TriggerDef>): boolean => (m.def.frame === 'meet' || m.def.frame === 'session') && isNominal(v, m.tokens[0] ?? m.first)
    && (isTurkic(v.lang) ? v.hasCue('welcome', m.last + 1, Math.min(s.t1, m.last + 1 + OBJECT_REACH)) : v.hasCue('welcome', Math.max(s.t0, m.first - OBJECT_REACH), m.first)
      || chosen.some((d) => d.def.frame === 'directed' && (d.def.type === 'SUPPORT' || d.def.type === 'ACCUSE')
        && (isTurkic(v.lang) ? d.first > m.last && d.first - m.last <= OBJECT_REACH : m.first > d.last && m.first - d.last <= OBJECT_REACH)));
  // "asked the ambassador to convey his greetings", «ізгі тілектерін жеткізуді өтінді»: a courtesy, no demand.
  const courtesy = v.hasCue('greeting', s.t0, s.t1) && v.hasCue('convey', s.t0, s.t1);
  // "The meeting … brought together A, B and C": a meeting noun that is the subject of a participation verb is its setting.
  const attended = chosen.filter((h) => h.def.frame === 'attend');
  // "A, B and C attended the meeting": so is its object.
  const setting = (m: Hit<TriggerDef>): boolean => !isTurkic(v.lang) && (m.def.frame === 'meet' || m.def.frame === 'session') && isNominal(v, m.tokens[0] ?? m.first)
    && attended.some((h) => (h.first > m.last && h.first - m.last <= SETTING_REACH) || (m.first > h.last && m.first - h.last <= 2));
  // «… Нетаньяхумен кездесуі туралы ақпаратты жоққа шығарды», "denied media reports of a meeting": a denial of what the
  // press reported is no state's rejection, and the meeting reported did not take place.
  const deniedReport = chosen.some((h) => h.def.type === 'REJECT') && v.hasCue('media', s.t0, s.t1);
  return [...agreedOccasions(v, s, chosen), ...reasonVisits].filter((h) => {
    if (deniedReport && (h.def.type === 'REJECT' || (['meet', 'visit', 'go', 'phone', 'session'].includes(h.def.frame) && isNominal(v, h.tokens[0] ?? h.first)))) return false;
    if (setting(h)) return false;
    if (h.def.type === 'ASSAULT' && accuses) return false;
    if (h.def.type === 'REQUEST' && courtesy) return false;
    if (judged(h)) return false;
    // «keçiriləcək görüşə dəvət edib», "invited him to the meeting": a meeting noun is an invitation's content too.
    const content = h.def.frame === 'visit' || h.def.frame === 'go' || h.def.frame === 'attend' || ((h.def.frame === 'meet' || h.def.frame === 'session') && isNominal(v, h.tokens[0] ?? h.first));
    if (!content) return true;
    return !invites.some((inv) => (isTurkic(v.lang) ? h.last < inv.first && inv.first - h.last <= 6 : h.first > inv.last && h.first - inv.last <= 8));
  });
}
