/** The dashboard: the built Vite app from `web/dist/` (SPA fallback to index.html), or a page saying it is not built; JSON 404s under /api. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from './errors.ts';

/** Content-Security-Policy of the dashboard's pages: scripts only from this server, no inline scripts, no plugins, no framing. */
export const DASHBOARD_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** The page served when web/dist is missing (static text, nothing from the database). */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>elchi — dashboard not built</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>elchi</h1>
<p>The dashboard is not built yet. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it), then reload.</p>
<p>The JSON API works already: <a href="/api/health">/api/health</a>, <a href="/api/stats">/api/stats</a>,
reference at <a href="/api/docs">/api/docs</a>.</p>
</body></html>
`;

/** Whether `dir` holds a built dashboard. */
export function isBuilt(dir: string | null | undefined): dir is string {
  return !!dir && existsSync(join(dir, 'index.html'));
}

/** Serves the dashboard from `webRoot` and answers unknown paths (JSON 404 under /api, index.html elsewhere). */
export async function webRoutes(app: FastifyInstance, webRoot: string | null): Promise<void> {
  const built = isBuilt(webRoot);
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot, prefix: '/', wildcard: true, index: ['index.html'], cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    const path = req.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    const isFile = /\.[A-Za-z0-9]{1,8}$/.test(path) && !path.endsWith('.html');
    if (isApi || isFile || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return reply.code(404).send(errorBody('not_found', `no route ${req.method} ${path}`));
    }
    if (built) return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
    return reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !req.url.startsWith('/api/docs')) {
      reply.header('content-security-policy', DASHBOARD_CSP);
      reply.header('x-frame-options', 'DENY');
    }
    return payload;
  });
}
