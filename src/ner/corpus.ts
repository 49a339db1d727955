/** Training/evaluation corpora of the NER tagger and the deterministic KazNERD split shared with language ID. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { foldOf } from '../lang/langid-train.ts';
import { readConll, sentenceKey, type LabelledSentence } from './conll.ts';

/** KazNERD validation split under the shared data folder (Yeshpanov et al. 2022, CC BY 4.0). */
export const KAZNERD_VALID = 'data/kaznerd/IOB2_valid.txt';
/**
 * ADA Azerbaijani NER corpus, train split: no licence, so the az model trains on it but ships only hashed
 * weights, never its text (scripts/train-ner.ts).
 */
export const AZ_TRAIN = 'data/azerbaijani-ner-ada/train.conll';
/** ADA Azerbaijani NER corpus, valid split: scored by eval:ner, never trained on. */
export const AZ_VALID = 'data/azerbaijani-ner-ada/valid.conll';

/**
 * KazNERD validation sentences of one half: sentence n (0-based, file order) is in half foldOf(`kaznerd-n`, 2),
 * the same split src/lang/langid-corpus.ts readKazNerd uses, so half 0 is training text for both language ID
 * and NER and half 1 stays unseen by every shipped model. [] when the file is absent.
 */
export function kazNerdHalf(sharedDir: string, half: 0 | 1): LabelledSentence[] {
  const p = join(sharedDir, KAZNERD_VALID);
  if (!existsSync(p)) return [];
  return readConll(p).filter((_, n) => foldOf(`kaznerd-${n}`, 2) === half);
}

/** Set of sentence keys (space-joined words) of a corpus, to keep training sentences out of any evaluation. */
export function sentenceKeys(sents: readonly LabelledSentence[]): Set<string> {
  return new Set(sents.map((s) => sentenceKey(s.words)));
}
