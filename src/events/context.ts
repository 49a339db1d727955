/**
 * What an article has established so far, for roles a sentence leaves implicit: the last subject
 * (carried into a sentence without one), the parties of the last bilateral event (for «Қос тарап»,
 * «Tərəflər», «Стороны», "the sides" and for a partner left unnamed), the current visit, date and place.
 */
import { loadLexicon } from '../entities/lexicon.ts';
import { readTsv } from '../util/data.ts';
import type { EventActor } from './types.ts';

/** A resolved role: the actor and the rule that found it. */
export interface Filled { actor: EventActor; how: string; weak: boolean }

/** The running context of one document. */
export class DocContext {
  subject: EventActor | null = null;
  /** The whole last subject group («X və Y … Onlar …»). */
  subjects: EventActor[] = [];
  pair: [EventActor, EventActor] | null = null;
  lastTarget: EventActor | null = null;
  /** The author of the last accusation or claim: a rejection naming no one answers it. */
  accuser: EventActor | null = null;
  /** The one the last accusation or protest was aimed at: a demand that names no one is made of it. */
  accused: EventActor | null = null;
  visit: { visitor: EventActor; host: EventActor; place: { name: string; country: string | null } | null; date: string | null } | null = null;
  /** The summit the article follows: its organization and the participant the article is about. */
  summit: { source: EventActor; org: EventActor } | null = null;
  /** The place of the last meeting held beside a summit («саммиті аясында кездесті»): later meetings there are beside it too. */
  summitPlace: { name: string | null; date: string | null } | null = null;
  date: string | null = null;
  /** The story's date was written in the text (not the publication date an undated report took). */
  dated = false;
  location: { name: string; country: string | null } | null = null;
  /** The last gathering of three states or more the article reports: its host and the others who met there. */
  gathering: { host: EventActor; members: EventActor[]; sentence: number } | null = null;
  /** The last invitation the article reports: its acceptance is the invitee's promise to the inviter. */
  invited: { inviter: EventActor; invitee: EventActor } | null = null;
  /** The state a disaster the article reports struck: aid sent to "the affected areas" goes there. */
  disaster: EventActor | null = null;

  /** The other party of the current bilateral relation for an actor of one side, or null. */
  partnerOf(a: EventActor): EventActor | null {
    const c = a.country;
    if (this.pair) {
      const [x, y] = this.pair;
      if (c !== null && x.country === c && y.country !== c) return y;
      if (c !== null && y.country === c && x.country !== c) return x;
      if (x.id === a.id) return y;
      if (y.id === a.id) return x;
    }
    if (this.visit) {
      const { visitor, host } = this.visit;
      if (c !== null && visitor.country === c && host.country !== c) return host;
      if (c !== null && host.country === c && visitor.country !== c) return visitor;
    }
    return null;
  }

  /** Records the parties of a bilateral event; a more specific actor replaces a country of the same side. */
  setPair(a: EventActor, b: EventActor): void {
    if (a.country === null || b.country === null || a.country === b.country) return;
    this.pair = [a, b];
  }
}

const countryCache = new Map<string, EventActor | null>();

/** The country actor of an ISO code (canonical English name, gazetteer id), or null when unknown. */
export function countryActor(iso: string | null): EventActor | null {
  if (!iso) return null;
  let hit = countryCache.get(iso);
  if (hit === undefined) {
    const e = loadLexicon().countries.get(iso);
    hit = e ? { name: e.canonical, kind: 'country', country: iso, id: e.id } : null;
    countryCache.set(iso, hit);
  }
  return hit;
}

let seats: Map<string, EventActor> | null = null;

/** The body a capital stands for as an actor instead of its state (data/gazetteer/seats.tsv: Brussels → the EU), or null. */
export function seatActor(placeId: string): EventActor | null {
  if (!seats) {
    seats = new Map();
    const lex = loadLexicon();
    for (const r of readTsv('gazetteer/seats.tsv')) {
      const body = lex.gaz.byId.get(r.body ?? '');
      if (!body || body.kind !== 'organization' || !r.place) throw new Error(`data/gazetteer/seats.tsv: no organization or place in row ${r.place ?? ''} → ${r.body ?? ''}`);
      seats.set(r.place, { name: body.canonical, kind: 'organization', country: body.country === 'INT' ? null : body.country, id: body.id });
    }
  }
  return seats.get(placeId) ?? null;
}

/** Specificity of an actor kind: person over organization over country. */
export function specificity(a: EventActor | null): number {
  if (!a) return 0;
  return a.kind === 'person' ? 3 : a.kind === 'organization' ? 2 : 1;
}
