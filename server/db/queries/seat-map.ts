import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { heldSeatLapsed, seatIsFree } from './seat-state.ts';

/**
 * The public seat map in two statements, both driven by primary keys: the showtime's head (with
 * everything its ETag is derived from), then, only when the client's copy is stale, the seats.
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
 * The showtime (live theatres only) with its prices and the state its ETag is derived from, or
 * undefined. One statement: the showtime and theatre by primary key, the prices and the seat
 * aggregate by the leading column of their primary keys (`showtime_id`).
 */
export async function findSeatMapHead(db: Db, showtimeId: string): Promise<SeatMapHead | undefined> {
  const rows = await db.execute<Record<string, unknown>>(sql`
    select s.id, s.starts_at, s.status, s.version as showtime_version, t.time_zone, t.version as theatre_version,
           inventory.version_sum, inventory.expired_holds, inventory.held_until_sum,
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
    where s.id = ${showtimeId}`);
  const row = rows[0];
  if (!row) return undefined;
  return {
    id: row['id'] as string,
    startsAt: new Date(row['starts_at'] as string),
    status: row['status'] as SeatMapHead['status'],
    timeZone: row['time_zone'] as string,
    showtimeVersion: row['showtime_version'] as number,
    theatreVersion: row['theatre_version'] as number,
    seatVersionSum: row['version_sum'] as string,
    expiredHolds: row['expired_holds'] as number,
    heldUntilSum: row['held_until_sum'] as string,
    prices: parseJson(row['prices']) as SeatMapHead['prices'],
  };
}

/** postgres.js parses `json` columns itself, unless a driver layer hands the text through. */
const parseJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export type SeatMapSeatRow = Awaited<ReturnType<typeof listSeatMapSeats>>[number];

/**
 * Every seat of the showtime in drawing order (grid row, then column) with only whether it can be
 * chosen now: never its state, hold or booking. The `seat_inventory` primary key (showtime_id,
 * seat_id) finds the seats, the `layout_seats` primary key their places.
 */
export function listSeatMapSeats(db: Db, showtimeId: string) {
  return db
    .select({
      label: layoutSeats.label,
      row: layoutSeats.rowLabel,
      number: layoutSeats.seatNumber,
      x: layoutSeats.x,
      y: layoutSeats.y,
      category: layoutSeats.category,
      wheelchair: layoutSeats.wheelchair,
      companion: layoutSeats.companion,
      available: seatIsFree,
    })
    .from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId))
    .where(eq(seatInventory.showtimeId, showtimeId))
    .orderBy(asc(layoutSeats.y), asc(layoutSeats.x));
}
