/** Vite build of the dashboard: `vite build --config web/vite.config.ts` writes web/dist/, which `elchi serve` serves. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
/** Where `vite dev` sends /api (a running `elchi serve`). */
const api = process.env.ELCHI_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { host: '127.0.0.1', proxy: { '/api': api } },
  preview: { host: '127.0.0.1' },
});
