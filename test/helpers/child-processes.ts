import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { compiledEntryPoint, REPOSITORY } from './entry-points.ts';

/** Enough of each process's log to explain a failure without holding a flood in memory. */
const OUTPUT_KEPT_CHARS = 200_000;
const STOP_WITHIN_MS = 15_000;

export interface ChildWithOutput {
  child: ChildProcess;
  /** The end of what it wrote to stdout and stderr. */
  output(): string;
}

/**
 * A production entry point (`server/main.ts`, `server/cli/worker.ts`) as deployments run it:
 * compiled, directly under node, so the child's pid is the process itself and a SIGKILL hits it,
 * not a wrapper. Killed if the test runner exits first (a timeout must not leave it behind).
 */
export function spawnEntryPoint(source: string, env: Record<string, string>): ChildWithOutput {
  const child = spawn(process.execPath, ['--enable-source-maps', compiledEntryPoint(source)], {
    cwd: REPOSITORY,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  return { child, output: () => output };
}

/** SIGTERM lets it drain (requests, running deliveries); one still running after 15 s is killed. */
export async function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
  const [code] = await exited;
  clearTimeout(timer);
  return code as number | null;
}
