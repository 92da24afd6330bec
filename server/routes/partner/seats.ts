import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as allocation from '../../domain/seat-allocation.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryRead as readAccess, inventoryWrite as writeAccess, partnerWriter } from './inventory-access.ts';

/** The seat inventory of a theatre partner's showtimes: read it, block seats, release them. */
const seatRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner/showtimes/:showtimeId/seats', {
    config: readAccess.config,
    schema: { ...operations.getShowtimeSeats, security: readAccess.security },
    handler: (request) => allocation.getSeatInventory(app.db, partnerScopeOfRequest(request), request.params.showtimeId),
  });

  app.post('/partner/showtimes/:showtimeId/seats/block', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.blockSeats, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) =>
        allocation.blockSeats(partnerWriter(request, tx, audit), request.params.showtimeId, request.body),
      ),
  });

  app.post('/partner/showtimes/:showtimeId/seats/release', {
    config: { ...writeAccess.config, idempotent: true },
    schema: { ...operations.releaseSeats, security: writeAccess.security },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) =>
        allocation.releaseSeats(partnerWriter(request, tx, audit), request.params.showtimeId, request.body),
      ),
  });
};

export default seatRoutes;
