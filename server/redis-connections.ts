import { Redis } from 'ioredis';
import type { OutageWarning } from './outage-warnings.ts';

/**
 * Every Redis connection Marquee opens is made here, named (CLIENT LIST shows who holds it) and of
 * one of two kinds; `webhooks/README.md` lists them and why each exists. Redis carries only jobs
 * that name rows of the database, so the API never needs it to answer: a queue's connection fails
 * fast while it is down, and a worker's waits.
 */

/** Reconnects in the background, soon at first, then every 2 s. */
const reconnectDelay = (attempt: number) => Math.min(attempt * 250, 2000);

export interface RedisConnectionOptions {
  /** Its CLIENT SETNAME. */
  name: string;
  /** The warning logged (at most once a minute) while it cannot reach Redis. */
  whileDown: string;
  warn: OutageWarning;
  /** Fail a command that Redis has not answered in this long (a hung server, not a refused one). */
  commandTimeoutMs?: number;
  /**
   * Send the commands issued in one tick of the event loop in one write: for a command on every
   * request (rate limits), one socket write per request was a third of a cached read's CPU.
   */
  autoPipelining?: boolean;
}

/**
 * For adding jobs, upserting job schedulers and the readiness probe: commands fail at once while
 * Redis is down (no offline queue, one retry), so no request or relay pass ever waits on it; what
 * was to be queued waits in the database and is handed over when Redis answers again.
 */
export function failFastRedis(url: string, options: RedisConnectionOptions): Redis {
  const client = new Redis(url, {
    connectionName: options.name,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: reconnectDelay,
    ...(options.commandTimeoutMs === undefined ? {} : { commandTimeout: options.commandTimeoutMs }),
    ...(options.autoPipelining ? { enableAutoPipelining: true } : {}),
  });
  client.on('error', (error: Error) => options.warn(options.whileDown, error));
  client.connect().catch(() => undefined);
  return client;
}

/**
 * For BullMQ workers: commands wait for Redis and are never given up on (`maxRetriesPerRequest:
 * null`, which BullMQ requires). Workers of one process share it for their ordinary commands; each
 * Worker adds a duplicate of its own for the blocking wait on its queue.
 */
export function waitingRedis(url: string, options: RedisConnectionOptions): Redis {
  const client = new Redis(url, { connectionName: options.name, maxRetriesPerRequest: null, retryStrategy: reconnectDelay });
  client.on('error', (error: Error) => options.warn(options.whileDown, error));
  return client;
}
