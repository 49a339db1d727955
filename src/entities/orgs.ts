/** Organizations the gazetteer lacks, from head nouns: «Respublica» партиясы, Gürcüstan hökuməti, Ұлттық олимпиадалық комитеті. */
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';
import { LEGAL_FORM, ownerStart, type OrgHead } from './cues.ts';
import { fromEntry, charSpan, orgDraft } from './draft.ts';
import { hasDerivation, hasPossessive3, nominalChain } from './suffix-sets.ts';
import { shortForm } from './org-short.ts';
import { isAllCaps } from './keys.ts';
import { portfolioAfter } from './portfolio.ts';
import { englishHead, englishMinistry, stateBodies } from './orgs-en.ts';
import type { GazetteerEntry } from './gazetteer.ts';

/** Longest run of modifier words before a Turkic head, lower-case words inside it at most, and its length cap. */
const MAX_MODIFIERS = 5;
const MAX_LOWER = 2;
/** Roles whose bodies belong to the state of the text's language when no state is named (Туризм және спорт министрлігі). */
const STATE_ROLES = new Set(['ministry', 'state-body', 'parliament']);

/** True when no named mention covers a token of [t0, t1): a quoted name holding a known name is not read as a new body. */
function freeSpan(ctx: Ctx, t0: number, t1: number): boolean {
  for (let t = t0; t < t1; t++) if (ctx.at(t)) return false;
  return true;
}

/** The head's nominative, capitalised like the text's head token. */
function headForm(ctx: Ctx, head: OrgHead, t: number): string {
  const text = ctx.view.tok(t).text;
  const up = text.charAt(0) !== text.charAt(0).toLowerCase();
  return (up ? head.head.charAt(0).toUpperCase() : head.head.charAt(0).toLowerCase()) + head.head.slice(1);
}

/** Head closing the name (Turkic, English "X Committee"): state + head template, quoted name, or a capitalised modifier run. */
function before(ctx: Ctx, h0: number, h1: number, head: OrgHead): Draft | undefined {
  const { view } = ctx;
  let p = view.prevWord(h0);
  let prev = ctx.endingBefore(h0);
  if (!prev && p >= 0 && !view.cap(p) && head.template) { prev = ctx.endingBefore(p); p = view.prevWord(p); }
  if (prev && prev.kind === 'country' && head.template) {
    if (prev.named) ctx.drop(prev);
    const d = orgDraft(ctx, prev.t0, h1, head.template.replace('{country}', prev.canonical), prev.country, 'org-template', 0.75);
    d.start = Math.max(d.start, prev.start); // the last part of a hyphenated compound (Qazaxıstan-Azərbaycan hökuməti)
    return d;
  }
  const closing = view.tokens[h0 - 1];
  if (closing && view.isQuote(h0 - 1)) {
    let j = h0 - 2;
    while (j >= 0 && !view.isQuote(j) && h0 - j < 8) j--;
    if (j >= 0 && view.isQuote(j) && j < h0 - 2 && freeSpan(ctx, j + 1, h0 - 1)) {
      const inner = view.doc.text.slice(view.tok(j + 1).start, view.tok(h0 - 2).end);
      return orgDraft(ctx, j + 1, h1, `${inner} ${head.en}`, head.country || ctx.homeAt(h0), 'org-quoted', 0.7);
    }
  }
  const idx: number[] = [];
  const legal = LEGAL_FORM.test(head.head);
  let lowers = 0;
  let country: string | null = null;
  let absorbed: Draft | undefined;
  let j = view.prevWord(h0);
  while (j >= 0 && idx.length < MAX_MODIFIERS) {
    const d = ctx.at(j);
    if (d) {
      if (legal && d.kind === 'organization' && d.named && d.t1 === j + 1) {
        // A company the gazetteer knows, with its legal form after it: the name takes the form in (Kazakhtelecom JSC).
        const whole: Draft = { ...d, t1: h1, ...charSpan(view, d.t0, h1) };
        ctx.drop(d);
        return whole;
      }
      if (d.kind === 'country' && d.named) { country = d.country; absorbed = d; idx.unshift(...range(d.t0, d.t1)); }
      // A company's name may open with a place (Caspian Cable LLC, Bakı Metal ASC): the place is part of it.
      else if (legal && d.kind === 'place' && d.named && view.cap(d.t0)) { absorbed = d; idx.unshift(...range(d.t0, d.t1)); }
      break;
    }
    if (ctx.lex.cues.names.breaks.has(view.tok(j).lower)) break;
    // A company's name before its legal form is capitalised throughout and holds no other legal form (Kazakhtelecom JSC and Azersu OJSC).
    if (legal && (!view.cap(j) || LEGAL_FORM.test(view.tok(j).text))) break;
    if (!view.cap(j) && (++lowers > MAX_LOWER || !nominalChain(view.tok(j).suffixes))) break;
    idx.unshift(j);
    j = view.prevWord(j);
  }
  // «Ann Buayon bu gün Xarici İşlər Nazirliyinə»: a lower-case word (not a conjunction inside the name) followed by
  // capitalised words ends what stands before it; the name is the capitalised run at the head.
  // ("Barrot in the National Assembly": the conjunctions of a name may stand between, as "the" does.)
  const conj = (k: number): boolean => ctx.lex.cues.names.conjunctions.has(view.tok(k).lower);
  for (let k = idx.length - 2; k >= 0; k--) {
    const w = idx[k]!;
    let m = k + 1;
    while (m < idx.length - 1 && !view.cap(idx[m]!) && conj(idx[m]!)) m++;
    if (!view.cap(w) && view.cap(idx[m]!) && !conj(w)) {
      idx.splice(0, k + 1);
      if (absorbed && absorbed.t0 < (idx[0] ?? h0)) absorbed = undefined;
      break;
    }
  }
  const lowerEn = view.langs[h0] === 'en' && !view.cap(h0);
  if (lowerEn) {
    // "Türkmengaz and the Turkish company": before a lower-case head a coordinator joins two phrases, not words of one name.
    let c = idx.length - 1;
    while (c >= 0 && !ctx.lex.cues.names.coordinators.has(view.tok(idx[c]!).lower)) c--;
    if (c >= 0) {
      idx.splice(0, c + 1);
      if (absorbed && absorbed.t0 < (idx[0] ?? h0)) absorbed = undefined;
    }
  }
  while (idx.length > 0 && !view.cap(idx[0]!)) idx.shift();
  // "The Commission said": a sentence-initial article is no word of the name.
  while (idx.length > 0 && ctx.lex.cues.names.articles.has(view.tok(idx[0]!).lower)) idx.shift();
  // "the Azerbaijan-Georgia intergovernmental commission": a lower-case head after a lower-case word is a description.
  if (lowerEn && idx.some((k) => !view.cap(k))) return undefined;
  // "the Turkish company", "the Tajik ministry": a nationality before a lower-case head describes a body, it names none.
  const nationality = (k: number): boolean => ctx.lex.cues.names.articles.has(view.tok(k).lower) || ctx.startingAt(k)?.kind === 'country' || ctx.at(k)?.kind === 'country';
  if (lowerEn && !absorbed && idx.length > 0 && idx.every(nationality)) return undefined;
  // A sentence-initial capital followed by a lower-case word is no sign of a name (Bu barədə Xarici İşlər Nazirliyi),
  // unless the words are the end of a body's name («Сыртқы істер министрлігі Ресей елшісін шақырды»).
  if (idx.length > 1 && view.sentStart[idx[0]!] === 1 && !view.cap(idx[1]!) && !ctx.at(idx[0]!)) {
    const whole = [...idx, ...range(h0, h1)];
    const known = shortForm(ctx, whole);
    if (known) return fromEntry(view, ctx.lex, whole[0]!, h1, known, 'org-short', 0.75);
    idx.shift();
    while (idx.length > 0 && !view.cap(idx[0]!)) idx.shift();
  }
  if (absorbed && idx[0] !== absorbed.t0) absorbed = undefined;
  // The state a name opens with becomes part of it (its own mention is dropped; a hyphen part keeps its neighbour).
  const finish = (d: Draft): Draft => {
    if (absorbed) {
      ctx.drop(absorbed);
      d.start = Math.max(d.start, absorbed.start);
    }
    return d;
  };
  // «Пәкістан халқы мен Үкіметіне», "to the people and Government of Pakistan": a head coordinated with a noun a state
  // owns is that state's body, not one named before.
  if (idx.length === 0 && head.template) {
    const owner = coordinatedOwner(ctx, h0);
    if (owner) return orgDraft(ctx, h0, h1, head.template.replace('{country}', owner.canonical), owner.country, 'org-template', 0.7);
  }
  const all = [...idx, ...range(h0, h1)];
  // A short form (Dövlət Komitəsi, Komitəsi alone only when capitalised) of a body named before.
  const known = all.length > 1 || view.cap(h0) ? shortForm(ctx, all) : undefined;
  if (known) return finish(fromEntry(view, ctx.lex, all[0]!, h1, known, 'org-short', 0.75));
  if (idx.length === 0) return undefined;
  // One sentence-initial capital before a lower-case head is no name (Соңғы қызметі).
  if (idx.length === 1 && view.sentStart[idx[0]!] === 1 && !view.cap(h0)) return undefined;
  const words = idx.map((k) => view.tok(k).text).join(' ');
  // A state body, or a company under a legal form, of the country whose press writes of it (a legal form of one
  // state's register places the company there: Azərsu ASC, «Қазақтелеком» АҚ).
  const home = head.country || (STATE_ROLES.has(head.role) || legal ? ctx.homeAt(h0) : null);
  // A company under a legal form is named with the form's English abbreviation, as when its name is quoted, so that
  // Azərsu ASC and "Azərsu" ASC are one company (Azərsu OJSC).
  return finish(orgDraft(ctx, idx[0]!, h1, `${words} ${legal ? head.en : headForm(ctx, head, h0)}`, country ?? home, 'org-head', 0.5));
}

/** The state owning the first conjunct when the head at h0 follows a comitative or conjunction («Пәкістан халқы мен Үкіметі»). */
function coordinatedOwner(ctx: Ctx, h0: number): Draft | undefined {
  const { view } = ctx;
  const c = view.prevWord(h0);
  if (c < 0 || c !== h0 - 1) return undefined;
  const w = view.tok(c).lower;
  if (!ctx.lex.cues.names.breaks.has(w) && !ctx.lex.cues.names.conjunctions.has(w)) return undefined;
  const noun = view.prevWord(c);
  if (noun < 0 || noun !== c - 1 || view.cap(noun) || ctx.at(noun)) return undefined;
  const d = ctx.at(noun - 1);
  return d && d.kind === 'country' && d.named && d.t1 === noun ? d : undefined;
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let k = a; k < b; k++) out.push(k);
  return out;
}

/** Head opening the name (Russian, English "Ministry of X"): head + state template, head + quoted name. */
function after(ctx: Ctx, h0: number, h1: number, head: OrgHead): Draft | undefined {
  const { view } = ctx;
  const n = ownerStart(view, ctx.lex.cues.names, view.nextWord(h1 - 1));
  const next = n >= 0 ? ctx.at(n) : undefined;
  if (next && next.kind === 'country' && next.t0 === n && head.template) {
    ctx.drop(next);
    return orgDraft(ctx, h0, next.t1, head.template.replace('{country}', next.canonical), next.country, 'org-template', 0.75);
  }
  // «Министерство иностранных дел Узбекистана», «Министерством по чрезвычайным ситуациям Азербайджана»: the head, its
  // portfolio and the state in the genitive; the gazetteer's body of that state whose Russian name opens with the same
  // head and portfolio («Министерство иностранных дел Республики Узбекистан») when there is one.
  const state = STATE_ROLES.has(head.role) && view.langs[h0] === 'ru' ? portfolioAfter(ctx, h1) : undefined;
  const portfolio = state ? view.doc.text.slice(view.tok(h1).start, view.tok(state.t0 - 1).end) : '';
  if (state && state.kind === 'country' && state.named && state.country && !portfolio.includes(',') && !ctx.lex.cues.names.obliqueEndings.some((e) => view.tok(state.t1 - 1).lower.endsWith(e))) {
    const opening = `${head.head} ${portfolio}`.toLowerCase();
    const known = bodyOf(ctx, state.country, opening);
    ctx.drop(state);
    if (known) return fromEntry(view, ctx.lex, h0, state.t1, known, 'org-portfolio', 0.75);
    // Another state's body of the same portfolio gives the English name (Министерство энергетики → Ministry of Energy).
    const like = bodyOf(ctx, null, opening);
    const name = like ? englishHead(ctx, like) : null;
    return orgDraft(ctx, h0, state.t1, name ? `${name} (${state.canonical})` : `${head.en} (${portfolio}) of ${state.canonical}`, state.country, 'org-portfolio', 0.6);
  }
  if (view.isQuote(h1)) {
    let j = h1 + 1;
    while (j < view.n && !view.isQuote(j) && j - h1 < 8) j++;
    if (j < view.n && view.isQuote(j) && j > h1 + 1 && freeSpan(ctx, h1 + 1, j)) {
      const inner = view.doc.text.slice(view.tok(h1 + 1).start, view.tok(j - 1).end);
      return orgDraft(ctx, h0, j + 1, `${inner} ${head.en}`, head.country || null, 'org-quoted', 0.7);
    }
  }
  return undefined;
}

/**
 * The gazetteer organization of `country` whose Russian name starts with `opening` (lower case), if exactly one does;
 * with a null country, the first of any state.
 */
function bodyOf(ctx: Ctx, country: string | null, opening: string): GazetteerEntry | undefined {
  const opens = (e: GazetteerEntry): boolean => e.names.ru?.toLowerCase().startsWith(`${opening} `) ?? false;
  if (country === null) return ctx.lex.gaz.entries.find((e) => e.kind === 'organization' && e.country !== 'INT' && opens(e));
  const hits = stateBodies(ctx, country).filter(opens);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Finds organizations named by a head noun and adds them (the state or name they absorb is dropped as a separate entity). */
export function findOrgs(ctx: Ctx): void {
  const { view, lex } = ctx;
  for (let i = 0; i < view.n; i++) {
    if (!view.isWord(i) || ctx.at(i)) continue;
    const m = lex.heads.longestAt(view, i, (p, s) => p.target.lang === view.langs[s], false);
    if (!m) continue;
    if (ctx.at(m.end - 1)) continue;
    const lang = view.langs[i];
    const head = m.patterns[0]!.target;
    const ht = view.tok(m.end - 1);
    if (LEGAL_FORM.test(head.head)) {
      // A legal form (ASC, АҚ, ООО) is written in capitals; in lower case it is another word (ақ = white).
      // It may carry a case ending after a hyphen or apostrophe (Azərsu ASC-nin, «Қазақтелеком» АҚ-ның).
      if (m.end - m.start !== 1 || !view.exactForms(m.start).some((f) => LEGAL_FORM.test(f))) continue;
      // In a line written all in capitals (a headline: ТОҚАЕВ АҚ ОРДАДА) a capitalised word says nothing.
      const nx = view.nextWord(m.start);
      if (nx >= 0 && isAllCaps(view.tok(nx).text) && view.tok(nx).text.length > 1) continue;
    } else if ((lang === 'kk' || lang === 'az') && (!hasPossessive3(ht.suffixes) || hasDerivation(ht.suffixes))) {
      // A Turkic head names a body in its possessive form (Komitəsi, министрлігі), not bare (Mərkəz) or derived (партиялық).
      continue;
    }
    // "American companies", "Turkish ministries": a lower-case plural head names a kind of body, not one body.
    if (lang === 'en' && !view.cap(m.end - 1) && ht.lower !== head.head.toLowerCase() && ht.lower.endsWith('s')) continue;
    let d: Draft | undefined;
    if (lang === 'en' && head.role === 'ministry') d = englishMinistry(ctx, m.start, m.end);
    // A quoted name right after a head that may open a name is that name (State Concern "Türkmengaz").
    if (!d && head.position === 'both' && view.isQuote(m.end)) d = after(ctx, m.start, m.end, head);
    if (!d && head.position !== 'first') d = before(ctx, m.start, m.end, head);
    if (!d && head.position !== 'last') d = after(ctx, m.start, m.end, head);
    if (d) { ctx.add(d); i = Math.max(i, d.t1 - 1); }
  }
}
