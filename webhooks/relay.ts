import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import type postgres from 'postgres';
import type { Db } from '../server/db/client.ts';
import { jobAcrossTenants } from '../server/db/scope.ts';
import { dueDeliveries, markEnqueued, msUntilNextDue, staleDeliveries, type QueueableDelivery } from '../server/db/queries/webhook-relay.ts';
import { deliveryJob, requeueDelivery, type DeliveryJobData } from './delivery-queue.ts';
import { RELAY_CHANNEL } from '../server/domain/outbox.ts';
import { fanOutEvents } from './fan-out.ts';
import type { OutageWarning, PipelineLogger } from './logger.ts';

export interface RelaySettings {
  /** The safety net: a pass runs at least this often even if no notification arrives. */
  scanIntervalMs: number;
  /** A delivery `enqueued` this long without finishing has its job checked and re-added if lost. */
  staleAfterMs: number;
  /** Delay of a delivery's first attempt (the retry schedule's first entry). */
  firstAttemptDelayMs: number;
  /** Rows per statement. */
  batchSize?: number;
  /** Longest wait on one Redis round trip before the pass gives up until the next one. */
  redisTimeoutMs?: number;
}

export interface RelayOptions {
  db: Db;
  /** The postgres.js client behind `db`: LISTEN takes a dedicated connection of its own. */
  sql: postgres.Sql;
  queue: Queue<DeliveryJobData>;
  /** True while the queue's Redis connection is up; the pass skips Redis work otherwise. */
  redisReady: () => boolean;
  log: PipelineLogger;
  /** Every pass fails while Redis or the database is down: one line a minute per kind is enough. */
  warn: OutageWarning;
  settings: RelaySettings;
}

/**
 * Passes start at least this far apart while commits keep waking the relay: under load each pass
 * takes a batch of events rather than one or two, so its fixed cost (a fan-out transaction and a
 * scan) is paid a few times a second instead of once per booking. An event waits at most this long.
 */
const MIN_PASS_GAP_MS = 50;

/**
 * Moves the outbox into the queue. A pass: (1) fan out committed events (feed positions and
 * delivery rows, one transaction); (2) add due `pending` deliveries to BullMQ and, only once the
 * add has resolved, mark them `enqueued`; (3) check deliveries `enqueued` for too long and re-add
 * those whose job is gone. A crash anywhere leaves rows that the next pass (here or in another
 * process) finds again, so nothing is lost; the cost is a possible duplicate delivery.
 *
 * Passes run one at a time per process, woken by NOTIFY on the relay channel (writers send it after
 * commit), by a timer at the next due retry, and by the periodic scan.
 */
export function startRelay(options: RelayOptions) {
  const { db, queue, log, settings } = options;
  const batchSize = settings.batchSize ?? 500;
  const redisTimeoutMs = settings.redisTimeoutMs ?? 5000;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let lastStaleCheck = 0;
  let lastPassAt = Number.NEGATIVE_INFINITY;
  const warn = (what: string, error: unknown) => options.warn(`webhook relay: ${what}`, error);

  const withTimeout = async <T>(work: Promise<T>): Promise<T> => {
    const controller = new AbortController();
    try {
      return await Promise.race([
        work,
        sleep(redisTimeoutMs, undefined, { signal: controller.signal }).then(() => {
          throw new Error(`Redis did not answer within ${redisTimeoutMs} ms`);
        }),
      ]);
    } finally {
      controller.abort();
    }
  };

  /** Adds rows that never had a job in one round trip, the others one by one; true if some were busy. */
  const enqueue = async (rows: QueueableDelivery[]): Promise<boolean> => {
    const neverQueued = (row: QueueableDelivery) => row.attemptCount === 0 && row.enqueuedAt === null;
    const fresh = rows.filter(neverQueued);
    const seen = rows.filter((row) => !neverQueued(row));
    if (fresh.length > 0) await withTimeout(queue.addBulk(fresh.map((row) => deliveryJob(row.id))));
    const outcomes = await withTimeout(Promise.all(seen.map((row) => requeueDelivery(queue, row.id))));
    await markEnqueued(db, jobAcrossTenants, [...fresh, ...seen.filter((_, index) => outcomes[index] !== 'busy')], 'pending');
    return outcomes.includes('busy');
  };

  const pass = async (): Promise<{ busy: boolean; redisDown: boolean }> => {
    let busy = false;
    const fresh: QueueableDelivery[] = [];
    try {
      for (;;) {
        const fanned = await fanOutEvents(db, { limit: batchSize, firstAttemptDelayMs: settings.firstAttemptDelayMs });
        if (settings.firstAttemptDelayMs === 0) fresh.push(...fanned.deliveries.map((row) => ({ id: row.id, attemptCount: 0, enqueuedAt: null })));
        if (fanned.events < batchSize || closed) break;
      }
    } catch (error) {
      warn('fan-out failed; retrying on the next pass', error);
    }
    if (!options.redisReady()) {
      if (fresh.length > 0) warn('Redis unavailable; deliveries wait in the database', new Error('not connected'));
      return { busy, redisDown: true };
    }
    try {
      if (fresh.length > 0) busy = (await enqueue(fresh)) || busy;
      for (;;) {
        const due = await dueDeliveries(db, jobAcrossTenants, batchSize);
        if (due.length > 0) busy = (await enqueue(due)) || busy;
        if (due.length < batchSize || closed) break;
      }
      if (Date.now() - lastStaleCheck >= Math.min(settings.scanIntervalMs, settings.staleAfterMs)) {
        lastStaleCheck = Date.now();
        const stale = await staleDeliveries(db, jobAcrossTenants, settings.staleAfterMs, batchSize);
        if (stale.length > 0) {
          const outcomes = await withTimeout(Promise.all(stale.map((row) => requeueDelivery(queue, row.id))));
          const requeued = stale.filter((_, index) => outcomes[index] !== 'busy');
          await markEnqueued(db, jobAcrossTenants, requeued, 'enqueued');
          const added = outcomes.filter((outcome) => outcome === 'added').length;
          if (added > 0) log.info({ requeued: added }, 'webhook relay: re-added deliveries whose job was lost');
        }
      }
      return { busy, redisDown: false };
    } catch (error) {
      warn('enqueueing failed; deliveries stay pending and are retried', error);
      return { busy, redisDown: true };
    }
  };

  const schedule = (delayMs: number) => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(wake, Math.max(10, Math.min(delayMs, settings.scanIntervalMs)));
    timer.unref();
  };

  const run = async () => {
    let delay = settings.scanIntervalMs;
    try {
      let result: { busy: boolean; redisDown: boolean };
      do {
        again = false;
        lastPassAt = performance.now();
        result = await pass();
        // Woken during the pass: the next one waits out the gap, taking every event written meanwhile.
        if (again && !closed) await sleep(Math.max(0, lastPassAt + MIN_PASS_GAP_MS - performance.now()));
      } while (again && !closed);
      if (!result.redisDown) {
        const due = await msUntilNextDue(db, jobAcrossTenants).catch(() => null);
        if (due !== null) delay = Math.max(due, 10);
        // A job that still held its lock finishes within moments: look again soon.
        if (result.busy) delay = Math.min(delay, 200);
      }
    } catch (error) {
      warn('pass failed', error);
    } finally {
      running = undefined;
      schedule(delay);
    }
  };

  function wake() {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    const wait = lastPassAt + MIN_PASS_GAP_MS - performance.now();
    if (wait > 0) return schedule(wait);
    running = run();
  }

  const listening = options.sql
    .listen(RELAY_CHANNEL, () => wake(), () => wake())
    .catch((error: unknown) => {
      warn('LISTEN failed; relying on the periodic scan', error);
      return undefined;
    });
  wake();

  return {
    /** Runs a pass now (or right after the current one). */
    wake,
    async close() {
      closed = true;
      clearTimeout(timer);
      const subscription = await listening;
      await subscription?.unlisten().catch(() => undefined);
      await running;
    },
  };
}
