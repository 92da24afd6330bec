import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { SeatMapCache, type SeatMapCacheOptions } from '../domain/seat-map-cache.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** This process's seat maps, each at most `SEAT_MAP_FRESHNESS_MS` old. */
    seatMaps: SeatMapCache;
  }
}

export default fp(
  async function seatMapCache(app: FastifyInstance, options: SeatMapCacheOptions) {
    app.decorate('seatMaps', new SeatMapCache(app.readSql, options));
  },
  { name: 'seat-map-cache', dependencies: ['database'] },
);
