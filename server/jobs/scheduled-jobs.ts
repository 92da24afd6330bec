import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { Db } from '../db/client.ts';
import { pruneEvents } from '../db/queries/events.ts';
import { sweepExpiredHolds } from '../domain/holds.ts';

export const SCHEDULED_JOBS_QUEUE = 'scheduled-jobs';
export const SWEEP_EXPIRED_HOLDS = 'sweep-expired-holds';
/** Holds expired per run; the next run takes the rest. */
const SWEEP_BATCH = 500;
export const PRUNE_EVENTS = 'prune-events';
/** Events removed per statement; a run repeats until none is left or the run's budget is spent. */
const PRUNE_BATCH = 1000;
const PRUNE_MAX_BATCHES = 100;

export interface ScheduledJobsOptions {
  redisUrl: string;
  /** Separates deployments (and test runs) sharing one Redis. */
  prefix: string;
  holdSweepEveryMs: number;
  /** Events (with their deliveries and attempts) older than this are pruned; absent: never. */
  eventRetentionDays?: number;
  eventPruneEveryMs?: number;
}

/** What the jobs need of the process they run in: the one way to wake the webhook relay. */
export interface ScheduledJobsContext {
  db: Db;
  log: FastifyBaseLogger;
  wakeRelay: () => void;
}

async function pruneOldEvents(db: Db, olderThanDays: number): Promise<{ pruned: number }> {
  let pruned = 0;
  for (let batch = 0; batch < PRUNE_MAX_BATCHES; batch++) {
    const result = await pruneEvents(db, { olderThanDays, limit: PRUNE_BATCH });
    pruned += result.pruned;
    if (result.pruned < PRUNE_BATCH) break;
  }
  return { pruned };
}

/**
 * Periodic work on BullMQ job schedulers. Every API process upserts the same schedulers and runs a
 * worker, and BullMQ hands each run to one worker, so more processes mean no duplicate sweeps.
 * The jobs are idempotent statements; a run missed while Redis is down is caught up by the next.
 */
export function startScheduledJobs({ db, log, wakeRelay }: ScheduledJobsContext, options: ScheduledJobsOptions) {
  // Workers block on Redis: they need their own connection, and must never give up on a command.
  const queueConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
  const workerConnection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  let lastWarning = 0;
  const warn = (error: Error) => {
    if (Date.now() - lastWarning < 60_000) return;
    lastWarning = Date.now();
    log.warn({ err: { message: error.message } }, 'scheduled jobs paused: Redis unavailable');
  };
  queueConnection.on('error', warn);
  workerConnection.on('error', warn);

  const queue = new Queue(SCHEDULED_JOBS_QUEUE, { connection: queueConnection as ConnectionOptions, prefix: options.prefix });
  queue.on('error', warn);
  const worker = new Worker(
    SCHEDULED_JOBS_QUEUE,
    async (job) => {
      if (job.name === SWEEP_EXPIRED_HOLDS) return sweepExpiredHolds(db, { limit: SWEEP_BATCH });
      if (job.name === PRUNE_EVENTS && options.eventRetentionDays !== undefined) return pruneOldEvents(db, options.eventRetentionDays);
      throw new Error(`unknown scheduled job '${job.name}'`);
    },
    { connection: workerConnection as ConnectionOptions, prefix: options.prefix, autorun: true },
  );
  worker.on('error', warn);
  worker.on('completed', (job, result: { expired?: number; pruned?: number } | undefined) => {
    if (job.name === SWEEP_EXPIRED_HOLDS && result?.expired) {
      log.info({ job: job.name, expired: result.expired }, 'expired holds swept');
      // The sweep wrote `hold.expired` events: wake the webhook relay now that they are committed.
      wakeRelay();
    } else if (job.name === PRUNE_EVENTS && result?.pruned) {
      log.info({ job: job.name, pruned: result.pruned }, 'old events pruned');
    }
  });
  worker.on('failed', (job, error) => log.error({ job: job?.name, err: error }, 'scheduled job failed'));

  const scheduled = queue
    .waitUntilReady()
    .then(() =>
      queue.upsertJobScheduler(
        SWEEP_EXPIRED_HOLDS,
        { every: options.holdSweepEveryMs },
        { name: SWEEP_EXPIRED_HOLDS, opts: { removeOnComplete: 100, removeOnFail: 500 } },
      ),
    )
    .then(() =>
      options.eventRetentionDays === undefined
        ? undefined
        : queue.upsertJobScheduler(
            PRUNE_EVENTS,
            { every: options.eventPruneEveryMs ?? 3_600_000 },
            { name: PRUNE_EVENTS, opts: { removeOnComplete: 100, removeOnFail: 500 } },
          ),
    )
    .catch((error: Error) => warn(error));

  void scheduled;
  return {
    /** Lets a running job finish, but never waits long for a Redis that is gone. */
    async close() {
      const closing = Promise.allSettled([worker.close(), queue.close()]);
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      queueConnection.disconnect();
      workerConnection.disconnect();
    },
  };
}
