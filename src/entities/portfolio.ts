/**
 * A minister's portfolio between the state and the title: «Qazaxıstanın rəqəmsal inkişaf, innovasiyalar və
 * aerokosmik sənaye naziri», «министр цифрового развития, инноваций и аэрокосмической промышленности
 * Казахстана». The state is found across the portfolio's lower-case words and commas (never across another
 * name), in the genitive before the title in Kazakh and Azerbaijani, right after it in Russian.
 */
import type { Ctx } from './context.ts';
import type { Draft } from './draft.ts';
import { hasGenitive } from './suffix-sets.ts';

/** Tokens a portfolio may span. */
const PORTFOLIO_REACH = 12;

/** True when tokens a and b (a < b) stand on one line with only spaces between them. */
function joined(ctx: Ctx, a: number, b: number): boolean {
  const text = ctx.view.doc.text;
  for (let c = ctx.view.tok(a).end; c < ctx.view.tok(b).start; c++) if (text.charAt(c) !== ' ') return false;
  return true;
}

/** True when tokens a and b (a < b) stand on one line with only spaces, or one comma in a list, between them. */
function listed(ctx: Ctx, a: number, b: number): boolean {
  const between = ctx.view.doc.text.slice(ctx.view.tok(a).end, ctx.view.tok(b).start);
  return /^ *,? *$/.test(between);
}

/**
 * True for a token a portfolio is made of: a lower-case word or a comma, not part of a name, not a preposition that
 * ends a portfolio (data/<lang>/name-cues.tsv, portfolio-break) and not the start of another title («Глава МИД
 * провел переговоры с министром … Турции»: Turkey is the other minister's state).
 */
function portfolioToken(ctx: Ctx, i: number): boolean {
  const tok = ctx.view.tok(i);
  if (tok.text === ',') return true;
  if (!ctx.view.isWord(i) || ctx.view.cap(i) || ctx.at(i) || ctx.lex.cues.names.portfolioBreaks.has(tok.lower)) return false;
  return ctx.lex.titles.longestAt(ctx.view, i, undefined, false) === null;
}

/** kk/az: the state or body in the genitive before a portfolio that ends at the title starting at `t0`. */
export function portfolioBefore(ctx: Ctx, t0: number): Draft | undefined {
  let j = t0 - 1;
  let crossed = 0;
  while (j >= 0 && crossed < PORTFOLIO_REACH && joined(ctx, j, j + 1) && portfolioToken(ctx, j)) { j--; crossed++; }
  if (crossed === 0 || j < 0 || !joined(ctx, j, j + 1)) return undefined;
  const d = ctx.at(j);
  if (!d || d.t1 !== j + 1 || d.kind === 'person' || d.kind === 'place' || !d.named) return undefined;
  return hasGenitive(ctx.view.tok(j).suffixes) ? d : undefined;
}

/** ru: the state or body right after a portfolio that follows the title ending at `t1`. */
export function portfolioAfter(ctx: Ctx, t1: number): Draft | undefined {
  let j = t1;
  let crossed = 0;
  while (j < ctx.view.n && crossed < PORTFOLIO_REACH && joined(ctx, j - 1, j) && portfolioToken(ctx, j)) { j++; crossed++; }
  if (crossed === 0 || j >= ctx.view.n || ctx.view.tok(j - 1).text === ',' || !joined(ctx, j - 1, j)) return undefined;
  const d = ctx.startingAt(j);
  return d && d.named && (d.kind === 'country' || d.kind === 'organization') ? d : undefined;
}

/**
 * en: a portfolio of capitalised words after a title, by "of", "for" or "and" ("Minister of Energy and Natural Resources of the
 * Republic of Türkiye Alparslan Bayraktar", "Special Envoy for South and Central Asian Affairs Sergio Gor"): the state it
 * ends with ("of [the] STATE", its holder) and the token after it, where a name may start. With no state, the name is
 * taken to be the last two capitalised words of the run, which must leave a portfolio of at least one word before them.
 */
export function portfolioEn(ctx: Ctx, t1: number): { holder: Draft | undefined; after: number } | undefined {
  const { view } = ctx;
  let j = view.nextWord(t1 - 1);
  const names = ctx.lex.cues.names;
  // "of", "for", or "and" going on with a portfolio the title began (Minister of Energy | and Natural Resources).
  if (j < 0 || !names.portfolioOpeners.has(view.tok(j).lower) || !joined(ctx, t1 - 1, j)) return undefined;
  // The capitalised words (or names) of the run: where each starts and ends.
  const content: number[] = [];
  const ends: number[] = [];
  let prev = j;
  j = view.nextWord(j);
  // ("Minister of Investment, Industry and Trade of …": a comma may list the portfolio's parts.)
  for (let crossed = 0; j >= 0 && crossed < PORTFOLIO_REACH && listed(ctx, prev, j); crossed++) {
    const low = view.tok(j).lower;
    const d = ctx.startingAt(j);
    if (d && d.named && d.kind === 'person') break;
    if (d && d.named && (d.kind === 'country' || d.kind === 'organization') && content.length > 0 && (names.genitives.has(view.tok(prev).lower) || names.articles.has(view.tok(prev).lower))) {
      return { holder: d, after: d.t1 };
    }
    if (d) { content.push(j); ends.push(d.t1 - 1); prev = d.t1 - 1; j = view.nextWord(d.t1 - 1); continue; }
    // Lower-case words joining the capitalised words of the portfolio ("Energy and Natural Resources of the …").
    if (names.conjunctions.has(low) && !view.cap(j)) { prev = j; j = view.nextWord(j); continue; }
    if (!view.isWord(j) || !view.cap(j)) break;
    content.push(j);
    ends.push(j);
    prev = j;
    j = view.nextWord(j);
    if (j < 0 && prev + 1 < view.n && view.tok(prev + 1).text === ',') j = view.nextWord(prev + 1);
  }
  if (content.length < 3) return undefined;
  const name = content[content.length - 2]!;
  // The portfolio's last word stands right before the name (no joiner between: "Energy and Sergio" is no portfolio end).
  if (view.nextWord(ends[ends.length - 3]!) !== name || ctx.at(name) || ctx.at(content[content.length - 1]!)) return undefined;
  return { holder: undefined, after: name };
}
