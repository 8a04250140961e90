#!/usr/bin/env node
/** The `newstag` command (package.json `bin`). */
import { processIo } from './io.js';
import { run } from './program.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2), processIo());
