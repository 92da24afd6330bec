import { sql } from 'drizzle-orm';
import { param, prepared } from '../prepared.ts';
import { bookedSeats, bookings, customers, payments, refunds } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { cancellableUntil, cancellationDeadline, type CancellationCause } from './booking-cancellation.ts';
import { eventsInsertSql, type EventColumns } from './events.ts';

/**
 * Cancelling bookings in two statements, however many there are: one locks and reads everything
 * the decision and the answers need, one writes the cancellation. Locks are taken in one order —
 * showtimes `FOR SHARE` by id, then bookings `FOR UPDATE` by id, then their payments and seats —
 * the order holds and confirmations use, so cancellations never deadlock with selling, and two
 * bulk cancellations never with each other.
 */

/** Whose bookings may be read: their seller, the signed-in customer (direct ones), or the theatre partner. */
export interface BookingScopeValues {
  channelPartnerId: string | null;
  customerId: string | null;
  theatrePartnerId: string | null;
}

/** What is to be cancelled: bookings by id (any status, to say why not), or a showtime's confirmed ones. */
export interface CancellationTarget {
  bookingIds: string[] | null;
  showtimeIds: string[] | null;
}

export interface BookingForCancellation {
  id: string;
  reference: string;
  showtimeId: string;
  theatreId: string;
  theatrePartnerId: string;
  channelPartnerId: string | null;
  customerRef: string | null;
  status: 'confirmed' | 'cancelled';
  totalAmount: number;
  currency: string;
  priceBreakdown: (typeof bookings.$inferSelect)['priceBreakdown'];
  createdAt: string;
  cursorAt: string;
  cancellableUntil: string;
  cancelledAt: string | null;
  cancellationCause: CancellationCause | null;
  cancellationReason: string | null;
  version: number;
  /** The theatre's cut-off has passed, by the database clock. */
  cancellationClosed: boolean;
  /** The first payment (there is one per booking). */
  payment: { id: string; method: 'partner_collected' | 'pay_at_venue' | 'card'; status: string; amount: number; currency: string; providerReference: string | null } | null;
  refund: { status: 'pending' | 'succeeded' | 'failed'; amount: number; currency: string } | null;
  /** Its seats still booked, with their versions before this transaction. */
  seats: { seatId: string; label: string; version: number }[];
}

/** The reader's scope over `bookings b` joined to `theatres t`; a null scope value matches nothing. */
const inScope = sql`(b.channel_partner_id = ${param('channelPartnerId')}::text
  or (b.customer_id = ${param('customerId')}::text and b.channel_partner_id is null) or t.partner_id = ${param('theatrePartnerId')}::text)`;

/**
 * The bookings to cancel (two index-driven branches, by id and by showtime, never one scan with an
 * OR between them), their showtimes locked `FOR SHARE` first, then the bookings `FOR UPDATE` in id
 * order, then their payments and seats; read whole for the answers and events.
 */
export const lockBookingsForCancellation = prepared<
  BookingScopeValues & CancellationTarget,
  { now: string; bookings: BookingForCancellation[] }
>(sql`
  with target as (
    select b.id, b.showtime_id from ${bookings} b join ${showtimes} s on s.id = b.showtime_id join ${theatres} t on t.id = s.theatre_id
    where b.id = any(${param('bookingIds')}::text[]) and ${inScope}
    union all
    select b.id, b.showtime_id from ${bookings} b join ${showtimes} s on s.id = b.showtime_id join ${theatres} t on t.id = s.theatre_id
    where b.showtime_id = any(${param('showtimeIds')}::text[]) and b.status = 'confirmed' and ${inScope}),
  target_showtimes as materialized (
    select s.id from ${showtimes} s where s.id in (select showtime_id from target) order by s.id for share),
  -- The rows as locked: FOR UPDATE returns each row's newest version (after waiting for a
  -- concurrent cancellation), where a plain read in this statement would see its start snapshot.
  locked_rows as materialized (
    select b.* from ${bookings} b where b.id in (select id from target) and exists (select 1 from target_showtimes) order by b.id for update),
  locked as materialized (
    select ${bookings.id}, ${bookings.reference}, ${bookings.showtimeId} as "showtimeId", ${showtimes.theatreId} as "theatreId",
           ${theatres.partnerId} as "theatrePartnerId", ${bookings.channelPartnerId} as "channelPartnerId", ${customers.externalRef} as "customerRef",
           ${bookings.status}, ${bookings.totalAmount} as "totalAmount", ${bookings.currency}, ${bookings.priceBreakdown} as "priceBreakdown",
           ${bookings.createdAt} as "createdAt",
           to_char(${bookings.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "cursorAt",
           ${cancellableUntil} as "cancellableUntil", ${bookings.cancelledAt} as "cancelledAt",
           ${bookings.cancellationCause} as "cancellationCause", ${bookings.cancellationReason} as "cancellationReason",
           ${bookings.version}, ${cancellationDeadline} <= now() as "cancellationClosed"
    from locked_rows ${bookings}
    join ${showtimes} on ${showtimes.id} = ${bookings.showtimeId}
    join ${theatres} on ${theatres.id} = ${showtimes.theatreId}
    join ${customers} on ${customers.id} = ${bookings.customerId}),
  locked_payments as materialized (
    select p.id, p.booking_id, p.method, p.status, p.amount, p.currency, p.provider_reference, p.created_at
    from ${payments} p where p.booking_id in (select id from locked) order by p.id for update),
  locked_seats as materialized (
    select si.booking_id, si.seat_id, ls.label, si.version
    from ${seatInventory} si join ${layoutSeats} ls on ls.id = si.seat_id
    where si.booking_id in (select id from locked) and si.state = 'booked'
    order by si.showtime_id, si.seat_id
    for update of si)
  select now() as now, coalesce((select json_agg(to_jsonb(l) || jsonb_build_object(
      'payment', (select jsonb_build_object('id', p.id, 'method', p.method, 'status', p.status, 'amount', p.amount, 'currency', p.currency,
                    'providerReference', p.provider_reference)
                  from locked_payments p where p.booking_id = l.id order by p.created_at, p.id limit 1),
      'refund', (select jsonb_build_object('status', r.status, 'amount', r.amount, 'currency', r.currency)
                 from ${refunds} r where r.booking_id = l.id order by r.created_at, r.id limit 1),
      'seats', coalesce((select jsonb_agg(jsonb_build_object('seatId', s.seat_id, 'label', s.label, 'version', s.version))
                         from locked_seats s where s.booking_id = l.id), '[]'::jsonb))
    order by l.id) from locked l), '[]'::json) as bookings`);

export interface CancellationValues {
  bookingIds: string[];
  cause: CancellationCause;
  reason: string | null;
  /** `available` to sell again, or `blocked` when the showtime itself is cancelled. */
  seatsBecome: 'available' | 'blocked';
  refundIds: string[];
  refundPaymentIds: string[];
  refundBookingIds: string[];
  refundAmounts: number[];
  refundCurrencies: string[];
  refundReason: string;
}

/**
 * The cancellation of bookings locked and checked by this transaction, in one statement: the
 * bookings cancelled, their booked seats let go, their inventory seats back on sale (or blocked),
 * their payments settled in full (money taken refunded, money not yet taken voided), the refunds
 * recorded, and the events. The canceller's scope is part of it: every write is of the bookings
 * it may cancel, so another tenant's booking id writes nothing.
 */
export const writeCancellations = prepared<CancellationValues & BookingScopeValues & EventColumns, never>(sql`
  with owned as materialized (
    select b.id from ${bookings} b join ${showtimes} s on s.id = b.showtime_id join ${theatres} t on t.id = s.theatre_id
    where b.id = any(${param('bookingIds')}::text[]) and ${inScope}),
  cancelled as (
    update ${bookings} set status = 'cancelled', cancelled_at = now(), cancellation_cause = ${param('cause')}, cancellation_reason = ${param('reason')}::text,
      version = version + 1, updated_at = now()
    where id in (select id from owned) and status = 'confirmed'),
  released as (
    update ${bookedSeats} set cancelled_at = now() where booking_id in (select id from owned) and cancelled_at is null),
  inventory as (
    update ${seatInventory}
    set state = ${param('seatsBecome')}::text, booking_id = null,
      blocked_reason = case when ${param('seatsBecome')}::text = 'blocked' then 'showtime cancelled' end, version = version + 1, updated_at = now()
    where booking_id in (select id from owned) and state = 'booked'),
  settled as (
    update ${payments} set status = case when status = 'captured' then 'refunded' else 'voided' end, updated_at = now()
    where booking_id in (select id from owned) and status in ('captured', 'pending')),
  new_refunds as (
    insert into ${refunds} (id, payment_id, booking_id, amount, currency, status, reason)
    select id, payment_id, booking_id, amount, currency, 'succeeded', ${param('refundReason')}
    from unnest(${param('refundIds')}::text[], ${param('refundPaymentIds')}::text[], ${param('refundBookingIds')}::text[],
      ${param('refundAmounts')}::int[], ${param('refundCurrencies')}::text[]) as r(id, payment_id, booking_id, amount, currency)
    where booking_id in (select id from owned)),
  new_events as (${eventsInsertSql} where exists (select 1 from owned))
  select 1`);
