/** Unknown persons (title + name, initials, surname morphology, known first names) and the posts titles give persons. */
import type { Ctx, TitleHit } from './context.ts';
import type { Draft } from './draft.ts';
import { isAllCaps } from './keys.ts';
import { hasCase } from './suffix-sets.ts';
import { linkPerson, personDraft, personKeys, surnameLike } from './names.ts';
import { fromEntry } from './draft.ts';
import { latinKey } from '../text/translit.ts';
import { romanizeWord } from './romanize.ts';

/** Longest run of name words (and patronymic words, inner honorifics such as «Zərifə xanım Əliyeva») from token s. */
function nameRun(ctx: Ctx, s: number, max = 3): { idx: number[]; end: number } {
  const { view, lex } = ctx;
  const cues = lex.cues.names;
  const idx: number[] = [];
  let end = s;
  let j = s;
  while (j >= 0 && idx.length < max) {
    const t = view.tok(j);
    if (t.kind !== 'word' || ctx.at(j)) break;
    const low = t.lower;
    if (idx.length > 0 && (cues.patronymicWords.has(low) || cues.honorifics.has(low))) { end = j + 1; j = view.nextWord(j); continue; }
    if (!view.cap(j) || t.text.length < 2 || (isAllCaps(t.text) && t.text.length <= 4)) break;
    if (view.keys(j).some((k) => lex.functionKeys.has(k))) break;
    // A sentence-initial word in a Kazakh or Azerbaijani case is a capitalised common word, not a first name (Жиынға).
    const l = view.langs[j];
    if (idx.length === 0 && view.sentStart[j] === 1 && (l === 'kk' || l === 'az') && hasCase(t.suffixes)) break;
    idx.push(j);
    end = j + 1;
    j = view.nextWord(j);
  }
  // A patronymic word closes a name only with the surname after it.
  while (end > s && idx.length > 0 && idx[idx.length - 1]! < end - 1) end = idx[idx.length - 1]! + 1;
  return { idx, end };
}

function firstAfter(ctx: Ctx, t: number): number {
  const { view, lex } = ctx;
  let n = view.nextWord(t - 1);
  while (n >= 0 && lex.cues.names.honorifics.has(view.tok(n).lower)) n = view.nextWord(n);
  return n;
}

/** The post string of a title for a person of `country`: HOLDER:role[:TARGET] (none for «counterpart» and epithets, which name no office). */
function postOf(t: TitleHit, country: string | null): string | undefined {
  if (t.role === 'counterpart' || t.role === 'epithet') return undefined;
  const holder = t.holder ?? country;
  if (!holder) return undefined;
  return t.target && t.target !== holder ? `${holder}:${t.role}:${t.target}` : `${holder}:${t.role}`;
}

/** The state of a title's holder: the holder itself, or the state of the holding organization. */
export function holderCountry(ctx: Ctx, t: TitleHit): string | null {
  if (!t.holder) return null;
  if (ctx.lex.gaz.countryCodes.has(t.holder)) return t.holder;
  const org = ctx.lex.gaz.byId.get(`org:${t.holder}`);
  return org && org.country !== 'INT' ? org.country : null;
}

/**
 * The state whose office a title names, as far as it decides whether the person named after it holds it: the
 * title's holder ({@link holderCountry}); for an office of the press's own state with no holder (Мемлекет басшысы,
 * Dövlətimizin başçısı) before a name in an oblique case, that state: «Мемлекет басшысы Ильхам Әлиевпен сөйлесті»
 * is the Head of State speaking with Aliyev, while «Мемлекет басшысы X Астанаға келді» (the name in the nominative,
 * as the title) keeps the title as X's.
 */
export function titleStateBefore(ctx: Ctx, t: TitleHit, name: Draft): string | null {
  const hc = holderCountry(ctx, t);
  if (hc !== null || t.holder || t.kind !== 'office-home') return hc;
  const last = ctx.view.tokens[name.t1 - 1];
  return last && hasCase(last.suffixes) ? ctx.homeAt(t.t0) : null;
}

/** Persons named right after a title: known ones get the post, unknown ones become actors with it. */
function afterTitles(ctx: Ctx): void {
  for (const t of ctx.titles) {
    const s = firstAfter(ctx, t.after);
    if (s < 0) continue;
    const known = ctx.at(s);
    if (known) {
      // The post goes to the person only when the office is of the person's own state (not «Әзербайжан Президенті Тоқаевты құттықтады»).
      const hc = titleStateBefore(ctx, t, known);
      if (known.kind === 'person' && known.t0 === s && !known.post && (hc === null || hc === known.country)) known.post = postOf(t, known.country);
      continue;
    }
    const run = nameRun(ctx, s);
    const last = run.idx[run.idx.length - 1];
    if (last === undefined) continue;
    if (run.idx.length === 1 && !surnameLike(ctx, ctx.view.tok(last).stem)) continue;
    const d = personDraft(ctx, s, run.end, run.idx, 'title+name', 0.8, holderCountry(ctx, t));
    d.post = postOf(t, d.country);
    ctx.add(d);
  }
}

/** Initials before a surname: «Қ.Тоқаев», «C.Tuymebayev», «А. Байель», «Н.Ә. Назарбаев». */
function initials(ctx: Ctx): void {
  const { view } = ctx;
  for (let i = 0; i + 2 < view.n; i++) {
    if (ctx.at(i) || !isInitial(ctx, i)) continue;
    let j = i + 2;
    if (isInitial(ctx, j)) j += 2;
    const surname = view.tokens[j];
    if (!surname || surname.kind !== 'word' || !view.cap(j) || surname.text.length < 3) continue;
    if (view.tok(j).start - view.tok(j - 1).end > 1) continue;
    const letter = latinKey(view.tok(i).text).charAt(0);
    const covered = ctx.at(j);
    if (covered) {
      // A gazetteer surname (Қ.Тоқаев): the initials join its span when they agree with the first name.
      if (covered.kind === 'person' && covered.t0 === j && covered.t1 === j + 1 && (!covered.first?.length || covered.first.some((f) => f.startsWith(letter)))) {
        covered.t0 = i;
        covered.start = view.tok(i).start;
        covered.rule = 'initial';
        for (let k = i; k < j; k++) ctx.cover[k] = ctx.cover[j] ?? -1;
      }
      i = j;
      continue;
    }
    const lastKeys = view.keys(j);
    const earlier = ctx.drafts.find((d) => d.kind === 'person' && d.named && d.last?.some((k) => lastKeys.includes(k)) && (!d.first?.length || d.first.some((f) => f.startsWith(letter))));
    if (earlier) {
      ctx.add({ ...earlier, t0: i, t1: j + 1, start: view.tok(i).start, end: surname.end, rule: 'initial', confidence: 0.85, coref: true, post: undefined });
    } else {
      const known = linkPerson(ctx, [letter], lastKeys, true);
      if (known) ctx.add({ ...fromEntry(view, ctx.lex, i, j + 1, known, 'initial', 0.8), ...personKeys(ctx, known) });
      else {
        const d = personDraft(ctx, j, j + 1, [j], 'initial', 0.7, null);
        d.t0 = i;
        d.start = view.tok(i).start;
        d.canonical = `${romanizeWord(view.tok(i).text, view.langs[i] ?? 'und')}. ${d.canonical}`;
        ctx.add(d);
      }
    }
    i = j;
  }
}

/** A capital letter with its period, standing apart from what precedes it (not the C of °C.). */
function isInitial(ctx: Ctx, i: number): boolean {
  const { view } = ctx;
  const t = view.tokens[i];
  if (t === undefined || t.kind !== 'word' || t.text.length !== 1 || !view.cap(i)) return false;
  if (view.tokens[i + 1]?.text !== '.' || !view.glued(i, i + 1)) return false;
  const before = view.doc.text.charAt(t.start - 1);
  return t.start === 0 || /[\s(«"“'.]/.test(before);
}

/** Capitalised name pairs with evidence: a surname or patronymic ending, or a first name the gazetteer knows. */
function byMorphology(ctx: Ctx): void {
  const { view, lex } = ctx;
  for (let i = 0; i < view.n; i++) {
    if (!view.cap(i) || ctx.at(i)) continue;
    const run = nameRun(ctx, i);
    if (run.idx.length < 2) { i = Math.max(i, run.end - 1); continue; }
    const first = run.idx[0]!;
    const last = run.idx[run.idx.length - 1]!;
    const knownFirst = view.keys(first).some((k) => lex.persons.firstNames.has(k));
    const evidence = surnameLike(ctx, view.tok(last).stem) || surnameLike(ctx, view.tok(last).lower) || knownFirst;
    const shortFirst = view.tok(first).text.length < 3 && !knownFirst;
    if (evidence && !shortFirst && !surnameLike(ctx, view.tok(first).lower)) {
      const d = personDraft(ctx, i, run.end, run.idx, knownFirst ? 'first-name' : 'surname-morphology', 0.7, null);
      // The same name after a title elsewhere in the text is the same person, of the state the title names («Өзбекстан
      // … орынбасары Жамшид Ходжаев … Жамшид Ходжаев бастаған делегация»), not of the state a name's form suggests.
      const titled = ctx.drafts.find((p) => p.kind === 'person' && p.id === d.id && p.rule === 'title+name' && p.country !== null);
      if (titled) d.country = titled.country;
      ctx.add(d);
    }
    i = run.end - 1;
  }
}

/** Titles standing after a person in apposition («Қасым-Жомарт Тоқаев, Қазақстан Президенті»). */
function appositions(ctx: Ctx): void {
  const { view } = ctx;
  for (const d of ctx.drafts) {
    if (d.kind !== 'person' || !d.named || d.post) continue;
    const sep = view.tokens[d.t1];
    if (!sep || ![',', '–', '—', '-'].includes(sep.text)) continue;
    const n = view.nextWord(d.t1);
    if (n < 0) continue;
    const mod = ctx.at(n);
    const t = ctx.titles.find((x) => x.t0 === n || (mod !== undefined && mod.kind !== 'person' && x.t0 === mod.t1));
    if (t) d.post = postOf(t, d.country);
  }
}

/** Finds unknown persons and attaches posts; gazetteer persons get their name keys for coreference. */
export function findPersons(ctx: Ctx): void {
  for (const d of ctx.drafts) if (d.kind === 'person' && d.entry && !d.last) Object.assign(d, personKeys(ctx, d.entry));
  afterTitles(ctx);
  initials(ctx);
  byMorphology(ctx);
  appositions(ctx);
}

/** Re-exported for coreference: draft type guard. */
export function isPerson(d: Draft): boolean {
  return d.kind === 'person' && d.named && d.rule !== 'dropped';
}
