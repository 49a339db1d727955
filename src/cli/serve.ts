/** `elchi serve`: the dashboard and the JSON API over the knowledge base, on 127.0.0.1 unless told otherwise. */
import { Option, type Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../api/app.ts';
import { defaultDbPath } from '../kb/store.ts';
import type { KbIo } from './kb-commands.ts';

/** What to serve and where. */
export interface ServeOptions { db?: string; port?: number; host?: string; token?: string; cors?: boolean; web?: string; log?: boolean }

/** The address a person opens: `localhost` for a loopback or wildcard bind, else the host itself. */
export function displayUrl(host: string, port: number): string {
  const local = host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '0.0.0.0' || host === '::';
  return `http://${local ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Builds the app and listens; resolves to the running app and the address to print. */
export async function startServer(o: ServeOptions): Promise<{ app: FastifyInstance; url: string; port: number }> {
  const app = await buildApp({
    dbPath: o.db ?? defaultDbPath(), token: o.token ?? process.env.ELCHI_TOKEN, cors: o.cors === true, logger: o.log === true,
    ...(o.web ? { webRoot: o.web } : {}),
  });
  const host = o.host ?? '127.0.0.1';
  try {
    await app.listen({ port: o.port ?? 8080, host });
  } catch (e) {
    await app.close();
    throw e;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (o.port ?? 8080);
  const close = (): void => { void app.close().then(() => process.exit(0)); };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return { app, url: displayUrl(host, port), port };
}

function parsePort(s: string): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

/** Adds `elchi serve` to `program`. */
export function registerServe(program: Command, io: KbIo): void {
  program.command('serve')
    .description('Serve the dashboard and the JSON API (/api; reference at /api/docs) over the knowledge base.')
    .addOption(new Option('--db <path>', 'database file (default $ELCHI_DB or ./data/elchi.db)'))
    .option('--port <n>', 'port (0: any free port)', '8080')
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only; 0.0.0.0 to expose it)', '127.0.0.1')
    .option('--token <token>', 'edit token (default $ELCHI_TOKEN): `secret`, or `name:secret` to sign edits with a name; comma-separate several')
    .option('--cors', 'allow cross-origin requests (off by default)')
    .option('--web <dir>', 'the built dashboard (default web/dist)')
    .option('--log', 'log each request as a JSON line on stderr')
    .addHelpText('after', '\nReading needs nothing; curation (confirm, reject, edit, merge, split, undo) needs "Authorization: Bearer <token>".\nWithout a token the server is read-only.')
    .action(async (opts: { db?: string; port: string; host: string; token?: string; cors?: boolean; web?: string; log?: boolean }) => {
      const port = parsePort(opts.port);
      if (port === null) { io.err(`elchi serve: --port must be a number from 0 to 65535 (got "${opts.port}")\n`); io.setCode(2); return; }
      try {
        const s = await startServer({ ...opts, port });
        const editing = (opts.token ?? process.env.ELCHI_TOKEN) ? 'editing on (token set)' : 'read-only (no --token)';
        io.out(`elchi: serving ${s.url}  (API ${s.url}/api, reference ${s.url}/api/docs; listening on ${opts.host}:${s.port}; ${editing})\n`);
        io.setCode(0);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        io.err(`elchi serve: ${err.code === 'EADDRINUSE' ? `port ${port} on ${opts.host} is in use (try --port ${port + 1})` : err.message}\n`);
        io.setCode(1);
      }
    });
}
