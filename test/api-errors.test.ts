/**
 * The API's edges: bad parameters answer 4xx `{error:{code,message}}`, page and body limits, CORS off by default,
 * the OpenAPI document and the offline reference page, the dashboard's static files and SPA fallback, and
 * article text with markup coming back as plain JSON text.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sampleApp, sampleDb, getJson, open } from './api-fixture.ts';
import { buildApp } from '../src/api/app.ts';
import { ingest } from '../src/kb/ingest.ts';
import { tempDir } from './helpers.ts';

let app: FastifyInstance;
before(async () => { ({ app } = await sampleApp({ token: 'sekret' })); });
after(async () => { await app.close(); });

/** [url, status, error code, a word the message must contain]. */
const BAD: [string, number, string, RegExp][] = [
  ['/api/events?limit=501', 400, 'invalid_parameter', /limit must be <= 500/],
  ['/api/events?limit=0', 400, 'invalid_parameter', /limit must be >= 1/],
  ['/api/events?limit=ten', 400, 'invalid_parameter', /limit must be integer/],
  ['/api/events?offset=-1', 400, 'invalid_parameter', /offset/],
  ['/api/events?dyad=KAZ', 400, 'invalid_dyad', /two country codes/],
  ['/api/events?dyad=KAZ,AZERB', 400, 'invalid_dyad', /alpha-3/],
  ['/api/events?dyad=KAZ,XYZ', 400, 'invalid_dyad', /not a known/],
  ['/api/events?dyad=KAZ,KAZ', 400, 'invalid_dyad', /same country/],
  ['/api/events?from=2024-13', 400, 'invalid_date', /not a date/],
  ['/api/events?from=2023-02-29', 400, 'invalid_date', /not a date/],
  ['/api/events?to=24-05-01', 400, 'invalid_date', /not a date/],
  ['/api/events?from=2025&to=2024-06', 400, 'invalid_date', /after/],
  ['/api/events?status=maybe', 400, 'invalid_parameter', /occurred, planned, rejected/],
  ['/api/events?type=HUG', 400, 'invalid_parameter', /not a PLOVER type/],
  ['/api/events?lang=Russian', 400, 'invalid_parameter', /lang/],
  ['/api/events/abc', 400, 'invalid_parameter', /params\/id must be integer/],
  ['/api/events/0', 400, 'invalid_parameter', /params\/id must be >= 1/],
  ['/api/events/424242', 404, 'not_found', /no event 424242/],
  ['/api/dyad/KAZ/AZERBAIJAN', 400, 'invalid_parameter', /params\/b/],
  ['/api/dyad/KZ/AZE', 400, 'invalid_dyad', /alpha-3/],
  ['/api/dyad/KAZ/AZE?from=2024-02-30', 400, 'invalid_date', /2024-02-30/],
  ['/api/dyads?limit=1000', 400, 'invalid_parameter', /limit must be <= 500/],
  ['/api/search', 400, 'invalid_parameter', /must have required property 'q'/],
  ['/api/search?q=' + 'x'.repeat(201), 400, 'invalid_parameter', /200 characters/],
  ['/api/network?limit=2001', 400, 'invalid_parameter', /limit must be <= 2000/],
  ['/api/network?dyad=KAZ;AZE', 400, 'invalid_dyad', /two country codes|alpha-3/],
  ['/api/export?format=xml', 400, 'invalid_parameter', /csv, jsonl, gdelt, plover/],
  ['/api/export', 400, 'invalid_parameter', /format/],
  ['/api/export?format=csv&limit=50001', 400, 'invalid_parameter', /limit must be <= 50000/],
  ['/api/curation/edits?limit=501', 400, 'invalid_parameter', /limit must be <= 500/],
  ['/api/documents/nope', 404, 'not_found', /no document/],
  ['/api/actors/nope', 404, 'not_found', /no actor/],
  ['/api/no-such-route', 404, 'not_found', /no route GET \/api\/no-such-route/],
];

test('bad parameters answer 4xx with a stable code and a message naming the problem', async () => {
  for (const [url, status, code, msg] of BAD) {
    const r = await getJson<{ error: { code: string; message: string } }>(app, url);
    assert.equal(r.status, status, `${url}: ${JSON.stringify(r.body)}`);
    assert.equal(r.body.error.code, code, url);
    assert.match(r.body.error.message, msg, url);
    assert.match(String(r.res.headers['content-type']), /^application\/json/, url);
  }
});

test('page size: 500 is the largest page and is honoured', async () => {
  const r = await getJson<{ limit: number; items: unknown[]; total: number }>(app, '/api/events?limit=500');
  assert.equal(r.status, 200);
  assert.equal(r.body.limit, 500);
  assert.equal(r.body.items.length, Math.min(500, r.body.total));
  assert.equal((await getJson<{ limit: number }>(app, '/api/events')).body.limit, 50, 'default page');
});

test('request bodies over 64 KB are refused with 413; a body that is not JSON with 4xx', async () => {
  const big = await app.inject({ method: 'POST', url: '/api/curation/events/1', headers: { authorization: 'Bearer sekret', 'content-type': 'application/json' }, payload: JSON.stringify({ action: 'confirm', note: 'x'.repeat(70_000) }) });
  assert.equal(big.statusCode, 413);
  assert.equal((big.json() as { error: { code: string } }).error.code, 'payload_too_large');
  const bad = await app.inject({ method: 'POST', url: '/api/curation/events/1', headers: { authorization: 'Bearer sekret', 'content-type': 'application/json' }, payload: '{"action": ' });
  assert.equal(bad.statusCode, 400);
  assert.equal((bad.json() as { error: { code: string } }).error.code, 'invalid_body');
  const form = await app.inject({ method: 'POST', url: '/api/curation/events/1', headers: { authorization: 'Bearer sekret', 'content-type': 'application/x-www-form-urlencoded' }, payload: 'action=reject' });
  assert.equal(form.statusCode, 415);
  const extra = await app.inject({ method: 'POST', url: '/api/curation/events/1', headers: { authorization: 'Bearer sekret', 'content-type': 'application/json' }, payload: JSON.stringify({ action: 'edit', changes: { colour: 'red' } }) });
  assert.equal(extra.statusCode, 400, 'unknown change fields are refused, not dropped');
});

test('CORS is off by default; --cors allows reads from other origins and answers preflights', async () => {
  const r = await app.inject({ url: '/api/health', headers: { origin: 'http://evil.example' } });
  assert.equal(r.headers['access-control-allow-origin'], undefined);
  const pre = await app.inject({ method: 'OPTIONS', url: '/api/curation/events/1', headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' } });
  assert.equal(pre.headers['access-control-allow-origin'], undefined);
  const open = await buildApp({ dbPath: join(tempDir('elchi-api-'), 'e.db'), webRoot: null, cors: true });
  const r2 = await open.inject({ url: '/api/health', headers: { origin: 'http://other.example' } });
  assert.equal(r2.headers['access-control-allow-origin'], '*');
  const pre2 = await open.inject({ method: 'OPTIONS', url: '/api/curation/events/1', headers: { origin: 'http://other.example', 'access-control-request-method': 'POST' } });
  assert.equal(pre2.statusCode, 204);
  assert.match(String(pre2.headers['access-control-allow-headers']), /authorization/);
  await open.close();
});

test('OpenAPI 3 document: every route with its parameters and responses, every $ref resolves; the reference page is self-hosted', async () => {
  const { body: doc } = await getJson<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; requestBody?: unknown; security?: unknown[] }>>; components: { schemas: Record<string, unknown> } }>(app, '/api/openapi.json');
  assert.match(doc.openapi, /^3\./);
  const expected: Record<string, string> = {
    '/api/health': 'get', '/api/stats': 'get', '/api/dyads': 'get', '/api/dyad/{a}/{b}': 'get', '/api/events': 'get', '/api/events/{id}': 'get',
    '/api/documents/{id}': 'get', '/api/actors': 'get', '/api/actors/{id}': 'get', '/api/search': 'get', '/api/network': 'get', '/api/export': 'get',
    '/api/curation/events/{id}': 'post', '/api/curation/undo/{editId}': 'post', '/api/curation/edits': 'get',
    '/api/curation/events/{id}/merge': 'post', '/api/curation/events/{id}/split': 'post', '/api/curation/actors/{id}/merge': 'post', '/api/curation/actors/{id}/split': 'post',
  };
  assert.deepEqual(Object.keys(doc.paths).sort(), Object.keys(expected).sort());
  for (const [path, method] of Object.entries(expected)) {
    const op = doc.paths[path]?.[method];
    assert.ok(op, `${method} ${path}`);
    assert.ok(op.responses['200'], `${path} documents its 200 answer`);
    if (path !== '/api/health' && path !== '/api/stats') assert.ok(op.responses['4XX'], `${path} documents its errors`);
    for (const m of path.matchAll(/\{(\w+)\}/g)) assert.ok(op.parameters?.some((p) => p.in === 'path' && p.name === m[1]), `${path} {${m[1]}}`);
  }
  assert.ok(doc.paths['/api/events']!.get!.parameters!.some((p) => p.name === 'dyad' && p.in === 'query'));
  assert.ok(doc.paths['/api/curation/events/{id}']!.post!.requestBody && doc.paths['/api/curation/events/{id}']!.post!.security);
  const refs = new Set<string>();
  JSON.stringify(doc, (k, v: unknown) => { if (k === '$ref') refs.add(String(v)); return v; });
  assert.ok(refs.size >= 8);
  for (const r of refs) assert.ok(doc.components.schemas[r.replace('#/components/schemas/', '')], `unresolved ${r}`);
  const page = await app.inject('/api/docs');
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-type']), /text\/html/);
  assert.doesNotMatch(String(page.headers['content-security-policy']), /https:|upgrade-insecure|validator\.swagger/);
  const srcs = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(srcs.length >= 3);
  for (const s of srcs) {
    assert.ok(!/^(https?:)?\/\//.test(s), `the reference page loads ${s} from elsewhere`);
    const asset = await app.inject(s.startsWith('/') ? s : `/api/docs/${s.replace(/^\.\//, '')}`);
    assert.equal(asset.statusCode, 200, s);
  }
  const init = await app.inject('/api/docs/static/swagger-initializer.js');
  assert.match(init.body, /validatorUrl":null|validatorUrl: null/, 'no call to the online validator');
});

test('dashboard: built files are served with a CSP, client routes fall back to index.html, missing assets 404; without a build a plain page says so', async () => {
  const web = tempDir('elchi-web-');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>elchi</title><div id="app"></div><script type="module" src="/assets/app.js"></script>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("ok")');
  const withWeb = await buildApp({ dbPath: await sampleDb(), webRoot: web });
  for (const url of ['/', '/dyad/KAZ/AZE', '/events/12?x=1']) {
    const r = await withWeb.inject(url);
    assert.equal(r.statusCode, 200, url);
    assert.match(r.body, /<div id="app">/, url);
    assert.match(String(r.headers['content-security-policy']), /script-src 'self'/, url);
  }
  const js = await withWeb.inject('/assets/app.js');
  assert.equal(js.statusCode, 200);
  assert.match(String(js.headers['cache-control']), /immutable/);
  assert.equal((await withWeb.inject('/assets/missing.js')).statusCode, 404);
  assert.equal((await withWeb.inject('/api/nothing')).statusCode, 404);
  await withWeb.close();
  const r = await app.inject('/');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /dashboard is not built/);
});

test('article text with script tags and event handlers comes back as plain JSON text, never as HTML', async () => {
  const dbPath = await sampleDb();
  const dir = tempDir('elchi-xss-');
  const evil = 'Astana, 3 March 2024. President Tokayev met the envoy <script>alert("x")</script> and said <img src=x onerror="alert(1)"> nothing.\n\n' +
    'The talks in Astana covered transport <b onmouseover="alert(2)">links</b> across the Caspian Sea.';
  writeFileSync(join(dir, 'evil-2024-03-03.txt'), evil);
  const store = await open(dbPath);
  await ingest(store, [dir]);
  const id = (await store.db.selectFrom('documents').select('id').where('source', 'like', '%evil-2024-03-03%').executeTakeFirstOrThrow()).id;
  await store.close();
  const a = await buildApp({ dbPath, webRoot: null });
  const res = await a.inject(`/api/documents/${encodeURIComponent(id)}`);
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  const doc = res.json() as { text: string };
  assert.ok(doc.text.includes('<script>alert("x")</script>'), 'the text is kept verbatim, as text');
  assert.ok(doc.text.includes('onerror="alert(1)"'));
  const hits = (await getJson<{ items: { docId: string; snippet: string }[] }>(a, '/api/search?q=envoy')).body.items;
  assert.ok(hits.some((h) => h.docId === id));
  await a.close();
});
