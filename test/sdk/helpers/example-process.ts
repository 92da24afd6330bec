import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Teardownable } from '../../helpers/database.ts';

const REPOSITORY = fileURLToPath(new URL('../../..', import.meta.url));

export interface ExampleProcess {
  child: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`; rejects if the process ends first. */
  line(pattern: RegExp, withinMs?: number): Promise<string>;
  /** Resolves with the exit code. */
  exited(): Promise<number | null>;
  /** Every complete line printed on stdout so far. */
  lines(): string[];
  output(): string;
}

/**
 * Runs an example of sdk/examples as a user would (`node --import tsx`), importing the built
 * `@marquee/sdk` package, with the given environment; killed when the test ends.
 */
export function runExample(t: Teardownable, file: string, env: Record<string, string>): ExampleProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', file], { cwd: REPOSITORY, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiters: (() => void)[] = [];
  child.stdout!.on('data', (chunk: Buffer) => { stdout += chunk; waiters.forEach((wake) => wake()); });
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk; });
  const exit = once(child, 'exit').then(([code]) => { waiters.forEach((wake) => wake()); return code as number | null; });
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
  const output = () => `stdout:\n${stdout}\nstderr:\n${stderr}`;
  return {
    child,
    output,
    exited: () => exit,
    lines: () => stdout.split('\n').slice(0, -1),
    line: (pattern, withinMs = 30_000) => new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} within ${withinMs} ms\n${output()}`)), withinMs);
      const check = () => {
        const found = stdout.split('\n').find((text) => pattern.test(text));
        if (found !== undefined) { clearTimeout(timer); resolve(found); }
        else if (child.exitCode !== null) { clearTimeout(timer); reject(new Error(`the example exited (${child.exitCode}) before printing ${pattern}\n${output()}`)); }
      };
      waiters.push(check);
      check();
    }),
  };
}
