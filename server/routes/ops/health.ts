import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as operations from '../../schemas/generated/operations.ts';

/** Liveness says the process answers; readiness says whether it can serve (the database is up). */
const opsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Both answer while the process sheds load: busy is neither dead nor unready.
  app.get('/healthz', {
    schema: { ...operations.getHealth, security: [] },
    config: { answersUnderPressure: true },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: { ...operations.getReadiness, security: [] },
    config: { answersUnderPressure: true },
    handler: async (_request, reply) => {
      const [database, redis] = await Promise.all([app.isDatabaseReachable(), app.isRedisReachable()]);
      reply.code(database ? 200 : 503);
      return {
        status: database ? ('ready' as const) : ('not_ready' as const),
        checks: { database: database ? ('up' as const) : ('down' as const), redis: redis ? ('up' as const) : ('down' as const) },
      };
    },
  });
};

export default opsRoutes;
