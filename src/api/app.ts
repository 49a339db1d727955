/**
 * `elchi serve`'s application: the JSON API under /api over the SQLite store (schemas on every route,
 * OpenAPI at /api/openapi.json, a self-hosted reference at /api/docs), curation behind a token, and the
 * dashboard from web/dist. CORS is off unless asked for; bodies are limited to 64 KB and pages to 500 rows.
 */
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { openStore, type Store } from '../kb/store.ts';
import { packageRoot } from '../util/data.ts';
import { SHARED_SCHEMAS } from './schemas.ts';
import { handleError } from './errors.ts';
import { parseTokens } from './auth.ts';
import { readRoutes } from './routes-read.ts';
import { eventRoutes } from './routes-events.ts';
import { exportRoutes } from './routes-export.ts';
import { curationRoutes } from './routes-curation.ts';
import { webRoutes } from './static.ts';

/** Options of {@link buildApp}. */
export interface AppOptions {
  /** The SQLite database (created and migrated when missing). */
  dbPath: string;
  /** Edit token(s): `secret`, `name:secret`, comma-separated; none means editing is off. */
  token?: string;
  /** The built dashboard (default `web/dist` of the package); null serves no dashboard. */
  webRoot?: string | null;
  /** Send `Access-Control-Allow-Origin: *` and answer preflights (off by default). */
  cors?: boolean;
  /** Log requests as JSON lines to stderr (off by default). */
  logger?: boolean;
}

/** Largest request body accepted (bytes). */
export const BODY_LIMIT = 64 * 1024;

/** Content-Security-Policy of the reference page: everything from this server (no CDN, no online validator). */
const DOCS_CSP = "default-src 'self'; base-uri 'self'; font-src 'self' data:; frame-ancestors 'self'; img-src 'self' data:; " +
  "object-src 'none'; script-src 'self'; script-src-attr 'none'; style-src 'self' 'unsafe-inline'; connect-src 'self'";

/** The default dashboard folder: `web/dist` in the package. */
export const DEFAULT_WEB_ROOT = join(packageRoot, 'web', 'dist');

function addCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (req, reply) => {
    reply.header('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      reply.header('access-control-allow-methods', 'GET, POST, OPTIONS')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '600');
      await reply.code(204).send();
    }
  });
}

/** Builds the server application (not listening yet; `app.inject` for tests, `app.listen` to serve). The store closes with the app. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const store = await openStore(opts.dbPath);
  try {
    return await assemble(opts, store);
  } catch (e) {
    await store.close();
    throw e;
  }
}

async function assemble(opts: AppOptions, store: Store): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: BODY_LIMIT,
    requestTimeout: 30_000,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false } },
  });
  app.addHook('onClose', async () => { await store.close(); });
  app.setErrorHandler(handleError);
  for (const s of SHARED_SCHEMAS) app.addSchema(s);
  if (opts.cors) addCors(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'elchi API', version: '0.1.0',
        description: 'Evidence-backed record of relations between countries from Kazakh, Azerbaijani, Russian and English news. ' +
          'Reading needs nothing; curation needs `Authorization: Bearer <token>`. Errors are `{ error: { code, message } }`.',
      },
      tags: ['meta', 'dyads', 'events', 'documents', 'actors', 'curation'].map((name) => ({ name })),
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: DOCS_CSP, uiConfig: { validatorUrl: null, deepLinking: true } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  readRoutes(app, store.db);
  eventRoutes(app, store.db);
  exportRoutes(app, store.db);
  curationRoutes(app, store.db, parseTokens(opts.token));
  await webRoutes(app, opts.webRoot === undefined ? DEFAULT_WEB_ROOT : opts.webRoot);
  await app.ready();
  return app;
}
