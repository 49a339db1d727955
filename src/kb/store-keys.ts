/**
 * What the writer derives from a document before storing it, computed where the document was extracted (a worker
 * thread, when ingest runs several) so the single writing thread does less: the search terms of the text, the
 * MinHash signature and its LSH bands, and the search terms of each event's evidence sentence. Pure functions of
 * the document and its events, so the database is the same wherever they are computed.
 */
import type { Doc } from '../pipeline/types.ts';
import type { EventOutput } from '../pipeline/output.ts';
import { indexTerms, textTerms } from './terms.ts';
import { bandHashes, minhash, shingleWords } from './minhash.ts';

/** A document's derived keys; `evidence[i]` belongs to event `i` of the events they were computed with. */
export interface StoreKeys { terms: string; sig: Uint32Array; bands: string[]; evidence: string[] }

/** The keys of `doc` and of the evidence of `events`. */
export function storeKeys(doc: Doc, events: readonly EventOutput[]): StoreKeys {
  const sig = minhash(shingleWords(doc));
  return { terms: indexTerms(doc), sig, bands: bandHashes(sig), evidence: events.map((e) => textTerms(e.evidence.text, doc.lang)) };
}
