#!/usr/bin/env node
import { runCli } from './run.ts';

// The entry point is the one place that reads the process's environment; the commands get it passed in.
const env = process.env;

// `marquee events tail | head -1`: the reader left, which ends the command, not as a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

runCli(process.argv.slice(2), { env, stdout: process.stdout, stderr: process.stderr, signals: process, exit: (code) => process.exit(code) }).then(
  (code) => {
    // exitCode, not exit(): stdout may still be flushing into a pipe.
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports every failure itself; this is a last resort that still prints no stack trace.
    process.stderr.write(`marquee: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
