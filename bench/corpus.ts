/** Generates a benchmark corpus from the bundled samples, varying names, numbers, dates and lengths. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDoc } from '../src/pipeline/types.ts';
import { rng } from '../src/util/rng.ts';

/** Every .txt article under `dir` (recursively), as plain text. */
export function sampleTexts(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.txt')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}


/**
 * Builds documents of about `targetBytes` in total: each is a sample with its paragraphs shuffled,
 * cut or repeated (lengths vary from half to twice the original), numbers and years shifted.
 */
export function generateCorpus(texts: string[], targetBytes: number, seed = 42): RawDoc[] {
  if (!texts.length) throw new Error('no sample texts to generate a corpus from');
  const rand = rng(seed);
  const docs: RawDoc[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const base = texts[i % texts.length] ?? '';
    const paras = base.split(/\n\s*\n/);
    const factor = 0.5 + rand() * 1.5;
    const n = Math.max(1, Math.round(paras.length * factor));
    const picked: string[] = [paras[0] ?? ''];
    for (let k = 1; k < n; k++) picked.push(paras[1 + Math.floor(rand() * Math.max(1, paras.length - 1))] ?? '');
    const shift = Math.floor(rand() * 4) - 2;
    const content = picked.join('\n\n').replace(/\b(20[12]\d)\b/g, (y) => String(Number(y) + shift)).replace(/\b([1-9]\d{2,3})\b/g, (m) => String(Number(m) + (i % 97)));
    bytes += Buffer.byteLength(content);
    docs.push({ id: `bench-${i}`, source: `bench/${i}.txt`, content, format: 'text' });
  }
  return docs;
}
