/** `GET /api/export`: the events of the current selection as a file (CSV, JSON lines, GDELT, PLOVER). */
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../kb/schema.ts';
import { listEvents } from '../kb/query.ts';
import { formatEvents } from '../kb/format.ts';
import { countEvents } from '../kb/api-queries.ts';
import { filterProps, pageProps, toFilter, type FilterQuery } from './params.ts';
import { S } from './schemas.ts';

/** Largest export, in events. */
export const MAX_EXPORT = 50_000;

/** Each export format: media type and file extension. */
export const EXPORTS = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'tsv' },
  plover: { type: 'application/x-ndjson; charset=utf-8', ext: 'plover.jsonl' },
} as const;

type Format = keyof typeof EXPORTS;
const file = { type: 'string', format: 'binary' };

/** Registers the export route. */
export function exportRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get<{ Querystring: FilterQuery & { format: Format; limit: number } }>('/api/export', {
    schema: {
      tags: ['events'],
      summary: 'The selected events as a file: csv, jsonl (elchi rows), gdelt (GDELT 2.0 event table, tab-separated) or plover (PLOVER JSON, one object per line)',
      querystring: {
        type: 'object', required: ['format'],
        properties: { format: { type: 'string', enum: Object.keys(EXPORTS) }, ...filterProps, limit: pageProps(MAX_EXPORT, MAX_EXPORT).limit },
      },
      response: {
        200: {
          description: 'the file (attachment); header X-Total-Count gives how many events matched',
          content: Object.fromEntries(Object.values(EXPORTS).map((e) => [e.type.split(';')[0]!, { schema: file }])),
        },
        '4xx': S.ref('Error'),
      },
    },
  }, async (req, reply) => {
    const f = toFilter(req.query);
    const fmt = EXPORTS[req.query.format];
    const rows = await listEvents(db, { ...f, limit: req.query.limit });
    const total = rows.length < req.query.limit ? rows.length : await countEvents(db, f);
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', fmt.type)
      .header('content-disposition', `attachment; filename="elchi-events-${stamp}.${fmt.ext}"`)
      .header('x-total-count', String(total))
      .send(formatEvents(rows, req.query.format));
  });
}
