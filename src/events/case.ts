/**
 * The case a phrase stands in: Kazakh and Azerbaijani suffixes and postpositions (ilə, arasında, тарапынан),
 * Russian and English prepositions found by scanning left across a title and its genitive modifiers
 * («с Министром культуры Азербайджана X», "with Kazakh Foreign Minister X"), Russian endings; bare name words
 * whose ending only looks like a suffix (Фидан, Qafarova, Керимли) stay nominative.
 */
import { latinKey } from '../text/translit.ts';
import { hasPossessive3 } from '../entities/suffix-sets.ts';
import { loadCues } from '../entities/cues.ts';
import type { Case } from './grammar.ts';
import type { Arg } from './args.ts';
import type { EventView, SentenceRange } from './view.ts';

const ADPOSITION_CASE: Readonly<Record<string, Case>> = { with: 'com', between: 'between', to: 'dat', in: 'loc', by: 'agent', of: 'gen', from: 'abl', via: 'via' };

/** How far left a preposition is looked for (ru/en): across a title and its modifiers. */
const PREP_REACH = 12;

/** Case of the phrase [t0, t1): Turkic suffix or postposition, Russian/English preposition (scanning left over the phrase) or ending. */
export function caseOf(v: EventView, a: Arg, args: readonly Arg[], s: SentenceRange): { c: Case; adp: boolean; owner?: boolean } {
  const after = v.cueAt[a.t1];
  if (after?.side === 'after' && a.t1 < s.t1) {
    const c = ADPOSITION_CASE[after.cls];
    if (c) return { c, adp: true };
  }
  if (v.lang === 'kk' || v.lang === 'az') {
    // «Sadır Japarova zəng edib»: a man's surname plus a vowel is his dative, though it looks like a woman's surname.
    if (datOfName(v, a)) return { c: 'dat', adp: false };
    const own = bareName(v, a) || possessive3(v, a) ? 'nom' : v.ownCase(a.t1 - 1);
    // «Әзербайжан елшісін қабылдады», «Qazaxıstanın səfirini qəbul edib»: a state owning its envoy right after it stands
    // in the envoy's case.
    if (a.kind === 'country' && (own === 'nom' || own === 'gen') && a.t1 < s.t1 && v.is(a.t1, 'envoy')) return { c: v.ownCase(a.t1), adp: false };
    return own === 'gen' && possessedInDative(v, a, args, s) ? { c: 'dat', adp: false, owner: true } : { c: own, adp: false };
  }
  // ru/en: the nearest preposition to the left, crossing the words of the phrase and genitive modifiers.
  for (let i = a.t0 - 1, n = 0; i >= s.t0 && n < PREP_REACH; i--, n++) {
    // A date, a noun of time or a pronoun before the phrase ends the scan: «В мае министр …», «В тот же день Эрдоган …»,
    // «В нем приняли участие министр …» put the month, the day or the pronoun, not the person, after в.
    if (v.isBreak(i) || v.inDate(i) || v.is(i, 'governed')) break;
    const cue = v.cueAt[i];
    // A coordinator between capitalised words belongs to a title ("High Representative for Foreign Affairs and Security Policy").
    if (cue?.cls === 'coord' && !(v.lang === 'en' && betweenCapitals(v, i))) break;
    if (cue?.side === 'before') {
      const c = ADPOSITION_CASE[cue.cls];
      // "of" inside a title: the Minister of Foreign Affairs of … X, Secretary of State X, Minister of Energy X.
      if (c === 'gen' && (i < a.t0 - 2 || betweenCapitals(v, i))) continue;
      if (c) return { c, adp: true };
    }
    const other = args.find((b) => b !== a && i >= b.t0 && i < b.t1);
    if (other) {
      // "In Moscow, Tokayev met …", "… of the summit in Dushanbe, Tokayev held talks": a phrase closed by a comma is
      // an adverbial of its own; the preposition before it is not this phrase's.
      if (v.tokens[other.t1]?.text === ',') break;
      // Only a genitive modifier is crossed (министром культуры Азербайджана X); «в Азербайджане X» is a phrase of its own.
      if (v.lang === 'ru' && !(v.ownCase(other.t1 - 1) === 'obl' && !(v.tokens[other.t1 - 1]?.lower ?? '').endsWith('е'))) break;
      i = other.t0;
      n += other.t1 - other.t0 - 1;
    }
  }
  if (a.kind === 'collective' || a.kind === 'they' || a.kind === 'pronoun') return { c: 'nom', adp: false };
  const own = russianOwnCase(v, a);
  // Russian adnominal genitive: a country or organization in the genitive right after a noun (Посол Казахстана, Дням культуры Казахстана).
  if (v.lang === 'ru' && a.kind !== 'person' && a.kind !== 'place' && !v.is(a.t1 - 1, 'head')) {
    const prev = v.tokens[a.t0 - 1];
    if ((own === 'gen' || own === 'obl') && prev?.kind === 'word' && !v.cueAt[a.t0 - 1]?.side) return { c: 'gen', adp: false };
  }
  // A Russian passive's agent stands in the bare instrumental («был принят Президентом Ильхамом Алиевым», «соболезнования
  // были выражены Министерством …»): near a short passive participle it is the agent, as by X is in English.
  if (v.lang === 'ru' && own === 'com' && a.kind !== 'place' && (v.hasCue('passive', Math.max(s.t0, a.t0 - PASSIVE_BEFORE), a.t0) || v.hasCue('passive', a.t1, Math.min(s.t1, a.t1 + PASSIVE_AFTER)))) {
    return { c: 'agent', adp: false };
  }
  return { c: own, adp: false };
}

/** How far before (across a title) and after a phrase in the instrumental a passive participle makes it the agent (ru). */
const PASSIVE_BEFORE = 6;
const PASSIVE_AFTER = 3;

/** Word tokens between a genitive owner and the noun it owns («Қазақстанның уақтылы көрсеткен көмегіне»). */
const OWNED_REACH = 3;

/**
 * True when a Turkic genitive owns a noun in the dative a few words on, with no other actor between: the act is
 * aimed at the owner («Қазақстанның көмегіне алғыс білдірді», thanked Kazakhstan for its help;
 * «Azərbaycanın təşəbbüsünə dəstək», support to Azerbaijan's initiative).
 */
function possessedInDative(v: EventView, a: Arg, args: readonly Arg[], s: SentenceRange): boolean {
  let words = 0;
  for (let j = a.t1; j < s.t1 && words < OWNED_REACH; j++) {
    if (v.isBreak(j) || v.cueAt[j] || args.some((b) => b !== a && j >= b.t0 && j < b.t1)) return false;
    const t = v.tokens[j];
    if (t?.kind !== 'word') continue;
    words++;
    if (hasPossessive3(t.suffixes)) return v.ownCase(j) === 'dat';
  }
  return false;
}

/** True when the phrase ends in a bare word of its canonical name (Фидан, Qafarova): an ending that looks like a case suffix is part of the name. */
function bareName(v: EventView, a: Arg): boolean {
  if (a.kind !== 'person' || v.is(a.t1 - 1, 'head')) return false;
  const key = latinKey(v.tokens[a.t1 - 1]?.lower ?? '');
  return a.canon.some((c) => sameWord(key, c));
}

/** Vowels that end a dative after a consonant-final name (Japarov-a, Ərdoğan-a, Тоқаев-қа is read by the analyser). */
const DATIVE_VOWELS: ReadonlySet<string> = new Set(['a', 'e']);

/** True when a person's phrase ends in a word of its canonical name plus a dative vowel (Japarova for Japarov). */
function datOfName(v: EventView, a: Arg): boolean {
  if (a.kind !== 'person') return false;
  const key = latinKey(v.tokens[a.t1 - 1]?.lower ?? '');
  return DATIVE_VOWELS.has(key.charAt(key.length - 1)) && a.canon.some((c) => c.length >= 3 && !DATIVE_VOWELS.has(c.charAt(c.length - 1)) && sameWord(key.slice(0, -1), c));
}

/** True when a word's Latin key is its canonical word up to one inner letter (Qafarova ~ Gafarova; Армению ≁ Armenia). */
function sameWord(key: string, canon: string): boolean {
  return canon.length >= 3 && key.length === canon.length && key.charAt(key.length - 1) === canon.charAt(canon.length - 1) && hamming(key, canon) <= 1;
}

/**
 * True when an Azerbaijani phrase ends in the 3rd-person possessive of a compound (Xarici İşlər Nazirliyi,
 * Qazaxıstan Prezidenti, Azərbaycan tərəfi): after a consonant it is spelled like the accusative, which names and
 * countries take; a head noun after a state is always such a compound (its accusative is tərəfini).
 */
function possessive3(v: EventView, a: Arg): boolean {
  if (v.lang !== 'az' || (a.kind !== 'organization' && !a.headed && (a.kind !== 'person' || a.named))) return false;
  const chain = v.tokens[a.t1 - 1]?.suffixes ?? [];
  const last = chain[chain.length - 1];
  return chain.length === 1 && (last === 'ı' || last === 'i' || last === 'u' || last === 'ü');
}

/** Number of differing letters of two equally long strings. */
function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) d++;
  return d;
}

/**
 * Case of a Russian phrase by its endings: organizations, countries and places by their first word (the head:
 * «Организации тюркских государств», «Республики Казахстан»); persons by the first word that is longer than
 * the matching word of their canonical name (Адилем Керимли: Адилем = Adil + ending), since a bare name word
 * (Алим, Керимли, Нуртлеу) may end like a case form.
 */
function russianOwnCase(v: EventView, a: Arg): Case {
  if (v.lang !== 'ru') return v.ownCase(a.t1 - 1);
  if (v.is(a.t1 - 1, 'head')) return v.ownCase(a.t1 - 1);
  if (a.headed && v.is(a.t0, 'head')) return v.ownCase(a.t0);
  if (a.kind !== 'person') {
    let i = a.t0;
    while (i < a.t1 - 1 && v.tokens[i]?.kind !== 'word') i++;
    // A bare name (Баку, «Казахтелеком») is no case form; the head word of a longer name carries the case.
    const first = a.canon[0];
    if (first && sameWord(latinKey(v.tokens[i]?.lower ?? ''), first)) return 'nom';
    const c = v.ownCase(i);
    return c === 'obl' && a.kind === 'country' ? 'gen' : c;
  }
  let matched = false;
  for (let i = a.t0; i < a.t1; i++) {
    const tok = v.tokens[i];
    if (tok?.kind !== 'word') continue;
    const key = latinKey(tok.lower);
    const w = a.canon.find((c) => c.length >= 3 && key.length >= c.length && hamming(key.slice(0, c.length - 1), c.slice(0, -1)) <= 1);
    if (!w) continue;
    matched = true;
    if (key.length > w.length) return v.ownCase(i);
  }
  if (matched) return 'nom';
  // A title standing for a person («Глава государства поблагодарил»): written as data/ru/titles.tsv writes it, it is
  // in the nominative; its head is its first word, not the genitive after it.
  const first = v.tokens[a.t0]?.lower ?? '';
  return titleHeads().has(first) ? 'nom' : v.ownCase(a.t1 - 1);
}

let heads: ReadonlySet<string> | null = null;

/** First words of the Russian titles, in their nominative form (data/ru/titles.tsv). */
function titleHeads(): ReadonlySet<string> {
  heads ??= new Set(loadCues().titles.filter((r) => r.lang === 'ru').map((r) => r.title.toLowerCase().split(/\s+/)[0] ?? '').filter((w) => w.length > 0));
  return heads;
}

/** True when the words on both sides of token i are capitalised: i joins the words of a title (Minister of Energy, Foreign Affairs and Security Policy). */
export function betweenCapitals(v: EventView, i: number): boolean {
  return capitalized(v, i - 1) && capitalized(v, i + 1);
}

/** True when token i is a word written with a capital letter. */
function capitalized(v: EventView, i: number): boolean {
  const t = v.tokens[i];
  return t?.kind === 'word' && t.text !== t.lower;
}
