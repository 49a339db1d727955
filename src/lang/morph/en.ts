/** Light English stemmer for matching: possessive, plural, -ed, -ing, -ly, silent -e and -y (rules in data/en/suffixes.tsv). */
import { readTsv } from '../../util/data.ts';
import { lower } from '../../text/case.ts';
import { boundedMemo } from '../../util/memo.ts';

/** One segmentation of a word: stem (lower-case) + suffixes spell the lower-cased word; best readings score highest. */
export interface Analysis { stem: string; suffixes: string[]; score: number; lemma?: string }

interface Rule {
  suffix: string; restore: string; minStem: number;
  ends: Set<string>; notEnds: Set<string>; vowel: boolean; lowerOnly: boolean; undouble: boolean;
}
interface Tables {
  layers: Map<string, Rule[]>;
  lemmaE: Rule | undefined;
  exceptions: Map<string, { stem: string; lemma: string }>;
}

const VOWEL = /[aeiouy]/;
const VOWELS = 'aeiou';
/** Consonants doubled before -ed/-ing after a short vowel (Porter 1980, step 1b); l only on longer stems. */
const DOUBLING = 'bdgmnprt';

function build(): Tables {
  const layers = new Map<string, Rule[]>();
  for (const r of readTsv('en/suffixes.tsv')) {
    const rule: Rule = {
      suffix: r.suffix ?? '', restore: r.restore ?? '', minStem: Number(r.min_stem),
      ends: new Set(), notEnds: new Set(), vowel: false, lowerOnly: false, undouble: false,
    };
    for (const c of (r.cond ?? '').split(',').filter(Boolean)) {
      if (c === 'V') rule.vowel = true;
      else if (c === 'LOWER') rule.lowerOnly = true;
      else if (c === 'DBL') rule.undouble = true;
      else if (c.startsWith('!')) rule.notEnds.add(c.slice(1));
      else rule.ends.add(c);
    }
    const layer = r.layer ?? '';
    layers.set(layer, [...(layers.get(layer) ?? []), rule]);
  }
  const exceptions = new Map<string, { stem: string; lemma: string }>();
  for (const r of readTsv('en/stem-exceptions.tsv')) exceptions.set(r.word ?? '', { stem: r.stem ?? '', lemma: r.lemma ?? '' });
  return { layers, lemmaE: layers.get('lemma_e')?.[0], exceptions };
}

let tables: Tables | null = null;
const data = (): Tables => (tables ??= build());

const tailsOf = (s: string): string[] => [1, 2, 3, 4, 5].map((n) => s.slice(-n));

function applies(rule: Rule, word: string, isLower: boolean): string | null {
  if (!word.endsWith(rule.suffix) || (rule.lowerOnly && !isLower)) return null;
  const stem = word.slice(0, word.length - rule.suffix.length);
  if (stem.length < rule.minStem || (rule.vowel && !VOWEL.test(stem))) return null;
  const tails = tailsOf(stem);
  if (rule.ends.size > 0 && !tails.some((t) => rule.ends.has(t))) return null;
  if (tails.some((t) => rule.notEnds.has(t))) return null;
  return stem;
}

/** A doubled final consonant after a single short vowel goes with -ed/-ing: plan-ned, commit-ting. */
function undoubled(stem: string): string {
  const n = stem.length;
  const c = stem[n - 1] ?? '';
  if (c !== stem[n - 2] || !(DOUBLING.includes(c) || (c === 'l' && n >= 7))) return stem;
  const v = stem[n - 3] ?? '';
  const before = stem[n - 4] ?? '';
  return VOWELS.includes(v) && before !== '' && !VOWELS.includes(before) ? stem.slice(0, -1) : stem;
}

/** Whether a stem left by -ed/-ing had a silent e (announc-ed → announce): longest listed ending decides. */
function wantsE(stem: string, t: Tables): boolean {
  const rule = t.lemmaE;
  if (!rule) return false;
  for (const tail of tailsOf(stem).reverse()) {
    if (rule.notEnds.has(tail)) return false;
    if (rule.ends.has(tail)) return true;
  }
  return false;
}

interface Step { stem: string; suffixes: string[]; lemma: string }

/** Strips one layer; `blocked` collects readings a capitalised word did not get (offered as alternatives). */
function layer(step: Step, name: string, isLower: boolean, t: Tables, blocked: Step[]): Step {
  const exc = name === 'possessive' ? undefined : t.exceptions.get(step.stem);
  if (exc) {
    if (exc.stem === step.stem) return step;
    return { stem: exc.stem, suffixes: [step.stem.slice(exc.stem.length), ...step.suffixes], lemma: exc.lemma };
  }
  for (const rule of t.layers.get(name) ?? []) {
    let stem = applies(rule, step.stem, isLower);
    if (stem === null) {
      if (!isLower && rule.lowerOnly && applies(rule, step.stem, true) !== null) {
        blocked.push(layer(step, name, true, t, []));
      }
      continue;
    }
    let lemma = stem + rule.restore;
    if (rule.suffix === 'ed' || rule.suffix === 'ing') {
      const single = rule.undouble ? undoubled(stem) : stem;
      if (single !== stem) { stem = single; lemma = single; } else if (wantsE(stem, t)) lemma = stem + 'e';
    }
    if (name === 'base') lemma = step.lemma;
    const suffix = step.stem.slice(stem.length);
    return { stem, suffixes: [suffix, ...step.suffixes], lemma };
  }
  return step;
}

function compute(word: string): Analysis[] {
  const low = lower(word, 'en');
  const t = data();
  if (!/^[a-z][a-z'’.-]*$/.test(low)) return [{ stem: low, suffixes: [], score: 1, lemma: low }];
  const isLower = word === low;
  const blocked: Step[] = [];
  const whole: Step = { stem: low, suffixes: [], lemma: low };
  const poss = layer(whole, 'possessive', isLower, t, blocked);
  const infl = layer({ ...poss, lemma: poss.stem }, 'inflection', isLower, t, blocked);
  const base = layer(infl, 'base', isLower, t, blocked);
  const steps = [base, infl, poss, whole, ...blocked];
  const weights = [0.7, 0.12, 0.08, 0.05, 0.05, 0.05];
  const out: Analysis[] = [];
  steps.forEach((s, i) => {
    const suffixes = s.suffixes.filter(Boolean);
    const prev = out.find((a) => a.stem === s.stem);
    if (prev) prev.score += weights[i] ?? 0.02;
    else out.push({ stem: s.stem, suffixes, score: weights[i] ?? 0.02, lemma: s.lemma });
  });
  const total = out.reduce((sum, a) => sum + a.score, 0);
  for (const a of out) a.score /= total;
  return out.sort((a, b) => b.score - a.score);
}

const cached = boundedMemo(compute, 20_000);

const copy = (a: Analysis): Analysis => ({ ...a, suffixes: [...a.suffixes] });

/** All readings of an English word, best first; scores sum to 1 and the unsegmented word is always included. */
export function analyses(word: string, _lang: 'ru' | 'en' = 'en'): Analysis[] {
  return cached(word).map(copy);
}

/** The light stem of an English word ("Kazakhstan's" → kazakhstan, talks → talk): stem + suffixes = lower(word). */
export function analyse(word: string, _lang: 'ru' | 'en' = 'en'): Analysis {
  const best = cached(word)[0];
  return best ? copy(best) : { stem: lower(word, 'en'), suffixes: [], score: 1, lemma: lower(word, 'en') };
}
