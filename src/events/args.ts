/**
 * The arguments of a sentence: its actor and place mentions with the case each stands in (suffix,
 * ending or adposition), country modifiers folded into the person or organization they qualify
 * («Әзербайжан Президентімен», "Kazakh Foreign Minister Murat Nurtleu"), coordination groups
 * («Тоқаев пен Әлиев», «X ilə Y arasında», "X and Y"), collective subjects and pronouns.
 */
import type { Mention } from '../entities/types.ts';
import { loadLexicon } from '../entities/lexicon.ts';
import { QUOTES } from '../entities/keys.ts';
import { LEGAL_FORM } from '../entities/cues.ts';
import { hasPossessive3 } from '../entities/suffix-sets.ts';
import { latinKey } from '../text/translit.ts';
import { boundedMemo } from '../util/memo.ts';
import type { Case } from './grammar.ts';
import type { EventActor } from './types.ts';
import type { EventView, SentenceRange } from './view.ts';
import { caseOf } from './case.ts';
import { absorb, absorbedAt, coordinate } from './phrases.ts';
import { countryActor, seatActor } from './context.ts';
import { isTurkic } from './grammar.ts';
import { isNominal } from './position.ts';

/**
 * The head noun a state or body after it depends on, its token, or -1: ru «делегация Казахстана» (the head right
 * before a state), en "delegation of [the] X" (a state or body).
 */
function headOf(v: EventView, m: Mention, t0: number, s: SentenceRange): number {
  const isHead = (i: number): boolean => i >= s.t0 && v.is(i, 'head') && !v.cueAt[i]?.side;
  if (v.lang === 'ru') return m.kind === 'country' && isHead(t0 - 1) ? t0 - 1 : -1;
  if (v.lang !== 'en' || (m.kind !== 'country' && m.kind !== 'organization')) return -1;
  let i = t0 - 1;
  if (v.isArticle(i)) i--;
  return v.is(i, 'of') && isHead(i - 1) ? i - 1 : -1;
}

/**
 * A plural title right before the names it heads ("Foreign Ministers of Azerbaijan and Armenia Jeyhun Bayramov and
 * Ararat Mirzoyan met"; its states folded into the names) is their title, not a collective standing for the parties.
 */
function titleOfNames(v: EventView, args: Arg[]): void {
  if (v.lang !== 'en') return;
  for (const c of args) {
    if (c.kind !== 'collective' || c.absorbed) continue;
    // Its names, past its states ("of Azerbaijan and Armenia, Jeyhun Bayramov …").
    const next = args.find((a) => a.t0 >= c.t1 && !a.absorbed && a.kind !== 'country');
    if (!next || next.kind !== 'person') continue;
    const states = args.filter((a) => a.kind === 'country' && a.t0 >= c.t1 && a.t1 <= next.t0);
    let ok = true;
    for (let i = c.t1; i < next.t0 && ok; i++) {
      if (absorbedAt(args, i) || states.some((a) => i >= a.t0 && i < a.t1)) continue;
      // Besides its states, a plural title and its names may have only "of", articles, coordinators and the commas of an
      // apposition between them ("The foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan").
      ok = v.is(i, 'of') || v.isArticle(i) || v.is(i, 'coord') || v.tokens[i]?.text === ',';
    }
    if (ok) c.absorbed = true;
  }
}

/**
 * A plural title or collective followed by the states it is of ("The presidents of Kazakhstan and Kyrgyzstan discussed",
 * "talks between the foreign ministers of Kazakhstan and Uzbekistan") stands for those states: they take its place
 * and case in the sentence.
 */
function statesOfCollective(v: EventView, args: Arg[]): void {
  if (v.lang !== 'en') return;
  for (const c of args) {
    if (c.kind !== 'collective' || c.absorbed) continue;
    let i = c.t1;
    if (!v.is(i, 'of')) continue;
    i++;
    if (v.isArticle(i)) i++;
    const states: Arg[] = [];
    for (;;) {
      const a = args.find((x) => x.t0 === i && !x.absorbed);
      if (!a || a.kind !== 'country') break;
      states.push(a);
      i = a.t1;
      if (v.tokens[i]?.text === ',') i++;
      if (v.is(i, 'coord')) i++;
      if (v.isArticle(i)) i++;
    }
    if (states.length < 2) continue;
    for (const a of states) {
      a.case = c.case;
      a.adposition = c.adposition;
      a.group = c.group;
    }
    c.absorbed = true;
  }
}

/**
 * The leader of a delegation stands in the delegation's place: kk/az «Кобахидзенің бастаған делегациясын қабылдады»,
 * «Kobaxidzenin başçılıq etdiyi nümayəndə heyətini qəbul edib» (the genitive leader takes the case of the delegation
 * noun after «бастаған», «başçılıq etdiyi»); en "received a delegation led by X" (X is the object, not a passive's agent).
 */
function ledDelegation(v: EventView, args: Arg[]): void {
  for (const a of args) {
    if (!a.actor || a.absorbed) continue;
    if (isTurkic(v.lang)) {
      // The leader stands in the genitive or, as the subject of the participle, in the nominative («Кобахидзе бастаған»).
      if (a.case !== 'gen' && a.case !== 'nom') continue;
      let j = a.t1;
      while (v.is(j, 'led-by')) j++;
      if (j === a.t1) continue;
      // «nümayəndə heyətini»: the head may be the second word of the delegation noun.
      if (!v.is(j, 'head') && v.is(j + 1, 'head')) j++;
      if (!v.is(j, 'head')) continue;
      while (v.is(j + 1, 'head')) j++;
      a.case = v.ownCase(j);
      a.adposition = false;
    } else if (v.lang === 'en' && a.case === 'agent') {
      let j = a.t0 - 1;
      while (j >= 0 && v.is(j, 'led-by')) j--;
      if (j < a.t0 - 1 && v.is(j, 'head')) {
        a.case = 'nom';
        a.adposition = false;
      }
    }
  }
}

/** True when states a and b are written X–Y: one dash between them and no space on either side of it. */
export function dashJoined(v: EventView, a: Arg, b: Arg): boolean {
  if (a.kind !== 'country' || b.kind !== 'country' || b.t0 !== a.t1 + 1) return false;
  const dash = v.tokens[a.t1];
  const before = v.tokens[a.t1 - 1];
  const after = v.tokens[b.t0];
  if (dash === undefined || before === undefined || after === undefined || !DASHES.has(dash.text)) return false;
  if (before.end === dash.start && dash.end === after.start) return true;
  // "Kazakhstan – Azerbaijan talks", «Қазақстан – Әзербайжан қарым-қатынастары»: spaced, when a lower-case noun follows.
  const next = v.tokens[b.t1];
  return next !== undefined && next.kind === 'word' && next.text === next.text.toLowerCase() && !v.isBreak(b.t1);
}

/** A noun phrase an event role can be filled from. */
export interface Arg {
  kind: 'person' | 'organization' | 'country' | 'place' | 'collective' | 'pronoun' | 'they' | 'guest';
  actor: EventActor | null;
  place: { name: string; country: string | null; id?: string } | null;
  /** A landmark (a memorial, museum or monument; role landmark in data/gazetteer/places.tsv): visiting it is protocol. */
  site: boolean;
  /** A state's capital (role capital in data/gazetteer/places.tsv), as a place or standing for its state. */
  capital: boolean;
  /** A capital standing for its state («Баку и Ереван договорились», "Ankara welcomed"): kind country, place kept. */
  metonym: boolean;
  /** Token range [t0, t1), widened over a head noun that carries the case («қазақстандық әріптесін»). */
  t0: number;
  t1: number;
  case: Case;
  /** Case came from an adposition (с, with, ilə, arasında) rather than the word's own form. */
  adposition: boolean;
  /** The case is that of a noun the (genitive) actor owns («Қазақстанның көмегіне»): the actor is no destination. */
  owner: boolean;
  /** Coordination group: args joined by and/пен/və share a group number. */
  group: number;
  /** Folded into a more specific actor of the same country nearby. */
  absorbed: boolean;
  /** Party of talks that are only the topic of a discussion (select.ts): no party of the sentence's acts. */
  topic: boolean;
  text: string;
  /** Latin keys of the words of the canonical name (persons), to tell inflected name words from bare ones. */
  canon: readonly string[];
  /** A name, not a title or adjective. */
  named: boolean;
  /** Widened over a head noun (Қазақстан делегациясы, делегация Казахстана, Kazakh delegation): the body stands for the state. */
  headed: boolean;
}

/** Most tokens before the dash of a dateline ("Tashkent, Uzbekistan (Daryo.uz) —", "BAKU, Oct. 3 (Trend) –"). */
const DATELINE_REACH = 12;

/**
 * The character offset where a dateline opening the sentence ends (0 when none): up to a dash, only places, states,
 * outlets, dates and punctuation. Its places name where the report was filed, not actors of the sentence.
 */
function datelineEnd(v: EventView, s: SentenceRange, mentions: readonly Mention[]): number {
  // "Kazakhstan – Azerbaijan relations": a dash between two names is no dateline; one after a comma, a parenthesis, a
  // date or a place in capitals (ASTANA –) is.
  let marked = false;
  let dash = -1;
  for (let i = s.t0 + 1; i < s.t1 && i - s.t0 < DATELINE_REACH && dash < 0; i++) if (DASHES.has(v.tokens[i]?.text ?? '')) dash = i;
  if (dash < 0) return 0;
  for (let i = s.t0; i <= dash; i++) {
    const tok = v.tokens[i];
    if (!tok) return 0;
    if (tok.text === '—' || tok.text === '–' || tok.text === '-') {
      const prev = v.tokens[i - 1];
      const spaced = prev !== undefined && prev.end < tok.start && (v.tokens[i + 1]?.start ?? Infinity) > tok.end;
      return i > s.t0 && spaced && marked ? tok.end : 0;
    }
    if (tok.text === ',' || tok.text === '(' || tok.text === ')' || v.inDate(i) || (tok.kind === 'word' && tok.text.length > 2 && tok.text === tok.text.toUpperCase())) marked = true;
    if (tok.kind !== 'word') continue;
    if (v.inDate(i)) continue;
    const m = mentions.find((x) => x.start <= tok.start && tok.end <= x.end);
    if (!m || (m.kind !== 'place' && m.kind !== 'country' && !isMedia(m))) return 0;
  }
  return 0;
}

/** True for news outlets: they report events and are never their actors. */
function isMedia(m: Mention): boolean {
  // A name read as a web domain ("Daryo.uz", "Report.az") is a news site too.
  return m.kind === 'organization' && (m.rule === 'domain' || loadLexicon().gaz.byId.get(m.id)?.role === 'media');
}

/**
 * The actor of a mention; an official of an international body (post nato:deputy, un:secretary-general)
 * acts for it, not for a state, while an official of a national body (kaz-amanat:chairman) keeps its country.
 */
function actorOf(m: Mention): EventActor | null {
  if (m.kind === 'place') return null;
  const holder = m.kind === 'person' && m.post !== undefined && /^[a-z]/.test(m.post) ? m.post.split(':')[0] : undefined;
  const forBody = holder !== undefined && loadLexicon().gaz.byId.get(`org:${holder}`)?.country === 'INT';
  return { name: m.canonical, kind: m.kind, country: forBody ? null : m.country, id: m.id };
}

/** The gazetteer role of a place (capital, city, landmark …), undefined for other mentions. */
function placeRole(m: Mention): string | undefined {
  return m.kind === 'place' ? loadLexicon().gaz.byId.get(m.id)?.role : undefined;
}

/** Punctuation after a dateline's place («Астана, 12 марта», "ASTANA –", «Bakı. 9 iyul»). */
const DATELINE_AFTER: ReadonlySet<string> = new Set([',', '.', '–', '—', '-', '(', '/']);
const DASHES: ReadonlySet<string> = new Set(['–', '—', '-', '−']);

/**
 * A capital in an actor's place (a subject, object, partner: not a locative, an attribute or a dateline) stands for its
 * state, as in diplomatic news: «Баку и Ереван договорились», «потребовала от Тегерана», "Ankara welcomed the move".
 */
function capitalAsState(v: EventView, a: Arg, s: SentenceRange, capital: boolean): void {
  // A locative, an attribute, a route or a destination (to Baku, Бакуге) is a place.
  if (!capital || a.case === 'loc' || a.case === 'attr' || a.case === 'via' || a.case === 'dat' || !a.place?.country) return;
  const first = v.tokens[a.t0];
  if (!first || (first.text.length > 1 && first.text === first.text.toUpperCase())) return;
  const next = v.tokens[a.t1];
  if (a.t0 === s.t0 && next && DATELINE_AFTER.has(next.text)) return;
  // A route (Bakı–Tbilisi–Qars, Баку–Грозный): a capital joined to another name by a dash is part of a name.
  const prev = v.tokens[a.t0 - 1];
  if ((prev && DASHES.has(prev.text) && prev.end === first.start) || (next && DASHES.has(next.text) && next.start === (v.tokens[a.t1 - 1]?.end ?? -1))) return;
  // A capital naming a document, process or event is no actor: before a capitalised word (Astana Bəyannaməsi, the Baku
  // Initiative), before a document or event noun, in kk/az as the head of a possessive compound (Астана декларациясы,
  // Bakı forumu), in English as it stands (the Baku forum). Russian names a document by an adjective (Астанинская
  // декларация), so a capital before a document word is no name of it there.
  if (next?.kind === 'word') {
    if (next.text !== next.lower) return;
    // "the Doha meeting", "the Baku talks": in English a capital before an act's noun names where it was held.
    const named = v.is(a.t1, 'document') || v.is(a.t1, 'summit') || v.is(a.t1, 'visitword') || (v.lang === 'en' && v.anchorsTrigger(a.t1) && isNominal(v, a.t1));
    if (named && (isTurkic(v.lang) ? hasPossessive3(next.suffixes) : v.lang === 'en')) return;
  }
  const seat = a.place.id ? seatActor(a.place.id) : null;
  const actor = seat ?? countryActor(a.place.country);
  if (!actor) return;
  a.kind = seat ? 'organization' : 'country';
  a.actor = actor;
  a.metonym = true;
}

function placeOf(m: Mention): { name: string; country: string | null; id: string } | null {
  return m.kind === 'place' || m.kind === 'country' ? { name: m.canonical, country: m.country, id: m.id } : null;
}

/** Cue classes of words that stand for actors named elsewhere: collective subjects, pronouns, «they», the guest (the visitor in context). */
const STAND_INS = ['collective', 'pronoun', 'they', 'guest'] as const;

/** The Latin keys of the words of an actor's canonical name (names recur, so remembered). */
const canonKeys = boundedMemo((canonical: string): readonly string[] => canonical.toLowerCase().split(/\s+/).map((w) => latinKey(w)), 20_000);

/** True when token i is a quotation mark. */
export function isQuoteTok(v: EventView, i: number): boolean {
  const t = v.tokens[i];
  return t !== undefined && t.kind === 'punct' && QUOTES.has(t.text);
}

/**
 * True when token i is an organization head noun of the text's language (data/<lang>/org-heads.tsv, not a legal
 * form) in its possessive form: the kind of body written after its name ("Samruk-Kazyna" fondu, «ҚазМұнайГаз»
 * компаниясымен), which carries the name's case.
 */
function isOrgHead(v: EventView, i: number): boolean {
  const t = v.tokens[i];
  if (!t || t.kind !== 'word') return false;
  // Capitalised, it starts another name (BMT-nin Mərkəzi Asiya …).
  if (t.text.charAt(0) !== t.text.charAt(0).toLowerCase()) return false;
  const heads = loadLexicon().heads;
  const ok = (keys: string[]): boolean => heads.singleWord(keys, t.text).some((p) => p.target.lang === v.lang && !LEGAL_FORM.test(p.target.head));
  // The head as listed (fondu, компаниясы), or its stem with a possessive ending (компаниясымен, şirkətinin).
  return ok([latinKey(t.lower)]) || (hasPossessive3(t.suffixes) && ok([t.key]));
}

/**
 * True when the word at i names the kind of the organization just before it: an organization head noun after
 * a name that is not in the genitive («X» fondu is X; X-in fondu is a fund of X's).
 */
function kindAfterName(v: EventView, i: number): boolean {
  const last = isQuoteTok(v, i - 1) ? i - 2 : i - 1;
  return last >= 0 && v.ownCase(last) !== 'gen' && isOrgHead(v, i);
}

/** Index of the token starting at or after char offset `c` (binary search). */
export function tokenAt(v: EventView, c: number): number {
  let lo = 0;
  let hi = v.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((v.tokens[mid]?.end ?? 0) <= c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The arguments of sentence `s` from the mentions inside it. */
export function sentenceArgs(v: EventView, s: SentenceRange, mentions: readonly Mention[]): Arg[] {
  const args: Arg[] = [];
  const spans: [number, number][] = [];
  const capitals = new Set<number>();
  const dateline = datelineEnd(v, s, mentions);
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    if (isMedia(m) || m.end <= dateline) continue;
    const t0 = tokenAt(v, m.start);
    let t1 = tokenAt(v, m.end - 1) + 1;
    if (t0 >= t1) continue;
    // A quoted name's closing quote belongs to its phrase, so the head noun or postposition after it is found
    // ("KazMunayGas" ilə, «Самұрық-Қазына» қорымен, "Samruk-Kazyna" fondu ilə).
    if (t0 > s.t0 && t1 < s.t1 && isQuoteTok(v, t0 - 1) && isQuoteTok(v, t1)) t1++;
    if (spans.some(([a, b]) => m.start < b && a < m.end)) continue;
    const head = t1 < s.t1 && (v.is(t1, 'head') || (m.kind === 'organization' && kindAfterName(v, t1))) && !v.cueAt[t1]?.side;
    // A demonym is an actor only as the modifier of a head noun (qazaxıstanlı həmkarı, казахстанской стороне).
    if (m.rule === 'demonym' && !head) continue;
    // Russian puts the head before the state's genitive: «делегация Казахстана», «правительство Азербайджана»; English
    // before "of": "a delegation of Uzbekistan", "the delegation of the Ministry of Energy".
    const h = head ? -1 : headOf(v, m, t0, s);
    const headBefore = h >= 0 && !spans.some(([a, b]) => (v.tokens[h]?.start ?? 0) < b && a < m.end);
    spans.push([m.start, m.end]);
    if (head) t1++;
    const canon = canonKeys(m.canonical);
    const role = placeRole(m);
    if (role === 'capital' && m.country !== null) capitals.add(args.length);
    args.push({ kind: m.kind, actor: actorOf(m), place: placeOf(m), site: role === 'landmark', capital: role === 'capital' && m.country !== null, metonym: false, owner: false, topic: false, t0: headBefore ? h : t0, t1, case: 'nom', adposition: false, group: args.length, absorbed: false, text: m.text, canon, named: m.named, headed: head || headBefore });
  }
  // Collective subjects and pronouns stand for actors named elsewhere.
  for (let i = s.t0; i < s.t1; i++) {
    // Not only the token's first cue: «тараптар», «tərəflər» are collective (тараптар*) and, by their stem, a head noun (тарап).
    const cls = STAND_INS.find((c) => v.is(i, c));
    if (cls === undefined) continue;
    let j = i + 1;
    while (j < s.t1 && v.cueAt[j] === v.cueAt[i] && v.is(j, cls)) j++;
    if (!args.some((a) => i < a.t1 && a.t0 < j)) {
      args.push({ kind: cls, actor: null, place: null, site: false, capital: false, metonym: false, owner: false, topic: false, t0: i, t1: j, case: 'nom', adposition: false, group: args.length, absorbed: false, text: v.doc.text.slice(v.tokens[i]?.start ?? 0, v.tokens[j - 1]?.end ?? 0), canon: [], named: false, headed: false });
    }
    i = j - 1;
  }
  const capitalArgs = new Set([...capitals].map((k) => args[k]));
  args.sort((a, b) => a.t0 - b.t0);
  // Parts of one hyphenated word (қазақ-әзербайжан, азербайджано-казахстанский) are one coordinated group, and so are
  // two states joined by a dash with no space around it ("the Tajik–Uzbek working group").
  args.forEach((a, k) => { const p = args[k - 1]; a.group = p && ((p.t0 === a.t0 && p.t1 === a.t1) || dashJoined(v, p, a)) ? p.group : k; });
  for (const a of args) {
    const c = caseOf(v, a, args, s);
    a.case = c.c;
    a.adposition = c.adp;
    if (c.owner) a.owner = true;
    capitalAsState(v, a, s, capitalArgs.has(a));
  }
  // Cities joined by a dash name a road or a line (the Astana–Temirtau highway, Bakı–Tbilisi–Qars): a route, no destination.
  args.forEach((a, k) => {
    const b = args[k + 1];
    if (a.kind === 'place' && b?.kind === 'place' && b.t0 === a.t1 + 1 && DASHES.has(v.tokens[a.t1]?.text ?? '')
      && v.tokens[a.t1 - 1]?.end === v.tokens[a.t1]?.start && v.tokens[a.t1]?.end === v.tokens[b.t0]?.start) { a.case = 'via'; b.case = 'via'; }
  });
  // The outlet or press service a report cites («деп хабарлайды Ақорданың баспасөз қызметі», «Как сообщает Report»,
  // "according to the Azerbaijani presidential office") is no actor.
  for (const a of args) {
    // A press service named as a body ("the Kazakh presidential press service reported") is one too.
    const press = a.kind === 'organization' && v.hasCue('report', a.t0, a.t1);
    if ((a.kind === 'organization' || (a.kind === 'country' && a.headed)) && (press || v.hasCue('report', Math.max(s.t0, a.t0 - 3), a.t0) || v.hasCue('report', a.t1, Math.min(s.t1, a.t1 + 3)))) a.absorbed = true;
  }
  absorb(v, args);
  titleOfNames(v, args);
  coordinate(v, args.filter((a) => !a.absorbed), args);
  statesOfCollective(v, args);
  ledDelegation(v, args);
  return args;
}
