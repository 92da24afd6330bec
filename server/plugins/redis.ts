import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { outageWarnings } from '../outage-warnings.ts';
import { failFastRedis, waitingRedis } from '../redis-connections.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * `marquee-api`, the process's fail-fast connection: the readiness probe, the job schedulers'
     * queue and, when the pipeline runs here, the webhook relay's queue.
     */
    redis: Redis;
    /** `marquee-workers`, opened on first use: the waiting connection this process's BullMQ workers share. */
    workerRedis(): Redis;
    isRedisReachable(): Promise<boolean>;
  }
}

/**
 * Redis carries webhook delivery and job schedules only; the API keeps booking seats without it
 * (the outbox holds the events). So no request ever waits on it: commands fail fast while it is
 * down, and the connections reconnect in the background.
 */
export default fp(
  async function redis(app: FastifyInstance, options: { url: string }) {
    const warn = outageWarnings(app.log);
    const client = failFastRedis(options.url, { name: 'marquee-api', whileDown: 'redis unavailable; webhooks wait in the outbox', warn });
    let workers: Redis | undefined;
    app.decorate('redis', client);
    app.decorate('workerRedis', () => {
      workers ??= waitingRedis(options.url, { name: 'marquee-workers', whileDown: 'redis unavailable; scheduled jobs and webhook deliveries wait', warn });
      return workers;
    });
    app.decorate('isRedisReachable', async () => {
      if (client.status !== 'ready') return false;
      try {
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      }
    });
    // Closed after the plugins that use them (onClose hooks run last-registered first).
    app.addHook('onClose', async () => {
      client.disconnect();
      workers?.disconnect();
    });
  },
  { name: 'redis' },
);
