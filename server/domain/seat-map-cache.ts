import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import type postgres from 'postgres';
import { findSeatMapHead, listSeatMapSeats } from '../db/queries/seat-map.ts';
import { notFound } from './errors.ts';
import { seatMapEtag, toSeatMap, type SeatMapBody } from './seat-map.ts';

/** A seat map as it goes on the wire: the serialized bytes and their ETag. */
export interface CachedSeatMap {
  etag: string;
  body: Buffer;
}

export interface SeatMapCacheOptions {
  /** The oldest a served map may be (`SEAT_MAP_FRESHNESS_MS`). */
  freshnessMs: number;
  /** Maps kept, and separately as many ids answered `not_found` (`SEAT_MAP_CACHE_MAX_ENTRIES`). */
  maxEntries: number;
}

/** The serializer of the route's 200 response, so cached bytes are exactly what Fastify would send. */
export type SerializeSeatMap = (map: SeatMapBody) => string;

/** A map and the instant (monotonic clock) the read that produced it started: what its age counts from. */
interface LoadedSeatMap extends CachedSeatMap {
  readStartedAt: number;
}

/** Thrown inside a load only: each caller gets a `not_found` of its own. */
class ShowtimeNotPublic extends Error {
  constructor(readonly readStartedAt: number) {
    super('the showtime is not public');
  }
}

/**
 * Seat maps at opening-night load: each process serves a showtime's map from memory for at most
 * `freshnessMs` after the read that produced it started, so a hold or booking that committed
 * earlier is always shown. Nothing is written for this: no counter or version row that every hold
 * would have to bump (which would serialize the write path); each process simply reads again.
 *
 * Both caches are lru-cache's, the bound its `ttl`, counted from when the read *started* and
 * checked against the monotonic clock on every access (`ttlResolution: 0`). Concurrent misses
 * for one showtime share one read (`fetch`). A stale map stays until evicted and is revalidated
 * with the head statement alone: when its ETag has not moved, the bytes are kept and the seats are
 * neither read nor serialized again. A bound of 0 is "no ttl" to lru-cache, so then no map or `not_found`
 * is served without a read that started after the request.
 *
 * Ids that answer `not_found` are kept apart, in a cache of their own size, and a read in flight takes no
 * room among the maps: a flood of unknown ids can neither evict the maps people are looking at nor
 * reach the database more than once per id and bound.
 */
export class SeatMapCache {
  readonly #sql: postgres.Sql;
  readonly #freshnessMs: number;
  readonly #maps: LRUCache<string, LoadedSeatMap, SerializeSeatMap>;
  /** Absent at a bound of 0: a remembered `not_found` would be one served without a read. */
  readonly #missing: LRUCache<string, true> | undefined;

  /** `sql`: a pool of the cache's own, so a refresh never queues behind sales for a connection. */
  constructor(sql: postgres.Sql, options: SeatMapCacheOptions) {
    this.#sql = sql;
    this.#freshnessMs = options.freshnessMs;
    const bound = { ttl: options.freshnessMs, ttlResolution: 0, perf: performance };
    this.#maps = new LRUCache({
      ...bound,
      // Counted by size, a read in flight weighing nothing: it never pushes a map out.
      maxSize: options.maxEntries,
      sizeCalculation: () => 1,
      backgroundFetchSize: 0,
      noDeleteOnStaleGet: true,
      // A read evicted while in flight still answers the requests waiting on it.
      ignoreFetchAbort: true,
      fetchMethod: (showtimeId, previous, { options: storing, context: serialize }) => {
        const readStartedAt = performance.now();
        // Read by lru-cache when it stores the result: the map's age counts from here, not from its arrival.
        Object.assign(storing, { start: readStartedAt });
        return this.#load(showtimeId, previous, readStartedAt, serialize);
      },
    });
    this.#missing = options.freshnessMs > 0 ? new LRUCache({ ...bound, max: options.maxEntries }) : undefined;
  }

  /** Maps and remembered `not_found`s held now, for tests and metrics. */
  get size(): { maps: number; missing: number } {
    return { maps: this.#maps.size, missing: this.#missing?.size ?? 0 };
  }

  /** The map while it is fresh, else undefined (then `read`): never touches the database. */
  fresh(showtimeId: string): CachedSeatMap | undefined {
    return this.#freshnessMs > 0 ? this.#maps.get(showtimeId) : undefined;
  }

  /** The map of a showtime at a live theatre, or `not_found`. */
  async read(showtimeId: string, serialize: SerializeSeatMap): Promise<CachedSeatMap> {
    // lru-cache lets a request join whatever read is in flight; one that started more than the bound
    // before this request may miss a write that this request must show. Its answer is refused and
    // the next one taken: it comes from a read that started after that one ended, so at most twice.
    const oldestAccepted = performance.now() - this.#freshnessMs;
    if (this.#missing?.get(showtimeId)) throw notFound('showtime', showtimeId);
    for (;;) {
      try {
        const map = await this.#maps.fetch(showtimeId, { context: serialize, forceRefresh: this.#freshnessMs === 0 });
        if (map !== undefined && map.readStartedAt >= oldestAccepted) return map;
      } catch (error) {
        if (!(error instanceof ShowtimeNotPublic)) throw error;
        if (error.readStartedAt >= oldestAccepted) throw notFound('showtime', showtimeId);
      }
    }
  }

  /** The head first and the seats after it, so the bytes are never older than their ETag. */
  async #load(showtimeId: string, previous: LoadedSeatMap | undefined, readStartedAt: number, serialize: SerializeSeatMap): Promise<LoadedSeatMap> {
    const head = await findSeatMapHead(this.#sql, showtimeId);
    if (!head) {
      // The rejection drops the map (if any) from the cache; the `not_found` is remembered apart.
      this.#missing?.set(showtimeId, true, { start: readStartedAt });
      throw new ShowtimeNotPublic(readStartedAt);
    }
    this.#missing?.delete(showtimeId);
    const etag = seatMapEtag(head);
    if (previous?.etag === etag) return { ...previous, readStartedAt };
    const seats = await listSeatMapSeats(this.#sql, showtimeId);
    return { etag, body: Buffer.from(serialize(toSeatMap(head, seats))), readStartedAt };
  }
}
