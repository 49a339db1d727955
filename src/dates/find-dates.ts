/** Finds date expressions in a text and resolves them to ISO against the publication date. */
import { CORE_LANGS, type CoreLang, type DateMention, type Lang } from '../pipeline/types.ts';
import { lower } from '../text/case.ts';
import { parseAnchor } from './calendar.ts';
import { loadGrammar } from './grammar.ts';
import type { Grammar } from './grammar.ts';
import { ANCHORED_SHAPES, resolveMatch } from './resolve.ts';
import type { Groups } from './resolve.ts';
import { PREFIX_WINDOW } from './rule.ts';
import type { Rule } from './rule.ts';
import { buildRules, leadStarts } from './rules.ts';
import { pickLongest } from './select.ts';
import type { Candidate } from './select.ts';

/** Turkish, Turkmen and Uzbek (Latin) share Azerbaijani's month loans and case endings closely enough. */
const AZ_LIKE = new Set<Lang>(['tr', 'tk', 'uz']);

interface Compiled {
  grammar: Grammar;
  rules: readonly Rule[];
  /** Where the lead words of the grammar's rules start (see Rule.leadWords). */
  leads: RegExp | null;
}

const compiled = new Map<CoreLang, Compiled>();

function compile(lang: CoreLang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const grammar = loadGrammar(lang);
    const rules = buildRules(grammar);
    c = { grammar, rules, leads: leadStarts(rules) };
    compiled.set(lang, c);
  }
  return c;
}

/** The grammars tried for a language: its own, Azerbaijani for tr/tk/uz, all four otherwise. */
export function grammarsFor(lang: Lang): readonly CoreLang[] {
  if ((CORE_LANGS as readonly string[]).includes(lang)) return [lang as CoreLang];
  return AZ_LIKE.has(lang) ? ['az'] : CORE_LANGS;
}

interface Found extends Candidate, DateMention {}

/** One grammar's pass over a text: the original and lower-cased text, the rank of the rule at hand, the candidates found. */
interface Scan {
  ctx: { grammar: Grammar; text: string; anchor: ReturnType<typeof parseAnchor> };
  low: string;
  rank: number;
  cands: Found[];
}

/**
 * Reads rule `rule`'s match `m` (at m.index in the lower-cased text): with the boundary, the prefix and the
 * resolution checked, adds a candidate. Returns where the scan goes on: after the match when it was taken,
 * else at the next character (a rejected match may hide a valid one starting inside it).
 */
function take(rule: Rule, m: RegExpExecArray, sc: Scan): number {
  let start = m.index;
  const end = start + m[0].length;
  if (end === start || !leadOk(sc.low, start, rule.lead)) return m.index + 1;
  let groups: Groups = m.groups ?? {};
  if (rule.prefix) {
    const from = Math.max(0, start - PREFIX_WINDOW);
    const pm = rule.prefix.exec(sc.low.slice(from, start));
    if (pm && pm[0].length > 0) {
      start -= pm[0].length;
      groups = { ...groups, ...definedGroups(pm) };
    }
  }
  const r = resolveMatch(rule.shape, groups, m.indices?.groups ?? {}, start, sc.ctx);
  if (!r) return m.index + 1;
  sc.cands.push({ start, end, rank: sc.rank, text: sc.ctx.text.slice(start, end), ...r });
  return end;
}

/**
 * Every position where a lead word starts in `low` after no letter or digit (overlapping starts included; a
 * match of a word-led rule anywhere else fails its lead check).
 */
function leadPositions(re: RegExp, low: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(low); m; m = re.exec(low)) {
    if (m.index === 0 || !WORD_CHAR.test(low.charAt(m.index - 1))) out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const DIGIT_RUN = /[0-9]+/g;

/**
 * Where numbers start in `low`: the first digit of each run of ASCII digits with no letter or digit before it
 * (a match of a number-led rule anywhere else fails its lead check).
 */
function numberPositions(low: string): number[] {
  const out: number[] = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(low); m; m = DIGIT_RUN.exec(low)) if (m.index === 0 || !WORD_CHAR.test(low.charAt(m.index - 1))) out.push(m.index);
  return out;
}

/** Finds and resolves date expressions in `text`; `anchor` is the publication date (YYYY-MM-DD, YYYY-MM or null). */
export function findDates(text: string, lang: Lang, anchor: string | null): DateMention[] {
  if (!text) return [];
  const a = parseAnchor(anchor);
  // Without an anchor only absolute dates resolve, and each has a digit: a day, a year or a numeric date.
  if (!a && !ASCII_DIGIT.test(text)) return [];
  const cands: Found[] = [];
  const lowered = new Map<string, string>();
  let rank = 0;
  for (const l of grammarsFor(lang)) {
    const { grammar, rules, leads } = compile(l);
    // Lower-casing keeps offsets: lower() maps İ to one code unit, and no other letter changes length.
    const key = l === 'az' ? 'az' : '';
    let low = lowered.get(key);
    if (low === undefined) {
      low = lower(text, l);
      lowered.set(key, low);
    }
    const sc: Scan = { ctx: { grammar, text, anchor: a }, low, rank, cands };
    let leadAt: number[] | null = null;
    let numberAt: number[] | null = null;
    for (const rule of rules) {
      sc.rank = rank++;
      if (!a && ANCHORED_SHAPES.has(rule.shape)) continue;
      const sticky = rule.sticky;
      if (sticky && (leads || !rule.leadWords)) {
        // A rule led by a closed word list is tried only where such a word starts; one led by a number, where a number does.
        const at = rule.leadWords && leads ? (leadAt ??= leadPositions(leads, low)) : (numberAt ??= numberPositions(low));
        let next = 0;
        for (const p of at) {
          if (p < next) continue;
          sticky.lastIndex = p;
          const m = sticky.exec(low);
          if (m) next = take(rule, m, sc);
        }
        continue;
      }
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(low); m; m = re.exec(low)) re.lastIndex = take(rule, m, sc);
    }
  }
  return pickLongest(cands).map(({ start, end, text: t, value, precision, relative, weekday }) => ({ start, end, text: t, value, precision, relative, ...(weekday ? { weekday } : {}) }));
}

function definedGroups(m: RegExpExecArray): Groups {
  const out: Groups = {};
  for (const [k, v] of Object.entries(m.groups ?? {})) if (v !== undefined) out[k] = v;
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_DIGIT = /[0-9]/;
const DIGIT = /\p{N}/u;
const NUM_JOINER = /[.,:/\-]/;

/** The boundary check a rule's core leaves to code: no letter or digit before it, nor "12." / "12/" before a number. */
function leadOk(low: string, start: number, lead: Rule['lead']): boolean {
  if (start === 0) return true;
  const prev = low.charAt(start - 1);
  if (WORD_CHAR.test(prev)) return false;
  return lead === 'word' || start < 2 || !NUM_JOINER.test(prev) || !DIGIT.test(low.charAt(start - 2));
}
