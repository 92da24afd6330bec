import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { bookedSeats, bookings, payments, refunds, type CANCELLATION_CAUSES } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';

/**
 * What cancelling bookings writes. Locks are always taken in one order — showtimes `FOR SHARE`
 * by id, then bookings `FOR UPDATE` by id, then their seats — the order holds and confirmations
 * use, so cancellations never deadlock with selling, and two bulk cancellations never with each other.
 */

export type CancellationCause = (typeof CANCELLATION_CAUSES)[number];

/** The last instant a booking may be cancelled: the show's start less the theatre's cut-off. */
export const cancellationDeadline = sql`(${showtimes.startsAt} - make_interval(mins => ${theatres.cancellationCutoffMinutes}))`;

/** The deadline as an RFC 3339 string to the second, for responses. */
export const cancellableUntil = sql<string>`to_char(${cancellationDeadline} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

const lockedBookingColumns = {
  id: bookings.id,
  showtimeId: bookings.showtimeId,
  status: bookings.status,
  channelPartnerId: bookings.channelPartnerId,
  theatrePartnerId: theatres.partnerId,
  /** The theatre's cut-off has passed, judged by the database clock. */
  cancellationClosed: sql<boolean>`${cancellationDeadline} <= now()`,
};
export type LockedBooking = Awaited<ReturnType<typeof lockBookingsWhere>>[number];

/** The bookings matching `where`, locked `FOR UPDATE` in id order, each with its theatre's partner. */
function lockBookingsWhere(db: DbExecutor, where: SQL | undefined) {
  return db
    .select(lockedBookingColumns)
    .from(bookings)
    .innerJoin(showtimes, eq(showtimes.id, bookings.showtimeId))
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .where(where)
    .orderBy(asc(bookings.id))
    .for('update', { of: bookings });
}

export function lockBookings(db: DbExecutor, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return lockBookingsWhere(db, inArray(bookings.id, bookingIds));
}

/** The showtimes' live bookings, locked in id order; the caller holds the showtimes `FOR UPDATE` already. */
export function lockLiveBookingsOfShowtimes(db: DbExecutor, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return lockBookingsWhere(db, and(inArray(bookings.showtimeId, showtimeIds), eq(bookings.status, 'confirmed')));
}

export function markBookingsCancelled(db: DbExecutor, bookingIds: string[], cause: CancellationCause, reason: string | null) {
  return db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, cancellationCause: cause, cancellationReason: reason, version: sql`${bookings.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(bookings.id, bookingIds), eq(bookings.status, 'confirmed')))
    .returning({ id: bookings.id, version: bookings.version });
}

/**
 * Gives the bookings' seats back: `available` to sell again, or `blocked` when the showtime itself
 * is cancelled. Each seat's version moves, so seat-map ETags change. Returns the seats per booking.
 */
export async function releaseBookedSeats(db: DbExecutor, bookingIds: string[], becomes: 'available' | 'blocked') {
  await db
    .update(bookedSeats)
    .set({ cancelledAt: sql`now()` })
    .where(and(inArray(bookedSeats.bookingId, bookingIds), isNull(bookedSeats.cancelledAt)));
  const blockedReason = becomes === 'blocked' ? 'showtime cancelled' : null;
  return db.execute<{ bookingId: string; showtimeId: string; seatId: string; label: string; version: number }>(sql`
    with released as (
      select showtime_id, seat_id, booking_id from ${seatInventory} where booking_id in ${bookingIds} and state = 'booked')
    update ${seatInventory} si
    set state = ${becomes}, booking_id = null, blocked_reason = ${blockedReason}, version = si.version + 1, updated_at = now()
    from released r, ${layoutSeats} ls
    where si.showtime_id = r.showtime_id and si.seat_id = r.seat_id and ls.id = si.seat_id
    returning r.booking_id as "bookingId", si.showtime_id as "showtimeId", si.seat_id as "seatId", ls.label as label, si.version as version`);
}

/**
 * Settles the bookings' payments in full: money taken (`captured`) becomes `refunded`, money not
 * yet taken (`pending`, pay at the venue) becomes `voided`. Returns what was refunded.
 */
export function settlePaymentsForCancellation(db: DbExecutor, bookingIds: string[]) {
  return db
    .update(payments)
    .set({ status: sql`case when ${payments.status} = 'captured' then 'refunded' else 'voided' end`, updatedAt: sql`now()` })
    .where(and(inArray(payments.bookingId, bookingIds), inArray(payments.status, ['captured', 'pending'])))
    .returning({ id: payments.id, bookingId: payments.bookingId, status: payments.status, amount: payments.amount, currency: payments.currency });
}

export function insertRefunds(db: DbExecutor, rows: (typeof refunds.$inferInsert)[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insert(refunds).values(rows).then(() => undefined);
}
