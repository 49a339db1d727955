/** A date rule: a precompiled regex over the lower-cased text and the shape its matches resolve as. */
import { B, NB } from './patterns.ts';

/** How a rule's match is turned into a date (see resolve.ts). */
export type RuleShape =
  | 'numeric' // 2023-11-24, 24.11.2023 (groups y, mo, d)
  | 'label-month' // date 2020-01 (y, mo)
  | 'day-month' // 24 Қараша, 2023; 10 сәуірде; May 25, 2005; aprelin 2-də (d, m|ma, ms, y?)
  | 'month-year' // November 2023, в ноябре 2023 года (m|ma, y)
  | 'month' // қарашада, in November, noyabr ayında (m, ms?, mw?, p?)
  | 'year' // 2023 жылы, 2023-cü ildə, в 2023 году, in 2023 (y, yw?, ys?, p?)
  | 'rel-day' // кеше, dünən, вчера, yesterday (r)
  | 'rel-year' // биыл, keçən il, в прошлом году, last year (r)
  | 'rel-month' // келесі айда, gələn ay, в следующем месяце, next month (r): that month
  | 'rel-week' // өткен аптада, keçən həftə, на прошлой неделе, last week (r): the month of that week's middle
  | 'rel-year-month' // keçən ilin martında, өткен жылдың наурызында, в марте прошлого года, in March last year (r, m|ma, ms?, mw?)
  | 'weekday'; // дүйсенбі күні, в понедельник, last Tuesday (wd, mod?, p?, wsx?, dw?)

/** A compiled rule. */
export interface Rule {
  name: string;
  shape: RuleShape;
  /**
   * The core pattern; it starts with a required word or number so the regex engine can skip ahead fast.
   * The boundary before it is checked in code (see `lead`): a leading Unicode lookbehind would run at every
   * position of the text and makes scanning ten times slower.
   */
  re: RegExp;
  /** What must not precede the core: 'word' = a letter or digit; 'number' = also "12." / "12/" / "12:" (see patterns NB). */
  lead: 'word' | 'number';
  /**
   * Optional words before the core (prepositions, weekday modifiers), matched against the text just
   * before a core match and anchored at its end; kept out of `re` because an optional lead slows scanning.
   */
  prefix?: RegExp;
  /**
   * For rules whose core starts with a word of a closed list (a month, a weekday, "yesterday", "last"): that list.
   * The first words of all the grammar's lead lists are found once per text, in one scan, and the rule is tried only there.
   */
  leadWords?: readonly string[];
  /**
   * `re` made sticky, tried only at the positions where a match can start: a lead word's start for word-led rules,
   * a number's start for number-led rules (whose core starts with a digit). Every match of `re` that passes the
   * lead check starts at one of them, so the candidates are the same as a scan of the whole text gives.
   */
  sticky?: RegExp;
}

/** Longest text a prefix can span (a preposition, a modifier and two bounded space runs). */
export const PREFIX_WINDOW = 64;

/**
 * Compiles a rule from a pattern that starts with the word boundary B or the number boundary NB: the
 * boundary is cut off and checked in code instead (see Rule.re), and the prefix is anchored at its end.
 */
export function compileRule(name: string, shape: RuleShape, src: string, flags: string, prefix?: string | null, leadWords?: readonly string[] | null): Rule {
  const lead = src.startsWith(NB) ? 'number' : 'word';
  if (!src.startsWith(NB) && !src.startsWith(B)) throw new Error(`date rule ${name} must start with a word or number boundary`);
  const core = src.slice((lead === 'number' ? NB : B).length);
  const rule: Rule = { name, shape, lead, re: new RegExp(core, flags) };
  if (prefix) rule.prefix = new RegExp(`${B}${prefix}$`, 'u');
  if (leadWords && leadWords.length > 0) rule.leadWords = leadWords;
  if (rule.leadWords || lead === 'number') rule.sticky = new RegExp(core, `${flags.replace('g', '')}y`);
  return rule;
}
