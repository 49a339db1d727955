/** Knowledge-base commands of the `elchi` CLI: ingest, events, event, dyad, search, stats, actors. */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import type { Extracted } from '../pipeline/extract.ts';
import type { EventOutput } from '../pipeline/output.ts';
import { openStore, defaultDbPath, type Store } from '../kb/store.ts';
import { ingest, DEFAULT_BATCH, type IngestProgress } from '../kb/ingest.ts';
import { countInputs } from '../kb/count.ts';
import { parseWorkers, threadsFor, WORKERS_HELP } from './workers.ts';
import { listEvents, getEvent, searchDocuments, stats, findActors, type EventFilter } from '../kb/query.ts';
import { dyadSummary, formatDyad } from '../kb/dyad.ts';
import { formatEvents, EVENT_FORMATS, type EventFormat } from '../kb/format.ts';
import { formatEvent } from '../kb/explain.ts';
import { curationNotes } from '../kb/curation-notes.ts';
import { actorsCommand } from './actors.ts';

/** Output sinks and exit-code setter shared with the rest of the CLI. */
export interface KbIo { out: (s: string) => void; err: (s: string) => void; setCode: (c: number) => void }

/** Test hooks: where ingested documents' events come from. */
export interface KbHooks { eventsFor?: (x: Extracted) => EventOutput[]; isTTY?: boolean }

const dbOption = (): Option => new Option('--db <path>', 'database file (default $ELCHI_DB or ./data/elchi.db)');

async function withStore<T>(path: string | undefined, io: KbIo, f: (s: Store) => Promise<T>): Promise<T | undefined> {
  let store: Store | undefined;
  try {
    store = await openStore(path ?? defaultDbPath());
    return await f(store);
  } catch (e) {
    io.err(`elchi: ${e instanceof Error ? e.message : String(e)}\n`);
    io.setCode(1);
    return undefined;
  } finally {
    await store?.close();
  }
}

function fmtRate(p: IngestProgress, t0: number): string {
  const secs = (performance.now() - t0) / 1000;
  const rate = secs > 0 ? p.done / secs : 0;
  const eta = p.total && rate > 0 ? Math.max(0, (p.total - p.done) / rate) : null;
  return `${p.done}${p.total ? '/' + p.total : ''} docs, ${rate.toFixed(0)} docs/s${eta !== null ? `, ETA ${eta.toFixed(0)} s` : ''} (added ${p.added}, already stored ${p.skipped}, rejected ${p.rejected})`;
}

/** Adds the knowledge-base commands to `program`. */
export function registerKbCommands(program: Command, io: KbIo, hooks: KbHooks = {}): void {
  program.command('ingest')
    .description('Read articles and store them with their actors and events; re-ingesting the same content adds nothing.')
    .argument('<inputs...>', 'files (.txt, .html, .jsonl, .json), directories (read recursively) or - for stdin')
    .addOption(dbOption())
    .option('--batch <n>', 'documents per transaction', String(DEFAULT_BATCH))
    .option('--workers <n>', WORKERS_HELP)
    .option('--quiet', 'no progress output')
    .addHelpText('after', '\nEach batch is one transaction: after a crash, run the same command again to complete the ingest.\nThe database is the same whatever the number of workers: documents are written in input order.\nExit status: 0 when every input was stored or already present, 1 when some input was rejected.')
    .action(async (inputs: string[], opts: { db?: string; batch: string; workers?: string; quiet?: boolean }) => {
      const asked = parseWorkers(opts.workers);
      if ('problem' in asked) {
        io.err(`elchi ingest: ${asked.problem}\n`);
        io.setCode(2);
        return;
      }
      await withStore(opts.db, io, async (store) => {
        const tty = hooks.isTTY ?? process.stderr.isTTY === true;
        const total = inputs.includes('-') ? null : await countInputs(inputs);
        const workers = threadsFor(asked.workers, total);
        const t0 = performance.now();
        let bar: cliProgress.SingleBar | null = null;
        if (tty && !opts.quiet) {
          bar = new cliProgress.SingleBar({
            format: 'ingest [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted} | added {added}, stored {skipped}, rejected {rejected}',
            stream: process.stderr, hideCursor: true, etaBuffer: 200,
          }, cliProgress.Presets.shades_classic);
          bar.start(total ?? 0, 0, { rate: '0', added: 0, skipped: 0, rejected: 0 });
        }
        let last: IngestProgress | null = null;
        const s = await ingest(store, inputs, {
          batchSize: Math.max(1, Number.parseInt(opts.batch, 10) || DEFAULT_BATCH),
          total,
          workers,
          eventsFor: hooks.eventsFor,
          onProgress: (p) => {
            last = p;
            if (bar) {
              const secs = (performance.now() - t0) / 1000;
              if (p.total === null || p.done > p.total) bar.setTotal(p.done);
              bar.update(p.done, { rate: secs > 0 ? (p.done / secs).toFixed(0) : '0', added: p.added, skipped: p.skipped, rejected: p.rejected });
            }
          },
          onCommit: () => { if (!bar && !opts.quiet && last) io.err(`ingest: ${fmtRate(last, t0)}\n`); },
        });
        bar?.stop();
        for (const r of s.rejected) io.err(`elchi: rejected ${r.source}: ${r.problem}\n`);
        io.out(`ingest run ${s.runId}: read ${s.read} documents in ${s.seconds.toFixed(1)} s; added ${s.added} (${s.copies} republished copies), ` +
          `already stored ${s.skipped}, rejected ${s.rejected.length}; events ${s.events} (${s.newClusters} new real-world events)\n`);
        io.setCode(s.rejected.length > 0 ? 1 : 0);
      });
    });

  program.command('events')
    .description('List real-world events (reports in several documents and languages merged), oldest first.')
    .addOption(dbOption())
    .option('--dyad <A,B>', 'two sides, either direction (ISO alpha-3 codes or actor ids), e.g. KAZ,AZE')
    .option('--actor <name>', 'an actor id or name in any script (Tokayev, Тоқаев)')
    .option('--type <type>', 'PLOVER type (CONSULT, SUPPORT, …)')
    .option('--mode <mode>', 'PLOVER mode (visit, phone, multilateral, …)')
    .addOption(new Option('--status <status>', 'occurred or planned').choices(['occurred', 'planned']))
    .option('--from <date>', 'from this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'up to this date (inclusive)')
    .option('--lang <lang>', 'reported in this language')
    .option('--q <text>', 'evidence matches these words (stems and Latin keys, any script)')
    .option('--copies', 'include events reported only by republished copies')
    .option('--limit <n>', 'at most n events')
    .addOption(new Option('--format <format>', 'output format').choices([...EVENT_FORMATS]).default('table'))
    .action(async (opts: { db?: string; dyad?: string; actor?: string; type?: string; mode?: string; status?: string; from?: string; to?: string; lang?: string; q?: string; copies?: boolean; limit?: string; format: EventFormat }) => {
      const f: EventFilter = { actor: opts.actor, type: opts.type, mode: opts.mode, status: opts.status, from: opts.from, to: opts.to, lang: opts.lang, q: opts.q, copies: opts.copies };
      if (opts.dyad) {
        const parts = opts.dyad.split(/[,\s]+/).filter(Boolean);
        if (parts.length !== 2) { io.err('elchi events: --dyad takes two sides, e.g. --dyad KAZ,AZE\n'); io.setCode(2); return; }
        f.dyad = [parts[0]!.toUpperCase(), parts[1]!.toUpperCase()];
      }
      if (opts.limit) f.limit = Math.max(1, Number.parseInt(opts.limit, 10) || 1);
      await withStore(opts.db, io, async (store) => { io.out(formatEvents(await listEvents(store.db, f), opts.format)); io.setCode(0); });
    });

  program.command('event')
    .description('Show one real-world event with every report of it.')
    .argument('<id>', 'event id (from `elchi events`)')
    .addOption(dbOption())
    .option('--explain', 'say why each report was merged into this event')
    .option('--json', 'print as JSON')
    .action(async (id: string, opts: { db?: string; explain?: boolean; json?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const r = await getEvent(store.db, Number.parseInt(id, 10));
        if (!r) { io.err(`elchi event: no event ${id}\n`); io.setCode(1); return; }
        io.out(opts.json ? JSON.stringify(r, null, 2) + '\n' : formatEvent(r, { explain: opts.explain, notes: opts.explain ? await curationNotes(store.db, r.id) : [] }));
        io.setCode(0);
      });
    });

  program.command('dyad')
    .description('Summarise relations between two sides: visits each way by year, meetings, calls, agreements, top actors, sources.')
    .argument('<a>', 'first side (ISO alpha-3, e.g. KAZ)')
    .argument('<b>', 'second side (e.g. AZE)')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (a: string, b: string, opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const s = await dyadSummary(store.db, a.toUpperCase(), b.toUpperCase());
        io.out(opts.json ? JSON.stringify(s, null, 2) + '\n' : formatDyad(s));
        io.setCode(0);
      });
    });

  program.command('search')
    .description('Full-text search over documents by stems and Latin keys: "Tokayev" finds Тоқаев and Токаев, "Baku" finds Бакуге and Bakıda.')
    .argument('<text...>', 'words (all must match)')
    .addOption(dbOption())
    .option('--limit <n>', 'at most n documents', '50')
    .option('--json', 'JSON lines')
    .action(async (words: string[], opts: { db?: string; limit: string; json?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const hits = await searchDocuments(store.db, words.join(' '), Number.parseInt(opts.limit, 10) || 50);
        if (opts.json) io.out(hits.map((h) => JSON.stringify(h) + '\n').join(''));
        else io.out(hits.map((h) => `${h.id}  ${h.lang}  ${h.published ?? 'undated'}${h.copy_of ? `  (copy of ${h.copy_of})` : ''}\n    ${h.snippet}\n`).join('') + `${hits.length} document${hits.length === 1 ? '' : 's'}\n`);
        io.setCode(0);
      });
    });

  program.command('stats')
    .description('Counts: documents (by language), copies, events, real-world events (by type), actors, runs.')
    .addOption(dbOption())
    .option('--json', 'print as JSON')
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, io, async (store) => {
        const s = await stats(store.db);
        if (opts.json) { io.out(JSON.stringify(s, null, 2) + '\n'); io.setCode(0); return; }
        io.out([
          `documents       ${s.documents} (${Object.entries(s.byLang).map(([l, n]) => `${l} ${n}`).join(', ')}), ${s.copies} republished copies`,
          `events          ${s.clusters} real-world events from ${s.events} reports${s.firstDate ? `, ${s.firstDate} … ${s.lastDate}` : ''}`,
          `by type         ${Object.entries(s.byType).map(([t, n]) => `${t} ${n}`).join(', ') || '—'}`,
          `actors          ${s.actors} (${s.mentions} mentions)`,
          `ingest runs     ${s.runs}`,
        ].join('\n') + '\n');
        io.setCode(0);
      });
    });

  program.command('actors')
    .description('Show actors: `actors ID|NAME` gives an actor of the gazetteer with its variants in every script and its posts; `actors --q NAME` searches the actors stored in the database with their mention counts.')
    .argument('[query]', 'an actor id (person:kassym-jomart-tokayev) or a name in any script or spelling (Tokayev, Тоқаев, Toqaev)')
    .option('--q <name>', 'search the database instead of the gazetteer')
    .addOption(dbOption())
    .option('--json', 'print as JSON (with --q)')
    .action(async (query: string | undefined, opts: { db?: string; q?: string; json?: boolean }) => {
      if (!opts.q) {
        if (!query) {
          io.err('elchi actors: give an actor id or name, or --q NAME to search the database\n');
          io.setCode(2);
          return;
        }
        const text = actorsCommand(query);
        io.out(text);
        io.setCode(text.startsWith('no actor matches') ? 1 : 0);
        return;
      }
      const q = opts.q;
      await withStore(opts.db, io, async (store) => {
        const hits = await findActors(store.db, q);
        if (opts.json) io.out(JSON.stringify(hits, null, 2) + '\n');
        else io.out(hits.map((h) => `${h.id}  ${h.name}  ${h.kind}${h.country ? ' ' + h.country : ''}  ${h.mentions} mentions\n    ${h.variants.slice(0, 12).map((v) => `${v.variant} (${v.lang} ${v.count})`).join(', ')}\n`).join('') + `${hits.length} actor${hits.length === 1 ? '' : 's'}\n`);
        io.setCode(0);
      });
    });
}
