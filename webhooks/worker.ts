import { Worker, type ConnectionOptions, type Telemetry } from 'bullmq';
import type { Redis } from 'ioredis';
import { attemptDelivery, type AttemptOutcome, type DeliveryContext } from './delivery.ts';
import { countDeliveryOutcome } from './delivery-metrics.ts';
import { DELIVERY_QUEUE, type DeliveryJobData } from './delivery-queue.ts';
import type { OutageWarning, PipelineLogger } from './logger.ts';

export interface WorkerSettings {
  concurrency: number;
  /**
   * The promise (WEBHOOK_WORKER_LOCK_MS): a job whose worker died mid-delivery runs again on another
   * worker within this long of the death. BullMQ's timings are derived from it (`takeoverTimings`).
   */
  takeoverWithinMs: number;
}

/**
 * BullMQ's lock and stalled-check timings that keep the takeover promise. A dead worker's lock
 * lapses at most `lockDuration` after its death (it was renewed at most then, as late as the death).
 * A stalled check moves a job that was active at the previous check and has no lock now; one runs
 * across all workers at least every `stalledInterval` (each worker's timer, fenced by a key that
 * lives that long, so a check the dead worker ran delays the survivor's by less than one interval).
 * The job was active at the check before its lock lapsed, since `2 × stalledInterval ≤
 * lockDuration`, so it moves at the first check after: within `lockDuration + stalledInterval`,
 * 0.85 of the setting, leaving the rest for the survivor to fetch the job. Using the setting as
 * both (BullMQ's defaults, 30 s each) took up to twice it: lock expiry plus two checks.
 *
 * The lock is renewed every quarter of its duration (BullMQ's default is half), so a live worker's
 * event loop may stall for three quarters of it (13.5 s at the default) before its job is wrongly
 * taken as stalled, which would cost a duplicate delivery, never a lost one.
 */
export function takeoverTimings(takeoverWithinMs: number) {
  const lockDuration = Math.floor(takeoverWithinMs * 0.6);
  return { lockDuration, lockRenewTime: Math.floor(lockDuration / 4), stalledInterval: Math.floor(takeoverWithinMs / 4) };
}

/**
 * The delivery worker: one BullMQ job per delivery, one attempt per job. The processor never
 * throws for a receiver's failure (that is recorded and rescheduled in the database); it throws
 * only when the database is unreachable, and then the row, still `enqueued`, is found again by the
 * relay's stale scan.
 */
export function startDeliveryWorker(options: {
  context: DeliveryContext;
  /** A waiting connection (`maxRetriesPerRequest: null`); BullMQ duplicates it for the blocking wait. */
  connection: Redis;
  prefix: string;
  log: PipelineLogger;
  warn: OutageWarning;
  settings: WorkerSettings;
  telemetry?: Telemetry;
  /** Wakes the relay after an outcome it must act on (a retry to schedule, an event to fan out). */
  wakeRelay: () => void;
}) {
  const { log } = options;
  const worker = new Worker<DeliveryJobData, AttemptOutcome>(
    DELIVERY_QUEUE,
    (job) => attemptDelivery(options.context, job.data.deliveryId),
    {
      connection: options.connection as ConnectionOptions,
      prefix: options.prefix,
      concurrency: options.settings.concurrency,
      ...takeoverTimings(options.settings.takeoverWithinMs),
      autorun: true,
      telemetry: options.telemetry,
    },
  );
  worker.on('error', (error) => options.warn('webhook worker paused: Redis unavailable', error));
  // Emitted once the finished job is gone from Redis, so the relay may add the delivery again.
  worker.on('completed', (job, result) => {
    countDeliveryOutcome(result.outcome);
    if (result.outcome === 'endpoint_disabled') {
      log.warn({ deliveryId: job.data.deliveryId, status: result.status }, 'webhook endpoint disabled');
    }
    if (result.outcome === 'retrying' || result.outcome === 'endpoint_disabled') options.wakeRelay();
  });
  worker.on('failed', (job, error) => {
    countDeliveryOutcome('error');
    log.error({ deliveryId: job?.data.deliveryId, err: { message: error.message } }, 'webhook delivery job failed; the relay will retry it');
  });
  return {
    worker,
    /** Lets running attempts finish (they are bounded by the request timeout), but not forever. */
    async close(timeoutMs: number) {
      const closing = worker.close();
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
  };
}
