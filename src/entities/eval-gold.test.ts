import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/data.ts';
import { prf, scoreEntityGold } from './eval-gold.ts';

const GOLD = join(packageRoot, '..', 'shared', 'eval', 'gold');

test('entity F1 on the dev gold is at least 0.85', { skip: !existsSync(GOLD) && 'needs ../shared' }, () => {
  const s = scoreEntityGold(GOLD);
  const { p, r, f1 } = prf(s.all);
  assert.ok(s.all.gold > 200, `only ${s.all.gold} gold entities`);
  assert.ok(f1 >= 0.85, `entity F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`);
  for (const t of ['PER', 'ORG', 'LOC']) assert.ok(prf(s.byType[t] ?? { tp: 0, predicted: 0, gold: 0 }).f1 >= 0.8, `${t} F1`);
});

test('prf is micro precision, recall and F1', () => {
  assert.deepEqual(prf({ tp: 0, predicted: 0, gold: 0 }), { p: 0, r: 0, f1: 0 });
  const x = prf({ tp: 3, predicted: 4, gold: 6 });
  assert.equal(x.p, 0.75);
  assert.equal(x.r, 0.5);
  assert.equal(x.f1, 0.6);
});
