import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Db } from '../db/client.ts';
import { pruneEvents } from '../db/queries/events.ts';
import { jobAcrossTenants } from '../db/scope.ts';
import { sweepExpiredHolds } from '../domain/holds.ts';
import { pruneIdempotencyRecords } from '../domain/idempotency.ts';
import { countExpiredHolds } from '../observability/sales-metrics.ts';
import { outageWarnings } from '../outage-warnings.ts';

export const SCHEDULED_JOBS_QUEUE = 'scheduled-jobs';
export const SWEEP_EXPIRED_HOLDS = 'sweep-expired-holds';
/** Holds expired per run; the next run takes the rest. */
const SWEEP_BATCH = 500;
export const PRUNE_EVENTS = 'prune-events';
/** Events removed per statement; a run repeats until none is left or the run's budget is spent. */
const PRUNE_BATCH = 1000;
const PRUNE_MAX_BATCHES = 100;
export const PRUNE_IDEMPOTENCY_KEYS = 'prune-idempotency-keys';

export interface ScheduledJobsOptions {
  /** Separates deployments (and test runs) sharing one Redis. */
  prefix: string;
  holdSweepEveryMs: number;
  /** Events (with their deliveries and attempts) older than this are pruned; absent: never. */
  eventRetentionDays?: number;
  eventPruneEveryMs?: number;
  /** How often idempotency keys past their 24 h are pruned. */
  idempotencyPruneEveryMs: number;
}

/** What the jobs need of the process they run in. */
export interface ScheduledJobsContext {
  db: Db;
  log: FastifyBaseLogger;
  /** The fail-fast connection for the queue (upserting the schedulers). */
  queueConnection: Redis;
  /** The waiting connection for the worker. */
  workerConnection: Redis;
  /** The one way to wake the webhook relay. */
  wakeRelay: () => void;
}

/** One kind of periodic work: how often, what a run does, what is worth saying about its result. */
interface PeriodicJob {
  name: string;
  everyMs: number;
  run(db: Db): Promise<number>;
  /** What happened when a run changed something (`count` rows). */
  afterChange(count: number): void;
}

async function pruneOldEvents(db: Db, olderThanDays: number): Promise<number> {
  let pruned = 0;
  for (let batch = 0; batch < PRUNE_MAX_BATCHES; batch++) {
    const result = await pruneEvents(db, jobAcrossTenants, { olderThanDays, limit: PRUNE_BATCH });
    pruned += result.pruned;
    if (result.pruned < PRUNE_BATCH) break;
  }
  return pruned;
}

function periodicJobs({ log, wakeRelay }: ScheduledJobsContext, options: ScheduledJobsOptions): PeriodicJob[] {
  const jobs: PeriodicJob[] = [
    {
      name: SWEEP_EXPIRED_HOLDS,
      everyMs: options.holdSweepEveryMs,
      run: async (db) => (await sweepExpiredHolds(db, { limit: SWEEP_BATCH })).expired,
      afterChange: (expired) => {
        log.info({ job: SWEEP_EXPIRED_HOLDS, expired }, 'expired holds swept');
        countExpiredHolds(expired);
        // The sweep wrote `hold.expired` events: wake the webhook relay now that they are committed.
        wakeRelay();
      },
    },
    {
      name: PRUNE_IDEMPOTENCY_KEYS,
      everyMs: options.idempotencyPruneEveryMs,
      run: (db) => pruneIdempotencyRecords(db),
      afterChange: (pruned) => log.info({ job: PRUNE_IDEMPOTENCY_KEYS, pruned }, 'idempotency keys past their 24 h retention removed'),
    },
  ];
  const retentionDays = options.eventRetentionDays;
  if (retentionDays !== undefined) {
    jobs.push({
      name: PRUNE_EVENTS,
      everyMs: options.eventPruneEveryMs ?? 3_600_000,
      run: (db) => pruneOldEvents(db, retentionDays),
      afterChange: (pruned) => log.info({ job: PRUNE_EVENTS, pruned }, 'old events pruned'),
    });
  }
  return jobs;
}

/**
 * All periodic work (the hold sweep, event retention, idempotency key retention) runs one way: on
 * BullMQ job schedulers. Every API process with JOBS_ENABLED upserts the same schedulers and runs
 * a worker, and BullMQ hands each run to one worker, so more processes mean no duplicate runs. The
 * jobs are idempotent statements; a run missed while Redis is down is caught up by the next.
 */
export function startScheduledJobs(context: ScheduledJobsContext, options: ScheduledJobsOptions) {
  const { db, log } = context;
  const warn = outageWarnings(log);
  const whileDown = 'scheduled jobs paused: Redis unavailable';
  const jobs = new Map(periodicJobs(context, options).map((job) => [job.name, job]));

  const queue = new Queue(SCHEDULED_JOBS_QUEUE, { connection: context.queueConnection as ConnectionOptions, prefix: options.prefix });
  queue.on('error', (error) => warn(whileDown, error));
  const worker = new Worker(
    SCHEDULED_JOBS_QUEUE,
    async (job) => {
      const periodic = jobs.get(job.name);
      if (!periodic) throw new Error(`unknown scheduled job '${job.name}'`);
      return periodic.run(db);
    },
    { connection: context.workerConnection as ConnectionOptions, prefix: options.prefix, autorun: true },
  );
  worker.on('error', (error) => warn(whileDown, error));
  worker.on('completed', (job, changed: number | undefined) => {
    if (changed) jobs.get(job.name)?.afterChange(changed);
  });
  worker.on('failed', (job, error) => log.error({ job: job?.name, err: error }, 'scheduled job failed'));

  const scheduled = queue
    .waitUntilReady()
    .then(async () => {
      for (const job of jobs.values()) {
        await queue.upsertJobScheduler(job.name, { every: job.everyMs }, { name: job.name, opts: { removeOnComplete: 100, removeOnFail: 500 } });
      }
    })
    .catch((error: Error) => warn(whileDown, error));

  void scheduled;
  return {
    /** Lets a running job finish, but never waits long for a Redis that is gone. The connections are the caller's. */
    async close() {
      const closing = Promise.allSettled([worker.close(), queue.close()]);
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    },
  };
}
