/**
 * Query latency of one kind in its own process, so that a pathological query can be stopped from outside:
 * `node [tsx] bench/query-child.ts --db PATH --kind dyad|events|search [--samples N] [--skip NAME…]` prints one JSON line when
 * a query starts (`{"start": name}`) and one when it is done (`{"name", "ms", "warm"}`; warm: the first query,
 * which also loads the database pages, not timed).
 */
import { parseArgs } from 'node:util';
import { openStore } from '../src/kb/store.ts';
import { queriesOf, type QueryKind } from './query-bench.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, kind: { type: 'string' }, samples: { type: 'string', default: '300' }, skip: { type: 'string', multiple: true, default: [] } } });
if (!values.db || !values.kind) {
  process.stderr.write('usage: query-child.ts --db PATH --kind dyad|events|search [--samples N] [--skip NAME…]\n');
  process.exit(2);
}
const store = await openStore(values.db, { migrate: false });
const queries = (await queriesOf(store.db, values.kind as QueryKind)).filter((q) => !values.skip.includes(q.name));
const samples = Number(values.samples);
for (let i = 0; i < 1 + samples && queries.length > 0; i++) {
  const q = queries[i % queries.length]!;
  process.stdout.write(JSON.stringify({ start: q.name }) + '\n');
  const t0 = performance.now();
  await q.run();
  process.stdout.write(JSON.stringify({ name: q.name, ms: performance.now() - t0, warm: i === 0 }) + '\n');
}
await store.close();
