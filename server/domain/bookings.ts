import { randomInt } from 'node:crypto';
import type postgres from 'postgres';
import { clientOf, type DbExecutor } from '../db/client.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import { timestampOf, type Statement } from '../db/prepared.ts';
import * as statements from '../db/queries/booking-statements.ts';
import type { BookingSellerValues, HeldSeat, HoldForBooking, SellerScopeValues } from '../db/queries/booking-statements.ts';
import * as queries from '../db/queries/bookings.ts';
import { findHold } from '../db/queries/holds.ts';
import { lockShowtimes } from '../db/queries/showtimes.ts';
import type { BookingReaderScope } from '../db/scope.ts';
import type { AuditEntry, AuditWriter } from './audit.ts';
import type { Decision, DecisionReads } from './decision.ts';
import { holdConverted, holdExpired, sellingPartnerOf, showtimeCancelled, type HoldSeller } from './holds.ts';
import { DomainError, invalidParameter, notFound, type FieldIssue } from './errors.ts';
import { eventColumnsOf, noteEventWrite, type EventInput } from './outbox.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { BookingIn, BookingPaymentIn } from '../schemas/generated/components.ts';

/**
 * Bookings: a hold confirmed into sold seats, in one transaction. The order of locks is the one
 * holds take (showtime `FOR SHARE`, then the hold, then its seats), so confirming never deadlocks
 * with holding, expiring or cancelling. The hold's row lock decides a race with its own expiry:
 * whoever takes it first wins, and the other sees the outcome. One guarded UPDATE moves exactly
 * the hold's seats to booked; `booked_seats`' partial unique index makes a double sale impossible
 * at the database whatever the application does.
 */

/** Who sells the booking: an aggregator for its customers, or a signed-in customer for itself (`direct`). */
export type BookingSeller = HoldSeller;

export interface BookingWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  seller: BookingSeller;
}

/**
 * Who reads: the aggregator that sold it, the theatre partner whose theatre it is at, or the
 * signed-in customer whose own (direct) booking it is.
 */
export type BookingReader = BookingReaderScope;

export type PaymentIn = BookingPaymentIn;


/** No 0/O, 1/I/L: a reference read out over the phone or from a printed ticket stays unambiguous. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newReference(): string {
  let code = '';
  for (let index = 0; index < 6; index += 1) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `MQ-${code}`;
}

/** The seller's scope as the booking statements take it. */
const statementScopeOf = (seller: BookingSeller): SellerScopeValues =>
  seller.kind === 'partner' ? { partnerId: seller.partnerId, customerId: null } : { partnerId: null, customerId: seller.customerId };

/** The seller's scope as `writeBooking` takes it (its own `customerId` is the booking's). */
const bookingSellerOf = (seller: BookingSeller): BookingSellerValues => {
  const { partnerId, customerId } = statementScopeOf(seller);
  return { sellerPartnerId: partnerId, sellerCustomerId: customerId };
};

/** The read of a confirmation: the hold with its showtime, and the hold's seats, locked. */
function bookingRead(client: postgres.Sql, seller: BookingSeller, holdId: string) {
  return statements.readHoldForBooking.on(client, { ...statementScopeOf(seller), holdId });
}

/** A confirmation whose random reference collided with another booking's is simply made again. */
export const referenceCollided = (error: unknown) => violatedUniqueConstraint(error) === 'bookings_reference_unique';

/**
 * Confirms a hold, in two round trips: the hold, its showtime and its seats are locked and checked,
 * then the booking, its seats, its payment, the converted hold and the events are written together.
 */
export async function confirmBooking(reads: DecisionReads, seller: BookingSeller, input: BookingInput): Promise<Decision<BookingView>> {
  const [[read]] = await reads.round(bookingRead(reads.sql, seller, input.holdId));
  const decided = decideBooking(seller, input, read!.hold, read!.seats);
  return { body: decided.booking, writes: decided.writes(reads.sql), audit: decided.audit, retryIf: referenceCollided };
}

/**
 * What confirming a locked hold writes, or the refusal: everything decided from the reads, nothing
 * written yet. The hold's row lock decides a race with its own expiry or another confirmation.
 */
function decideBooking(seller: BookingSeller, input: BookingInput, hold: HoldForBooking | null, seats: HeldSeat[]) {
  if (!hold) throw notFound('hold', input.holdId);
  if (hold.status === 'converted') throw holdConverted(input.holdId, { confirming: true });
  if (hold.status !== 'active' || hold.lapsed) throw holdExpired(input.holdId, { confirming: true });
  if (hold.showtimeStatus !== 'scheduled') throw showtimeCancelled(hold.showtimeId);
  if (seller.kind === 'customer' && input.payment.method !== 'pay_at_venue') {
    throw new DomainError('payment_method_unavailable', { detail: 'Customers pay at the venue until a card gateway exists; `partner_collected` is for partners.' });
  }
  if (input.payment.method === 'pay_at_venue' && !hold.payAtVenue) {
    throw new DomainError('payment_method_unavailable', { detail: 'This theatre does not take payment at the venue.' });
  }
  const quote = hold.quote;
  // Fewer live seats than the quote: some lapsed or were taken; nothing is booked.
  if (seats.length !== quote.lines.length || seats.some((seat) => !seat.live)) throw holdExpired(input.holdId, { confirming: true });

  const channelPartnerId = sellingPartnerOf(seller);
  const bookingId = newId('bkg');
  const reference = newReference();
  const createdAt = timestampOf(hold.now);
  const payment = {
    method: input.payment.method,
    status: input.payment.method === 'partner_collected' ? ('captured' as const) : ('pending' as const),
    amount: quote.total.amount,
    currency: quote.total.currency,
    providerReference: input.payment.method === 'partner_collected' ? input.payment.reference : null,
  };
  const booking = toBooking({
    id: bookingId, reference, showtimeId: hold.showtimeId, theatreId: hold.theatreId, channelPartnerId,
    customerRef: hold.customerRef, status: 'confirmed', totalAmount: quote.total.amount, currency: quote.total.currency, priceBreakdown: quote,
    createdAt, cursorAt: createdAt.toISOString(), cancellableUntil: hold.cancellableUntil,
    cancelledAt: null, cancellationCause: null, cancellationReason: null,
  }, payment);
  // The seats' versions after this transaction's update, which moves each by one.
  const booked = seats.map(({ seatId, label, version }) => ({ seatId, label, state: 'booked', version: version + 1 }));
  const seatIdOf = new Map(seats.map((seat) => [seat.label, seat.seatId]));
  const events: EventInput[] = [
    {
      type: 'booking.confirmed',
      aggregate: { type: 'booking', id: bookingId, version: 1 },
      // Never who the customer is: the theatre partner sees this event too.
      data: { ...booking, customerRef: null },
      // A direct booking's event goes to the theatre partner alone.
      audience: { ...(channelPartnerId ? { aggregatorPartnerId: channelPartnerId } : {}), theatrePartnerId: hold.theatrePartnerId },
    },
    {
      type: 'inventory.updated',
      aggregate: { type: 'showtime', id: hold.showtimeId, version: Math.max(...booked.map((seat) => seat.version)) },
      data: { showtimeId: hold.showtimeId, seats: booked },
      audience: { theatrePartnerId: hold.theatrePartnerId, allAggregators: true },
    },
  ];
  const writes = (client: postgres.Sql): Statement[] => {
    noteEventWrite();
    return [
      statements.writeBooking.on(client, {
        bookingId, reference, showtimeId: hold.showtimeId, customerId: hold.customerId, holdId: hold.id, channelPartnerId,
        totalAmount: quote.total.amount, currency: quote.total.currency, priceBreakdown: JSON.stringify(quote),
        paymentId: newId('pay'), paymentMethod: payment.method, paymentStatus: payment.status, providerReference: payment.providerReference,
        seatIds: quote.lines.map((line) => seatIdOf.get(line.label)!),
        labels: quote.lines.map((line) => line.label),
        categories: quote.lines.map((line) => line.category),
        baseAmounts: quote.lines.map((line) => line.basePrice.amount),
        discountAmounts: quote.lines.map((line) => line.basePrice.amount - line.price.amount),
        amounts: quote.lines.map((line) => line.price.amount),
        ...bookingSellerOf(seller),
        ...eventColumnsOf(events),
      }),
    ];
  };
  const audit: AuditEntry = {
    action: 'booking.confirmed', targetType: 'booking', targetIds: [bookingId],
    details: { reference, holdId: hold.id, showtimeId: hold.showtimeId, seats: quote.lines.map((line) => line.label), paymentMethod: payment.method },
  };
  return { booking, writes, audit };
}

export type BookingInput = BookingIn;

/**
 * Up to 50 holds confirmed together, all or nothing. The holds' showtimes are locked first (by
 * id), then each hold is locked and checked in hold-id order — the same order for every caller, so
 * two bulk calls over the same showtimes queue rather than deadlock. Every refusal is reported, and
 * one refusal books nothing: all is decided before anything is written. Returns the bookings in
 * the order asked.
 */
export async function confirmBookings(w: BookingWriter, items: BookingInput[]) {
  const firstIndexOf = new Map<string, number>();
  const duplicates = items.flatMap((item, index) => {
    const first = firstIndexOf.get(item.holdId);
    if (first === undefined) firstIndexOf.set(item.holdId, index);
    return first === undefined ? [] : [{ field: ['items', index, 'holdId'], message: `repeats items/${first}`, code: 'duplicate' }];
  });
  if (duplicates.length > 0) throw new DomainError('validation_failed', { detail: 'Each hold may appear only once.', issues: duplicates });

  const client = clientOf(w.tx);
  const scope = w.seller;
  const seen = await Promise.all(items.map((item) => findHold(w.tx, scope, item.holdId)));
  await lockShowtimes(w.tx, [...new Set(seen.flatMap((hold) => hold?.showtimeId ?? []))].sort(), 'share');

  const order = items.map((item, index) => ({ item, index })).sort((a, b) => (a.item.holdId < b.item.holdId ? -1 : 1));
  const decisions: (ReturnType<typeof decideBooking> & { index: number })[] = [];
  const refusals: { index: number; message: string; code: string }[] = [];
  for (const { item, index } of order) {
    const [read] = await bookingRead(client, w.seller, item.holdId);
    try {
      decisions.push({ ...decideBooking(w.seller, item, read!.hold, read!.seats), index });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      refusals.push({ index, message: error.detail, code: error.code });
    }
  }
  if (refusals.length > 0) {
    refusals.sort((a, b) => a.index - b.index);
    const issues: FieldIssue[] = refusals.map(({ index, message, code }) => ({ field: ['items', index], message, code }));
    throw new DomainError('bulk_booking_refused', { detail: `${refusals.length} of ${items.length} holds could not be booked; nothing was booked.`, issues });
  }
  const bookings: BookingView[] = new Array(items.length);
  for (const decision of decisions) {
    await Promise.all(decision.writes(client));
    await w.audit(decision.audit);
    bookings[decision.index] = decision.booking;
  }
  return bookings;
}

/** What a reader sees of the bookings table; a seller reads its own sales the same way. */
export const bookingScopeOf = (reader: BookingReader): queries.BookingScope =>
  reader.kind === 'customer'
    ? { customerId: reader.customerId }
    : reader.partnerKind === 'aggregator'
      ? { channelPartnerId: reader.partnerId }
      : { theatrePartnerId: reader.partnerId };

export async function getBooking(db: DbExecutor, reader: BookingReader, bookingId: string) {
  const [booking] = await readBookings(db, [bookingId], reader);
  if (!booking) throw notFound('booking', bookingId);
  return booking;
}

/** Bookings by id as the reader may see them, in the order asked; unknown or invisible ones are left out. */
export async function readBookings(db: DbExecutor, bookingIds: string[], reader: BookingReader) {
  const rows = await queries.findBookings(db, bookingScopeOf(reader), bookingIds);
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const present = bookingIds.flatMap((id) => rowOf.get(id) ?? []);
  return withSettlement(db, reader, present);
}

export async function listBookings(db: DbExecutor, reader: BookingReader, params: Omit<queries.BookingFilter, 'after'> & { cursor?: string }) {
  const after = decodeCursor(params.cursor, 2) as [string, string] | undefined;
  if (after && Number.isNaN(Date.parse(after[0]))) throw invalidParameter('cursor', { message: 'is not a cursor returned by this list', code: 'invalid_cursor' });
  const rows = await queries.listBookings(db, bookingScopeOf(reader), { ...params, after });
  const page = pageOf(rows, params.limit, (row) => [row.cursorAt, row.id], (row) => row);
  return { ...page, data: await withSettlement(db, reader, page.data) };
}

/** Each booking with its payment and refund as the reader sees it, read in two statements for the whole list. */
async function withSettlement(db: DbExecutor, reader: BookingReader, rows: queries.BookingRow[]) {
  const ids = rows.map((row) => row.id);
  const scope = bookingScopeOf(reader);
  const [payments, refunds] = await Promise.all([queries.paymentsOf(db, scope, ids), queries.refundsOf(db, scope, ids)]);
  // The first of each, should there ever be more.
  const paymentOf = new Map(payments.reverse().map((payment) => [payment.bookingId, payment]));
  const refundOf = new Map(refunds.reverse().map((refund) => [refund.bookingId, refund]));
  return rows.map((row) => toBooking(visibleTo(reader, row), paymentOf.get(row.id), refundOf.get(row.id)));
}

/** A theatre partner sees its bookings, never who the aggregator's customer is. */
const visibleTo = (reader: BookingReader, row: queries.BookingRow): queries.BookingRow => (reader.kind === 'partner' && reader.partnerKind === 'theatre' ? { ...row, customerRef: null } : row);

type PaymentRow = { method: 'partner_collected' | 'pay_at_venue' | 'card'; status: Awaited<ReturnType<typeof queries.paymentsOf>>[number]['status']; amount: number; currency: string; providerReference: string | null };
type RefundRow = Omit<Awaited<ReturnType<typeof queries.refundsOf>>[number], 'bookingId'>;

export function toBooking(row: queries.BookingRow, payment: PaymentRow | undefined, refund?: RefundRow) {
  const quote = row.priceBreakdown;
  if (!payment) throw new Error(`booking ${row.id} has no payment`);
  return {
    id: row.id,
    reference: row.reference,
    showtimeId: row.showtimeId,
    theatreId: row.theatreId,
    channel: row.channelPartnerId ? { type: 'partner' as const, partnerId: row.channelPartnerId } : { type: 'direct' as const, partnerId: null },
    customerRef: row.customerRef,
    status: row.status,
    seats: quote.lines.map(({ label, category }) => ({ label, category })),
    priceLines: quote.lines,
    total: { amount: row.totalAmount, currency: row.currency },
    payment: { method: payment.method, status: payment.status, amount: { amount: payment.amount, currency: payment.currency }, reference: payment.providerReference },
    cancellableUntil: row.status === 'confirmed' ? row.cancellableUntil : null,
    cancellation:
      row.status === 'cancelled' && row.cancelledAt && row.cancellationCause
        ? {
            cancelledAt: row.cancelledAt.toISOString(),
            cause: row.cancellationCause,
            reason: row.cancellationReason,
            refund: refund ? { amount: { amount: refund.amount, currency: refund.currency }, status: refund.status } : null,
          }
        : null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type BookingView = ReturnType<typeof toBooking>;
