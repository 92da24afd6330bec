import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as allocation from '../../domain/seat-allocation.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders } from '../../schemas/common.ts';
import { PartnerSeatInventory, SeatAllocation, SeatBlockIn, SeatReleaseIn } from '../../schemas/seats.ts';
import { problemResponses } from '../responses.ts';
import { inventoryRead as readAccess, inventoryWrite as writeAccess, partnerWriter } from './inventory-access.ts';

const tags = ['Partner: seat inventory'];
const ShowtimeParams = Type.Object({ showtimeId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });

/** The seat inventory of a theatre partner's showtimes: read it, block seats, release them. */
const seatRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/partner/showtimes/:showtimeId/seats', {
    config: readAccess.config,
    schema: {
      operationId: 'getShowtimeSeats',
      tags,
      summary: "Get a showtime's seat inventory",
      security: readAccess.security,
      params: ShowtimeParams,
      response: { 200: Type.Ref(PartnerSeatInventory), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) => allocation.getSeatInventory(app.db, partnerScopeOfRequest(request), request.params.showtimeId),
  });

  app.post('/partner/showtimes/:showtimeId/seats/block', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'blockSeats',
      tags,
      summary: 'Block seats of a showtime (kept back or sold at the counter)',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: ShowtimeParams,
      body: Type.Ref(SeatBlockIn),
      response: { 200: Type.Ref(SeatAllocation), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) =>
        allocation.blockSeats(partnerWriter(request, tx, audit), request.params.showtimeId, request.body),
      ),
  });

  app.post('/partner/showtimes/:showtimeId/seats/release', {
    config: { ...writeAccess.config, idempotent: true },
    schema: {
      operationId: 'releaseSeats',
      tags,
      summary: 'Release blocked seats of a showtime',
      security: writeAccess.security,
      headers: IdempotencyHeaders,
      params: ShowtimeParams,
      body: Type.Ref(SeatReleaseIn),
      response: { 200: Type.Ref(SeatAllocation), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, (tx, audit) =>
        allocation.releaseSeats(partnerWriter(request, tx, audit), request.params.showtimeId, request.body),
      ),
  });
};

export default seatRoutes;
