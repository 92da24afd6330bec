import { sql } from 'drizzle-orm';
import type postgres from 'postgres';
import { param, prepared, timestampOf } from '../prepared.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { heldSeatLapsed, seatIsFree } from './seat-state.ts';

/**
 * The public seat map in two prepared statements, both driven by primary keys: the showtime's head
 * (with everything its ETag is derived from), then, only when the client's copy is stale, the seats.
 */

export interface SeatMapHead {
  id: string;
  startsAt: Date;
  status: 'scheduled' | 'cancelled';
  timeZone: string;
  showtimeVersion: number;
  theatreVersion: number;
  /** Sum of the seat rows' versions, as text (a bigint); every seat write raises it. */
  seatVersionSum: string;
  /** Seats still `held` whose hold has run out: each one turns a seat available without a write. */
  expiredHolds: number;
  /** Sum of the `held_until`s (epoch seconds, exact, as text): moves when a hold is extended. */
  heldUntilSum: string;
  prices: { category: string; amount: number; currency: string }[];
}

/**
 * The showtime (live theatres only) with its prices and the state its ETag is derived from. One
 * statement: the showtime and theatre by primary key, the prices and the seat aggregate by the
 * leading column of their primary keys (`showtime_id`).
 */
const head = prepared<{ showtimeId: string }, Omit<SeatMapHead, 'startsAt'> & { startsAt: string }>(sql`
  select s.id, s.starts_at as "startsAt", s.status, s.version as "showtimeVersion", t.time_zone as "timeZone", t.version as "theatreVersion",
         inventory.version_sum as "seatVersionSum", inventory.expired_holds as "expiredHolds", inventory.held_until_sum as "heldUntilSum",
         coalesce((
           select json_agg(json_build_object('category', p.category, 'amount', p.amount, 'currency', p.currency)
                           order by p.amount, p.category)
           from ${showtimePrices} p where p.showtime_id = s.id
         ), '[]'::json) as prices
  from ${showtimes} s
  join ${theatres} t on t.id = s.theatre_id and t.status = 'live'
  cross join lateral (
    select coalesce(sum(${seatInventory.version}), 0)::text as version_sum,
           (count(*) filter (where ${heldSeatLapsed}))::int as expired_holds,
           coalesce(sum(extract(epoch from ${seatInventory.heldUntil})), 0)::text as held_until_sum
    from ${seatInventory}
    where ${seatInventory.showtimeId} = s.id
  ) inventory
  where s.id = ${param('showtimeId')}`);

/** The head of a showtime at a live theatre, or undefined. */
export async function findSeatMapHead(client: postgres.Sql, showtimeId: string): Promise<SeatMapHead | undefined> {
  const [row] = await head.on(client, { showtimeId });
  return row && { ...row, startsAt: timestampOf(row.startsAt) };
}

export interface SeatMapSeatRow {
  label: string;
  row: string;
  number: number | null;
  x: number;
  y: number;
  category: string;
  wheelchair: boolean;
  companion: boolean;
  available: boolean;
}

/**
 * Every seat of the showtime in drawing order (grid row, then column) with only whether it can be
 * chosen now: never its state, hold or booking. The `seat_inventory` primary key (showtime_id,
 * seat_id) finds the seats, the `layout_seats` primary key their places.
 */
const seats = prepared<{ showtimeId: string }, SeatMapSeatRow>(sql`
  select ls.label, ls.row_label as row, ls.seat_number as number, ls.x, ls.y, ls.category, ls.wheelchair, ls.companion, ${seatIsFree} as available
  from ${seatInventory} join ${layoutSeats} ls on ls.id = ${seatInventory.seatId}
  where ${seatInventory.showtimeId} = ${param('showtimeId')}
  order by ls.y, ls.x`);

export function listSeatMapSeats(client: postgres.Sql, showtimeId: string): Promise<SeatMapSeatRow[]> {
  return seats.on(client, { showtimeId });
}
