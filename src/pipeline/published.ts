/** Finds an article's publication date in its header lines or dateline when metadata gives none. */
import { CORE_LANGS, type Lang } from './types.ts';
import { findDates } from '../dates/index.ts';
import { loadGrammar } from '../dates/grammar.ts';
import { lower } from '../text/case.ts';

/** Header lines are looked for in this many leading characters of the extracted text. */
const HEADER_CHARS = 600;
/** Datelines («Баку, 30 ноября 2023 года –») are looked for in this many leading paragraphs. */
const DATELINE_PARAGRAPHS = 4;
const TIME = /(?:^|[^\d])([01]?\d|2[0-3])[:.][0-5]\d(?!\d)/;
/** What may follow the date of a dateline: a dash, a bracket, or a full stop before the first sentence. */
const DATELINE_END = /^\s*(?:,?\s*[-–—(\[]|\.\s)/;

interface Candidate { value: string; score: number; order: number }

/** True when `word` is a weekday name in one of elchi's languages (weekday rows of each language's date-words.tsv): a site clock's, whatever the article's language. */
function isWeekday(word: string): boolean {
  return CORE_LANGS.some((l) => loadGrammar(l).words.weekday.has(lower(word, l)));
}

/** The first `n` pieces of `text.split(/\n\s*\n/)`, without splitting the rest of the text. */
export function leadingParagraphs(text: string, n: number): string[] {
  const sep = /\n\s*\n/g;
  const out: string[] = [];
  let from = 0;
  while (out.length < n) {
    const m = sep.exec(text);
    if (!m) { out.push(text.slice(from)); break; }
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  return out;
}

/**
 * Picks the publication date: a header date with a clock time beside it is the article's stamp
 * («24 Қараша, 2023 сағат 16:21», «25 May 2005 [08:55]»); a bare dated header line is taken next
 * («date 2020-01»); a dateline opening one of the first paragraphs comes last. Site clocks that
 * print today's date with a weekday («Сенбі, 23 Қараша 2024») rank below the article's own stamp.
 */
export function publicationDate(original: string, removed: readonly { text: string; start: number; reason: string }[], text: string, lang: Lang): string | null {
  const cands: Candidate[] = [];
  let order = 0;
  const consider = (line: string, base: number): void => {
    for (const d of findDates(line, lang, null)) {
      if (d.relative || d.precision === 'year') continue;
      let score = base;
      if (TIME.test(line.slice(d.end, d.end + 30)) || TIME.test(line.slice(Math.max(0, d.start - 12), d.start))) score += 3;
      // A weekday and a comma before the date in a header line: a site clock («Сенбі, 23 Қараша 2024»), not a
      // dateline («Астана, 12 марта 2025 года»).
      const lead = /^([\p{L}]+),\s*$/u.exec(line.slice(0, d.start));
      if (lead?.[1] && isWeekday(lead[1])) score -= 2;
      cands.push({ value: d.value, score, order: order++ });
    }
  };
  for (const r of removed) if (r.start < HEADER_CHARS) consider(r.text, 2);
  // Only the header is read: the lines starting within HEADER_CHARS, the first DATELINE_PARAGRAPHS paragraphs.
  for (let offset = 0; offset <= HEADER_CHARS && offset <= text.length;) {
    const nl = text.indexOf('\n', offset);
    const line = text.slice(offset, nl < 0 ? text.length : nl);
    if (line.trim() && line.trim().length <= 80) consider(line, 1);
    if (nl < 0) break;
    offset = nl + 1;
  }
  for (const p of leadingParagraphs(text, DATELINE_PARAGRAPHS)) {
    const head = p.slice(0, 80);
    for (const d of findDates(head, lang, null)) {
      if (d.relative || d.precision !== 'day') continue;
      const before = head.slice(0, d.start);
      if (/^\s*(?:[\p{Lu}][\p{L}-]*\s*){0,3},?\s*$/u.test(before) && DATELINE_END.test(head.slice(d.end) + ' ')) {
        cands.push({ value: d.value, score: 1, order: order++ });
      }
    }
  }
  if (!cands.length) return null;
  cands.sort((a, b) => b.score - a.score || a.order - b.order);
  return cands[0]?.value ?? null;
}
