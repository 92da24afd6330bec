import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
export { freePort } from '../helpers/free-port.ts';

/**
 * Child processes of a benchmark (API processes and baseline servers) whose output goes straight
 * to a file: piping megabytes of `info` logs through this process would bill the load generator.
 */

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));
const STOP_WITHIN_MS = 15_000;

export interface LoggedProcess {
  child: ChildProcess;
  pid: number;
  logPath: string;
}

const running = new Set<ChildProcess>();
let exitHooksInstalled = false;

/** A benchmark that crashes or is interrupted must not leave servers behind. */
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const child of running) child.kill('SIGKILL');
      process.exit(130);
    });
  }
}

/** A directory of its own for one benchmark's logs and data, removed by the caller. */
export function benchTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `marquee-bench-${label}-`));
}

/**
 * `node --import tsx <args>` in the repository (`node <args>` with `compiled`, for JavaScript in
 * dist/), stdout and stderr appended to `logPath`.
 */
export function spawnLogged(args: string[], options: { env?: NodeJS.ProcessEnv; logPath: string; ipc?: boolean; compiled?: boolean }): LoggedProcess {
  installExitHooks();
  const fd = openSync(options.logPath, 'a');
  try {
    const child = spawn(process.execPath, [...(options.compiled ? ['--enable-source-maps'] : ['--import', 'tsx']), ...args], {
      cwd: REPOSITORY,
      env: options.env ?? process.env,
      stdio: options.ipc ? ['ignore', fd, fd, 'ipc'] : ['ignore', fd, fd],
    });
    running.add(child);
    child.once('exit', () => running.delete(child));
    if (child.pid === undefined) throw new Error(`could not start ${args.join(' ')}`);
    return { child, pid: child.pid, logPath: options.logPath };
  } finally {
    // The child holds its own copy of the descriptor.
    closeSync(fd);
  }
}

/** SIGTERM lets the process drain; one still running after 15 s is killed. */
export async function stopLogged(server: LoggedProcess): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
  await exited;
  clearTimeout(timer);
}

/** The last `bytes` of a log, to explain a failed start without reading the whole file. */
export function logTail(logPath: string, bytes = 4000): string {
  try {
    const size = statSync(logPath).size;
    return readFileSync(logPath).subarray(Math.max(0, size - bytes)).toString('utf8');
  } catch {
    return '(no log)';
  }
}

export function removeDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
}

