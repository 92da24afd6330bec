import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { createDatabase } from '../server/db/client.ts';
import type { DeliverySettings } from './delivery.ts';
import { PinnedHttpClient } from './delivery-http.ts';
import { DELIVERY_QUEUE, type DeliveryJobData } from './delivery-queue.ts';
import type { PipelineLogger } from './logger.ts';
import { startRelay, type RelaySettings } from './relay.ts';
import { startDeliveryWorker, type WorkerSettings } from './worker.ts';

export interface WebhookPipelineOptions {
  databaseUrl: string;
  /** Connections of the pipeline's own pool (the API's pool is not shared). */
  dbPoolMax: number;
  redisUrl: string;
  /** Queue key prefix in Redis. */
  prefix: string;
  log: PipelineLogger;
  delivery: DeliverySettings;
  relay: Omit<RelaySettings, 'firstAttemptDelayMs'>;
  worker: WorkerSettings;
}

/**
 * The whole delivery pipeline of one process: the relay (outbox → queue) and the worker (queue →
 * receivers), on a database pool and Redis connections of their own. `npm run worker` runs it
 * alone; `npm start` runs it beside the API. Without Redis it keeps fanning events out (the feed
 * stays current) and deliveries wait in the database until Redis answers again.
 */
export function startWebhookPipeline(options: WebhookPipelineOptions) {
  const { log } = options;
  const database = createDatabase(options.databaseUrl, { max: options.dbPoolMax, applicationName: 'marquee-webhooks' });
  // The relay's connection fails fast while Redis is down (rows just stay pending); the worker's
  // blocks and never gives up on a command.
  const queueConnection = new Redis(options.redisUrl, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2000),
  });
  const workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null, retryStrategy: (attempt) => Math.min(attempt * 250, 2000) });
  let lastWarning = 0;
  const warn = (error: Error) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    log.warn({ err: { message: error.message } }, 'webhook delivery paused: Redis unavailable; deliveries wait in the database');
  };
  queueConnection.on('error', warn);
  workerConnection.on('error', warn);

  const queue = new Queue<DeliveryJobData>(DELIVERY_QUEUE, { connection: queueConnection as ConnectionOptions, prefix: options.prefix });
  queue.on('error', warn);
  const http = new PinnedHttpClient();
  const relay = startRelay({
    db: database.db,
    sql: database.sql,
    queue,
    redisReady: () => queueConnection.status === 'ready',
    log,
    settings: { ...options.relay, firstAttemptDelayMs: options.delivery.retrySchedule[0] ?? 0 },
  });
  // Back from an outage: hand over what waited at once rather than at the next scan.
  queueConnection.on('ready', relay.wake);
  const worker = startDeliveryWorker({
    context: { db: database.db, http, settings: options.delivery },
    connection: workerConnection,
    prefix: options.prefix,
    log,
    settings: options.worker,
    wakeRelay: relay.wake,
  });

  return {
    relay,
    worker: worker.worker,
    queue,
    /** Stops taking work, lets running attempts finish within `timeoutMs`, then lets go of everything. */
    async close(timeoutMs = 5000) {
      queueConnection.off('ready', relay.wake);
      await relay.close();
      await worker.close(timeoutMs);
      await Promise.race([queue.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]).catch(() => undefined);
      queueConnection.disconnect();
      workerConnection.disconnect();
      await http.close();
      await database.close();
    },
  };
}
