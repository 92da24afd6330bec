import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { holds, bookings } from './booking.ts';
import { oneOf, optionalTimestamp, updatedAt, version } from './columns.ts';
import { showtimes } from './showtimes.ts';
import { layoutSeats } from './theatres.ts';

export const SEAT_STATES = ['available', 'held', 'booked', 'blocked'] as const;

// Its own module (not showtimes.ts) because it references both showtimes and bookings, and
// bookings reference showtimes: keeping it apart avoids an import cycle.
export const seatInventory = pgTable(
  'seat_inventory',
  {
    // Cascade: a showtime that was never sold may be deleted; booked_seats (restrict) protects
    // one that was.
    showtimeId: text('showtime_id')
      .notNull()
      .references(() => showtimes.id, { onDelete: 'cascade' }),
    seatId: text('seat_id')
      .notNull()
      .references(() => layoutSeats.id),
    state: text('state', { enum: SEAT_STATES }).notNull().default('available'),
    holdId: text('hold_id').references(() => holds.id),
    /** Copied from the hold so availability reads need no join; past it the seat is free. */
    heldUntil: optionalTimestamp('held_until'),
    bookingId: text('booking_id').references(() => bookings.id),
    blockedReason: text('blocked_reason'),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.showtimeId, t.seatId] }),
    check('seat_inventory_state_check', oneOf(t.state, SEAT_STATES)),
    // Each state owns exactly the references it needs, so a seat can never be both held and
    // booked, or booked without a booking.
    check(
      'seat_inventory_state_refs_check',
      sql`CASE ${t.state}
        WHEN 'held' THEN ${t.holdId} IS NOT NULL AND ${t.heldUntil} IS NOT NULL AND ${t.bookingId} IS NULL
        WHEN 'booked' THEN ${t.bookingId} IS NOT NULL AND ${t.holdId} IS NULL AND ${t.heldUntil} IS NULL
        ELSE ${t.holdId} IS NULL AND ${t.heldUntil} IS NULL AND ${t.bookingId} IS NULL
      END`,
    ),
    check(
      'seat_inventory_blocked_reason_check',
      sql`${t.blockedReason} IS NULL OR ${t.state} = 'blocked'`,
    ),
    index('seat_inventory_hold_idx').on(t.holdId).where(sql`${t.holdId} IS NOT NULL`),
    index('seat_inventory_booking_idx').on(t.bookingId).where(sql`${t.bookingId} IS NOT NULL`),
  ],
);
