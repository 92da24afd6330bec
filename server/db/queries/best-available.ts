import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { seatInventory } from '../schema/inventory.ts';
import { layoutSeats } from '../schema/theatres.ts';

/** Free: available, or held by a hold that has run out, swept or not (as `lockSeats` decides). */
const isFree = sql<boolean>`(${seatInventory.state} = 'available' or (${seatInventory.state} = 'held' and ${seatInventory.heldUntil} <= now()))`;

/**
 * Every seat of the showtime's layout with its place, flags and whether it is free, in one read
 * and without locks: best available chooses from this, then locks what it chose.
 */
export function listShowtimeSeatStates(db: DbExecutor, showtimeId: string) {
  return db
    .select({
      seatId: layoutSeats.id,
      label: layoutSeats.label,
      rowLabel: layoutSeats.rowLabel,
      category: layoutSeats.category,
      x: layoutSeats.x,
      y: layoutSeats.y,
      wheelchair: layoutSeats.wheelchair,
      companion: layoutSeats.companion,
      free: isFree,
    })
    .from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId))
    .where(eq(seatInventory.showtimeId, showtimeId));
}

/**
 * Locks the chosen seats in seat-id order, skipping rows another transaction has locked: a seat
 * someone is taking right now is as good as taken, so the chooser moves on instead of queueing
 * behind them. The caller compares what came back with what it asked for.
 */
export function lockChosenSeats(db: DbExecutor, showtimeId: string, seatIds: string[]) {
  return db
    .select({ seatId: seatInventory.seatId, state: seatInventory.state, free: isFree })
    .from(seatInventory)
    .where(and(eq(seatInventory.showtimeId, showtimeId), inArray(seatInventory.seatId, seatIds)))
    .orderBy(asc(seatInventory.seatId))
    .for('update', { skipLocked: true });
}
