/**
 * Parallel ingest: extraction on worker threads gives exactly the database of extraction in the main thread
 * (every table, timestamps aside), from source (tsx) and from the built CLI; the pool answers each document
 * with its own extraction (or printed text) and turns a failing one into a problem instead of a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { openStore } from '../src/kb/store.ts';
import { ingest } from '../src/kb/ingest.ts';
import { WorkerPool } from '../src/kb/pool.ts';
import { extractOne, printOne } from '../src/kb/extract-one.ts';
import { toOutput } from '../src/pipeline/output.ts';
import type { RawDoc } from '../src/pipeline/types.ts';
import { generateCorpus, readSamples } from '../bench/corpus.ts';
import { runCli, tempDir } from './helpers.ts';
import { canonicalDump } from './kb-dump.ts';

const SAMPLES = join(packageRoot, 'samples');
/** A folder of inputs: the samples, generated articles, a copy of one sample, a broken feed line and a missing file. */
function inputs(): string[] {
  const dir = tempDir('elchi-workers-');
  const gen = join(dir, 'generated');
  mkdirSync(gen);
  generateCorpus(readSamples(SAMPLES), 60, 3).forEach((d, i) => writeFileSync(join(gen, `${String(i).padStart(3, '0')}.txt`), d.content));
  copyFileSync(join(SAMPLES, 'kk', 'kk-2024-05-17-aliev-telefon.txt'), join(gen, 'zz-same-content.txt'));
  writeFileSync(join(dir, 'feed.jsonl'), '{"id":"w1","text":"Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on 24 August 2022. The two leaders discussed trade, transport and energy, and they signed an agreement on the Middle Corridor."}\n{"id": broken\n{"id":"w3","text":42}\n');
  return [SAMPLES, gen, join(dir, 'feed.jsonl'), join(dir, 'missing.txt')];
}

test('1 worker (main thread) and 3 worker threads give the same database, table by table', { timeout: 600_000 }, async () => {
  const paths = inputs();
  const dir = tempDir('elchi-workers-');
  const dumps: Record<string, unknown[]>[] = [];
  for (const workers of [1, 3]) {
    const file = join(dir, `w${workers}.db`);
    const store = await openStore(file);
    const s = await ingest(store, paths, { workers, batchSize: 16 });
    await store.close();
    assert.equal(s.added, 70 + 60 + 1, `workers ${workers}: every distinct document added (rejected: ${JSON.stringify(s.rejected)})`);
    assert.equal(s.skipped, 1, 'the copied sample is already stored');
    assert.deepEqual(s.rejected.map((r) => r.source.replace(/^.*\//, '')).sort(), ['feed.jsonl:2', 'feed.jsonl:3', 'missing.txt']);
    dumps.push(canonicalDump(file));
  }
  const [one, three] = dumps as [Record<string, unknown[]>, Record<string, unknown[]>];
  assert.ok((one.events?.length ?? 0) > 100 && (one.mentions?.length ?? 0) > 1000, 'the corpus gives events and mentions to compare');
  assert.deepEqual(Object.keys(three), Object.keys(one));
  for (const t of Object.keys(one)) assert.deepEqual(three[t], one[t], `table ${t} differs between 1 and 3 workers`);
});

test('the built CLI: --workers 2 stores what --workers 1 stores', { timeout: 600_000 }, () => {
  const paths = inputs();
  const dir = tempDir('elchi-workers-');
  for (const workers of ['1', '2']) {
    const r = runCli(['ingest', '--db', join(dir, `cli${workers}.db`), '--workers', workers, '--quiet', ...paths]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /added 131 \(\d+ republished copies\), already stored 1, rejected 3/);
  }
  assert.deepEqual(canonicalDump(join(dir, 'cli2.db')), canonicalDump(join(dir, 'cli1.db')));
});

test('--workers takes a whole number from 1 to 64', () => {
  for (const bad of ['0', 'two', '1.5', '65']) {
    const r = runCli(['ingest', '--db', join(tempDir(), 'x.db'), '--workers', bad, SAMPLES]);
    assert.equal(r.code, 2, `--workers ${bad}`);
    assert.match(r.stderr, /--workers takes a whole number from 1 to 64/);
  }
});

test('the pool answers each document with its own extraction; a document that throws becomes a problem', { timeout: 120_000 }, async () => {
  const docs = generateCorpus(readSamples(SAMPLES), 12, 5);
  const broken = { id: 'broken', source: 'broken.txt', content: ['not a string'], format: 'text' } as unknown as RawDoc;
  const pool = new WorkerPool(2);
  try {
    // Whole extractions (as an events hook gets them) and store extractions, interleaved, with a failing document among them.
    const asked = [...docs.slice(0, 6), broken, ...docs.slice(6)];
    const whole = asked.map((d) => pool.extract(d, false));
    const store = asked.map((d) => pool.extract(d, true));
    const printed = asked.map((d) => pool.print(d, { text: true }));
    const [w, s, p] = [await Promise.all(whole), await Promise.all(store), await Promise.all(printed)];
    for (const bad of [w[6], s[6], p[6]]) assert.ok(bad && !bad.ok && /^could not be processed: /.test(bad.problem), JSON.stringify(bad));
    asked.forEach((d, i) => {
      if (i === 6) return;
      assert.deepEqual(p[i], printOne(d, { text: true }), `document ${d.id}: printed`);
      const here = extractOne(d, true);
      const [a, b] = [w[i], s[i]];
      assert.ok(here.ok && a?.ok && b?.ok);
      assert.deepEqual(toOutput(a.x, { text: true }), toOutput(here.x, { text: true }), `document ${d.id}: whole extraction`);
      assert.equal(a.events, null);
      assert.deepEqual(b.events, here.events, `document ${d.id}: events`);
      assert.deepEqual(b.x.mentions, here.x.mentions);
      // The store's extraction carries no tokens: what the writer needs of them comes as keys.
      assert.deepEqual(b.x.doc.tokens, []);
      assert.deepEqual(b.keys, here.keys, `document ${d.id}: store keys`);
      assert.ok(here.keys && here.keys.mentions.length === here.x.mentions.length && here.keys.mentions.some((k) => k !== ''), 'named mentions have variant keys');
    });
  } finally {
    await pool.close();
  }
});

test('a worker that runs out of memory fails only its document; the others are extracted by a new worker', { timeout: 300_000 }, async () => {
  const docs = generateCorpus(readSamples(SAMPLES), 5, 9);
  // About 30 million characters of words: far more than a worker limited to 320 MB of old space can hold as tokens.
  const huge: RawDoc = { id: 'huge', source: 'huge.txt', content: 'Тоқаев Бакуге мемлекеттік сапармен барды. '.repeat(700_000), format: 'text' };
  const pool = new WorkerPool(1, { maxOldGenerationSizeMb: 320 });
  try {
    const results = await Promise.all([docs[0]!, huge, ...docs.slice(1)].map((d) => pool.extract(d, true)));
    const bad = results[1];
    assert.ok(bad && !bad.ok, 'the huge document failed');
    assert.match(bad.problem, /^could not be processed: the extraction thread stopped \(.+\)$/);
    results.forEach((r, i) => { if (i !== 1) assert.ok(r.ok, `document ${i} extracted after the crash`); });
  } finally {
    await pool.close();
  }
});
