import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { syncSchedule } from '../../domain/schedule-sync/sync.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryWrite, partnerWriter } from './inventory-access.ts';

/** A theatre's whole schedule in one call, diffed and applied in one transaction: what a POS sync drives. */
const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put('/partner/theatres/:theatreId/schedule', {
    config: { ...inventoryWrite.config, idempotent: true },
    schema: { ...operations.syncSchedule, security: inventoryWrite.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => syncSchedule(partnerWriter(request, tx, audit), request.params.theatreId, request.body)),
  });
};

export default scheduleRoutes;
