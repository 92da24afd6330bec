import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { seatInventory } from '../schema/inventory.ts';
import { layoutSeats } from '../schema/theatres.ts';
import { seatIsFree } from './seat-state.ts';

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
      free: seatIsFree,
    })
    .from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId))
    .where(eq(seatInventory.showtimeId, showtimeId));
}
