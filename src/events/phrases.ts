/**
 * Noun-phrase structure across args: country and organization modifiers folded into the more specific actor
 * they qualify («Әзербайжан Президентімен», "Kazakh Foreign Minister Murat Nurtleu", «Посол Республики
 * Казахстан … Алим Байель»), and coordination groups («Тоқаев пен Әлиев», «X ilə Y arasında», "X and Y").
 */
import type { Arg } from './args.ts';
import type { EventView } from './view.ts';
import { betweenCapitals } from './case.ts';

/** How far a country or organization may stand from the person or organization it qualifies. */
const ABSORB_REACH = 8;

/** Words of a noun phrase allowed after a coordinator before the next conjunct (ilə Qazaxıstan Prezidenti Y). */
const NP_SLACK = 6;

const QUOTE_OR_DASH: ReadonlySet<string> = new Set(['«', '»', '"', '“', '”', '–', '—', '-']);

const upperFirst = (t: string): boolean => t !== '' && t.charAt(0) !== t.charAt(0).toLowerCase();

function rank(k: Arg['kind']): number {
  return k === 'person' ? 3 : k === 'organization' ? 2 : k === 'country' ? 1 : 0;
}

/** True when the coordinator at token i stands between two lower-case words (the parts of a minister's portfolio). */
function inPortfolio(v: EventView, i: number): boolean {
  const before = v.tokens[i - 1];
  const after = v.tokens[i + 1];
  return before?.kind === 'word' && after?.kind === 'word' && !upperFirst(before.text) && !upperFirst(after.text);
}

/** True when the English coordinator at token i stands between two capitalised words (a title: Foreign Affairs and Security Policy). */
function inTitle(v: EventView, i: number): boolean {
  return v.lang === 'en' && betweenCapitals(v, i);
}

/** True when token i lies inside an arg folded into another. */
export function absorbedAt(args: readonly Arg[], i: number): boolean {
  return args.some((a) => a.absorbed && i >= a.t0 && i < a.t1);
}

/** Folds country and organization modifiers into the more specific actor of the same country nearby. */
export function absorb(v: EventView, args: Arg[]): void {
  for (const a of args) {
    if (a.kind !== 'country' && a.kind !== 'organization') continue;
    // An international body (no state) qualifies only a person of no state named after it: its officer ("EU High
    // Representative … Kaja Kallas"; English, where the body opens the title).
    const country = a.actor?.country ?? null;
    if (!country && (a.kind !== 'organization' || v.lang !== 'en')) continue;
    const modifierCase = a.case === 'nom' || a.case === 'gen' || a.case === 'obl' || a.case === 'attr';
    for (const b of args) {
      if (b === a || b.absorbed || rank(b.kind) <= rank(a.kind) || !b.actor || b.actor.country !== country || (!country && (b.kind !== 'person' || b.t0 < a.t1))) continue;
      const gap = b.t0 >= a.t1 ? b.t0 - a.t1 : a.t0 - b.t1;
      if (gap < 0 || gap > ABSORB_REACH) continue;
      // Turkic modifiers precede their head («Әзербайжан Президенті X»); ru/en ones may follow (посол Казахстана).
      if ((v.lang === 'kk' || v.lang === 'az') && a.t0 > b.t0) continue;
      // A ru/en modifier after its head is in the genitive (посол Казахстана); a body in the nominative after a person is
      // a phrase of its own («По поручению Президента Ильхама Алиева Министерство … направило»).
      if (a.t0 > b.t0 && a.case === 'nom' && a.kind === 'organization') continue;
      if (!modifierCase && a.case !== b.case) continue;
      const lo = Math.min(a.t1, b.t1);
      const hi = Math.max(a.t0, b.t0);
      let clean = true;
      for (let i = lo; i < hi; i++) {
        const t = v.tokens[i]?.text;
        // A coordinator between two lower-case words joins a portfolio (enerji və təbii sərvətlər naziri), not two actors.
        if (t === '.' || t === ';' || t === ':' || t === ',' || (v.is(i, 'coord') && !inPortfolio(v, i) && !inTitle(v, i)) || v.is(i, 'say')) { clean = false; break; }
      }
      if (clean) { a.absorbed = true; break; }
    }
  }
}

/** Tokens after a conjunct within which a comma-joined list must reach its "and". */
const LIST_REACH = 24;

/** True when a coordinator comes after token i before a verb or a break other than a comma. */
function andFollows(v: EventView, i: number): boolean {
  for (let j = i; j < Math.min(v.tokens.length, i + LIST_REACH); j++) {
    const text = v.tokens[j]?.text ?? '';
    if (v.isBreak(j) && text !== ',') return false;
    if (v.is(j, 'coord')) return true;
    if (v.verb(j).tense !== null && !upperFirst(text)) return false;
  }
  return false;
}

/** Joins args separated only by coordinators and commas (plus the title words of the next phrase) into groups. */
export function coordinate(v: EventView, live: Arg[], all: readonly Arg[]): void {
  for (let k = 1; k < live.length; k++) {
    const x = live[k - 1] as Arg;
    const y = live[k] as Arg;
    let coord = false;
    let comma = false;
    let slack = 0;
    let ok = y.t0 > x.t1;
    for (let i = x.t1; i < y.t0 && ok; i++) {
      if (absorbedAt(all, i)) continue;
      const text = v.tokens[i]?.text ?? '';
      if (v.is(i, 'coord') || (v.is(i, 'with') && v.cueAt[i]?.side === 'after')) { coord = true; slack = 0; continue; }
      if (text === ',') { comma = true; continue; }
      if (QUOTE_OR_DASH.has(text) && coord) continue;
      if (QUOTE_OR_DASH.has(text) && (text === '«' || text === '»' || text === '"' || text === '“' || text === '”')) continue;
      const verbal = v.verb(i).tense !== null && !upperFirst(text);
      // A title stands before its name: after a comma too, the next conjunct may open with its title words
      // («Ceyhun Bayramov, Türkiyənin xarici işlər naziri Hakan Fidan və …», «… Джейхун Байрамов, министр иностранных дел
      // Ирана Аббас Аракчи …»); in ru/en only between two persons (a title after a name with none after it is apposition).
      const open = coord || (comma && (v.lang === 'kk' || v.lang === 'az' || (x.kind === 'person' && y.kind === 'person')));
      if (v.isBreak(i) || verbal || !open || ++slack > NP_SLACK) ok = false;
    }
    if (!ok || (!coord && !comma)) continue;
    if (comma && !coord && v.lang !== 'en' && v.lang !== 'ru' && x.case !== y.case) continue;
    // "In Moscow, Tokayev met …", "In Kazakhstan, the minister said …": a place or a phrase in the locative closed by a
    // comma is an adverbial, not the first of a list of actors of another kind.
    if (comma && !coord && x.kind !== y.kind && (x.kind === 'place' || y.kind === 'place' || x.case === 'loc')) continue;
    // "The foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan, held talks": persons after a
    // comma that follows states are their apposition, not more conjuncts of the states' list.
    if (comma && !coord && (v.lang === 'en' || v.lang === 'ru') && x.kind === 'country' && y.kind === 'person') continue;
    // az «X ilə görüşüb»: ilə before a verb is comitative; «X ilə Y-nin görüşü», «X ilə Y arasında» coordinate.
    if (v.lang === 'az' && x.case === 'com' && x.adposition && y.case === 'com') continue;
    // "During a phone call with Tokayev, Putin congratulated him": in ru/en a list after a preposition, joined by
    // commas, ends with "and" (и); a comma with none after the next name closes a fronted phrase. (A headline joins
    // its subjects by a comma alone: "Kazakhstan, Azerbaijan sign declaration".)
    if (comma && !coord && x.adposition && (v.lang === 'en' || v.lang === 'ru') && !andFollows(v, y.t1)) continue;
    y.group = x.group;
  }
  // Case of a group: Turkic marks it on the last conjunct, ru/en on the first (its preposition).
  const groups = new Map<number, Arg[]>();
  for (const a of live) groups.set(a.group, [...(groups.get(a.group) ?? []), a]);
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    if (v.lang === 'kk' || v.lang === 'az') {
      const last = g[g.length - 1] as Arg;
      for (const a of g) if (a.case === 'nom' || (a.case === 'com' && a.adposition)) { a.case = last.case; a.adposition = last.adposition; }
    } else {
      const first = g[0] as Arg;
      for (const a of g) if (!a.adposition && first.adposition) { a.case = first.case; a.adposition = true; }
    }
  }
}
