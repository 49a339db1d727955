/** Readers for the language-ID training/evaluation corpora (FLORES JSONL, CoNLL token files). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldOf, type Sample } from './langid-train.ts';

/** Reads a FLORES/SIB-200 language-ID JSONL file (`{id, lang, text}` per line). */
export function readJsonlSamples(path: string): Sample[] {
  const out: Sample[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const r = JSON.parse(line) as { id?: unknown; lang?: unknown; text?: unknown };
    if (typeof r.id !== 'string' || typeof r.lang !== 'string' || typeof r.text !== 'string') {
      throw new Error(`${path}:${i + 1}: expected string id, lang and text`);
    }
    out.push({ id: r.id, lang: r.lang, text: r.text });
  });
  return out;
}

/**
 * Reads a CoNLL file (token, whitespace, tag per line; blank line between sentences) and rebuilds each
 * sentence as space-joined tokens, labelled `lang`; ids are `<prefix>-<n>`.
 */
export function readConllSentences(path: string, lang: string, prefix: string): Sample[] {
  const out: Sample[] = [];
  let toks: string[] = [];
  const flush = (): void => {
    if (toks.length > 0) out.push({ id: `${prefix}-${out.length}`, lang, text: toks.join(' ') });
    toks = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const tok = line.split(/[\t ]/)[0] ?? '';
    if (line.trim() === '') flush();
    else toks.push(tok);
  }
  flush();
  return out;
}

/** Kazakh news sentences from KazNERD (CC BY 4.0) used as extra kk training text, when ../shared has them. */
export const KAZNERD_FILE = 'data/kaznerd/IOB2_valid.txt';

/**
 * KazNERD Kazakh sentences under the shared data folder ([] when absent), split in two halves by a hash of
 * the sentence number: half 0 is extra kk training text, half 1 stays held out as a news-domain check.
 */
export function readKazNerd(sharedDir: string, half: 0 | 1): Sample[] {
  const p = join(sharedDir, KAZNERD_FILE);
  return existsSync(p) ? readConllSentences(p, 'kk', 'kaznerd').filter((s) => foldOf(s.id, 2) === half) : [];
}
