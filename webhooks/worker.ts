import { Worker, type ConnectionOptions, type Telemetry } from 'bullmq';
import type { Redis } from 'ioredis';
import { attemptDelivery, type AttemptOutcome, type DeliveryContext } from './delivery.ts';
import { countDeliveryOutcome } from './delivery-metrics.ts';
import { DELIVERY_QUEUE, type DeliveryJobData } from './delivery-queue.ts';
import type { OutageWarning, PipelineLogger } from './logger.ts';

export interface WorkerSettings {
  concurrency: number;
  /**
   * How long a job's lock lasts without renewal. A worker that dies mid-delivery leaves its job
   * locked this long; then BullMQ's stalled check (or the relay's stale scan) runs it again.
   */
  lockDurationMs: number;
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
      lockDuration: options.settings.lockDurationMs,
      stalledInterval: options.settings.lockDurationMs,
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
