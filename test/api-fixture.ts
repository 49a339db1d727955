/** API test fixtures: the sample corpus ingested once per test process (events from the answer key), copied fresh for each app. */
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { packageRoot } from '../src/util/data.ts';
import { openStore, type Store } from '../src/kb/store.ts';
import { ingest, type IngestOptions } from '../src/kb/ingest.ts';
import { buildApp, type AppOptions } from '../src/api/app.ts';
import { goldEvents } from './kb-gold.ts';
import { tempDir } from './helpers.ts';

/** The sample corpus. */
export const SAMPLES = join(packageRoot, 'samples');

/** Ingest options of the fixtures: events coded from the answer key (the events stage's stand-in). */
export const GOLD: IngestOptions = { eventsFor: goldEvents, batchSize: 100 };

let template: Promise<string> | undefined;

/** Ingests `inputs` into a new database file (events from the answer key unless other options are given) and closes it; resolves to its path. */
export async function ingestedDb(inputs: string[], name = 'elchi.db', opts: IngestOptions = GOLD): Promise<string> {
  const path = join(tempDir('elchi-api-'), name);
  const store = await openStore(path);
  await ingest(store, inputs, opts);
  await store.close();
  return path;
}

/** A fresh copy of the sample database (the ingest itself runs once per process). */
export async function sampleDb(): Promise<string> {
  template ??= ingestedDb([SAMPLES], 'template.db');
  const src = await template;
  const dst = join(tempDir('elchi-api-'), 'elchi.db');
  copyFileSync(src, dst);
  return dst;
}

/** A copy of samples/ under `<tmp>/samples` (the answer key finds files by their path after `samples/`), without the files named. */
export function samplesWithout(files: readonly string[]): string {
  const dir = join(tempDir('elchi-api-'), 'samples');
  cpSync(SAMPLES, dir, { recursive: true });
  for (const f of files) rmSync(join(dir, f));
  return dir;
}

/** An app over a fresh sample database (no dashboard unless `webRoot` is given). */
export async function sampleApp(opts: Partial<AppOptions> = {}): Promise<{ app: FastifyInstance; dbPath: string }> {
  const dbPath = opts.dbPath ?? await sampleDb();
  return { app: await buildApp({ webRoot: null, ...opts, dbPath }), dbPath };
}

/** Opens a database file for direct checks. */
export function open(path: string): Promise<Store> {
  return openStore(path);
}

/** GET `url` and parse the JSON body. */
export async function getJson<T = Record<string, unknown>>(app: FastifyInstance, url: string): Promise<{ status: number; body: T; res: LightMyRequestResponse }> {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as T, res };
}

/** POST a JSON body (with a bearer token when given). */
export async function postJson<T = Record<string, unknown>>(app: FastifyInstance, url: string, body?: unknown, token?: string): Promise<{ status: number; body: T }> {
  const res = await app.inject({
    method: 'POST', url,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
  return { status: res.statusCode, body: res.json() as T };
}
