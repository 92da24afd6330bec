import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import * as showtimes from '../../domain/showtimes.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import * as operations from '../../schemas/generated/operations.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const location = (id: string) => `/v1/partner/showtimes/${id}`;

/** A theatre partner's showtimes: their seats are created with them; overlaps are refused by the database. */
const showtimeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres/:theatreId/showtimes', {
    config: { ...inventoryWrite.config, idempotent: true },
    schema: { ...operations.createShowtime, security: inventoryWrite.security },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const showtime = await showtimes.createShowtime(partnerWriter(request, tx, audit), request.params.theatreId, request.body);
        reply.header('location', location(showtime.id));
        return withEtag(reply, showtime);
      }),
  });

  app.get('/partner/theatres/:theatreId/showtimes', {
    config: inventoryRead.config,
    schema: { ...operations.listPartnerShowtimes, security: inventoryRead.security },
    handler: (request) =>
      showtimes.listShowtimes(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        theatreId: request.params.theatreId,
      }),
  });

  app.get('/partner/showtimes/:showtimeId', {
    config: inventoryRead.config,
    schema: { ...operations.getPartnerShowtime, security: inventoryRead.security },
    handler: async (request, reply) =>
      withEtag(reply, await showtimes.getShowtime(app.db, partnerScopeOfRequest(request), request.params.showtimeId)),
  });

  app.patch('/partner/showtimes/:showtimeId', {
    config: inventoryWrite.config,
    schema: { ...operations.updateShowtime, security: inventoryWrite.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await showtimes.updateShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.body, request.headers['if-match'])),
      ),
  });

  app.put('/partner/theatres/:theatreId/showtimes/by-ref/:externalRef', {
    config: inventoryWrite.config,
    schema: { ...operations.upsertShowtime, security: inventoryWrite.security },
    handler: (request, reply) => {
      let created = false;
      return reply.commitMutation(
        () => (created ? 201 : 200),
        async (tx, audit) => {
          const result = await showtimes.upsertShowtime(
            partnerWriter(request, tx, audit),
            request.params.theatreId,
            request.params.externalRef,
            request.body,
            request.headers['if-match'],
          );
          created = result.created;
          if (created) reply.header('location', location(result.showtime.id));
          return withEtag(reply, result.showtime);
        },
      );
    },
  });

  app.post('/partner/showtimes/:showtimeId/cancel', {
    config: { ...inventoryWrite.config, idempotent: true },
    schema: { ...operations.cancelShowtime, security: inventoryWrite.security },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await showtimes.cancelShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.headers['if-match'])),
      ),
  });

  app.delete('/partner/showtimes/:showtimeId', {
    config: inventoryWrite.config,
    schema: { ...operations.deleteShowtime, security: inventoryWrite.security },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await showtimes.deleteShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.headers['if-match']);
        return null;
      }),
  });
};

export default showtimeRoutes;
