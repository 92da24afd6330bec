import type { Queue } from 'bullmq';

export const DELIVERY_QUEUE = 'webhook-deliveries';
export const DELIVERY_JOB = 'deliver';

export interface DeliveryJobData {
  deliveryId: string;
}

/**
 * Job id = delivery id: BullMQ ignores an add while a job with that id exists, so the relay may
 * add the same delivery as often as it likes. Finished jobs are removed at once, so the id is free
 * for the delivery's next attempt: what is done is the database's `webhook_deliveries.status`,
 * never a job's retention. One BullMQ attempt per job: retries are scheduled in the database.
 */
export const DELIVERY_JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 1 } as const;

export function deliveryJob(deliveryId: string) {
  return { name: DELIVERY_JOB, data: { deliveryId } satisfies DeliveryJobData, opts: { ...DELIVERY_JOB_OPTIONS, jobId: deliveryId } };
}

/** What became of a delivery handed to the queue again. */
export type Requeued = 'added' | 'present' | 'busy';

/**
 * Puts a delivery that may have had a job before back in the queue: a job still waiting is left
 * where it is; a job a live worker holds (its lock is fresh) is left alone (`busy`: try later);
 * anything else (finished, lost with Redis, held by a dead worker whose lock lapsed) is removed
 * and added anew.
 */
export async function requeueDelivery(queue: Queue<DeliveryJobData>, deliveryId: string): Promise<Requeued> {
  const state = await queue.getJobState(deliveryId);
  if (state === 'waiting' || state === 'delayed' || state === 'prioritized' || state === 'waiting-children') return 'present';
  if (state !== 'unknown') {
    const removed = await queue.remove(deliveryId);
    if (removed !== 1) return 'busy';
  }
  const job = deliveryJob(deliveryId);
  await queue.add(job.name, job.data, job.opts);
  return 'added';
}
