/**
 * The word-form bags ({@link WordSlots}) of a document's tokens, as the segment stage made them: a token
 * array maps to one bag per token (null for punctuation, numbers and symbols). Kept beside the tokens, not in
 * them, so tokens stay plain data (JSON, structured clone); tokens made elsewhere simply have none.
 */
import type { Token } from './types.ts';
import type { WordSlots } from '../util/memo.ts';

const bags = new WeakMap<readonly Token[], readonly (WordSlots | null)[]>();

/** Records the bags of `tokens` (same length, same order). */
export function setTokenWords(tokens: readonly Token[], words: readonly (WordSlots | null)[]): void {
  if (words.length !== tokens.length) throw new Error(`token words: ${words.length} bags for ${tokens.length} tokens`);
  bags.set(tokens, words);
}

/** The bags of `tokens`, or undefined when the segment stage did not make this array. */
export function tokenWords(tokens: readonly Token[]): readonly (WordSlots | null)[] | undefined {
  return bags.get(tokens);
}
