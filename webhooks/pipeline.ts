import { Queue, type ConnectionOptions, type Telemetry } from 'bullmq';
import type { Redis } from 'ioredis';
import { createDatabase } from '../server/db/client.ts';
import type { DeliverySettings } from './delivery.ts';
import { PinnedHttpClient } from './delivery-http.ts';
import { DELIVERY_QUEUE, type DeliveryJobData } from './delivery-queue.ts';

/** The delivery queue's name, for hosts that watch it (metrics, the queue dashboard). */
export { DELIVERY_QUEUE };
import type { OutageWarning, PipelineLogger } from './logger.ts';
import { startRelay, type RelaySettings } from './relay.ts';
import { startDeliveryWorker, type WorkerSettings } from './worker.ts';

export interface WebhookPipelineOptions {
  databaseUrl: string;
  /** Connections of the pipeline's own pool (the API's pool is not shared). */
  dbPoolMax: number;
  /**
   * The host's Redis connections (`server/redis-connections.ts`), which it closes: a fail-fast one
   * for the relay's queue (rows just stay pending while Redis is down) and a waiting one for the
   * worker, which BullMQ duplicates for its blocking wait.
   */
  redis: { queue: Redis; worker: Redis };
  /** Queue key prefix in Redis. */
  prefix: string;
  log: PipelineLogger;
  warn: OutageWarning;
  delivery: DeliverySettings;
  relay: Omit<RelaySettings, 'firstAttemptDelayMs'>;
  worker: WorkerSettings;
  /** BullMQ tracing for the queue and the worker, when the host traces (absent: none). */
  telemetry?: Telemetry;
}

/**
 * The whole delivery pipeline of one process: the relay (outbox → queue) and the worker (queue →
 * receivers), on a database pool of its own and the Redis connections the host hands in.
 * `npm run worker` runs it alone; `npm start` runs it beside the API. Without Redis it keeps
 * fanning events out (the feed stays current) and deliveries wait in the database until Redis
 * answers again.
 */
export function startWebhookPipeline(options: WebhookPipelineOptions) {
  const { log, warn } = options;
  const database = createDatabase(options.databaseUrl, { max: options.dbPoolMax, applicationName: 'marquee-webhooks' });
  const queueConnection = options.redis.queue;
  const queue = new Queue<DeliveryJobData>(DELIVERY_QUEUE, { connection: queueConnection as ConnectionOptions, prefix: options.prefix, telemetry: options.telemetry });
  queue.on('error', (error) => warn('webhook delivery paused: Redis unavailable; deliveries wait in the database', error));
  const http = new PinnedHttpClient();
  const relay = startRelay({
    db: database.db,
    sql: database.sql,
    queue,
    redisReady: () => queueConnection.status === 'ready',
    log,
    warn,
    settings: { ...options.relay, firstAttemptDelayMs: options.delivery.retrySchedule[0] ?? 0 },
  });
  // Back from an outage: hand over what waited at once rather than at the next scan.
  queueConnection.on('ready', relay.wake);
  const worker = startDeliveryWorker({
    context: { db: database.db, http, settings: options.delivery },
    connection: options.redis.worker,
    prefix: options.prefix,
    log,
    warn,
    settings: options.worker,
    telemetry: options.telemetry,
    wakeRelay: relay.wake,
  });

  return {
    relay,
    worker: worker.worker,
    queue,
    /** The pipeline's database pool (the host's metrics read the outbox through it). */
    sql: database.sql,
    /** Stops taking work, lets running attempts finish within `timeoutMs`, then lets go of all but the host's connections. */
    async close(timeoutMs = 5000) {
      queueConnection.off('ready', relay.wake);
      await relay.close();
      await worker.close(timeoutMs);
      await Promise.race([queue.close(), new Promise((resolve) => setTimeout(resolve, 1000).unref())]).catch(() => undefined);
      await http.close();
      await database.close();
    },
  };
}
