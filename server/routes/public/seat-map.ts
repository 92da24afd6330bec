import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { CachedSeatMap } from '../../domain/seat-map-cache.ts';
import { noneMatchHits, SEAT_MAP_MAX_AGE_SECONDS, type SeatMapBody } from '../../domain/seat-map.ts';
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

/** The public seat map: no credentials, live theatres only, served from this process's seat-map cache. */
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
    handler(request, reply) {
      const send = (map: CachedSeatMap): void => {
        reply.header('etag', map.etag).header('cache-control', cacheControl);
        if (noneMatchHits(request.headers['if-none-match'], map.etag)) {
          reply.code(304).send(null);
          return;
        }
        // Bytes with a content type are sent as they are: no serialization per read (the type
        // provider only knows the schema's object shape, hence the cast).
        reply.header('content-type', 'application/json; charset=utf-8').send(map.body as never);
      };
      // Most reads at load find a fresh map: answered synchronously, without a promise.
      const fresh = app.seatMaps.fresh(request.params.showtimeId);
      if (fresh) return send(fresh);
      // The route's own 200 serializer: the cached bytes are exactly what Fastify would have sent.
      const serialize = reply.getSerializationFunction('200') as (map: SeatMapBody) => string;
      return app.seatMaps.read(request.params.showtimeId, serialize).then(send);
    },
  });
};

export default seatMapRoutes;
