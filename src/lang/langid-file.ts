/** Reads and writes the language-ID model file (data/langid/model.tsv): a `#` header, then TSV rows. */
import type { NgramCounts } from './langid-model.ts';

// In the file the word-boundary mark (a space in memory) is written as `_`, which is never part of a word.
const FILE_BOUNDARY = '_';

/**
 * Serializes counts: comment lines from `header`, a column line `gram <lang>…`, parameter rows whose first
 * cell starts with `@` (`@total<n>` per-language n-gram totals, `@vocab<n>`, `@alpha`, `@temperature`,
 * `@maxorder`, `@fitmean`/`@fitsd` per language; the value repeated in every column when it is not per language), then one row per n-gram.
 */
export function serializeCounts(c: NgramCounts, header: string[]): string {
  const L = c.langs.length;
  const out: string[] = header.map((h) => `# ${h}`.trimEnd());
  out.push(['gram', ...c.langs].join('\t'));
  const same = (name: string, v: number): void => { out.push([name, ...c.langs.map(() => String(v))].join('\t')); };
  same('@maxorder', c.maxOrder);
  same('@alpha', c.alpha);
  same('@temperature', c.temperature);
  if (c.fitMean.length === L) {
    out.push(['@fitmean', ...[...c.fitMean].map((v) => v.toFixed(4))].join('\t'));
    out.push(['@fitsd', ...[...c.fitSd].map((v) => v.toFixed(4))].join('\t'));
  }
  for (let o = 1; o <= c.maxOrder; o++) {
    out.push([`@total${o}`, ...c.langs.map((_, l) => String(c.totals[(o - 1) * L + l] ?? 0))].join('\t'));
    same(`@vocab${o}`, c.vocab[o - 1] ?? 0);
  }
  c.grams.forEach((g, i) => {
    const cells: string[] = [g.replaceAll(' ', FILE_BOUNDARY)];
    for (let l = 0; l < L; l++) { const n = c.counts[i * L + l] ?? 0; cells.push(n === 0 ? '' : String(n)); }
    out.push(cells.join('\t'));
  });
  return out.join('\n') + '\n';
}

/** Parses a model file written by {@link serializeCounts}; throws with the line number on malformed rows. */
export function parseCounts(text: string, name = 'model'): NgramCounts {
  const lines = text.split('\n');
  let langs: string[] | null = null;
  const params = new Map<string, number[]>();
  const grams: string[] = [];
  const rows: number[] = [];
  lines.forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!langs) { langs = cells.slice(1); return; }
    if (cells.length !== langs.length + 1) throw new Error(`${name}:${i + 1}: expected ${langs.length + 1} cells, found ${cells.length}`);
    const head = cells[0] ?? '';
    const nums: number[] = [];
    for (let j = 1; j < cells.length; j++) {
      const x = cells[j] ?? '';
      const v = x === '' ? 0 : Number(x);
      if (!Number.isFinite(v)) throw new Error(`${name}:${i + 1}: non-numeric count ${x}`);
      nums.push(v);
    }
    if (head.startsWith('@')) params.set(head.slice(1), nums);
    else {
      grams.push(head.replaceAll(FILE_BOUNDARY, ' '));
      for (const v of nums) rows.push(v);
    }
  });
  const L = (langs as string[] | null)?.length ?? 0;
  if (!langs || L === 0) throw new Error(`${name}: no column line`);
  const scalar = (k: string): number => {
    const v = params.get(k)?.[0];
    if (v === undefined) throw new Error(`${name}: missing @${k}`);
    return v;
  };
  const maxOrder = scalar('maxorder');
  const totals = new Float64Array(maxOrder * L);
  const vocab = new Float64Array(maxOrder);
  for (let o = 1; o <= maxOrder; o++) {
    totals.set(params.get(`total${o}`) ?? [], (o - 1) * L);
    vocab[o - 1] = scalar(`vocab${o}`);
  }
  const fitMean = Float64Array.from(params.get('fitmean') ?? []);
  const fitSd = Float64Array.from(params.get('fitsd') ?? []);
  return { langs, maxOrder, grams, counts: Int32Array.from(rows), totals, vocab, alpha: scalar('alpha'), temperature: scalar('temperature'), fitMean, fitSd };
}
