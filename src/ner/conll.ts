/** Readers for IOB2/CoNLL NER files (KazNERD, the ADA Azerbaijani corpus, CoNLL-2002/2003) mapped to PER/ORG/LOC. */
import { readFileSync } from 'node:fs';
import { tagIndex } from './bio.ts';

/** One labelled sentence: words and tag indices (see bio.ts TAGS). */
export interface LabelledSentence { words: string[]; tags: number[] }

/**
 * Source entity labels that count as PER/ORG/LOC; every other label is O. KazNERD (Yeshpanov et al. 2022,
 * README "Entity classes"): PERSON, ORGANISATION, GPE, LOCATION; ADA Azerbaijani corpus: PER, ORG, LOC
 * (DATE → O); CoNLL-2002/2003 and WikiANN: PER, ORG, LOC (MISC → O).
 */
const LABEL_MAP: Readonly<Record<string, 'PER' | 'ORG' | 'LOC'>> = Object.freeze({
  PER: 'PER', PERSON: 'PER',
  ORG: 'ORG', ORGANISATION: 'ORG', ORGANIZATION: 'ORG',
  LOC: 'LOC', LOCATION: 'LOC', GPE: 'LOC',
});

/** Maps a source IOB tag (B-GPE, I-ORGANISATION, O, E-PER, S-LOC…) to one of our tag strings. */
export function mapLabel(tag: string): string {
  const m = /^([BIES])[-_](.+)$/.exec(tag.trim());
  if (!m) return 'O';
  const type = LABEL_MAP[m[2]!.toUpperCase()];
  if (!type) return 'O';
  return m[1] === 'B' || m[1] === 'S' ? `B-${type}` : `I-${type}`;
}

/** Sentence-id pseudo-tokens of KazNERD's `with_sentID` files (AID283875 … FID…). */
const SENT_ID = /^[A-F]ID\d+$/;

/**
 * Parses CoNLL text: one token per line with its tag in the last column (tab- or space-separated), blank
 * lines between sentences; `-DOCSTART-` lines and KazNERD sentence-id lines are skipped.
 */
export function parseConll(text: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  let cur: LabelledSentence = { words: [], tags: [] };
  const flush = (): void => {
    if (cur.words.length > 0) out.push(cur);
    cur = { words: [], tags: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') { flush(); continue; }
    const cells = line.includes('\t') ? line.split('\t') : line.split(' ');
    const word = cells[0] ?? '';
    const tag = cells.length > 1 ? cells[cells.length - 1]! : 'O';
    if (word === '-DOCSTART-') continue;
    if (cur.words.length === 0 && SENT_ID.test(word)) continue;
    cur.words.push(word);
    cur.tags.push(tagIndex(mapLabel(tag)));
  }
  flush();
  return out;
}

/** Reads and parses a CoNLL/IOB2 file. */
export function readConll(path: string): LabelledSentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/** A sentence's identity for overlap checks (train vs. eval): its words joined by spaces. */
export function sentenceKey(words: readonly string[]): string {
  return words.join(' ');
}
