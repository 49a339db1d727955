/** Runs the knowledge-base commands as a process (`node --import tsx test/kb-cli.ts ingest …`); ELCHI_TEST_GOLD_EVENTS=1 codes events from the answer key. */
import { Command, CommanderError } from 'commander';
import { registerKbCommands } from '../src/cli/kb-commands.ts';
import { goldEvents } from './kb-gold.ts';

let code = 0;
const program = new Command().name('elchi').exitOverride()
  .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
registerKbCommands(program, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), setCode: (c) => { code = c; } },
  process.env.ELCHI_TEST_GOLD_EVENTS ? { eventsFor: goldEvents } : {});
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  code = e.exitCode === 0 ? 0 : 2;
}
process.exitCode = code;
