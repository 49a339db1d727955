/** Runs `elchi serve` alone as a process (`node --import tsx test/api-serve-cli.ts serve …`), for the serve command's tests. */
import { Command, CommanderError } from 'commander';
import { registerServe } from '../src/cli/serve.ts';

let code = 0;
const program = new Command().name('elchi').exitOverride()
  .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
registerServe(program, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s), setCode: (c) => { code = c; } });
try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  code = e.exitCode === 0 ? 0 : 2;
}
process.exitCode = code;
