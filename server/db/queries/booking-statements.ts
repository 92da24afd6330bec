import { sql } from 'drizzle-orm';
import { param, prepared } from '../prepared.ts';
import { bookedSeats, bookings, customers, holds, payments } from '../schema/booking.ts';
import { eventsInsertSql, type EventColumns } from './events.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { cancellableUntil } from './booking-cancellation.ts';

/**
 * The two statements of confirming a hold into a booking, prepared: one reads and locks, one writes.
 */

/** The seller's scope (`SellerScope`) as statement parameters: an aggregator by its partner id, or a signed-in customer (direct) by its id. */
export interface SellerScopeValues {
  partnerId: string | null;
  customerId: string | null;
}

/** The seller's scope over `holds`, from the named partner and customer parameters. */
const holdOwnedBy = (partnerId: string, customerId: string) => sql`((${param(partnerId)}::text is not null and ${holds.partnerId} = ${param(partnerId)}::text)
  or (${param(customerId)}::text is not null and ${holds.customerId} = ${param(customerId)}::text and ${holds.partnerId} is null))`;

const holdInScope = holdOwnedBy('partnerId', 'customerId');

export interface HoldForBooking {
  id: string;
  showtimeId: string;
  customerId: string;
  customerRef: string | null;
  status: 'active' | 'released' | 'expired' | 'converted';
  lapsed: boolean;
  quote: (typeof holds.$inferSelect)['quote'];
  showtimeStatus: 'scheduled' | 'cancelled';
  theatreId: string;
  theatrePartnerId: string;
  payAtVenue: boolean;
  cancellableUntil: string;
  /** The transaction's clock: the booking's `created_at`. */
  now: string;
}

export interface HeldSeat {
  seatId: string;
  label: string;
  state: string;
  /** Still held by the hold, and its time not run out. */
  live: boolean;
  version: number;
}

/**
 * The hold (with its showtime `FOR SHARE`, the order holds take) and then its seats, locked, in
 * one statement. The seller's scope is part of it: another seller's hold is not found, and its
 * seats are never locked.
 */
export const readHoldForBooking = prepared<SellerScopeValues & { holdId: string }, { hold: HoldForBooking | null; seats: HeldSeat[] }>(sql`
  with booking_hold as materialized (
    select ${holds.id}, ${holds.showtimeId} as "showtimeId", ${holds.customerId} as "customerId", ${customers.externalRef} as "customerRef",
           ${holds.status}, ${holds.expiresAt} <= now() as lapsed, ${holds.quote}, ${showtimes.status} as "showtimeStatus",
           ${showtimes.theatreId} as "theatreId", ${theatres.partnerId} as "theatrePartnerId", ${theatres.payAtVenue} as "payAtVenue",
           ${cancellableUntil} as "cancellableUntil", now() as now
    from ${holds}
    join ${customers} on ${customers.id} = ${holds.customerId}
    join ${showtimes} on ${showtimes.id} = ${holds.showtimeId}
    join ${theatres} on ${theatres.id} = ${showtimes.theatreId}
    where ${holds.id} = ${param('holdId')} and ${holdInScope}
    for update of ${holds} for share of ${showtimes}),
  held_seats as materialized (
    select ${seatInventory.seatId} as "seatId", ${layoutSeats.label}, ${seatInventory.state},
           (${seatInventory.state} = 'held' and ${seatInventory.heldUntil} > now()) as live, ${seatInventory.version}
    from ${seatInventory} join ${layoutSeats} on ${layoutSeats.id} = ${seatInventory.seatId}
    where ${seatInventory.holdId} = (select id from booking_hold)
    order by ${seatInventory.seatId}
    for update of ${seatInventory})
  select (select row_to_json(booking_hold) from booking_hold) as hold, coalesce((select json_agg(held_seats) from held_seats), '[]'::json) as seats`);

export interface BookingValues {
  bookingId: string;
  reference: string;
  showtimeId: string;
  customerId: string;
  holdId: string;
  channelPartnerId: string | null;
  totalAmount: number;
  currency: string;
  priceBreakdown: string;
  paymentId: string;
  paymentMethod: string;
  paymentStatus: string;
  providerReference: string | null;
  /** Per quote line: the seat, its label, category and amounts. */
  seatIds: string[];
  labels: string[];
  categories: string[];
  baseAmounts: number[];
  discountAmounts: number[];
  amounts: number[];
}

/** The seller's scope as `writeBooking` takes it, beside the booking's own `customerId`. */
export interface BookingSellerValues {
  sellerPartnerId: string | null;
  sellerCustomerId: string | null;
}

/**
 * The booking in one statement: the booking row, the hold's seats (locked and checked by this
 * transaction) booked, the booked seats, the payment, the hold converted and the events. The
 * seller's scope is part of it: every write hangs off the hold as the seller owns it, so another
 * seller's hold id writes nothing at all.
 */
export const writeBooking = prepared<BookingValues & BookingSellerValues & EventColumns, never>(sql`
  with owned_hold as materialized (
    select ${holds.id} from ${holds} where ${holds.id} = ${param('holdId')} and ${holdOwnedBy('sellerPartnerId', 'sellerCustomerId')}),
  new_booking as (
    insert into ${bookings} (id, reference, showtime_id, customer_id, hold_id, channel_partner_id, total_amount, currency, price_breakdown)
    select ${param('bookingId')}, ${param('reference')}, ${param('showtimeId')}, ${param('customerId')}, id,
      ${param('channelPartnerId')}::text, ${param('totalAmount')}::int, ${param('currency')}, ${param('priceBreakdown')}::text::jsonb
    from owned_hold
    returning id),
  booked_inventory as (
    update ${seatInventory}
    set state = 'booked', booking_id = (select id from new_booking), hold_id = null, held_until = null, version = version + 1, updated_at = now()
    where showtime_id = ${param('showtimeId')} and hold_id = (select id from owned_hold)),
  new_booked_seats as (
    insert into ${bookedSeats} (booking_id, showtime_id, seat_id, label, category, base_amount, discount_amount, amount, currency)
    select new_booking.id, ${param('showtimeId')}, seat_id, label, category, base_amount, discount_amount, amount, ${param('currency')}
    from new_booking, unnest(${param('seatIds')}::text[], ${param('labels')}::text[], ${param('categories')}::text[], ${param('baseAmounts')}::int[],
      ${param('discountAmounts')}::int[], ${param('amounts')}::int[]) as s(seat_id, label, category, base_amount, discount_amount, amount)),
  new_payment as (
    insert into ${payments} (id, booking_id, method, status, amount, currency, provider_reference)
    select ${param('paymentId')}, id, ${param('paymentMethod')}, ${param('paymentStatus')}, ${param('totalAmount')}::int, ${param('currency')},
      ${param('providerReference')}::text from new_booking),
  converted_hold as (
    update ${holds} set status = 'converted', version = version + 1, updated_at = now() where id = (select id from owned_hold)),
  new_events as (${eventsInsertSql} where exists (select 1 from owned_hold))
  select 1`);
