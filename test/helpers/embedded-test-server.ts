import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startEmbeddedPostgres } from '../../server/db/embedded.ts';
import { waitUntil } from './wait-until.ts';

/**
 * On a machine with no PostgreSQL at all, tests run against the same embedded server `npm start`
 * uses, in its own data directory. It must outlive tap's `before` hook, so a small detached
 * keeper process owns it; tap's `after` hook stops the keeper, which stops the cluster.
 */
const repository = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = `${repository}.data/test-postgres`;
const pidFile = `${dataDir}/keeper.pid`;
const port = Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54330);
export const EMBEDDED_TEST_ADMIN_URL = `postgres://postgres:marquee-local@127.0.0.1:${port}/postgres`;

/** Starts the keeper unless one is running, and waits until the server answers. */
export async function startEmbeddedTestServer(isReachable: (url: string) => Promise<boolean>): Promise<string> {
  if (await isReachable(EMBEDDED_TEST_ADMIN_URL)) return EMBEDDED_TEST_ADMIN_URL;
  await mkdir(dataDir, { recursive: true });
  const keeper = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--keep'], {
    cwd: repository,
    detached: true,
    stdio: 'ignore',
  });
  keeper.unref();
  await writeFile(pidFile, String(keeper.pid));
  await waitUntil(`the embedded test PostgreSQL on port ${port} (data in ${dataDir})`, () => isReachable(EMBEDDED_TEST_ADMIN_URL), Boolean, { timeoutMs: 90_000, intervalMs: 500 });
  return EMBEDDED_TEST_ADMIN_URL;
}

/** Stops a keeper this run started, if any. */
export async function stopEmbeddedTestServer(): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(await readFile(pidFile, 'utf8'));
  await rm(pidFile, { force: true });
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

async function keep() {
  const logger = pino({ level: 'warn' });
  const cluster = await startEmbeddedPostgres({ dataDir, port, logger });
  const stop = async () => {
    await cluster.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

if (process.argv.includes('--keep')) await keep();
