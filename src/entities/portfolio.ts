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
