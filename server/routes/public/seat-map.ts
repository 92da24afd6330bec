import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { getSeatMap, SEAT_MAP_MAX_AGE_SECONDS } from '../../domain/seat-map.ts';
import { SeatMap } from '../../schemas/seat-map.ts';
import { problemResponses } from '../responses.ts';

const Id = Type.String({ minLength: 1, maxLength: 64 });

/**
 * Declared so the contract shows it; never constrained: a browser or a proxy sends it on its own,
 * and a header it made up must not cause a 400 (an unknown tag simply never matches).
 */
const ConditionalHeaders = Type.Object({ 'if-none-match': Type.Optional(Type.String()) });

/** Declared in the contract: what every map (and every 304) carries. */
const cacheHeaders = { ETag: Type.String(), 'Cache-Control': Type.String() };

const cacheControl = `public, max-age=${SEAT_MAP_MAX_AGE_SECONDS}`;

/** The public seat map: no credentials, live theatres only, cheap to revalidate. */
const seatMapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/showtimes/:showtimeId/seat-map', {
    schema: {
      security: [],
      operationId: 'getSeatMap',
      tags: ['Catalogue'],
      summary: 'Get the seat map of a showtime, with availability and prices',
      params: Type.Object({ showtimeId: Id }, { additionalProperties: false }),
      headers: ConditionalHeaders,
      response: {
        200: { ...Type.Ref(SeatMap), headers: cacheHeaders },
        304: Type.Null({ description: 'Not modified: the map with the `If-None-Match` ETag is current.', headers: cacheHeaders }),
        ...problemResponses(400, 404),
      },
    },
    handler: async (request, reply) => {
      const read = await getSeatMap(app.db, request.params.showtimeId, request.headers['if-none-match']);
      reply.header('etag', read.etag).header('cache-control', cacheControl);
      if (read.notModified) return reply.code(304).send(null);
      return read.map;
    },
  });
};

export default seatMapRoutes;
