import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { bookedSeats, bookings, customers, holds, payments, refunds } from '../schema/booking.ts';
import { cancellableUntil } from './booking-cancellation.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';

/**
 * Bookings and what confirming one writes. Every read takes the caller's scope: the aggregator
 * that sold the booking, or the theatre partner whose theatre it is for.
 */
export type BookingScope = { channelPartnerId: string } | { theatrePartnerId: string } | { customerId: string };

const inScope = (scope: BookingScope): SQL =>
  'channelPartnerId' in scope
    ? eq(bookings.channelPartnerId, scope.channelPartnerId)
    : 'theatrePartnerId' in scope
      ? eq(theatres.partnerId, scope.theatrePartnerId)
      : // A customer's own bookings are its direct ones, never those an aggregator sold it.
        sql`${bookings.customerId} = ${scope.customerId} and ${bookings.channelPartnerId} is null`;

/** Reserves the reference; `undefined` when another booking already has it (retry with another). */
export function insertBooking(db: DbExecutor, values: typeof bookings.$inferInsert) {
  return db
    .insert(bookings)
    .values(values)
    .onConflictDoNothing({ target: bookings.reference })
    .returning({ id: bookings.id, version: bookings.version, createdAt: bookings.createdAt })
    .then((rows) => rows[0]);
}

/**
 * Moves exactly the hold's seats from held to booked, guarded in the same statement by their
 * still being held by it and not past `held_until`: the caller compares the row count with the
 * hold's seat count. Returns each seat with its label and new version.
 */
export function bookHeldSeats(db: DbExecutor, params: { showtimeId: string; holdId: string; bookingId: string }) {
  return db.execute<{ seatId: string; label: string; version: number }>(sql`
    update ${seatInventory} si
    set state = 'booked', booking_id = ${params.bookingId}, hold_id = null, held_until = null, version = si.version + 1, updated_at = now()
    from ${layoutSeats} ls
    where ls.id = si.seat_id and si.showtime_id = ${params.showtimeId} and si.hold_id = ${params.holdId}
      and si.state = 'held' and si.held_until > now()
    returning si.seat_id as "seatId", ls.label as label, si.version as version`);
}

export function insertBookedSeats(db: DbExecutor, rows: (typeof bookedSeats.$inferInsert)[]) {
  return db.insert(bookedSeats).values(rows);
}

export function insertPayment(db: DbExecutor, values: typeof payments.$inferInsert) {
  return db.insert(payments).values(values).returning({ createdAt: payments.createdAt });
}

export function markHoldConverted(db: DbExecutor, holdId: string) {
  return db
    .update(holds)
    .set({ status: 'converted', version: sql`${holds.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(holds.id, holdId), eq(holds.status, 'active')))
    .returning({ id: holds.id });
}

const bookingColumns = {
  id: bookings.id,
  reference: bookings.reference,
  showtimeId: bookings.showtimeId,
  theatreId: showtimes.theatreId,
  channelPartnerId: bookings.channelPartnerId,
  customerRef: customers.externalRef,
  status: bookings.status,
  totalAmount: bookings.totalAmount,
  currency: bookings.currency,
  priceBreakdown: bookings.priceBreakdown,
  createdAt: bookings.createdAt,
  cancellableUntil,
  cancelledAt: bookings.cancelledAt,
  cancellationCause: bookings.cancellationCause,
  cancellationReason: bookings.cancellationReason,
  /** `created_at` to the microsecond, for the cursor: a millisecond `Date` would skip rows. */
  cursorAt: sql<string>`to_char(${bookings.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
};
export type BookingRow = Awaited<ReturnType<typeof findBookings>>[number];

function selectBookings(db: DbExecutor) {
  return db
    .select(bookingColumns)
    .from(bookings)
    .innerJoin(showtimes, eq(showtimes.id, bookings.showtimeId))
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .innerJoin(customers, eq(customers.id, bookings.customerId));
}

/** Bookings by id; without a scope, for writers that already checked who may see them. */
export function findBookings(db: DbExecutor, bookingIds: string[], scope?: BookingScope) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return selectBookings(db).where(and(inArray(bookings.id, bookingIds), scope ? inScope(scope) : undefined));
}

export interface BookingFilter {
  theatreId?: string;
  showtimeId?: string;
  date?: string;
  status?: 'confirmed' | 'cancelled';
  limit: number;
  /** The last row of the previous page: (created_at, id), newest first. */
  after?: [string, string];
}

export function listBookings(db: DbExecutor, scope: BookingScope, filter: BookingFilter) {
  return selectBookings(db)
    .where(
      and(
        inScope(scope),
        filter.theatreId === undefined ? undefined : eq(showtimes.theatreId, filter.theatreId),
        filter.showtimeId === undefined ? undefined : eq(bookings.showtimeId, filter.showtimeId),
        filter.date === undefined ? undefined : eq(showtimes.localDate, filter.date),
        filter.status === undefined ? undefined : eq(bookings.status, filter.status),
        filter.after === undefined ? undefined : sql`(${bookings.createdAt}, ${bookings.id}) < (${filter.after[0]}::timestamptz, ${filter.after[1]})`,
      ),
    )
    .orderBy(desc(bookings.createdAt), desc(bookings.id))
    .limit(filter.limit + 1);
}

/** The payment of each booking (the first one, should there ever be more). */
export function paymentsOf(db: DbExecutor, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db
    .select({ bookingId: payments.bookingId, method: payments.method, status: payments.status, amount: payments.amount, currency: payments.currency, providerReference: payments.providerReference })
    .from(payments)
    .where(inArray(payments.bookingId, bookingIds))
    .orderBy(payments.createdAt, payments.id);
}

/** The refunds of each booking (at most one today: cancellations refund in full). */
export function refundsOf(db: DbExecutor, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db
    .select({ bookingId: refunds.bookingId, status: refunds.status, amount: refunds.amount, currency: refunds.currency })
    .from(refunds)
    .where(inArray(refunds.bookingId, bookingIds))
    .orderBy(refunds.createdAt, refunds.id);
}
