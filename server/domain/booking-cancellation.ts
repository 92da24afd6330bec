import type postgres from 'postgres';
import { clientOf, type DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { timestampOf, type Statement } from '../db/prepared.ts';
import {
  lockBookingsForCancellation,
  writeCancellations,
  type BookingForCancellation,
  type BookingScopeValues,
  type CancellationTarget,
} from '../db/queries/cancellation-statements.ts';
import type { CancellationCause } from '../db/queries/booking-cancellation.ts';
import { blockUnbookedSeats } from '../db/queries/showtimes.ts';
import type { PartnerScope } from '../db/scope.ts';
import type { AuditEntry, AuditWriter } from './audit.ts';
import { toBooking, type BookingSeller, type BookingView, type BookingWriter } from './bookings.ts';
import type { Decision, DecisionReads } from './decision.ts';
import { DomainError, notFound } from './errors.ts';
import { eventColumnsOf, noteEventWrite, type EventInput } from './outbox.ts';

/**
 * Cancelling bookings: the booking becomes `cancelled`, its payment is settled in full (a refund
 * recorded for money taken, a void for money not yet taken), its seats go back to the inventory,
 * and a `booking.cancelled` event per booking is written, all in the caller's transaction and in
 * two statements however many bookings there are: one locks and reads (`cancellation-statements`),
 * one writes what was decided from it. The same code serves a seller's cancellation (one, on the
 * hot path, or in bulk) and a theatre cancelling a show.
 */

export interface CancellationOptions {
  cause: CancellationCause;
  reason: string | null;
  /** `blocked` when the showtime itself is cancelled: its seats are never on sale again. */
  seatsBecome: 'available' | 'blocked';
}

export type CancellationOutcome = { bookingId: string; booking: BookingView } | { bookingId: string; refusal: DomainError };

const scopeOfSeller = (seller: BookingSeller): BookingScopeValues =>
  seller.kind === 'partner'
    ? { channelPartnerId: seller.partnerId, customerId: null, theatrePartnerId: null }
    : { channelPartnerId: null, customerId: seller.customerId, theatrePartnerId: null };

function lockStatement(client: postgres.Sql, target: CancellationTarget, scope: BookingScopeValues) {
  return lockBookingsForCancellation.on(client, { ...target, ...scope });
}

/** Why a requested booking cannot be cancelled, if it cannot. */
function refusalOf(bookingId: string, booking: BookingForCancellation | undefined): DomainError | undefined {
  if (!booking) return notFound('booking', bookingId);
  if (booking.status === 'cancelled') return new DomainError('booking_cancelled', { detail: `Booking '${bookingId}' is already cancelled.` });
  if (booking.cancellationClosed) {
    return new DomainError('cancellation_closed', { detail: `Booking '${bookingId}' can no longer be cancelled: the theatre's cancellation cut-off has passed.` });
  }
  return undefined;
}

/**
 * What cancelling locked, confirmed bookings writes, and the bookings as they will read after it
 * (customer references included: only their seller may be shown them).
 */
function decideCancellation(now: string, locked: BookingForCancellation[], scope: BookingScopeValues, options: CancellationOptions) {
  const cancelledAt = timestampOf(now);
  const refunded = locked.filter((booking) => booking.payment?.status === 'captured');
  const views = locked.map((booking) => {
    const payment = booking.payment!;
    const settled = payment.status === 'captured' ? 'refunded' : payment.status === 'pending' ? 'voided' : payment.status;
    return toBooking(
      {
        ...booking, createdAt: timestampOf(booking.createdAt), status: 'cancelled', cancelledAt,
        cancellationCause: options.cause, cancellationReason: options.reason,
      },
      { ...payment, status: settled as never },
      payment.status === 'captured' ? { amount: payment.amount, currency: payment.currency, status: 'succeeded' } : booking.refund ?? undefined,
    );
  });
  const events: EventInput[] = views.map((view, index) => ({
    type: 'booking.cancelled',
    aggregate: { type: 'booking', id: view.id, version: locked[index]!.version + 1 },
    // Never who the customer is: the theatre partner sees this event too.
    data: { ...view, customerRef: null },
    audience: { aggregatorPartnerId: locked[index]!.channelPartnerId ?? undefined, theatrePartnerId: locked[index]!.theatrePartnerId },
  }));
  // A cancelled show reports its seats with `showtime.cancelled`; seats back on sale are news to every seller.
  if (options.seatsBecome === 'available') events.push(...inventoryEvents(locked));
  const seats = locked.reduce((count, booking) => count + booking.seats.length, 0);
  const write = (client: postgres.Sql): Statement => {
    noteEventWrite();
    return writeCancellations.on(client, {
      bookingIds: locked.map((booking) => booking.id),
      cause: options.cause,
      reason: options.reason,
      seatsBecome: options.seatsBecome,
      refundIds: refunded.map(() => newId('rfd')),
      refundPaymentIds: refunded.map((booking) => booking.payment!.id),
      refundBookingIds: refunded.map((booking) => booking.id),
      refundAmounts: refunded.map((booking) => booking.payment!.amount),
      refundCurrencies: refunded.map((booking) => booking.payment!.currency),
      refundReason: options.reason ?? options.cause,
      ...scope,
      ...eventColumnsOf(events),
    });
  };
  const audit: AuditEntry = {
    action: 'booking.cancelled', targetType: 'booking', targetIds: locked.map((booking) => booking.id),
    details: { cause: options.cause, reason: options.reason, seats },
  };
  return { views, write, audit };
}

/** One `inventory.updated` per showtime: its seats back on sale, each at its new version. */
function inventoryEvents(locked: BookingForCancellation[]): EventInput[] {
  const byShowtime = new Map<string, BookingForCancellation[]>();
  for (const booking of locked) byShowtime.set(booking.showtimeId, [...(byShowtime.get(booking.showtimeId) ?? []), booking]);
  return [...byShowtime]
    .map(([showtimeId, group]) => {
      const seats = group.flatMap((booking) => booking.seats.map(({ seatId, label, version }) => ({ seatId, label, state: 'available', version: version + 1 })));
      return { showtimeId, group, seats };
    })
    .filter(({ seats }) => seats.length > 0)
    .map(({ showtimeId, group, seats }) => ({
      type: 'inventory.updated' as const,
      aggregate: { type: 'showtime', id: showtimeId, version: Math.max(...seats.map((seat) => seat.version)) },
      data: { showtimeId, seats },
      audience: { theatrePartnerId: group[0]!.theatrePartnerId, allAggregators: true },
    }));
}

/**
 * The seller cancels one booking, in two round trips: it is locked and checked, then cancelled
 * (or the refusal is the answer: unknown, already cancelled, past the theatre's cut-off).
 */
export async function cancelBooking(reads: DecisionReads, seller: BookingSeller, bookingId: string, reason: string | null): Promise<Decision<BookingView>> {
  const scope = scopeOfSeller(seller);
  const [[read]] = await reads.round(lockStatement(reads.sql, { bookingIds: [bookingId], showtimeIds: null }, scope));
  const booking = read!.bookings[0];
  const refusal = refusalOf(bookingId, booking);
  if (refusal) throw refusal;
  const decided = decideCancellation(read!.now, [booking!], scope, { cause: 'requested', reason, seatsBecome: 'available' });
  return { body: decided.views[0]!, writes: [decided.write(reads.sql)], audit: decided.audit };
}

/**
 * The seller cancels its bookings: each one is cancelled or refused on its own, and all the
 * cancellable ones go together. Outcomes come back in the order asked; the ids must be distinct.
 */
export async function cancelRequestedBookings(w: BookingWriter, bookingIds: string[], reason: string | null): Promise<CancellationOutcome[]> {
  const client = clientOf(w.tx);
  const scope = scopeOfSeller(w.seller);
  const [read] = await lockStatement(client, { bookingIds, showtimeIds: null }, scope);
  const lockedById = new Map(read!.bookings.map((booking) => [booking.id, booking]));
  const refusals = new Map(bookingIds.flatMap((id) => {
    const refusal = refusalOf(id, lockedById.get(id));
    return refusal ? [[id, refusal] as const] : [];
  }));
  const cancellable = read!.bookings.filter((booking) => !refusals.has(booking.id));
  const views = new Map((await cancelLocked(client, w.audit, read!.now, cancellable, scope, { cause: 'requested', reason, seatsBecome: 'available' })).map((view) => [view.id, view]));
  return bookingIds.map((bookingId) => {
    const refusal = refusals.get(bookingId);
    return refusal ? { bookingId, refusal } : { bookingId, booking: views.get(bookingId)! };
  });
}

/**
 * A theatre partner cancels showtimes of its own that it holds `FOR UPDATE`: first every seat not booked is blocked, so no
 * sale can race the cancellation; then every live booking is locked in id order and cancelled and
 * refunded in full, cut-off or not, its seats blocked too. Returns the cancelled bookings.
 */
export async function cancelBookingsOfShowtimes(tx: DbExecutor, audit: AuditWriter, scope: PartnerScope, showtimeIds: string[]) {
  await blockUnbookedSeats(tx, scope, showtimeIds);
  const client = clientOf(tx);
  const theatreScope: BookingScopeValues = { channelPartnerId: null, customerId: null, theatrePartnerId: scope.partnerId };
  const [read] = await lockStatement(client, { bookingIds: null, showtimeIds }, theatreScope);
  return cancelLocked(client, audit, read!.now, read!.bookings, theatreScope, { cause: 'showtime_cancelled', reason: 'The theatre cancelled the showtime.', seatsBecome: 'blocked' });
}

/** Cancels locked, confirmed bookings in the caller's transaction (one statement), with their audit record. */
async function cancelLocked(client: postgres.Sql, audit: AuditWriter, now: string, locked: BookingForCancellation[], scope: BookingScopeValues, options: CancellationOptions) {
  if (locked.length === 0) return [];
  const decided = decideCancellation(now, locked, scope, options);
  await decided.write(client);
  await audit(decided.audit);
  return decided.views;
}
