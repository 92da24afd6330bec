import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { bookings, customers, payments, refunds } from '../schema/booking.ts';
import { cancellableUntil } from './booking-cancellation.ts';
import { showtimes } from '../schema/showtimes.ts';
import { theatres } from '../schema/theatres.ts';

/**
 * Reading bookings. Every read takes the caller's scope: the aggregator
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

/** Bookings by id, those the scope may see. */
export function findBookings(db: DbExecutor, scope: BookingScope, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return selectBookings(db).where(and(inArray(bookings.id, bookingIds), inScope(scope)));
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

/** The payment of each of the bookings the scope may see (the first one, should there ever be more). */
export function paymentsOf(db: DbExecutor, scope: BookingScope, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db
    .select({ bookingId: payments.bookingId, method: payments.method, status: payments.status, amount: payments.amount, currency: payments.currency, providerReference: payments.providerReference })
    .from(payments)
    .innerJoin(bookings, eq(bookings.id, payments.bookingId))
    .innerJoin(showtimes, eq(showtimes.id, bookings.showtimeId))
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .where(and(inArray(payments.bookingId, bookingIds), inScope(scope)))
    .orderBy(payments.createdAt, payments.id);
}

/** The refunds of each of the bookings the scope may see (at most one today: cancellations refund in full). */
export function refundsOf(db: DbExecutor, scope: BookingScope, bookingIds: string[]) {
  if (bookingIds.length === 0) return Promise.resolve([]);
  return db
    .select({ bookingId: refunds.bookingId, status: refunds.status, amount: refunds.amount, currency: refunds.currency })
    .from(refunds)
    .innerJoin(bookings, eq(bookings.id, refunds.bookingId))
    .innerJoin(showtimes, eq(showtimes.id, bookings.showtimeId))
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .where(and(inArray(refunds.bookingId, bookingIds), inScope(scope)))
    .orderBy(refunds.createdAt, refunds.id);
}
