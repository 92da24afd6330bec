import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import * as showtimes from '../../domain/showtimes.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { IdempotencyHeaders, IfMatchHeaders, LocalDate, PaginationQuery } from '../../schemas/common.ts';
import { StringEnum } from '../../schemas/enum.ts';
import { PartnerShowtime, PartnerShowtimeList, ShowtimeIn, ShowtimePatch, ShowtimeUpsert } from '../../schemas/showtimes.ts';
import { ExternalRef } from '../../schemas/theatres.ts';
import { problemResponses } from '../responses.ts';
import { inventoryRead, inventoryWrite, partnerWriter, withEtag } from './inventory-access.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const TheatreParams = Type.Object({ theatreId: Id }, { additionalProperties: false });
const ShowtimeParams = Type.Object({ showtimeId: Id }, { additionalProperties: false });
const tags = ['Partner: showtimes'];
const location = (id: string) => `/v1/partner/showtimes/${id}`;

/** A theatre partner's showtimes: their seats are created with them; overlaps are refused by the database. */
const showtimeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post('/partner/theatres/:theatreId/showtimes', {
    config: { ...inventoryWrite.config, idempotent: true },
    schema: {
      operationId: 'createShowtime',
      tags,
      summary: 'Schedule a showtime (its seat inventory comes with it)',
      security: inventoryWrite.security,
      headers: IdempotencyHeaders,
      params: TheatreParams,
      body: Type.Ref(ShowtimeIn),
      response: { 201: Type.Ref(PartnerShowtime), ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(201, async (tx, audit) => {
        const showtime = await showtimes.createShowtime(partnerWriter(request, tx, audit), request.params.theatreId, request.body);
        reply.header('location', location(showtime.id));
        return withEtag(reply, showtime);
      }),
  });

  app.get('/partner/theatres/:theatreId/showtimes', {
    config: inventoryRead.config,
    schema: {
      operationId: 'listPartnerShowtimes',
      tags,
      summary: "List a theatre's showtimes by start",
      security: inventoryRead.security,
      params: TheatreParams,
      querystring: Type.Object(
        { from: Type.Optional(LocalDate), to: Type.Optional(LocalDate), status: Type.Optional(StringEnum(['scheduled', 'cancelled'])), ...PaginationQuery },
        { additionalProperties: false },
      ),
      response: { 200: Type.Ref(PartnerShowtimeList), ...problemResponses(400, 401, 403, 404) },
    },
    handler: (request) =>
      showtimes.listShowtimes(app.db, partnerScopeOfRequest(request), {
        ...request.query,
        limit: request.query.limit ?? 20,
        theatreId: request.params.theatreId,
      }),
  });

  app.get('/partner/showtimes/:showtimeId', {
    config: inventoryRead.config,
    schema: {
      operationId: 'getPartnerShowtime',
      tags,
      summary: 'Get one of your showtimes',
      security: inventoryRead.security,
      params: ShowtimeParams,
      response: { 200: Type.Ref(PartnerShowtime), ...problemResponses(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      withEtag(reply, await showtimes.getShowtime(app.db, partnerScopeOfRequest(request), request.params.showtimeId)),
  });

  app.patch('/partner/showtimes/:showtimeId', {
    config: inventoryWrite.config,
    schema: {
      operationId: 'updateShowtime',
      tags,
      summary: 'Move a showtime or change its language, format or prices',
      security: inventoryWrite.security,
      headers: IfMatchHeaders,
      params: ShowtimeParams,
      body: Type.Ref(ShowtimePatch),
      response: { 200: Type.Ref(PartnerShowtime), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await showtimes.updateShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.body, request.headers['if-match'])),
      ),
  });

  app.put('/partner/theatres/:theatreId/showtimes/by-ref/:externalRef', {
    config: inventoryWrite.config,
    schema: {
      operationId: 'upsertShowtime',
      tags,
      summary: 'Create or update a showtime by your own reference',
      security: inventoryWrite.security,
      headers: IfMatchHeaders,
      params: Type.Object({ theatreId: Id, externalRef: ExternalRef }, { additionalProperties: false }),
      body: Type.Ref(ShowtimeUpsert),
      response: { 200: Type.Ref(PartnerShowtime), 201: Type.Ref(PartnerShowtime), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
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
    schema: {
      operationId: 'cancelShowtime',
      tags,
      summary: 'Cancel a showtime (no seat can be sold from the first statement on)',
      security: inventoryWrite.security,
      headers: Type.Object({ ...IdempotencyHeaders.properties, ...IfMatchHeaders.properties }),
      params: ShowtimeParams,
      response: { 200: Type.Ref(PartnerShowtime), ...problemResponses(400, 401, 403, 404, 409, 412, 422) },
    },
    handler: (request, reply) =>
      reply.commitMutation(200, async (tx, audit) =>
        withEtag(reply, await showtimes.cancelShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.headers['if-match'])),
      ),
  });

  app.delete('/partner/showtimes/:showtimeId', {
    config: inventoryWrite.config,
    schema: {
      operationId: 'deleteShowtime',
      tags,
      summary: 'Delete a showtime that never sold a seat',
      security: inventoryWrite.security,
      headers: IfMatchHeaders,
      params: ShowtimeParams,
      response: { 204: Type.Null({ description: 'Deleted.' }), ...problemResponses(400, 401, 403, 404, 409, 412) },
    },
    handler: (request, reply) =>
      reply.commitMutation(204, async (tx, audit) => {
        await showtimes.deleteShowtime(partnerWriter(request, tx, audit), request.params.showtimeId, request.headers['if-match']);
        return null;
      }),
  });
};

export default showtimeRoutes;
