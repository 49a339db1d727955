/**
 * Trigger and cue lexicons of the event layer, read once per language from data/<lang>/events.tsv
 * (trigger words → PLOVER type, mode, CAMEO code, role frame) and data/<lang>/event-cues.tsv (status,
 * negation, collective-subject, adposition and other cue words), indexed by the key of their first word.
 */
import { readTsv } from '../util/data.ts';
import type { CoreLang } from '../pipeline/types.ts';
import { analyseWord } from '../lang/morph/index.ts';
import { lower } from '../text/case.ts';
import { prefixCode } from './keys.ts';

/** How the roles of a trigger are read (see roles.ts). */
export type Frame = 'meet' | 'session' | 'phone' | 'visit' | 'go' | 'attend' | 'sign' | 'agree' | 'directed' | 'cooperate' | 'summon' | 'accept';

const FRAMES: ReadonlySet<string> = new Set(['meet', 'session', 'phone', 'visit', 'go', 'attend', 'sign', 'agree', 'directed', 'cooperate', 'summon', 'accept']);

/** One trigger: its words (each a set of match keys), what it codes, and a condition on the sentence. */
export interface TriggerDef {
  /** The words as written in the data file. */
  text: string;
  /** Match keys of each word; words[0] is the anchor the index is keyed on. */
  words: readonly (readonly string[])[];
  type: string;
  mode: string | null;
  cameo: string;
  frame: Frame;
  /** A cue class (or `dest`, `object`) that must be present in the sentence; null when none. */
  needs: string | null;
  /** A cue class that must NOT be present in the sentence; null when none. */
  unless: string | null;
  /** Cases the target of a directed act stands in, most likely first (dat acc …). */
  target: readonly string[];
  /** Cases the data file names for a symmetric act's partners beside the usual ones (the ambassadors of X whose credentials are received: gen); none when it names none. */
  partnerCases: readonly string[];
  /** A fixed phrase (words joined by _ in the data file): its words stand next to each other in the order written. */
  fixed?: boolean;
}

/** One cue: words (match keys per word), its class, and for adpositions whether it stands before or after its noun. */
export interface CueDef {
  text: string;
  words: readonly (readonly string[])[];
  cls: string;
  side: 'before' | 'after' | null;
  /** A fixed phrase: its words stand next to each other in the order written (see {@link Worded.fixed}). */
  fixed?: boolean;
}

/** A language's event lexicon. */
export interface EventLexicon {
  lang: CoreLang;
  /** Anchor key → triggers whose first word has that key (longest first). */
  triggers: ReadonlyMap<string, readonly TriggerDef[]>;
  /** First-word key → cues starting with it (longest first). */
  cues: ReadonlyMap<string, readonly CueDef[]>;
  /** Two-letter prefixes of every key, as {@link prefixCode} numbers: tokens outside them need no further look-up. */
  prefixes: ReadonlySet<number>;
  /** Prefix entries (written with a trailing `*`), without the star. */
  stars: ReadonlySet<string>;
  /** Every key of every trigger word (whole-word entries). */
  words: ReadonlySet<string>;
  /** The lengths of the prefix entries, ascending. */
  starLengths: readonly number[];
  /** Word endings (cue classes `ending-*`): ending → its classes (ы ends a genitive and a plural); not matched as words. */
  endings: ReadonlyMap<string, readonly string[]>;
}

const TURKIC: ReadonlySet<string> = new Set(['kk', 'az']);

/**
 * Match keys of one lexicon word. Turkic entries are written as stems and matched against every
 * plausible analysis of a token, so they are kept as written; Russian and English entries are word forms,
 * reduced with the same stemmer the tokens went through (подписали → подпис) and kept whole as well
 * (cue words are matched as written).
 * A trailing `*` marks a prefix entry (matched on the token's lower-case form).
 */
function wordKeys(word: string, lang: CoreLang, exact = false): string[] {
  // "=initialled": the word as written, not its stem (which "initial" shares).
  if (word.startsWith('=')) return [lower(word.slice(1), lang)];
  const low = lower(word, lang);
  if (low.endsWith('*')) return [low];
  if (TURKIC.has(lang) || exact) return [low];
  const a = analyseWord(word, lang);
  return a.stem === low ? [low] : [low, a.stem];
}

function splitWords(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

function keyed<T extends { words: readonly (readonly string[])[] }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    for (const k of it.words[0] ?? []) {
      const list = m.get(k) ?? [];
      list.push(it);
      m.set(k, list);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
}

/** Target cases of a directed act when the data file names none. */
const DEFAULT_TARGET: readonly string[] = ['dat', 'acc', 'obl', 'com', 'gen', 'nom'];

const dash = (s: string | undefined): string | null => (s === undefined || s === '' || s === '-' ? null : s);

/** Parses rows of events.tsv into trigger definitions; throws on an unknown frame. */
export function parseTriggers(rows: readonly Record<string, string>[], lang: CoreLang, name: string): TriggerDef[] {
  return rows.map((r, i) => {
    const frame = r.frame ?? '';
    if (!FRAMES.has(frame)) throw new Error(`${name}: row ${i + 1}: unknown frame "${frame}"`);
    const raw = r.trigger ?? '';
    // Words joined by "_" are a fixed phrase: next to each other, in this order ("called_on" is not "called X on Monday").
    const fixed = raw.includes('_');
    const text = raw.replace(/_/g, ' ').replace(/(^|\s)=/g, '$1');
    const cases = dash(r.target)?.split(/[|,\s]+/);
    return {
      text,
      ...(fixed ? { fixed } : {}),
      words: (fixed ? raw.split('_') : splitWords(raw)).map((w) => wordKeys(w, lang)),
      type: r.type ?? '',
      mode: dash(r.mode),
      cameo: r.cameo ?? '',
      frame: frame as Frame,
      needs: dash(r.needs),
      unless: dash(r.unless),
      target: cases ?? DEFAULT_TARGET,
      partnerCases: cases ?? [],
    };
  });
}

/**
 * The words of a multi-word cue with its longest word first: cues are indexed by their first word, and a cue's words
 * may stand in any order, so anchoring «по инициативе» on «инициативе» spares a match attempt at every «по».
 */
function rarestFirst(words: string[][]): string[][] {
  if (words.length < 2) return words;
  const len = (w: readonly string[]): number => Math.max(...w.map((k) => (k.endsWith('*') ? k.length - 1 : k.length)));
  let best = 0;
  for (let i = 1; i < words.length; i++) if (len(words[i]!) > len(words[best]!)) best = i;
  return best === 0 ? words : [words[best]!, ...words.filter((_, i) => i !== best)];
}

/** Parses rows of event-cues.tsv into cue definitions; Russian and English cue words match as written (встретится is a future, встретился is not). */
export function parseCues(rows: readonly Record<string, string>[], lang: CoreLang): CueDef[] {
  return rows.map((r) => {
    const side = r.side === 'before' || r.side === 'after' ? r.side : null;
    const text = r.cue ?? '';
    // Words joined by "_" are a fixed phrase: next to each other, in this order ("are_to" is not "are grateful to").
    if (text.includes('_')) return { text: text.replace(/_/g, ' '), words: text.split('_').map((w) => wordKeys(w, lang, true)), cls: r.class ?? '', side, fixed: true };
    return { text, words: rarestFirst(splitWords(text).map((w) => wordKeys(w, lang, true))), cls: r.class ?? '', side };
  });
}

const cache = new Map<CoreLang, EventLexicon>();

/** The event lexicon of a language, read once from data/<lang>/events.tsv and event-cues.tsv. */
export function eventLexicon(lang: CoreLang): EventLexicon {
  const hit = cache.get(lang);
  if (hit) return hit;
  const triggers = parseTriggers(readTsv(`${lang}/events.tsv`), lang, `data/${lang}/events.tsv`);
  const all = parseCues(readTsv(`${lang}/event-cues.tsv`), lang);
  const cues = all.filter((c) => !c.cls.startsWith('ending-'));
  const endings = new Map<string, string[]>();
  for (const c of all) if (c.cls.startsWith('ending-')) endings.set(c.text, [...(endings.get(c.text) ?? []), c.cls]);
  const prefixes = new Set<number>();
  const stars = new Set<string>();
  const words = new Set<string>();
  for (const d of [...triggers, ...cues]) {
    for (const w of d.words) {
      for (const k of w) {
        prefixes.add(prefixCode(k));
        if (k.endsWith('*')) stars.add(k.slice(0, -1));
      }
    }
  }
  for (const d of triggers) for (const w of d.words) for (const k of w) if (!k.endsWith('*')) words.add(k);
  const lex: EventLexicon = Object.freeze({ lang, triggers: keyed(triggers), cues: keyed(cues), prefixes, stars, words, starLengths: [...new Set([...stars].map((x) => x.length))].sort((a, b) => a - b), endings });
  cache.set(lang, lex);
  return lex;
}
