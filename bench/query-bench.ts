/**
 * Query latency on an ingested database: `dyad` (the summary of a country pair), `events` with filters
 * (first 100 events, as a page of the dashboard or `elchi events --limit 100`) and `search` (50 documents),
 * each over a fixed mix of queries in turn (the first run untimed); p50, p95 and p99 per kind. Each
 * kind runs in child processes (bench/query-child.ts) with a time budget, so slow queries give fewer samples;
 * a query that runs past a cap is stopped, counted with the cap (a lower bound) and left out of later rounds.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../src/kb/schema.ts';
import { dyadSummary } from '../src/kb/dyad.ts';
import { listEvents, searchDocuments, type EventFilter } from '../src/kb/query.ts';
import { percentile } from './table.ts';

/** The kinds of query measured. */
export type QueryKind = 'dyad' | 'events' | 'search';
export const QUERY_KINDS: readonly QueryKind[] = ['dyad', 'events', 'search'];
const LABELS: Record<QueryKind, string> = { dyad: 'dyad A B', events: 'events (filters, first 100)', search: 'search (first 50)' };

/** One named query. */
export interface NamedQuery { name: string; run: () => Promise<unknown> }

/** Latency of one kind of query, in milliseconds. */
export interface LatencyRow {
  kind: string; queries: number; distinct: number; p50: number; p95: number; p99: number; max: number;
  /** Queries stopped after running longer than the cap (each counted once with the cap, a lower bound). */
  stopped: string[];
  /** Slowest distinct query that finished (mean of its timed runs). */
  slowest: { name: string; ms: number } | null;
}

/** The country pairs with most event reports (each pair once, either direction). */
async function topPairs(db: Kysely<Database>, n: number): Promise<[string, string][]> {
  const rows = await db.selectFrom('events').select(['source_country', 'target_country']).select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_country', 'is not', null).where('target_country', 'is not', null).whereRef('source_country', '!=', 'target_country')
    .groupBy(['source_country', 'target_country']).orderBy('n', 'desc').limit(n * 3).execute();
  const seen = new Set<string>();
  const out: [string, string][] = [];
  for (const r of rows) {
    const pair = [r.source_country as string, r.target_country as string].sort() as [string, string];
    const k = pair.join('|');
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(pair);
    if (out.length >= n) break;
  }
  return out;
}

/** Search queries: names and places in several scripts, and two-word queries. */
const SEARCHES = ['Tokayev', 'Тоқаев', 'Токаев', 'Aliyev', 'Әлиев', 'Baku', 'Бакуге', 'Astana', 'Астана', 'energy', 'Tokayev Baku', 'Əliyev Astana', 'Путин', 'Mirziyoyev', 'transport', 'memorandum'];

/** The queries of one kind on this database. */
export async function queriesOf(db: Kysely<Database>, kind: QueryKind): Promise<NamedQuery[]> {
  if (kind === 'search') return SEARCHES.map((q) => ({ name: `search ${q}`, run: () => searchDocuments(db, q, 50) }));
  const pairs = await topPairs(db, 12);
  if (kind === 'dyad') return pairs.map(([a, b]) => ({ name: `dyad ${a} ${b}`, run: () => dyadSummary(db, a, b) }));
  const [a, b] = pairs[0] ?? ['AZE', 'KAZ'];
  const [c, d] = pairs[1] ?? ['KAZ', 'RUS'];
  const filters: EventFilter[] = [
    { dyad: [a, b], type: 'CONSULT' },
    { dyad: [a, b], from: '2023', to: '2024-12-31' },
    { dyad: [c, d] },
    { type: 'SUPPORT', from: '2022-01-01', to: '2023-12-31' },
    { actor: 'Tokayev' },
    { lang: 'kk', type: 'CONSULT' },
    { q: 'Baku' },
    { dyad: [a, b], mode: 'visit', status: 'occurred' },
  ];
  return filters.map((f) => ({ name: `events ${JSON.stringify(f)}`, run: () => listEvents(db, { ...f, limit: 100 }) }));
}

interface Done { name: string; ms: number; warm: boolean }

/**
 * One child run: queries of `kind` (less `skip`) until `samples` timed ones are done, `untilMs` (a clock
 * reading) is reached, or one query runs longer than `capMs`; says which query it stopped.
 */
function childRun(dbPath: string, kind: QueryKind, samples: number, skip: readonly string[], untilMs: number, capMs: number): Promise<{ done: Done[]; capped: string | null }> {
  const args = [join(import.meta.dirname, 'query-child.ts'), '--db', dbPath, '--kind', kind, '--samples', String(samples), ...skip.flatMap((n) => ['--skip', n])];
  const child = spawn(process.execPath, [...process.execArgv, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const done: Done[] = [];
  let running: { name: string; at: number } | null = null;
  let capped: string | null = null;
  let buf = '';
  let err = '';
  child.stdout.on('data', (b: Buffer) => {
    buf += b.toString();
    for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
      const m = JSON.parse(buf.slice(0, nl)) as Done | { start: string };
      buf = buf.slice(nl + 1);
      if ('start' in m) running = { name: m.start, at: performance.now() };
      else { done.push(m); running = null; }
    }
  });
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const watch = setInterval(() => {
    const now = performance.now();
    const r = running as { name: string; at: number } | null;
    if (r && now - r.at > capMs) { capped = r.name; child.kill('SIGKILL'); } else if (now > untilMs) child.kill('SIGKILL');
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(watch);
      if (code !== 0 && signal !== 'SIGKILL') reject(new Error(`query child (${kind}) exited with ${code}: ${err.trim().slice(-2000)}`));
      else resolve({ done, capped });
    });
  });
}

/**
 * Runs one kind for at most `budgetMs` and `samples` timed queries. A query that runs longer than `capMs`
 * is stopped, counted once with the cap, and left out of the following rounds (the child restarts without it).
 */
async function runKind(dbPath: string, kind: QueryKind, samples: number, budgetMs: number, capMs: number): Promise<LatencyRow> {
  const until = performance.now() + budgetMs;
  const done: Done[] = [];
  const stopped: string[] = [];
  while (performance.now() < until && done.filter((d) => !d.warm).length < samples) {
    const r = await childRun(dbPath, kind, samples - done.filter((d) => !d.warm).length, stopped, until, capMs);
    done.push(...r.done);
    if (!r.capped) break;
    stopped.push(r.capped);
  }
  const timed = done.filter((s) => !s.warm);
  const ms = [...timed.map((s) => s.ms), ...stopped.map(() => capMs)];
  const byName = new Map<string, number[]>();
  for (const s of timed) byName.set(s.name, [...(byName.get(s.name) ?? []), s.ms]);
  let slowest: { name: string; ms: number } | null = null;
  for (const [name, xs] of byName) {
    const mean = xs.reduce((x, y) => x + y, 0) / xs.length;
    if (!slowest || mean > slowest.ms) slowest = { name, ms: mean };
  }
  return {
    kind: LABELS[kind], queries: ms.length, distinct: new Set([...done.map((s) => s.name), ...stopped]).size,
    p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.length ? Math.max(...ms) : NaN, stopped, slowest,
  };
}

/** p50/p95/p99 of dyad, events and search on the database at `dbPath`: each kind within `budgetMs`, each query within `capMs`. */
export async function queryBench(dbPath: string, samples = 300, budgetMs = 25_000, capMs = 5_000): Promise<LatencyRow[]> {
  const rows: LatencyRow[] = [];
  for (const kind of QUERY_KINDS) rows.push(await runKind(dbPath, kind, samples, budgetMs, capMs));
  return rows;
}
