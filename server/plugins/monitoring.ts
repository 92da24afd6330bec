import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Queue, type ConnectionOptions } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '../domain/errors.ts';
import { watchOnScrape } from '../observability/scrape-gauges.ts';
import { adminOnly } from '../routes/access.ts';
import { outageWarnings } from '../outage-warnings.ts';
import { prepareProblem } from './problems.ts';

/** Where the queue dashboard is served, on the API port (outside `/v1` and the contract). */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export interface MonitoringOptions {
  /** The queues' key prefix in Redis. */
  prefix: string;
  /** The queues to report and show, by name. */
  queueNames: string[];
  /** This process's connection pools, reported as `marquee_db_pool_max`. */
  pools: { name: string; max: number }[];
  /** Serve the bull-board dashboard at QUEUE_DASHBOARD_PATH, for the admin key only. */
  dashboard: boolean;
}

/**
 * What an operator watches that no request asks for: the scrape-time gauges (queues, outbox,
 * database) read this process's database pool and handles on Marquee's queues, whether or not
 * the relay, worker or job schedulers run here; and the queue dashboard. The metrics themselves
 * are served by the entry point on METRICS_PORT (`observability/metrics-server.ts`).
 */
export default fp(
  async function monitoring(app: FastifyInstance, options: MonitoringOptions) {
    const warn = outageWarnings(app.log);
    const queues = options.queueNames.map((name) => {
      const queue = new Queue(name, { connection: app.redis as ConnectionOptions, prefix: options.prefix });
      queue.on('error', (error) => warn('queue metrics unavailable: Redis unavailable', error));
      return queue;
    });
    const unwatch = watchOnScrape({ sql: app.sql, queues, pools: options.pools });
    app.addHook('onClose', async () => {
      unwatch();
      await Promise.race([Promise.allSettled(queues.map((queue) => queue.close())), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
    });
    if (options.dashboard) await registerQueueDashboard(app, queues);
  },
  { name: 'monitoring', dependencies: ['database', 'redis', 'principal', 'problems'] },
);

/**
 * bull-board, read-only: what is delivered is the database's to say (a job removed or retried by
 * hand changes nothing there; the relay re-adds what it finds lost). Its routes hide from the
 * OpenAPI document, and the admin key is checked before any of them runs. bull-board answers its
 * own errors, so a refusal is sent as a problem here rather than thrown to its handler.
 */
async function registerQueueDashboard(app: FastifyInstance, queues: Queue[]) {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_DASHBOARD_PATH);
  // @bull-board/fastify 9.10.1 pins its own @bull-board/api 9.10.1 beside our 9.10.2: the same
  // interface in two declarations, which tsc tells apart by a private field.
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })), serverAdapter: serverAdapter as never });
  const checkAdmin = app.accessCheck(adminOnly.config.access);
  await app.register(async (dashboard) => {
    dashboard.addHook('onRequest', async (request, reply) => {
      try {
        await checkAdmin(request);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        return reply.send(prepareProblem(reply, error));
      }
    });
    await dashboard.register(serverAdapter.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}
