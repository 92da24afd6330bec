import type { ChildProcess } from 'node:child_process';
import { spawnEntryPoint, stopChild } from './child-processes.ts';
import type { Teardownable } from './database.ts';
import { TEST_REDIS_URL } from './redis.ts';
import { waitUntil } from './wait-until.ts';

/**
 * Webhook worker processes as deployments run them: `npm run worker`'s entry point
 * (`server/cli/worker.ts`, the relay and the delivery worker), compiled and started directly under
 * node, so the child's pid is the worker's own and a SIGKILL hits it, not a wrapper.
 */

const READY_WITHIN_MS = 60_000;
/** What the entry point logs (at `info`) once the relay and worker are started. */
const RUNNING = 'webhook relay and delivery worker running';

export interface WorkerProcess {
  pid: number;
  child: ChildProcess;
  output(): string;
}

export interface WorkerProcesses {
  processes: WorkerProcess[];
  /** Every worker's output, labelled, to attach to a failed assertion. */
  output(): string;
}

/**
 * Starts `count` worker processes on one database and Redis, waits until each says it runs, and
 * stops them on teardown (SIGTERM, SIGKILL if they hang). `env` must carry what the API processes
 * share with them: `QUEUE_PREFIX`, `WEBHOOK_SECRETS_KEY` and the target policy.
 */
export async function startWorkerProcesses(t: Teardownable, options: { databaseUrl: string; count: number; env: Record<string, string> }): Promise<WorkerProcesses> {
  const env = {
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    // `info`, for the line that says it runs; the pipeline logs nothing per delivery at this level.
    LOG_LEVEL: 'info',
    SHUTDOWN_TIMEOUT_MS: '5000',
    ...options.env,
  };
  const started: WorkerProcess[] = [];
  t.teardown(() => Promise.all(started.map(stopWorkerProcess)));
  for (let index = 0; index < options.count; index += 1) started.push(spawnWorkerProcess(env));
  await Promise.all(started.map((worker) =>
    waitUntil(`worker process ${worker.pid} to run`, () => {
      if (worker.child.exitCode !== null) throw new Error(`worker process exited early (${worker.child.exitCode}):\n${worker.output()}`);
      return worker.output().includes(RUNNING);
    }, Boolean, { timeoutMs: READY_WITHIN_MS, intervalMs: 100 })));
  const output = () => started.map((worker, index) => `--- worker process ${index} (pid ${worker.pid}) ---\n${worker.output()}`).join('\n');
  return { processes: started, output };
}

function spawnWorkerProcess(env: Record<string, string>): WorkerProcess {
  const started = spawnEntryPoint('server/cli/worker.ts', env);
  return { pid: started.child.pid!, ...started };
}

/** SIGTERM lets running deliveries finish; a worker still running after 15 s is killed. */
export async function stopWorkerProcess(worker: WorkerProcess): Promise<void> {
  await stopChild(worker.child);
}
