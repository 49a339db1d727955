/**
 * Entity scoring on annotated articles (../shared/eval/gold/*.json shape): distinct (canonical, type) pairs per document,
 * names matched by the eval README rule (equal after folding case, diacritics and punctuation, or one's words a subset of
 * the other's), one-to-one, micro-averaged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDoc } from '../pipeline/text-engine.ts';
import { namesMatch } from '../eval/names.ts';
import { findEntities } from './index.ts';

/** Counts of one scoring run. */
export interface EntityCounts { tp: number; predicted: number; gold: number }
/** What one document got wrong. */
export interface EntityDiff { file: string; lang: string; missed: string[]; extra: string[] }
/** Result of {@link scoreEntityGold}. */
export interface EntityScore { all: EntityCounts; byType: Record<string, EntityCounts>; diffs: EntityDiff[] }

interface GoldDoc { id: string; lang: string; text: string; published?: string | null; entities: { canonical: string; type: string }[] }
type Pair = { canonical: string; type: string };

function distinct(list: readonly Pair[]): Pair[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.type}\u0000${e.canonical}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Precision, recall and F1 of counts. */
export function prf(c: EntityCounts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Runs the text engine and findEntities on every gold article of `dir` and scores the entities. */
export function scoreEntityGold(dir: string): EntityScore {
  const all: EntityCounts = { tp: 0, predicted: 0, gold: 0 };
  const byType: Record<string, EntityCounts> = {};
  const diffs: EntityDiff[] = [];
  const bump = (t: string, f: keyof EntityCounts): void => { (byType[t] ??= { tp: 0, predicted: 0, gold: 0 })[f]++; };
  for (const file of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GoldDoc;
    const doc = processDoc({ id: g.id, source: file, content: g.text, format: 'text', lang: g.lang, ...(g.published ? { published: g.published } : {}) });
    const pred = distinct(findEntities(doc).entities);
    const want = distinct(g.entities);
    const used = new Set<number>();
    const missed: string[] = [];
    for (const w of want) {
      bump(w.type, 'gold');
      const k = pred.findIndex((p, i) => !used.has(i) && p.type === w.type && namesMatch(p.canonical, w.canonical));
      if (k >= 0) { used.add(k); all.tp++; bump(w.type, 'tp'); } else missed.push(`${w.type} ${w.canonical}`);
    }
    for (const p of pred) bump(p.type, 'predicted');
    all.predicted += pred.length;
    all.gold += want.length;
    const extra = pred.filter((_, i) => !used.has(i)).map((p) => `${p.type} ${p.canonical}`);
    if (missed.length || extra.length) diffs.push({ file, lang: g.lang, missed, extra });
  }
  return { all, byType, diffs };
}
