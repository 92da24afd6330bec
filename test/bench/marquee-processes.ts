import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type postgres from 'postgres';
import { loadConfig } from '../../server/config.ts';
import { compiledEntryPoint } from '../helpers/entry-points.ts';
import { deleteQueueKeys, TEST_REDIS_URL } from '../helpers/redis.ts';
import { benchTempDir, freePort, logTail, removeDir, spawnLogged, stopLogged, type LoggedProcess } from './logged-process.ts';

/**
 * The API as users run it: compiled `server/main.ts` started the way `npm start` starts it (`npm
 * run bench` builds dist/ first), with only what
 * a deployment must set. Everything else keeps its production default (`info` logs, job
 * schedulers, the webhook relay and worker, a 5-connection pool, a 1 s seat-map freshness bound).
 */

const READY_WITHIN_MS = 60_000;

export interface Marquee {
  baseUrls: string[];
  pids: number[];
  adminKey: string;
  logPaths: string[];
  /** SIGTERM, SIGKILL after 15 s; removes the logs unless asked to keep them. */
  stop(options?: { keepLogs?: boolean }): Promise<void>;
}

/**
 * Every variable Marquee's configuration reads, found by letting `loadConfig` read them: a
 * LOG_LEVEL or JOBS_ENABLED left in the shell must not change what is measured.
 */
function configVariables(): string[] {
  const read = new Set<string>();
  const recorder = new Proxy({}, {
    get(_target, name) {
      read.add(String(name));
      return undefined;
    },
  });
  loadConfig(recorder);
  return [...read];
}

/** `count` API processes on one database; each has a free port, all share one admin key and queue prefix. */
export async function startMarquee(options: { databaseUrl: string; count: number }): Promise<Marquee> {
  const dir = benchTempDir('api');
  const queuePrefix = `bench-${randomBytes(6).toString('hex')}`;
  const adminKey = `mq_admin_bench_${randomBytes(24).toString('base64url')}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of configVariables()) delete env[name];
  Object.assign(env, {
    DATABASE_URL: options.databaseUrl,
    HOST: '127.0.0.1',
    ADMIN_API_KEY: adminKey,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: queuePrefix,
    DATA_DIR: dir,
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('base64'),
    LOAD_DEMO_DATA: 'false',
  });

  const started: { process: LoggedProcess; baseUrl: string }[] = [];
  const stop = async ({ keepLogs = false } = {}) => {
    await Promise.all(started.map((api) => stopLogged(api.process)));
    await deleteQueueKeys(queuePrefix).catch(() => undefined);
    if (keepLogs) console.log(`API logs kept in ${dir}`);
    else removeDir(dir);
  };
  // Started together: their migrations take turns on the migration lock. Every start is awaited
  // before giving up, so a failure of one leaves none of the others running.
  const outcomes = await Promise.allSettled(
    Array.from({ length: options.count }, async (_, index) => {
      started.push(await startReady(env, join(dir, `api-${index}.log`)));
    }),
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await stop({ keepLogs: true });
    throw failed.reason;
  }
  return {
    baseUrls: started.map((api) => api.baseUrl),
    pids: started.map((api) => api.process.pid),
    adminKey,
    logPaths: started.map((api) => api.process.logPath),
    stop,
  };
}

/** A port may be taken between probing and listening: a process that lost it is started again. */
async function startReady(env: NodeJS.ProcessEnv, logPath: string): Promise<{ process: LoggedProcess; baseUrl: string }> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const api = spawnLogged([compiledEntryPoint('server/main.ts')], { env: { ...env, PORT: String(port) }, logPath, compiled: true });
    const baseUrl = `http://127.0.0.1:${port}`;
    try {
      await waitUntilReady(api, baseUrl);
      return { process: api, baseUrl };
    } catch (error) {
      await stopLogged(api);
      const tail = logTail(logPath);
      if (attempt < 3 && /EADDRINUSE/.test(tail)) continue;
      console.error(`API process failed to start; the end of ${logPath}:\n${tail}`);
      throw error;
    }
  }
}

async function waitUntilReady(api: LoggedProcess, baseUrl: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`API process exited early (code ${api.child.exitCode})`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`API process ${baseUrl} was not ready within ${READY_WITHIN_MS} ms`);
}

/**
 * Connections the API processes hold on the bench database (every pool of theirs is named
 * `marquee…`; the bench's own connections are named `bench-…`), so that a raw baseline can be
 * given exactly as many. Read after a warm-up under load, when the pools have grown.
 */
export async function apiConnectionCount(sql: postgres.Sql, databaseName: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity where datname = ${databaseName} and application_name like 'marquee%'`;
  if (row!.n === 0) throw new Error(`no connection named marquee… on ${databaseName}: the API's pools are named otherwise now; the baseline's size cannot be matched`);
  return row!.n;
}
