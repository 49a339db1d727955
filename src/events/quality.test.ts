/**
 * Quality floors on real data, scored with src/eval as `elchi eval` does: the dev gold (../shared/eval/gold,
 * processed from its text alone; skipped when ../shared is absent), the sample corpus against
 * test/fixtures/samples-expected.jsonl, and the articles written and annotated for elchi (test/fixtures/own-gold,
 * with their publication dates as page metadata). Floors sit a little under the current scores to catch regressions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../util/data.ts';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { loadGold, score, type EvalDoc, type GoldEvent, type Prediction } from '../eval/index.ts';
import { readInputs } from '../read/index.ts';
import type { RawDoc } from '../pipeline/types.ts';
import { extractEvents, type ElchiEvent } from './index.ts';

const GOLD = join(packageRoot, '..', 'shared', 'eval', 'gold');

function predict(raw: RawDoc, id: string): Prediction {
  const doc = processDoc(raw);
  const actor = (a: ElchiEvent['source']): GoldEvent['source'] => (a ? { name: a.name, kind: a.kind, country: a.country } : null);
  const events = extractEvents(doc, findEntities(doc).mentions).map((e): GoldEvent => ({
    type: e.type, mode: e.mode, status: e.status, source: actor(e.source), target: actor(e.target), date: e.date, location: e.location, evidence: e.evidence.text,
  }));
  return { id, lang: doc.lang, events, entities: [] };
}

test('dev gold: type+dyad F1 ≥ 0.88, date agreement ≥ 0.80, no events on distractors', { skip: !existsSync(GOLD) && 'needs ../shared' }, () => {
  const gold = loadGold(GOLD);
  const preds = gold.map((g) => predict({ id: g.id, source: g.file ?? g.id, content: g.text, format: 'text' }, g.id));
  const r = score(gold, preds);
  assert.ok(r.events.typeDyad.f1 >= 0.88, `type+dyad F1 ${r.events.typeDyad.f1}`);
  assert.ok(r.date.ratio >= 0.8, `date agreement ${r.date.ratio}`);
  assert.equal(r.distractors.events, 0);
});

test('sample corpus: type+dyad F1 ≥ 0.88, no events on the articles without one', async () => {
  interface Expected { file: string; id?: string; lang: string; published: string | null; events: GoldEvent[] }
  const expected = readFileSync(join(packageRoot, 'test', 'fixtures', 'samples-expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Expected);
  const raws = new Map<string, RawDoc>();
  for await (const item of readInputs([join(packageRoot, 'samples')])) {
    if (!item.ok) continue;
    raws.set(item.doc.source.replace(/\\/g, '/'), item.doc);
    raws.set(`id:${item.doc.id}`, item.doc);
  }
  const gold: EvalDoc[] = [];
  const preds: Prediction[] = [];
  for (const e of expected) {
    const raw = e.id ? raws.get(`id:${e.id}`) : [...raws.entries()].find(([k]) => k.endsWith(`samples/${e.file}`))?.[1];
    assert.ok(raw, `sample ${e.file} not found`);
    gold.push({ id: e.file, lang: e.lang, text: raw.content, published: e.published, events: e.events, entities: [] });
    preds.push(predict(raw, e.file));
  }
  const r = score(gold, preds);
  assert.ok(r.events.typeDyad.f1 >= 0.88, `type+dyad F1 ${r.events.typeDyad.f1}`);
  assert.equal(r.distractors.events, 0);
});

for (const [set, floor, size] of [['a', 0.93, 24], ['b', 0.88, 24], ['c', 0.92, 16], ['d', 0.91, 24], ['e', 0.87, 16], ['f', 0.87, 16], ['g', 0.89, 16], ['h', 0.85, 16], ['i', 0.85, 16], ['j', 0.8, 16], ['k', 0.82, 16]] as const) {
  test(`own gold ${set}: type+dyad F1 ≥ ${floor}, no events on distractors`, () => {
    const gold = loadGold(join(packageRoot, 'test', 'fixtures', 'own-gold', set));
    assert.equal(gold.length, size, `${gold.length} articles`);
    const preds = gold.map((g) => predict({ id: g.id, source: g.file ?? g.id, content: g.text, format: 'text', ...(g.published ? { published: g.published } : {}) }, g.id));
    const r = score(gold, preds);
    assert.ok(r.events.typeDyad.f1 >= floor, `type+dyad F1 ${r.events.typeDyad.f1}`);
    assert.equal(r.distractors.events, 0);
  });
}
