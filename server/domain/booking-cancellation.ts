import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/booking-cancellation.ts';
import { findBookings } from '../db/queries/bookings.ts';
import { blockUnbookedSeats, lockShowtimes } from '../db/queries/showtimes.ts';
import type { AuditWriter } from './audit.ts';
import { bookingScopeOf, readBookings, type BookingView, type BookingWriter } from './bookings.ts';
import { ProblemError, notFound } from './errors.ts';
import { recordEvents, type EventInput } from './events.ts';

/**
 * Cancelling bookings: the booking becomes `cancelled`, its payment is settled in full (a refund
 * recorded for money taken, a void for money not yet taken), its seats go back to the inventory,
 * and a `booking.cancelled` event per booking is written, all in the caller's transaction. The
 * same code serves a seller's cancellation, a bulk cancellation and a theatre cancelling a show.
 */

export interface CancellationOptions {
  cause: queries.CancellationCause;
  reason: string | null;
  /** `blocked` when the showtime itself is cancelled: its seats are never on sale again. */
  seatsBecome: 'available' | 'blocked';
}

/**
 * Cancels locked, still confirmed bookings in a fixed number of statements, however many there are.
 * Returns the whole bookings, customer references included: only their seller may be shown them.
 */
export async function cancelLockedBookings(tx: DbExecutor, audit: AuditWriter, locked: queries.LockedBooking[], options: CancellationOptions) {
  const ids = locked.map((booking) => booking.id);
  if (ids.length === 0) return [];
  const cancelled = await queries.markBookingsCancelled(tx, ids, options.cause, options.reason);
  if (cancelled.length !== ids.length) throw new Error(`cancelled ${cancelled.length} of ${ids.length} locked, confirmed bookings`);
  const seats = await queries.releaseBookedSeats(tx, ids, options.seatsBecome);
  const settled = await queries.settlePaymentsForCancellation(tx, ids);
  await queries.insertRefunds(
    tx,
    settled
      .filter((payment) => payment.status === 'refunded')
      .map((payment) => ({
        id: newId('rfd'), paymentId: payment.id, bookingId: payment.bookingId, amount: payment.amount, currency: payment.currency,
        status: 'succeeded' as const, reason: options.reason ?? options.cause,
      })),
  );

  const views = await readBookings(tx, ids);
  const versionOf = new Map(cancelled.map((row) => [row.id, row.version]));
  const ownerOf = new Map(locked.map((booking) => [booking.id, booking]));
  const events: EventInput[] = views.map((view) => ({
    type: 'booking.cancelled',
    aggregate: { type: 'booking', id: view.id, version: versionOf.get(view.id)! },
    // Never who the customer is: the theatre partner sees this event too.
    data: { ...view, customerRef: null },
    audience: { aggregatorPartnerId: ownerOf.get(view.id)!.channelPartnerId ?? undefined, theatrePartnerId: ownerOf.get(view.id)!.theatrePartnerId },
  }));
  // A cancelled show reports its seats with `showtime.cancelled`; seats back on sale are news to every seller.
  if (options.seatsBecome === 'available') events.push(...inventoryEvents(seats, ownerOf));
  await recordEvents(tx, events);
  await audit({ action: 'booking.cancelled', targetType: 'booking', targetIds: ids, details: { cause: options.cause, reason: options.reason, seats: seats.length } });
  return views;
}

type ReleasedSeat = Awaited<ReturnType<typeof queries.releaseBookedSeats>>[number];

function inventoryEvents(seats: readonly ReleasedSeat[], ownerOf: Map<string, queries.LockedBooking>): EventInput[] {
  const byShowtime = new Map<string, ReleasedSeat[]>();
  for (const seat of seats) byShowtime.set(seat.showtimeId, [...(byShowtime.get(seat.showtimeId) ?? []), seat]);
  return [...byShowtime].map(([showtimeId, released]) => ({
    type: 'inventory.updated',
    aggregate: { type: 'showtime', id: showtimeId, version: Math.max(...released.map((seat) => seat.version)) },
    data: { showtimeId, seats: released.map(({ seatId, label, version }) => ({ seatId, label, state: 'available', version })) },
    audience: { theatrePartnerId: ownerOf.get(released[0]!.bookingId)!.theatrePartnerId, allAggregators: true },
  }));
}

export type CancellationOutcome = { bookingId: string; booking: BookingView } | { bookingId: string; refusal: ProblemError };

/**
 * The seller cancels its bookings: each one is cancelled or refused on its own (unknown, already
 * cancelled, past the theatre's cut-off), and all the cancellable ones go together. Outcomes come
 * back in the order asked; the ids must be distinct.
 */
export async function cancelRequestedBookings(w: BookingWriter, bookingIds: string[], reason: string | null): Promise<CancellationOutcome[]> {
  const visible = await findBookings(w.tx, bookingIds, bookingScopeOf(w.seller));
  // Locks in one order (showtimes, then bookings, each by id), whatever order the caller asked in.
  await lockShowtimes(w.tx, [...new Set(visible.map((row) => row.showtimeId))].sort(), 'share');
  const locked = await queries.lockBookings(w.tx, visible.map((row) => row.id).sort());
  const lockedById = new Map(locked.map((booking) => [booking.id, booking]));

  const refusalOf = new Map<string, ProblemError>();
  for (const id of bookingIds) {
    const booking = lockedById.get(id);
    const refusal = !booking
      ? notFound('booking', id)
      : booking.status === 'cancelled'
        ? new ProblemError(409, 'booking_cancelled', `Booking '${id}' is already cancelled.`)
        : booking.cancellationClosed
          ? new ProblemError(409, 'cancellation_closed', `Booking '${id}' can no longer be cancelled: the theatre's cancellation cut-off has passed.`)
          : undefined;
    if (refusal) refusalOf.set(id, refusal);
  }
  const cancellable = locked.filter((booking) => !refusalOf.has(booking.id));
  // The seller's own bookings, so the whole view (its customer's reference included) is its to see.
  const views = new Map((await cancelLockedBookings(w.tx, w.audit, cancellable, { cause: 'requested', reason, seatsBecome: 'available' })).map((view) => [view.id, view]));
  return bookingIds.map((bookingId) => {
    const refusal = refusalOf.get(bookingId);
    return refusal ? { bookingId, refusal } : { bookingId, booking: views.get(bookingId)! };
  });
}

/** One booking: cancelled, or the refusal as the error. */
export async function cancelBooking(w: BookingWriter, bookingId: string, reason: string | null): Promise<BookingView> {
  const [outcome] = await cancelRequestedBookings(w, [bookingId], reason);
  if (!outcome || 'refusal' in outcome) throw outcome?.refusal ?? notFound('booking', bookingId);
  return outcome.booking;
}

/**
 * A theatre cancels showtimes it holds `FOR UPDATE`: first every seat not booked is blocked, so no
 * sale can race the cancellation; then every live booking is locked in id order and cancelled and
 * refunded in full, cut-off or not, its seats blocked too. Returns the cancelled bookings.
 */
export async function cancelBookingsOfShowtimes(tx: DbExecutor, audit: AuditWriter, showtimeIds: string[]) {
  await blockUnbookedSeats(tx, showtimeIds);
  const locked = await queries.lockLiveBookingsOfShowtimes(tx, showtimeIds);
  return cancelLockedBookings(tx, audit, locked, { cause: 'showtime_cancelled', reason: 'The theatre cancelled the showtime.', seatsBecome: 'blocked' });
}
