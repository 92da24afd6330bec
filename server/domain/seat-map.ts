import { createHash } from 'node:crypto';
import type * as queries from '../db/queries/seat-map.ts';
import { toLocalRfc3339 } from './local-time.ts';

/**
 * How long a client or shared cache may reuse a seat map without asking again. A seat taken
 * meanwhile may show as available for that long; choosing it then fails at the hold, which the
 * database decides, so staleness costs a retry, never a double sale.
 */
export const SEAT_MAP_MAX_AGE_SECONDS = 2;

/** Part of every ETag: bump it when the map's shape changes, so no cache serves the old shape. */
const REPRESENTATION = 'seat-map.1';

/**
 * The ETag of a seat map, from state the head statement reads without touching the seats' places.
 * It changes whenever the body can:
 * - the showtime's version moves with its times, prices and cancellation (its seats never bump it);
 * - the theatre's version with its time zone (`startsAtLocal`);
 * - the SUM of the seat rows' versions with every seat write: versions only grow, so any write
 *   raises the sum (a max would miss a write to any seat but the highest);
 * - the sum of the `held_until`s when a hold is extended (which moves them without a version);
 * - the count of still-`held` seats whose hold has run out with each expiry, the one change that
 *   needs no write. With no write, the held seats and their expiries are fixed, so that count
 *   alone says which of them have lapsed, and it only grows: an ETag seen once means nothing
 *   changed since.
 * Hashed, so the tag tells nobody how many seats were written or how many holds lapsed.
 */
export function seatMapEtag(head: queries.SeatMapHead): string {
  const state = [REPRESENTATION, head.id, head.showtimeVersion, head.theatreVersion, head.seatVersionSum, head.heldUntilSum, head.expiredHolds].join(':');
  return `"${createHash('sha256').update(state).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names the current ETag (RFC 9110 weak comparison, so a `W/` prefix a
 * proxy added still matches; `*` matches any map that exists). Anything unparsable never matches:
 * the client simply gets the map.
 */
export function noneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

export type SeatMapBody = ReturnType<typeof toSeatMap>;

/**
 * The map a client draws, from the head and the seats read after it (see `seat-map-cache.ts`,
 * which reads them and keeps the serialized result).
 */
export function toSeatMap(head: queries.SeatMapHead, rows: queries.SeatMapSeatRow[]) {
  // A cancelled showtime sells nothing: its map still draws (clients can say why), every seat unavailable.
  const open = head.status === 'scheduled';
  const seats = rows.map(({ available, ...seat }) => ({
    ...seat,
    status: open && available ? ('available' as const) : ('unavailable' as const),
  }));
  return {
    showtime: {
      id: head.id,
      startsAt: head.startsAt.toISOString(),
      startsAtLocal: toLocalRfc3339(head.startsAt, head.timeZone),
      timeZone: head.timeZone,
      status: head.status,
    },
    grid: {
      columns: seats.reduce((columns, seat) => Math.max(columns, seat.x + 1), 0),
      rows: seats.reduce((gridRows, seat) => Math.max(gridRows, seat.y + 1), 0),
    },
    rows: rowsOf(seats),
    seats,
    prices: head.prices.map((price) => ({ category: price.category, price: { amount: price.amount, currency: price.currency } })),
    counts: countsByCategory(seats, head.prices.map((price) => price.category)),
  };
}

/** Seats arrive in grid order, so each row label appears first at its own y. */
function rowsOf(seats: { row: string; y: number }[]) {
  const rows = new Map<string, number>();
  for (const seat of seats) if (!rows.has(seat.row)) rows.set(seat.row, seat.y);
  return [...rows].map(([label, y]) => ({ label, y }));
}

/** Per category, in the order of the prices (cheapest first); a category without a price last. */
function countsByCategory(seats: { category: string; status: string }[], pricedCategories: string[]) {
  const counts = new Map<string, { category: string; total: number; available: number }>(
    pricedCategories.map((category) => [category, { category, total: 0, available: 0 }]),
  );
  for (const seat of seats) {
    const count = counts.get(seat.category) ?? { category: seat.category, total: 0, available: 0 };
    count.total += 1;
    if (seat.status === 'available') count.available += 1;
    counts.set(seat.category, count);
  }
  return [...counts.values()];
}
