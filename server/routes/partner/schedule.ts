import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { syncSchedule } from '../../domain/schedule-sync/sync.ts';
import { IdempotencyHeaders } from '../../schemas/common.ts';
import { ScheduleIn, ScheduleSyncResult } from '../../schemas/schedule.ts';
import { problemResponses } from '../responses.ts';
import { inventoryWrite, partnerWriter } from './inventory-access.ts';

const TheatreParams = Type.Object({ theatreId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

/** A theatre's whole schedule in one call, diffed and applied in one transaction: what a POS sync drives. */
const scheduleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.put('/partner/theatres/:theatreId/schedule', {
    config: { ...inventoryWrite.config, idempotent: true },
    schema: {
      operationId: 'syncSchedule',
      tags: ['Partner: schedule sync'],
      summary: "Sync a theatre's schedule from your POS",
      security: inventoryWrite.security,
      headers: IdempotencyHeaders,
      params: TheatreParams,
      body: Type.Ref(ScheduleIn),
      response: { 200: Type.Ref(ScheduleSyncResult), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) => syncSchedule(partnerWriter(request, tx, audit), request.params.theatreId, request.body)),
  });
};

export default scheduleRoutes;
