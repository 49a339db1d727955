/** Sentence-level NER features: capitalised runs, organization/place head nouns ahead, gazetteer names, sentence-initial words. */
import { capClass, type WordFeatures } from './features.ts';
import { matchNames } from './lexicon.ts';

/** Cue classes and capitalisation of each word of a sentence, for {@link positionFeatures}. */
export interface SentenceInfo {
  caps: boolean[]; head: (string | null)[]; stop: boolean[]; poss: boolean[];
  /** Per token: kind and place (B, I, E; S for a one-word name) of the gazetteer name it is in, or null. */
  name: (string | null)[];
}

const LOOKAHEAD = 6;
const HEAD_CUES = ['org', 'loc'];

/** The facts about one word that sentence-level features use. */
export interface WordInfo { caps: boolean; head: string | null; stop: boolean; poss: boolean; keys: readonly string[] }

/** Capitalised (or a quote), head-noun cue class, and whether the word ends a clause for look-ahead. */
export function wordInfo(f: WordFeatures): WordInfo {
  const cap = f.far.find((x) => x.startsWith('c=')) ?? '';
  return {
    caps: cap === 'c=init' || cap === 'c=caps' || cap === 'c=upper' || cap === 'c=quote',
    head: HEAD_CUES.find((c) => f.far.includes(`q=${c}`)) ?? null,
    stop: cap === 'c=other' || cap === 'c=digit',
    poss: f.poss,
    keys: f.keys,
  };
}

/** Sentence info from the words' facts. */
export function sentenceInfo(wf: readonly (WordFeatures | WordInfo)[]): SentenceInfo {
  const infos = wf.map((f) => ('far' in f ? wordInfo(f) : f));
  const name = new Array<string | null>(infos.length).fill(null);
  for (const m of matchNames(infos.map((x) => x.keys))) {
    for (let i = m.start; i < m.end; i++) name[i] = `${m.kind}|${m.end - m.start === 1 ? 'S' : i === m.start ? 'B' : i === m.end - 1 ? 'E' : 'I'}`;
  }
  return { caps: infos.map((x) => x.caps), head: infos.map((x) => x.head), stop: infos.map((x) => x.stop), poss: infos.map((x) => x.poss), name };
}

/**
 * Features that are not one word's: sentence-initial capitalisation, the nearest organization/place head
 * noun ahead within the clause (distance, whether every word up to it is capitalised: «İnformasiya
 * Texnologiyaları Universiteti», «Денсаулық сақтау министрлігі»), the nearest word with a 3rd-person
 * possessive in the token's capitalised run (the head of an izafet name the cue list lacks), the gazetteer
 * name the token is in (lexicon.ts matchNames), and the token's place in a run of capitalised words.
 * Marked with offset `P`.
 */
export function positionFeatures(words: readonly string[], i: number, info?: SentenceInfo): string[] {
  const out = ['Pbias'];
  if (i === 0) out.push(`Pfirst|${capClass(words[0] ?? '')}`);
  if (!info) return out;
  let allCaps = true;
  for (let j = i; j < words.length && j <= i + LOOKAHEAD; j++) {
    if (info.stop[j]) break;
    if (!info.caps[j]) allCaps = false;
    const h = info.head[j];
    if (h) { out.push(`Pahd=${h}|${Math.min(j - i, 3)}|${allCaps ? 'C' : 'c'}|${info.caps[i] ? 'C' : 'c'}`); break; }
  }
  // The nearest capitalised word with a 3rd-person possessive ending in the capitalised run: the head of an
  // izafet name (Azərbaycan Xəzər Dəniz Gəmiçiliyi, Xalq Komissarları Soveti).
  // Its distance, and whether that word ends the run (E) or more capitalised words follow (M).
  for (let j = i; j < words.length && j <= i + LOOKAHEAD && info.caps[j]; j++) {
    if (!info.poss[j]) continue;
    out.push(`Ppz=${Math.min(j - i, 3)}|${info.caps[j + 1] ? 'M' : 'E'}`);
    break;
  }
  // The gazetteer name the token is in: its kind and the token's place in it (Pgm=org|B).
  const nm = info.name[i];
  if (nm) out.push(`Pgm=${nm}`);
  if (info.caps[i]) {
    let a = i;
    while (a > 0 && info.caps[a - 1]) a--;
    let b = i;
    while (b + 1 < words.length && info.caps[b + 1]) b++;
    const len = b - a + 1;
    out.push(`Prun=${Math.min(len, 4)}|${i === a ? 'B' : 'I'}${i === b ? 'E' : ''}`);
  }
  return out;
}

