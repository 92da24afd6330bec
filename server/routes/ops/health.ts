import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Health, Readiness } from '../../schemas/ops.ts';

/** Liveness says the process answers; readiness says whether it can serve (the database is up). */
const opsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', {
    schema: {
      security: [],
      operationId: 'getHealth',
      tags: ['Operations'],
      summary: 'Liveness',
      response: { 200: Type.Ref(Health) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  app.get('/readyz', {
    schema: {
      security: [],
      operationId: 'getReadiness',
      tags: ['Operations'],
      summary: 'Readiness: the database answers; Redis state is reported but does not decide',
      response: { 200: Type.Ref(Readiness), 503: Type.Ref(Readiness) },
    },
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
