/** A bounded load test: concurrent requests over loopback to a real listening server for about two seconds, none failing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleApp } from './api-fixture.ts';

const ROUTES = [
  '/api/health', '/api/dyads', '/api/dyad/KAZ/AZE', '/api/events?dyad=KAZ,AZE&limit=50', '/api/events?actor=Tokayev&limit=20',
  '/api/events/1', '/api/search?q=Tokayev', '/api/actors?q=Aliyev', '/api/network?dyad=KAZ,AZE', '/api/stats',
];
const WORKERS = 16;
const SECONDS = 2;
const MAX_REQUESTS = 4000;

test(`load: ${WORKERS} concurrent clients for ${SECONDS} s on 127.0.0.1, every answer 200 with JSON`, async (t) => {
  const { app } = await sampleApp();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  assert.ok(addr && typeof addr === 'object');
  const base = `http://127.0.0.1:${addr.port}`;
  const deadline = performance.now() + SECONDS * 1000;
  let sent = 0, ok = 0;
  const failures: string[] = [];
  const latencies: number[] = [];
  const worker = async (w: number): Promise<void> => {
    for (let i = w; performance.now() < deadline && sent < MAX_REQUESTS; i++) {
      const url = ROUTES[i % ROUTES.length]!;
      sent++;
      const t0 = performance.now();
      try {
        const res = await fetch(base + url);
        const body = await res.text();
        latencies.push(performance.now() - t0);
        if (res.status === 200 && body.startsWith('{')) ok++;
        else failures.push(`${url}: ${res.status}`);
      } catch (e) {
        failures.push(`${url}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
  const secs = (performance.now() - t0) / 1000;
  await app.close();
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  t.diagnostic(`${ok} requests in ${secs.toFixed(1)} s (${(ok / secs).toFixed(0)} req/s), p99 ${p99.toFixed(1)} ms`);
  assert.deepEqual(failures.slice(0, 5), []);
  assert.equal(ok, sent);
  assert.ok(ok >= 100, `only ${ok} requests answered`);
});
