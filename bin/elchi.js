#!/usr/bin/env node
// Entry point of the `elchi` command: runs the compiled CLI (built by `npm install` / `npm run build`).
import { main } from '../dist/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`elchi: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
