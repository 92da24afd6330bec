import type postgres from 'postgres';
import { findSeatMapHead, listSeatMapSeats } from '../db/queries/seat-map.ts';
import { notFound } from './errors.ts';
import { FreshCache } from './fresh-cache.ts';
import { seatMapEtag, toSeatMap, type SeatMapBody } from './seat-map.ts';

/** A seat map as it goes on the wire: the serialized bytes and their ETag. */
export interface CachedSeatMap {
  etag: string;
  body: Buffer;
}

export interface SeatMapCacheOptions {
  /** The oldest a served map may be (`SEAT_MAP_FRESHNESS_MS`). */
  freshnessMs: number;
  /** Maps kept, and separately as many ids answered 404 (`SEAT_MAP_CACHE_MAX_ENTRIES`). */
  maxEntries: number;
}

/** The serializer of the route's 200 response, so cached bytes are exactly what Fastify would send. */
export type SerializeSeatMap = (map: SeatMapBody) => string;

/** Thrown inside a load only: each caller gets a 404 of its own. */
class ShowtimeNotPublic extends Error {}

/**
 * Seat maps at opening-night load: each process serves a showtime's map from memory for at most
 * `freshnessMs` after the read that produced it started, so a hold or booking that committed
 * earlier is always shown. Nothing is written for this: no counter or version row that every hold
 * would have to bump (which would serialize the write path); each process simply reads again.
 *
 * A stale map is revalidated with the head statement alone: when its ETag has not moved, the bytes
 * are kept and the seats are neither read nor serialized again. Ids that answer 404 are kept
 * apart, in a cache of their own size, so a flood of unknown ids can neither evict the maps
 * people are looking at nor reach the database more than once per id and bound.
 */
export class SeatMapCache {
  readonly #sql: postgres.Sql;
  readonly #maps: FreshCache<string, CachedSeatMap>;
  readonly #missing: FreshCache<string, true>;

  /** `sql`: a pool of the cache's own, so a refresh never queues behind sales for a connection. */
  constructor(sql: postgres.Sql, options: SeatMapCacheOptions) {
    this.#sql = sql;
    this.#maps = new FreshCache(options);
    this.#missing = new FreshCache(options);
  }

  /** Maps and remembered 404s held now, for tests and metrics. */
  get size(): { maps: number; missing: number } {
    return { maps: this.#maps.size, missing: this.#missing.size };
  }

  /** The map while it is fresh, else undefined (then `read`): never touches the database. */
  fresh(showtimeId: string): CachedSeatMap | undefined {
    return this.#maps.peek(showtimeId);
  }

  /** The map of a showtime at a live theatre, or a 404 problem. */
  async read(showtimeId: string, serialize: SerializeSeatMap): Promise<CachedSeatMap> {
    if (this.#missing.peek(showtimeId)) throw notFound('showtime', showtimeId);
    try {
      return await this.#maps.get(showtimeId, (previous, startedAt) => this.#load(showtimeId, previous, startedAt, serialize));
    } catch (error) {
      if (error instanceof ShowtimeNotPublic) throw notFound('showtime', showtimeId);
      throw error;
    }
  }

  /** The head first and the seats after it, so the bytes are never older than their ETag. */
  async #load(showtimeId: string, previous: CachedSeatMap | undefined, startedAt: number, serialize: SerializeSeatMap): Promise<CachedSeatMap> {
    const head = await findSeatMapHead(this.#sql, showtimeId);
    if (!head) {
      this.#maps.delete(showtimeId);
      this.#missing.set(showtimeId, true, startedAt);
      throw new ShowtimeNotPublic();
    }
    this.#missing.delete(showtimeId);
    const etag = seatMapEtag(head);
    if (previous?.etag === etag) return previous;
    const seats = await listSeatMapSeats(this.#sql, showtimeId);
    return { etag, body: Buffer.from(serialize(toSeatMap(head, seats))) };
  }
}
