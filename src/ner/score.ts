/** Entity-level precision/recall/F1 (exact span and type, as conlleval/seqeval) per type and micro-averaged. */
import { NER_TYPES, type NerType } from './bio.ts';

/** A span as scored: token indices [start, end) and type. */
export interface ScoredSpan { start: number; end: number; type: NerType }

/** True-positive, predicted and gold counts. */
export interface Counts { tp: number; pred: number; gold: number }

/** Counts per type plus `ALL` (micro). */
export type ScoreTable = Record<NerType | 'ALL', Counts>;

/** An empty score table. */
export function emptyTable(): ScoreTable {
  return { PER: { tp: 0, pred: 0, gold: 0 }, ORG: { tp: 0, pred: 0, gold: 0 }, LOC: { tp: 0, pred: 0, gold: 0 }, ALL: { tp: 0, pred: 0, gold: 0 } };
}

/** Adds one sentence's predicted and gold spans to `table`. */
export function addSentence(table: ScoreTable, pred: readonly ScoredSpan[], gold: readonly ScoredSpan[]): void {
  const goldKeys = new Set(gold.map((s) => `${s.start}:${s.end}:${s.type}`));
  for (const s of pred) {
    table[s.type].pred++; table.ALL.pred++;
    if (goldKeys.has(`${s.start}:${s.end}:${s.type}`)) { table[s.type].tp++; table.ALL.tp++; }
  }
  for (const s of gold) { table[s.type].gold++; table.ALL.gold++; }
}

/** Precision, recall and F1 of counts (0 when undefined). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.pred ? c.tp / c.pred : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The table as aligned text lines: type, gold, predicted, correct, P, R, F1. */
export function formatTable(table: ScoreTable): string[] {
  const rows = [...NER_TYPES, 'ALL' as const].map((t) => {
    const c = table[t];
    const { p, r, f1 } = prf(c);
    return [t === 'ALL' ? 'micro' : t, String(c.gold), String(c.pred), String(c.tp), p.toFixed(3), r.toFixed(3), f1.toFixed(3)];
  });
  const head = ['type', 'gold', 'pred', 'correct', 'P', 'R', 'F1'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
