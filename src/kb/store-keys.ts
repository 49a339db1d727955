/**
 * What the writer derives from a document before storing it, computed where the document was extracted (a worker
 * thread, when ingest runs several) so the single writing thread does less: the search terms of the text, the
 * MinHash signature and its LSH bands, the search terms of each event's evidence sentence, and the Latin key of
 * each named mention (the key of its actor variant), so that the tokens need not travel. Pure functions of
 * the document and its events, so the database is the same wherever they are computed.
 */
import type { Doc, Token } from '../pipeline/types.ts';
import type { Mention } from '../entities/index.ts';
import type { EventOutput } from '../pipeline/output.ts';
import { indexTerms, textTerms } from './terms.ts';
import { bandHashes, minhash, shingleWords } from './minhash.ts';

/**
 * A document's derived keys; `evidence[i]` belongs to event `i` of the events they were computed with, and
 * `mentions[i]` to mention `i` (its variant key; '' for a mention that is not a name).
 */
export interface StoreKeys { terms: string; sig: Uint32Array; bands: string[]; evidence: string[]; mentions: string[] }

/** The keys of `doc`, of the evidence of `events` and of the named `mentions`. */
export function storeKeys(doc: Doc, events: readonly EventOutput[], mentions: readonly Mention[]): StoreKeys {
  const sig = minhash(shingleWords(doc));
  return {
    terms: indexTerms(doc), sig, bands: bandHashes(sig), evidence: events.map((e) => textTerms(e.evidence.text, doc.lang)),
    mentions: mentions.map((m) => (m.named ? variantKey(doc.tokens, m.start, m.end) : '')),
  };
}

/** The Latin key of a mention: the keys of its word and number tokens joined by spaces (tokens in text order). */
export function variantKey(tokens: readonly Token[], start: number, end: number): string {
  // First token ending after `start` (binary search), then on while tokens start before `end`.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const keys: string[] = [];
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' || t.kind === 'number') keys.push(t.key);
  }
  return keys.join(' ');
}
