/** Coreference within a document: surnames alone and titles alone («Мемлекет басшысы», "the Kazakh leader") → persons. */
import type { Ctx, TitleHit } from './context.ts';
import type { Draft } from './draft.ts';
import type { Person } from './gazetteer.ts';
import { fromEntry } from './draft.ts';
import { isAllCaps } from './keys.ts';
import { latinKey } from '../text/translit.ts';
import { isPerson, titleStateBefore } from './persons.ts';
import { resolveBodies } from './bodies.ts';

/** Persons named in full (first name and surname) in the document. */
function fullNames(ctx: Ctx): Draft[] {
  return ctx.drafts.filter((d) => isPerson(d) && !d.coref && (d.t1 - d.t0 > 1 || (d.first?.length ?? 0) > 0) && (d.last?.length ?? 0) > 0);
}

/** The person a surname token refers to: the one whose surname key equals the token's surface key, else its stem key; nearest before it first. */
function bySurname(ctx: Ctx, people: readonly Draft[], i: number): Draft | undefined {
  const keys = ctx.view.keys(i);
  // Most capitalised words are no one's surname: nothing is built for them.
  let hits: Draft[] | null = null;
  for (const p of people) if (p.last?.some((k) => keys.includes(k))) (hits ??= []).push(p);
  if (!hits) return undefined;
  const surface = latinKey(ctx.view.tok(i).lower);
  const exact = hits.filter((p) => p.last?.includes(surface));
  const pool = exact.length > 0 ? exact : hits;
  const ids = new Set(pool.map((p) => p.id));
  if (ids.size > 1) {
    const before = pool.filter((p) => p.t0 < i);
    return before[before.length - 1];
  }
  return pool[0];
}

/** Surnames alone: a gazetteer surname match of a person named in full is marked coreferent; other capitalised words that are the surname of a named person become coreferent mentions. */
function surnames(ctx: Ctx): void {
  const { view } = ctx;
  const people = fullNames(ctx);
  if (people.length === 0) return;
  for (const d of ctx.drafts) {
    if (isPerson(d) && d.rule === 'surname' && people.some((p) => p.id === d.id && p !== d)) d.coref = true;
  }
  for (let i = 0; i < view.n; i++) {
    if (!view.cap(i) || ctx.at(i) || isAllCaps(view.tok(i).text) || view.tok(i).text.length < 2) continue;
    const p = bySurname(ctx, people, i);
    // A two-letter surname only of a people named family name first (Xi, Си), whose full name the text gives.
    if (!p || (view.tok(i).text.length < 3 && !ctx.lex.cues.names.familyFirst.has(p.country ?? ''))) continue;
    const t = view.tok(i);
    ctx.add({ ...p, t0: i, t1: i + 1, start: t.start, end: t.end, rule: 'surname-coref', confidence: 0.8, coref: true, post: undefined });
  }
}

/** The person a title alone refers to: one named in the text with that post, else the office holder at the document's date. */
function resolveTitle(ctx: Ctx, t: TitleHit): { person: Person | Draft; holder: string } | undefined {
  const explicit = t.holder;
  // An office named alone is one of the state whose press writes: by language (kk, az) or by outlet (ru, en).
  const holder = explicit ?? (t.kind === 'office' || t.kind === 'office-home' ? ctx.homeAt(t.t0) ?? ctx.home : null);
  const named = ctx.drafts.filter((d) => isPerson(d) && !d.coref && d.post && d.t0 < t.t0);
  const withPost = named.filter((d) => {
    const [h = '', role = ''] = (d.post ?? '').split(':');
    return role === t.role && (holder === null || h === holder);
  });
  // The most mentioned such person (the article's subject), the first named on a tie (a press names its own first).
  const count = (id: string): number => ctx.drafts.filter((d) => d.id === id && d.named).length;
  const mostMentioned = (list: readonly Draft[]): Draft | undefined => {
    let best: Draft | undefined;
    for (const d of list) if (!best || count(d.id) > count(best.id)) best = d;
    return best;
  };
  const recent = mostMentioned(withPost);
  if (recent && (explicit !== null || holder === null)) return { person: recent, holder: (recent.post ?? '').split(':')[0] ?? '' };
  if (!holder) {
    // «Касым-Жомарт Токаев … Глава государства принял …» with no outlet to say whose press writes: a person named
    // before, with no post written, who held that office at the document's date; of several, the most mentioned, and
    // on a tie the first named (a press names its own head of state first).
    const holders = ctx.drafts.filter((d) => isPerson(d) && !d.coref && d.t0 < t.t0 && d.country
      && ctx.lex.gaz.officeHolder(`${d.country}:${t.role}`, ctx.date ?? '9999')?.id === d.id);
    const best = mostMentioned(holders);
    return best ? { person: best, holder: best.country ?? '' } : undefined;
  }
  const p = ctx.lex.gaz.officeHolder(`${holder}:${t.role}`, ctx.date ?? '9999');
  if (p) return { person: p, holder };
  return recent ? { person: recent, holder } : undefined;
}

/** Titles that stand alone (no name next to them) become coreferent person mentions. */
function titlesAlone(ctx: Ctx): void {
  const { view } = ctx;
  for (const t of ctx.titles) {
    if (t.kind === 'role' || (t.kind === 'office-with-country' && t.holder === null) || view.plural(t.t1 - 1)) continue;
    const n = view.nextWord(t.after - 1);
    const named = n >= 0 ? ctx.at(n) : undefined;
    // A title followed by its holder's name is that person's post, not a reference of its own.
    const hc = named ? titleStateBefore(ctx, t, named) : null;
    if (named && named.kind === 'person' && named.t0 === n && (hc === null || hc === named.country)) continue;
    if (ctx.at(t.t0)?.kind === 'person') continue;
    const r = resolveTitle(ctx, t);
    if (!r) continue;
    const base: Draft = 'kind' in r.person && 'canonical' in r.person && 't0' in r.person
      ? { ...r.person }
      : fromEntry(view, ctx.lex, t.t0, t.t1, r.person as Person, 'office-holder', 0.6);
    ctx.add({
      ...base, t0: t.t0, t1: t.t1, start: view.tok(t.t0).start, end: view.tok(t.t1 - 1).end, named: false, coref: true,
      rule: 't0' in r.person ? 'title-coref' : 'office-holder', confidence: 't0' in r.person ? 0.7 : 0.6, post: `${r.holder}:${t.role}`,
    });
  }
}

/** Resolves surnames and titles standing alone to the persons of the document (or the office holders at its date). */
export function resolveCoreference(ctx: Ctx): void {
  surnames(ctx);
  titlesAlone(ctx);
  resolveBodies(ctx);
}
