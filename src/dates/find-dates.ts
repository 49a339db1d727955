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
import { buildRules } from './rules.ts';
import { pickLongest } from './select.ts';
import type { Candidate } from './select.ts';

/** Turkish, Turkmen and Uzbek (Latin) share Azerbaijani's month loans and case endings closely enough. */
const AZ_LIKE = new Set<Lang>(['tr', 'tk', 'uz']);

interface Compiled {
  grammar: Grammar;
  rules: readonly Rule[];
}

const compiled = new Map<CoreLang, Compiled>();

function compile(lang: CoreLang): Compiled {
  let c = compiled.get(lang);
  if (!c) {
    const grammar = loadGrammar(lang);
    c = { grammar, rules: buildRules(grammar) };
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
    const { grammar, rules } = compile(l);
    // Lower-casing keeps offsets: lower() maps İ to one code unit, and no other letter changes length.
    const key = l === 'az' ? 'az' : '';
    let low = lowered.get(key);
    if (low === undefined) {
      low = lower(text, l);
      lowered.set(key, low);
    }
    const ctx = { grammar, text, anchor: a };
    for (const rule of rules) {
      if (!a && ANCHORED_SHAPES.has(rule.shape)) { rank++; continue; }
      const re = rule.re;
      re.lastIndex = 0;
      for (let m = re.exec(low); m; m = re.exec(low)) {
        let start = m.index;
        const end = start + m[0].length;
        if (end === start || !leadOk(low, start, rule.lead)) { re.lastIndex = start + 1; continue; }
        let groups: Groups = m.groups ?? {};
        if (rule.prefix) {
          const from = Math.max(0, start - PREFIX_WINDOW);
          const pm = rule.prefix.exec(low.slice(from, start));
          if (pm && pm[0].length > 0) {
            start -= pm[0].length;
            groups = { ...groups, ...definedGroups(pm) };
          }
        }
        const r = resolveMatch(rule.shape, groups, m.indices?.groups ?? {}, start, ctx);
        if (r) cands.push({ start, end, rank, text: text.slice(start, end), ...r });
        // A rejected match may hide a valid one starting inside it: rescan from the next character.
        if (!r) re.lastIndex = m.index + 1;
      }
      rank++;
    }
  }
  return pickLongest(cands).map(({ start, end, text: t, value, precision, relative }) => ({ start, end, text: t, value, precision, relative }));
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
