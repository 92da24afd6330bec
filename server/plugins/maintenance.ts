import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pruneIdempotencyRecords } from '../domain/idempotency.ts';

/**
 * Periodic clean-up run by every API process. Each job is a single idempotent statement, so
 * several processes running it at once only repeat harmless work.
 */
export default fp(
  async function maintenance(app: FastifyInstance, options: { intervalMs: number }) {
    const timer = setInterval(() => {
      pruneIdempotencyRecords(app.db).then(
        (pruned) => pruned > 0 && app.log.info({ pruned }, 'idempotency keys past their 24 h retention removed'),
        (err: unknown) => app.log.warn({ err }, 'idempotency key clean-up failed; it runs again later'),
      );
    }, options.intervalMs);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  },
  { name: 'maintenance', dependencies: ['database'] },
);
