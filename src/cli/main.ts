/** The `elchi` command line: commander program with one sub-command per job. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { printInputs } from './process.ts';
import { formatAnalysis } from './analyse.ts';
import { inThreadPrinter, makePrinter } from '../kb/pool.ts';
import { countInputs } from '../kb/count.ts';
import { parseWorkers, threadsFor, WORKERS_HELP } from './workers.ts';
import { runEval } from './eval.ts';
import { registerKbCommands } from './kb-commands.ts';
import { registerServe } from './serve.ts';

/** A sink for text output (stdout, stderr, or a buffer in tests); a promise means: wait for it before writing more. */
type Writer = (s: string) => void | Promise<void>;

/** Builds the program; `out`/`err` are injectable for tests. */
export function buildProgram(out: Writer, err: Writer, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name('elchi')
    .description('Cross-lingual record of relations between countries from news in Kazakh, Azerbaijani, Russian and English.')
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ writeOut: out, writeErr: err })
    .exitOverride();

  program
    .command('extract')
    .description('Read articles and print one JSON object per document: id, lang, published, dates, events, entities.')
    .argument('<inputs...>', 'files (.txt, .html, .jsonl), directories (read recursively) or - for stdin')
    .option('--text', 'include the cleaned text and the removed boilerplate lines')
    .option('--pretty', 'indent the JSON (one object per document, separated by blank lines)')
    .option('--explain', 'instead of JSON, print per event its trigger, the rules that set each role, and the score')
    .option('--workers <n>', WORKERS_HELP)
    .addHelpText('after', '\nDocuments are printed in input order whatever the number of workers.\nExit status: 0 when every input was read, 1 when some input was rejected (each named on stderr).')
    .action(async (inputs: string[], opts: { text?: boolean; pretty?: boolean; explain?: boolean; workers?: string }) => {
      const asked = parseWorkers(opts.workers);
      if ('problem' in asked) {
        err(`elchi extract: ${asked.problem}\n`);
        setCode(2);
        return;
      }
      const total = inputs.includes('-') ? null : await countInputs(inputs);
      const printer = makePrinter(threadsFor(asked.workers, total), { text: opts.text, pretty: opts.pretty, explain: opts.explain });
      try {
        const summary = await printInputs(inputs, printer, out, (line) => err(`elchi: ${line}\n`));
        setCode(summary.rejected > 0 ? 1 : 0);
      } finally {
        await printer.close();
      }
    });

  program
    .command('analyse')
    .alias('analyze')
    .description('Show, for a person, how elchi reads a document: language, sentences, tokens with stems, suffixes and Latin keys, dates.')
    .argument('<inputs...>', 'files, directories or - for stdin')
    .option('--no-tokens', 'list sentences and dates without the token table')
    .action(async (inputs: string[], opts: { tokens: boolean }) => {
      const printer = inThreadPrinter((x) => formatAnalysis(x.doc, { tokens: opts.tokens }));
      const summary = await printInputs(inputs, printer, out, (line) => err(`elchi: ${line}\n`));
      setCode(summary.rejected > 0 ? 1 : 0);
    });

  program
    .command('eval')
    .description('Score extraction against a gold folder (../shared/eval/gold): events by type+dyad, mode, direction, status, date; entities; language; distractors.')
    .argument('<gold-dir>', 'folder of gold *.json files (format of ../shared/eval/README.md)')
    .option('--diff', 'list, per document, the missed and spurious events and entities')
    .option('--json', 'print the whole report as JSON')
    .option('--predictions <file>', 'score saved `elchi extract` output instead of running the pipeline')
    .option('--with-published', "give each article the gold file's publication date, as a scraper's page metadata would (default: read it from the text)")
    .action((dir: string, opts: { diff?: boolean; json?: boolean; predictions?: string; withPublished?: boolean }) => {
      try {
        out(runEval(dir, opts));
        setCode(0);
      } catch (e) {
        err(`elchi eval: ${e instanceof Error ? e.message : String(e)}\n`);
        setCode(1);
      }
    });

  registerKbCommands(program, { out, err, setCode });
  registerServe(program, { out, err, setCode });
  return program;
}

/**
 * Writes to standard output; when its buffer is full (a slow reader), the promise returned resolves once it has
 * drained, so a long run's output does not pile up in memory.
 */
function stdout(s: string): void | Promise<void> {
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Runs the CLI on argv and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  // The reader went away (`elchi extract … | head`): stop quietly, as other command-line tools do, not with a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(code);
  });
  const program = buildProgram(stdout, (s) => { process.stderr.write(s); }, (c) => { code = c; });
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

// Run directly from source (`npx tsx src/cli/main.ts …`) as well as through bin/elchi.js.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main(process.argv).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => { process.stderr.write(`elchi: ${err instanceof Error ? err.message : String(err)}\n`); process.exitCode = 2; },
  );
}
