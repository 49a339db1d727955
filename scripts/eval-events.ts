/**
 * Event evaluation: runs the text engine, findEntities and extractEvents on the dev gold
 * (../shared/eval/gold/*.json, processed from their text alone like `elchi eval`) and on the sample corpus
 * (samples/ against test/fixtures/samples-expected.jsonl), and scores them with src/eval (type+dyad
 * headline, mode, direction, status, date; distractors).
 * Usage: npx tsx scripts/eval-events.ts [gold|samples|both] [--diff] [--explain] [--only ID]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processDoc } from '../src/pipeline/text-engine.ts';
import { findEntities } from '../src/entities/index.ts';
import { extractEvents, type ElchiEvent } from '../src/events/index.ts';
import { formatReport, loadGold, score, type EvalDoc, type GoldEvent, type Prediction } from '../src/eval/index.ts';
import { readInputs } from '../src/read/index.ts';
import type { RawDoc } from '../src/pipeline/types.ts';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--') && ['gold', 'samples', 'both'].includes(a)) ?? 'both';
const diff = args.includes('--diff');
const explain = args.includes('--explain');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const root = join(import.meta.dirname, '..');

function toGold(e: ElchiEvent): GoldEvent {
  const actor = (a: ElchiEvent['source']): GoldEvent['source'] => (a ? { name: a.name, kind: a.kind, country: a.country } : null);
  return { type: e.type, mode: e.mode, status: e.status, source: actor(e.source), target: actor(e.target), date: e.date, location: e.location, evidence: e.evidence.text };
}

function predict(raw: RawDoc, id: string): { pred: Prediction; events: ElchiEvent[] } {
  const doc = processDoc(raw);
  const { mentions } = findEntities(doc);
  const events = extractEvents(doc, mentions);
  return { pred: { id, lang: doc.lang, events: events.map(toGold), entities: [] }, events };
}

function show(events: ElchiEvent[]): void {
  for (const e of events) {
    console.log(`   · ${e.type}${e.mode ? '/' + e.mode : ''} ${e.status} ${e.source?.name ?? '-'} (${e.source?.country ?? '-'}) → ${e.target?.name ?? '-'} (${e.target?.country ?? '-'}) ${e.date ?? ''} @${e.location?.name ?? ''}  «${e.trigger.text}»`);
    if (explain) for (const x of e.explain) console.log(`       ${x}`);
  }
}

function run(name: string, gold: EvalDoc[], raws: Map<string, RawDoc>): void {
  const preds: Prediction[] = [];
  const all = new Map<string, ElchiEvent[]>();
  const t0 = performance.now();
  for (const g of gold) {
    const raw = raws.get(g.id);
    if (!raw) continue;
    const { pred, events } = predict(raw, g.id);
    preds.push(pred);
    all.set(g.id, events);
  }
  const ms = performance.now() - t0;
  const sel = only ? gold.filter((g) => g.id.includes(only)) : gold;
  const report = score(sel, preds.filter((p) => sel.some((g) => g.id === p.id)));
  console.log(`\n==== ${name}: ${sel.length} documents (${ms.toFixed(0)} ms for all)`);
  console.log(formatReport(report, { diff }));
  if (diff || explain) {
    for (const g of sel) {
      console.log(`-- ${g.id}: predicted`);
      show(all.get(g.id) ?? []);
    }
  }
}

if (which !== 'samples') {
  const dir = join(root, '..', 'shared', 'eval', 'gold');
  if (!existsSync(dir)) console.error(`eval-events: no gold folder at ${dir}`);
  else {
    const gold = loadGold(dir);
    const raws = new Map<string, RawDoc>(gold.map((g) => [g.id, { id: g.id, source: g.file ?? g.id, content: g.text, format: 'text' }]));
    run('gold', gold, raws);
  }
}

if (which !== 'gold') {
  interface Expected { file: string; id?: string; lang: string; published: string | null; events: GoldEvent[] }
  const expected = readFileSync(join(root, 'test', 'fixtures', 'samples-expected.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Expected);
  const raws = new Map<string, RawDoc>();
  const byKey = new Map<string, RawDoc>();
  for await (const item of readInputs([join(root, 'samples')])) {
    if (!item.ok) continue;
    const d = item.doc;
    byKey.set(d.source.replace(/\\/g, '/'), d);
    byKey.set(`id:${d.id}`, d);
  }
  const gold: EvalDoc[] = [];
  for (const e of expected) {
    const raw = e.id ? byKey.get(`id:${e.id}`) : [...byKey.entries()].find(([k]) => k.endsWith(`samples/${e.file}`))?.[1];
    if (!raw) { console.error(`eval-events: sample ${e.file} not found`); continue; }
    raws.set(e.file, raw);
    gold.push({ id: e.file, lang: e.lang, text: raw.content, published: e.published, events: e.events, entities: [] });
  }
  run('samples', gold, raws);
}
