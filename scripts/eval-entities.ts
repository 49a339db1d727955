/**
 * Entity evaluation on the dev gold: runs the text engine and findEntities on every ../shared/eval/gold/*.json article
 * and prints micro P/R/F1 of distinct (canonical, type) pairs per document (eval README matching rule), by type and
 * overall. Usage: npx tsx scripts/eval-entities.ts [GOLD_DIR] [--diff]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { prf, scoreEntityGold, type EntityCounts } from '../src/entities/eval-gold.ts';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..', 'shared', 'eval', 'gold');
if (!existsSync(dir)) {
  console.error(`eval-entities: no gold folder at ${dir}`);
  process.exit(2);
}
const score = scoreEntityGold(dir);
if (args.includes('--diff')) {
  for (const d of score.diffs) {
    console.log(`── ${d.file} (${d.lang})`);
    for (const m of d.missed) console.log(`   missed ${m}`);
    for (const x of d.extra) console.log(`   extra  ${x}`);
  }
}
const line = (c: EntityCounts): string => {
  const { p, r, f1 } = prf(c);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${c.tp}, predicted ${c.predicted}, gold ${c.gold})`;
};
for (const [t, c] of Object.entries(score.byType).sort()) console.log(`${t}  ${line(c)}`);
console.log(`ALL  ${line(score.all)}`);
