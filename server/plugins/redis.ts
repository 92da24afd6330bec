import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
    isRedisReachable(): Promise<boolean>;
  }
}

/**
 * Redis carries webhook delivery only; the API keeps booking seats without it (the outbox holds the
 * events). So the connection never blocks a request: commands fail fast while it is down, and it
 * reconnects in the background with a capped backoff.
 */
export default fp(
  async function redis(app: FastifyInstance, options: { url: string }) {
    const client = new Redis(options.url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      retryStrategy: (attempt) => Math.min(attempt * 500, 5000),
    });
    let lastErrorLogged = 0;
    client.on('error', (error: Error) => {
      // A down Redis emits an error per reconnect attempt; one line a minute is enough to notice.
      if (Date.now() - lastErrorLogged > 60_000) {
        lastErrorLogged = Date.now();
        app.log.warn({ err: { message: error.message } }, 'redis unavailable; webhooks wait in the outbox');
      }
    });
    client.connect().catch(() => undefined);
    app.decorate('redis', client);
    app.decorate('isRedisReachable', async () => {
      if (client.status !== 'ready') return false;
      try {
        return (await client.ping()) === 'PONG';
      } catch {
        return false;
      }
    });
    app.addHook('onClose', async () => {
      client.disconnect();
    });
  },
  { name: 'redis' },
);
