/**
 * English names of a state's ministry that the gazetteer does not hold as written: the state before the head with a
 * portfolio on either side ("Uzbekistan's Foreign Ministry", "Tajikistan's Ministry of Energy and Water Resources",
 * "Tajik Energy Ministry") or the portfolio and then the state ("Ministry of Energy and Water Resources of Tajikistan").
 * Each is the state's body of that portfolio: the gazetteer's, when exactly one of its ministries is named so
 * ("Foreign" → Ministry of Foreign Affairs (Uzbekistan)), else a new "Ministry of <portfolio> (<state>)".
 */
import type { Ctx } from './context.ts';
import { fromEntry, orgDraft, type Draft } from './draft.ts';
import type { GazetteerEntry } from './gazetteer.ts';
import { ownerStart } from './cues.ts';

/** Most words of a portfolio on either side of the head. */
const MAX_PORTFOLIO = 8;

interface Portfolio {
  /** The portfolio's words as written, joiners included. */
  words: string;
  /** True when every content word is capitalised. */
  capitalised: boolean;
}

/** True for a country mention (a name, its possessive or its adjective: Uzbekistan's, Tajik). */
function isState(d: Draft | undefined): d is Draft & { country: string } {
  return d !== undefined && d.kind === 'country' && d.country !== null && d.rule !== 'dropped';
}

/** True for a lower-case word or mark inside a portfolio: a coordinator or a comma ("Energy and Water Resources", "Labour, Employment and …"). */
function joiner(ctx: Ctx, j: number): boolean {
  const low = ctx.view.tok(j).lower;
  return low === ',' || ctx.lex.cues.names.coordinators.has(low);
}

/** The word after word token j, across a comma right after it ("Labour, Employment"), or -1. */
function wordAfter(ctx: Ctx, j: number): number {
  const n = ctx.view.nextWord(j);
  return n >= 0 || ctx.view.tok(j + 1)?.text !== ',' ? n : ctx.view.nextWord(j + 1);
}

/** The capitalised portfolio after the head ("of Energy and Water Resources"), then "of [the] STATE" if it follows. */
function portfolioAfterHead(ctx: Ctx, h1: number): { portfolio: Portfolio; state: (Draft & { country: string }) | undefined; end: number } | undefined {
  const { view } = ctx;
  const open = view.nextWord(h1 - 1);
  const names = ctx.lex.cues.names;
  if (open < 0 || names.portfolioOpeners.get(view.tok(open).lower) !== 'any') return undefined;
  let last = -1;
  let words = 0;
  for (let j = view.nextWord(open); j >= 0 && words < MAX_PORTFOLIO; j = wordAfter(ctx, j)) {
    if (view.cap(j) && !ctx.at(j)) { last = j; words++; }
    else if (last < 0 || !joiner(ctx, j)) break;
  }
  if (last < 0) return undefined;
  const portfolio: Portfolio = { words: view.doc.text.slice(view.tok(open + 1).start, view.tok(last).end), capitalised: true };
  let s = view.nextWord(last);
  if (s >= 0 && names.genitives.has(view.tok(s).lower)) {
    s = ownerStart(view, names, s);
    const d = s >= 0 ? ctx.startingAt(s) : undefined;
    if (isState(d) && d.named) return { portfolio, state: d, end: d.t1 };
  }
  return { portfolio, state: undefined, end: last + 1 };
}

/** The state right before the head, or before a portfolio before it ("Kazakhstan's", "Uzbekistan's Foreign", "Tajik Energy"), in one sentence. */
function stateBefore(ctx: Ctx, h0: number): { state: Draft & { country: string }; portfolio: Portfolio | undefined } | undefined {
  const { view } = ctx;
  let j = h0;
  let words = 0;
  let capitalised = true;
  while (view.sentStart[j] !== 1) {
    const d = ctx.endingBefore(j);
    if (isState(d)) {
      const portfolio = words > 0 ? { words: view.doc.text.slice(view.tok(j).start, view.tok(h0 - 1).end), capitalised } : undefined;
      return { state: d, portfolio };
    }
    const p = view.prevWord(j);
    if (p < 0 || ctx.at(p) || words >= MAX_PORTFOLIO) return undefined;
    if (!view.cap(p)) {
      if (words === 0 || !joiner(ctx, p)) capitalised = false;
    }
    words++;
    j = p;
  }
  return undefined;
}

/** Lower case, commas dropped, one space between words. */
function plain(s: string): string {
  return s.toLowerCase().replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The English name of a state's body without its state: "Ministry of Energy (Kazakhstan)" → "Ministry of Energy". */
export function englishHead(ctx: Ctx, e: GazetteerEntry): string | null {
  const state = ctx.lex.countries.get(e.country)?.canonical;
  return state && e.canonical.endsWith(` (${state})`) ? e.canonical.slice(0, -state.length - 3) : null;
}

const bodiesByState = new WeakMap<readonly GazetteerEntry[], Map<string, GazetteerEntry[]>>();

/** The gazetteer's organizations of a state (INT: the international ones), indexed once per gazetteer. */
export function stateBodies(ctx: Ctx, country: string): readonly GazetteerEntry[] {
  const all = ctx.lex.gaz.entries;
  let byState = bodiesByState.get(all);
  if (!byState) {
    byState = new Map();
    for (const e of all) if (e.kind === 'organization') { const l = byState.get(e.country) ?? []; l.push(e); byState.set(e.country, l); }
    bodiesByState.set(all, byState);
  }
  return byState.get(country) ?? [];
}

/**
 * The state's ministry whose English name opens with "Ministry of <portfolio>" ("Foreign" opens "Foreign Affairs"),
 * when exactly one does.
 */
function ministryOf(ctx: Ctx, country: string, portfolio: string): GazetteerEntry | undefined {
  const want = plain(`ministry of ${portfolio}`);
  const hits = stateBodies(ctx, country).filter((e) => e.role === 'ministry'
    && [englishHead(ctx, e) ?? e.canonical, e.names.en ?? ''].some((n) => { const k = plain(n); return k === want || k.startsWith(`${want} `); }));
  return hits.length === 1 ? hits[0] : undefined;
}

/** A state's ministry named by the English head at [h0, h1) with a portfolio, or undefined (see the module's comment). */
export function englishMinistry(ctx: Ctx, h0: number, h1: number): Draft | undefined {
  const { view } = ctx;
  const after = portfolioAfterHead(ctx, h1);
  const before = stateBefore(ctx, h0);
  // One portfolio and one state: before and after the head, or both after it.
  const portfolio = after && !before?.portfolio ? after.portfolio : !after ? before?.portfolio : undefined;
  const state = after?.state ?? before?.state;
  if (!portfolio || !state || (after?.state && before)) return undefined;
  const t0 = after?.state ? h0 : before!.state.t0;
  const t1 = after ? after.end : h1;
  const known = ministryOf(ctx, state.country, portfolio.words);
  if (!known && (!portfolio.capitalised || !view.cap(h0))) return undefined;
  if (state.named) ctx.drop(state);
  if (known) return fromEntry(view, ctx.lex, t0, t1, known, 'org-portfolio', 0.75);
  const stateName = ctx.lex.countries.get(state.country)?.canonical ?? state.canonical;
  return orgDraft(ctx, t0, t1, `Ministry of ${portfolio.words} (${stateName})`, state.country, 'org-portfolio', 0.6);
}
