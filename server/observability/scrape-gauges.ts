import type { Queue } from 'bullmq';
import type postgres from 'postgres';
import { databaseConnections, outboxLagSeconds } from '../db/queries/monitoring.ts';
import { jobAcrossTenants } from '../db/scope.ts';
import { gauge } from './metric.ts';

/**
 * Gauges read when Prometheus scrapes, never on a request: queue depth and age, outbox lag and the
 * database connections. A process hands in what they read (`watchOnScrape`) and takes it back on
 * close. A source that does not answer within `SCRAPE_TIMEOUT_MS` (Redis or the database down)
 * leaves its gauges empty for that scrape rather than stale or failing the whole scrape.
 */
export interface ScrapeSource {
  /** A client of this process's database. */
  sql: postgres.Sql;
  /** The queues to report (handles on a connection of this process). */
  queues: readonly Queue[];
  /** This process's connection pools and their sizes. */
  pools: readonly { name: string; max: number }[];
}

const SCRAPE_TIMEOUT_MS = 2000;
const JOB_STATES = ['waiting', 'prioritized', 'delayed', 'active', 'failed'] as const;

const sources = new Set<ScrapeSource>();

/** Reports `source` on every scrape from now on; the function returned stops it. */
export function watchOnScrape(source: ScrapeSource): () => void {
  sources.add(source);
  return () => void sources.delete(source);
}

async function withinTimeout<T>(work: Promise<T>): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), SCRAPE_TIMEOUT_MS)));
  try {
    return await Promise.race([work.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

gauge({
  name: 'marquee_queue_jobs',
  help: 'Jobs in each BullMQ queue by state.',
  labelNames: ['queue', 'state'],
  async collect() {
    this.reset();
    for (const source of sources) {
      for (const queue of source.queues) {
        const counts = await withinTimeout(queue.getJobCounts(...JOB_STATES));
        if (counts) for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    }
  },
});

gauge({
  name: 'marquee_queue_oldest_waiting_seconds',
  help: 'How long the oldest job waiting in each queue has been due (0 when none waits).',
  labelNames: ['queue'],
  async collect() {
    this.reset();
    for (const source of sources) {
      for (const queue of source.queues) {
        // Ascending: the oldest waiting job first.
        const oldest = await withinTimeout(queue.getJobs(['wait'], 0, 0, true));
        if (!oldest) continue;
        const job = oldest[0];
        const dueAt = job ? job.timestamp + (job.delay ?? 0) : Date.now();
        this.set({ queue: queue.name }, Math.max(0, (Date.now() - dueAt) / 1000));
      }
    }
  },
});

gauge({
  name: 'marquee_outbox_lag_seconds',
  help: 'Age of the oldest event the webhook relay has not fanned out yet (0 when none waits).',
  async collect() {
    this.reset();
    for (const source of sources) {
      const lag = await withinTimeout(outboxLagSeconds(source.sql, jobAcrossTenants));
      if (lag !== undefined) this.set(lag);
    }
  },
});

gauge({
  name: 'marquee_db_connections',
  help: "Marquee's connections to its database as PostgreSQL sees them (every process), by application name and state.",
  labelNames: ['application', 'state'],
  async collect() {
    this.reset();
    for (const source of sources) {
      const rows = await withinTimeout(databaseConnections(source.sql));
      for (const row of rows ?? []) this.set({ application: row.application, state: row.state }, row.count);
    }
  },
});

gauge({
  name: 'marquee_db_pool_max',
  help: 'Connections each pool of this process may open.',
  labelNames: ['pool'],
  collect() {
    this.reset();
    for (const source of sources) for (const pool of source.pools) this.set({ pool: pool.name }, pool.max);
  },
});
