/** Title pass: post titles in the text («Мемлекет басшысы», «Milli Məclisin Sədri», "Foreign Minister") and whose office each names. */
import type { Ctx, TitleHit } from './context.ts';
import type { Draft } from './draft.ts';
import type { Pattern } from './name-index.ts';
import type { TitleTarget } from './lexicon.ts';
import { hasCase, hasGenitive, hasLocativeAttr } from './suffix-sets.ts';
import { portfolioAfter, portfolioBefore, portfolioEn } from './portfolio.ts';
import { ownerStart } from './cues.ts';

/** Words a modifying name may stand from its title (Қазақстан Халқы Ассамблеясы хатшылығының басшысы). */
const MODIFIER_WINDOW = 2;
/** Separators of a chain of titles that share one holder («… Төрағасының орынбасары – Орталық аппарат басшысы»). */
const CHAIN = new Set([',', '–', '—', '-', '−']);

/** The holder a modifying mention gives a role: its state, or the organization itself for party and body posts. */
function holderOf(d: Draft, role: string, orgOnly: ReadonlySet<string>): string | null {
  if (d.kind === 'organization') return orgOnly.has(role) || !d.country ? d.id.replace(/^org:/, '') : d.country;
  if (d.kind === 'person') return null;
  return d.country;
}

/** The title a match stands for: a state-specific one (Türkiyə Prezidenti) only when no generic title is spelled the same. */
function pick(pats: readonly Pattern<TitleTarget>[]): TitleTarget {
  const generic = new Set(pats.filter((p) => p.target.holder === null).map((p) => p.name.toLowerCase()));
  const withHolder = pats.find((p) => p.target.holder !== null && !generic.has(p.name.toLowerCase()));
  // An office of the press's own state (titles.tsv) outranks the same words read as a gazetteer office.
  return (withHolder ?? pats.find((p) => p.target.kind === 'office-home') ?? pats.find((p) => p.target.kind === 'office') ?? pats[0]!).target;
}

interface Modifiers { holder: string | null; target?: string; after: number }

/** A state named after a title by a preposition of place (в Азербайджане, to Azerbaijan, in Baku): [its state, the token after]. */
function placePhrase(ctx: Ctx, t: number): [string, number] | undefined {
  const { view } = ctx;
  const n = view.nextWord(t - 1);
  if (n < 0 || !ctx.lex.cues.names.placePrepositions.has(view.tok(n).lower)) return undefined;
  const m = view.nextWord(n);
  const d = m >= 0 ? ctx.startingAt(m) : undefined;
  return d && d.named && (d.kind === 'country' || d.kind === 'place') && d.country ? [d.country, d.t1] : undefined;
}

/**
 * The names modifying a title: its holder (state or body) from before it, up to two words back, or in ru/en right after
 * it; and a host state (a Turkic locative attribute before it, «Азербайджандағы», or a place phrase after it).
 */
function modifiers(ctx: Ctx, t0: number, t1: number, role: string, orgOnly: ReadonlySet<string>): Modifiers {
  const { view } = ctx;
  const inside = ctx.at(t0);
  if (inside && inside.t0 < t0) return { holder: holderOf(inside, role, orgOnly), after: t1 };
  // «главой МИД Азербайджана»: a body's name that opens inside the title («МИД Азербайджана») and runs past it owns it.
  const tail = ctx.at(t1 - 1);
  if (tail && tail.kind === 'organization' && tail.t0 > t0 && tail.t1 > t1 && tail.country) return { holder: holderOf(tail, role, orgOnly), after: tail.t1 };
  let t = t0;
  let target: string | undefined;
  let found: Modifiers | undefined;
  let crossed = false;
  let where: string | null = null;
  for (let k = 0; k <= MODIFIER_WINDOW; k++) {
    const d = ctx.endingBefore(t);
    if (d && d.kind !== 'person') {
      const chain = view.tok(d.t1 - 1).suffixes;
      if (target === undefined && d.country && hasLocativeAttr(chain)) {
        target = d.country;
        t = d.t0;
        continue;
      }
      // «Ақордада Мемлекет басшысы …», «Bakıda Prezident …»: a name in a case other than the genitive (a place where)
      // owns no title; its state is the title's only when nothing else names one.
      const turkicLang = view.langs[t0] === 'kk' || view.langs[t0] === 'az';
      if (turkicLang && hasCase(chain) && !hasGenitive(chain)) { where = d.country; break; }
      crossed = k > 0 && d.t1 < t0;
      found = { holder: holderOf(d, role, orgOnly), after: t1 };
      break;
    }
    const p = view.prevWord(t);
    if (p < 0 || ctx.at(p)) break;
    t = p;
  }
  const lang = view.langs[t0];
  // «в Москве встретился с президентом Беларуси»: in ru/en a name written right after the title owns it, not one
  // before it across other words.
  if (found && crossed && (lang === 'ru' || lang === 'en')) {
    const n = ownerStart(view, ctx.lex.cues.names, view.nextWord(t1 - 1));
    const next = n >= 0 ? ctx.startingAt(n) : undefined;
    // So does one ending a portfolio after it («принял министр инвестиций, промышленности и торговли Узбекистана»).
    if ((next && next.named && next.kind !== 'person') || (lang === 'ru' && portfolioAfter(ctx, t1)) || (lang === 'en' && portfolioEn(ctx, t1)?.holder)) found = undefined;
  }
  if (!found && (lang === 'kk' || lang === 'az')) {
    const d = portfolioBefore(ctx, t0);
    if (d) found = { holder: holderOf(d, role, orgOnly), after: t1 };
    else if (where && ctx.startingAt(view.nextWord(t1 - 1))?.kind !== 'person') found = { holder: where, after: t1 };
  }
  if (found) {
    const place = placePhrase(ctx, t1);
    // "U.S. Special Envoy for South and Central Asian Affairs Sergio Gor": the name follows the portfolio.
    const pf = !place && lang === 'en' ? portfolioEn(ctx, t1) : undefined;
    return { ...found, ...(target ?? place?.[0] ? { target: target ?? place?.[0] } : {}), after: place?.[1] ?? pf?.after ?? t1 };
  }
  // Russian and English put the state after the title (министр иностранных дел Азербайджана, President of Kazakhstan).
  if (lang !== 'ru' && lang !== 'en') return { holder: null, ...(target ? { target } : {}), after: t1 };
  const n = ownerStart(view, ctx.lex.cues.names, view.nextWord(t1 - 1));
  const next = n >= 0 ? ctx.startingAt(n) : undefined;
  if (next && next.named && next.kind !== 'person') {
    const place = placePhrase(ctx, next.t1);
    return { holder: holderOf(next, role, orgOnly), ...(target ?? place?.[0] ? { target: target ?? place?.[0] } : {}), after: place?.[1] ?? next.t1 };
  }
  const owner = lang === 'ru' ? portfolioAfter(ctx, t1) : undefined;
  if (owner) return { holder: holderOf(owner, role, orgOnly), after: owner.t1 };
  const pf = lang === 'en' ? portfolioEn(ctx, t1) : undefined;
  if (pf) return { holder: pf.holder ? holderOf(pf.holder, role, orgOnly) : null, ...(target ? { target } : {}), after: pf.after };
  const place = placePhrase(ctx, t1);
  return { holder: null, ...(target ?? place?.[0] ? { target: target ?? place?.[0] } : {}), after: place?.[1] ?? t1 };
}

/** Finds the titles of a document (not those inside a longer name such as «Prezident Administrasiyası») into ctx.titles. */
export function findTitles(ctx: Ctx): void {
  const { view, lex } = ctx;
  const orgOnly = lex.orgRoles;
  const out: TitleHit[] = [];
  for (let i = 0; i < view.n; i++) {
    if (!view.isWord(i)) continue;
    const m = lex.titles.longestAt(view, i, (p, s) => p.lang === undefined || p.lang === view.langs[s] || p.lang === 'tr', false);
    if (!m) continue;
    const d = ctx.at(i);
    if (d && d.t0 <= m.start && d.t1 >= m.end && d.t1 - d.t0 > m.end - m.start) { i = d.t1 - 1; continue; }
    const target = pick(m.patterns);
    const mod = modifiers(ctx, m.start, m.end, target.role, orgOnly);
    out.push({ t0: m.start, t1: m.end, role: target.role, holder: target.holder ?? mod.holder, kind: target.kind, after: mod.after, ...(mod.target ? { target: mod.target } : {}) });
    i = m.end - 1;
  }
  // A title with no holder inherits the one of the title it is chained to by a dash or comma.
  for (let k = 1; k < out.length; k++) {
    const cur = out[k]!;
    const prev = out[k - 1]!;
    if (cur.holder !== null || prev.holder === null) continue;
    const sep = view.tokens[prev.t1];
    if (cur.t0 === prev.t1 + 1 && sep && CHAIN.has(sep.text)) cur.holder = prev.holder;
  }
  ctx.titles = out;
}
