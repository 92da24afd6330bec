import { sql } from 'drizzle-orm';
import { seatInventory } from '../schema/inventory.ts';

/**
 * A seat's state as every reader and writer judges it. A held seat whose hold has run out is free
 * again at once, whether or not the sweep has cleared it yet, by the database clock.
 */
export const heldSeatLapsed = sql`(${seatInventory.state} = 'held' and ${seatInventory.heldUntil} <= now())`;

/** Free to hold: available, or held by a hold that has run out. */
export const seatIsFree = sql<boolean>`(${seatInventory.state} = 'available' or ${heldSeatLapsed})`;
