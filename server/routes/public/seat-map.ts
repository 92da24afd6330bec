import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { CachedSeatMap } from '../../domain/seat-map-cache.ts';
import { noneMatchHits, SEAT_MAP_MAX_AGE_SECONDS, type SeatMapBody } from '../../domain/seat-map.ts';
import * as operations from '../../schemas/generated/operations.ts';

const cacheControl = `public, max-age=${SEAT_MAP_MAX_AGE_SECONDS}`;

/** The public seat map: no credentials, live theatres only, served from this process's seat-map cache. */
const seatMapRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/showtimes/:showtimeId/seat-map', {
    schema: { ...operations.getSeatMap, security: [] },
    handler(request, reply) {
      const send = (map: CachedSeatMap): void => {
        reply.header('etag', map.etag).header('cache-control', cacheControl);
        if (noneMatchHits(request.headers['if-none-match'], map.etag)) {
          // No content at all (RFC 9110 §15.4.5): `send(null)` would write `null` as JSON. The
          // type provider knows only the 200's shape, hence the cast.
          reply.code(304).send(undefined as never);
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
