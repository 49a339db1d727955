/**
 * What the browser tests share: Debian's chromium (skip when absent), the dashboard built by Vite and served by the
 * real server in-process on a database ingested from the given inputs, one page with its dialogs and errors
 * recorded, and helpers to wait for a view, open a route and save a screenshot under test-output/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { packageRoot } from '../../src/util/data.ts';
import type { IngestOptions } from '../../src/kb/ingest.ts';
import { tempDir } from '../helpers.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const skip: string | false = existsSync(CHROMIUM) ? false : `needs Debian's chromium at ${CHROMIUM} (apt-get install -y chromium); skipped`;
if (skip) console.log(`# SKIP browser tests: ${skip}`);
export const SHOTS = join(packageRoot, 'test-output', 'screenshots');
/** The launch flags known to work here (no sandbox as root, no background connections to a closed network). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export type Page = import('playwright-core').Page;
/** The little of the page's window the tests read (the test files are typed without the DOM library). */
export interface Win {
  document: { querySelector(s: string): { dataset: Record<string, string | undefined>; textContent: string | null } | null; querySelectorAll(s: string): { length: number } };
  location: { hash: string };
  sessionStorage: { getItem(k: string): string | null };
  [k: string]: unknown;
}

/** A served dashboard and the page looking at it. */
export interface Dashboard { base: string; page: Page; dialogs: string[]; pageErrors: string[]; close: () => Promise<void> }

/** Builds the dashboard, ingests `inputs` into a fresh database, serves it with `token` and opens a page on it. */
export async function startDashboard(inputs: string[], token: string, ingestOptions: IngestOptions = {}): Promise<Dashboard> {
  const { openStore } = await import('../../src/kb/store.ts');
  const { ingest } = await import('../../src/kb/ingest.ts');
  const { build } = await import('vite');
  const { buildApp } = await import('../../src/api/app.ts');
  const { chromium } = await import('playwright-core');
  mkdirSync(SHOTS, { recursive: true });
  const webRoot = join(tempDir('elchi-web-'), 'dist');
  await build({ configFile: join(packageRoot, 'web', 'vite.config.ts'), logLevel: 'warn', build: { outDir: webRoot, emptyOutDir: true } });
  const dbPath = join(tempDir('elchi-browser-'), 'kb.db');
  const store = await openStore(dbPath);
  await ingest(store, inputs, ingestOptions);
  await store.close();
  const app = await buildApp({ dbPath, token, webRoot });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  page.on('pageerror', (e) => { pageErrors.push(e.message); });
  return {
    base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, page, dialogs, pageErrors,
    close: async () => { await browser.close(); await app.close(); },
  };
}

/** Waits until the view of the current address has finished drawing (after a click, a reload or a navigation). */
export async function settled(page: Page): Promise<void> {
  // Predicates are functions, not strings: the dashboard's CSP forbids eval, and the tests keep it on.
  await page.waitForFunction(() => {
    const w = globalThis as unknown as Win;
    const v = w.document.querySelector('.view');
    return !!v && v.dataset.ready === '1' && v.dataset.route === w.location.hash;
  });
}

/** Saves a screenshot of the page under test-output/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}
