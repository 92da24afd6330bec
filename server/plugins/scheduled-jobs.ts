import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startScheduledJobs, type ScheduledJobsOptions } from '../jobs/scheduled-jobs.ts';

/**
 * Runs the BullMQ job schedulers and their worker alongside the API once Redis answers, and stops
 * them on close. Without Redis nothing is started (BullMQ would only retry in the background);
 * the API serves on, and reads treat lapsed holds as free anyway.
 */
export default fp(
  async function scheduledJobs(app: FastifyInstance, options: ScheduledJobsOptions) {
    let jobs: ReturnType<typeof startScheduledJobs> | undefined;
    const start = () => {
      jobs ??= startScheduledJobs(
        { db: app.db, log: app.log, queueConnection: app.redis, workerConnection: app.workerRedis(), wakeRelay: () => app.relayWaker.wake() },
        options,
      );
    };
    if (app.redis.status === 'ready') start();
    else app.redis.once('ready', start);
    app.addHook('onClose', async () => {
      app.redis.off('ready', start);
      await jobs?.close();
    });
  },
  { name: 'scheduled-jobs', dependencies: ['database', 'redis', 'outbox'] },
);
