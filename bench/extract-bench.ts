/**
 * Extraction throughput: a bare tokenise pass, the whole extraction with each stage timed separately (one
 * thread), and the whole extraction on a pool of worker threads (the pool ingest uses).
 */
import type { Doc, RawDoc } from '../src/pipeline/types.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { draftFromRaw, TEXT_STAGES } from '../src/pipeline/text-engine.ts';
import type { Draft } from '../src/pipeline/stage.ts';
import { extractDocument, type Extracted } from '../src/pipeline/extract.ts';
import { toOutput } from '../src/pipeline/output.ts';
import { findEntities } from '../src/entities/index.ts';
import { extractEvents } from '../src/events/index.ts';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { packageRoot } from '../src/util/data.ts';
import { mb, since } from './table.ts';

/** One measured pass over documents; `cpu`: CPU seconds of the process (all its threads) during the pass, when measured. */
export interface PassRow { name: string; docs: number; mb: number; seconds: number; cpu?: number; docsPerSec: number; mbPerSec: number; share?: number }

const row = (name: string, docs: number, bytes: number, seconds: number, cpu?: number): PassRow =>
  ({ name, docs, mb: mb(bytes), seconds, ...(cpu !== undefined ? { cpu } : {}), docsPerSec: docs / seconds, mbPerSec: mb(bytes) / seconds });

/** CPU seconds of this process since `from` (a process.cpuUsage() reading). */
const cpuSince = (from: NodeJS.CpuUsage): number => { const c = process.cpuUsage(from); return (c.user + c.system) / 1e6; };

/** Total UTF-8 size of the documents' content. */
export const corpusBytes = (docs: readonly RawDoc[]): number => docs.reduce((s, d) => s + Buffer.byteLength(d.content), 0);

/** The bare tokenise pass: the tokenizer alone over every document; the fastest of `rounds` (it takes well under a second, so one round is at the mercy of other processes). */
export function bareTokenise(docs: readonly RawDoc[], rounds = 3): { row: PassRow; tokens: number } {
  let tokens = 0;
  let best = Infinity;
  let bestCpu = 0;
  for (let r = 0; r < rounds; r++) {
    tokens = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of docs) tokens += tokenize(d.content).length;
    const s = since(t0);
    if (s < best) { best = s; bestCpu = cpuSince(c0); }
  }
  return { row: row(`bare tokenise (best of ${rounds})`, docs.length, corpusBytes(docs), best, bestCpu), tokens };
}

/** Stage names in pipeline order: the HTML/draft step, the text-engine stages, then entities and events. */
export const STAGE_NAMES: readonly string[] = ['read (draft, HTML)', ...TEXT_STAGES.map((s) => s.name), 'entities', 'events'];

/**
 * The whole extraction of one document, as extractDocument runs it (text-engine stages in order, then
 * entities, then events), adding each stage's time in ms to `acc` (indexed like {@link STAGE_NAMES}).
 */
export function timedExtract(raw: RawDoc, acc: Float64Array): Extracted {
  let t = performance.now();
  let draft: Draft = draftFromRaw(raw);
  let u = performance.now();
  acc[0] = (acc[0] ?? 0) + (u - t);
  TEXT_STAGES.forEach((s, i) => {
    t = u;
    draft = { ...draft, ...s.run(draft) };
    u = performance.now();
    acc[i + 1] = (acc[i + 1] ?? 0) + (u - t);
  });
  if (draft.published === undefined) draft.published = null;
  const doc = draft as Doc;
  const n = TEXT_STAGES.length;
  t = u;
  const { entities, mentions } = findEntities(doc);
  u = performance.now();
  acc[n + 1] = (acc[n + 1] ?? 0) + (u - t);
  const events = extractEvents(doc, mentions);
  acc[n + 2] = (acc[n + 2] ?? 0) + (performance.now() - u);
  return { doc, entities, mentions, events };
}

/** Documents among `docs` whose timed extraction differs from extractDocument's (output contract compared). */
export function stagedMismatches(docs: readonly RawDoc[]): number {
  const acc = new Float64Array(STAGE_NAMES.length);
  let bad = 0;
  for (const d of docs) {
    const a = JSON.stringify(toOutput(timedExtract(d, acc), { text: true }));
    const b = JSON.stringify(toOutput(extractDocument(d), { text: true }));
    if (a !== b) bad++;
  }
  return bad;
}

/** The whole extraction in this thread with per-stage times: one row per stage and one for the whole; `perDoc`: events per document. */
export function stagedPass(docs: readonly RawDoc[]): { whole: PassRow; stages: PassRow[]; events: number; perDoc: Uint32Array } {
  const acc = new Float64Array(STAGE_NAMES.length);
  const bytes = corpusBytes(docs);
  const perDoc = new Uint32Array(docs.length);
  let events = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  docs.forEach((d, i) => { const n = timedExtract(d, acc).events.length; perDoc[i] = n; events += n; });
  const whole = row('whole extract, 1 thread', docs.length, bytes, since(t0), cpuSince(c0));
  const total = acc.reduce((s, x) => s + x, 0);
  const stages = STAGE_NAMES.map((name, i) => ({ ...row(`  stage: ${name}`, docs.length, bytes, (acc[i] ?? 0) / 1000), share: (acc[i] ?? 0) / total }));
  return { whole, stages, events, perDoc };
}

/**
 * What a pool pass hands back per document: `print`, the text `elchi extract` prints (the extract command's job);
 * `store`, the layers and keys ingest's writer reads (ingest's extraction).
 */
export type PoolJob = 'print' | 'store';

type PoolModule = typeof import('../src/kb/pool.ts');
type ExtractModule = typeof import('../src/pipeline/extract.ts');

/** A module of the built code (dist/, what bin/elchi.js runs): `rel` is its path under dist/, without .js. */
async function built<M>(rel: string): Promise<M> {
  return import(pathToFileURL(join(packageRoot, 'dist', `${rel}.js`)).href) as Promise<M>;
}

/**
 * The whole extraction in this thread with the built code (dist/), as `elchi extract` runs it with one thread, after the
 * `warm` documents have gone through it untimed (as poolPass warms its workers).
 */
export async function builtPass(docs: readonly RawDoc[], warm: readonly RawDoc[]): Promise<{ row: PassRow; events: number }> {
  const { extractDocument: extract } = await built<ExtractModule>('pipeline/extract');
  for (const d of warm) extract(d);
  let events = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const d of docs) events += extract(d).events.length;
  return { row: row(`whole extract, 1 thread, built code (dist/), after ${warm.length} documents`, docs.length, corpusBytes(docs), since(t0), cpuSince(c0)), events };
}

/**
 * The whole extraction on `threads` worker threads of the built code (dist/, as the commands run them), warmed up
 * first, twice the documents the workers queue in flight, results collected as the commands collect them.
 */
export async function poolPass(docs: readonly RawDoc[], threads: number, warm: readonly RawDoc[], job: PoolJob): Promise<{ row: PassRow; events: number }> {
  const { WorkerPool, PRINT_WORKER_LIMITS, QUEUED_PER_WORKER } = await built<PoolModule>('kb/pool');
  const pool = new WorkerPool(threads, job === 'print' ? PRINT_WORKER_LIMITS : undefined);
  const one = (d: RawDoc): Promise<number> => (job === 'print'
    ? pool.print(d, {}).then((r) => (r.ok ? r.events : 0))
    : pool.extract(d, true).then((r) => (r.ok ? r.events?.length ?? 0 : 0)));
  try {
    await Promise.all(warm.map(one));
    const window = threads * 2 * QUEUED_PER_WORKER;
    let events = 0;
    const inFlight: Promise<void>[] = [];
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of docs) {
      inFlight.push(one(d).then((n) => { events += n; }));
      if (inFlight.length >= window) await inFlight.shift();
    }
    await Promise.all(inFlight);
    const after = `after ${warm.length / threads} documents per thread`;
    const name = job === 'print' ? `whole extract, ${threads} worker threads (what \`elchi extract\` prints), ${after}` : `  ingest's extraction, ${threads} worker threads (store layers and keys), ${after}`;
    return { row: row(name, docs.length, corpusBytes(docs), since(t0), cpuSince(c0)), events };
  } finally {
    await pool.close();
  }
}
