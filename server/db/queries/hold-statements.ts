import { sql, type SQL } from 'drizzle-orm';
import { param, prepared } from '../prepared.ts';
import { customers, holds } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { offers } from '../schema/offers.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { offerInScope, offerValidOn } from './offers.ts';
import { seatIsFree } from './seat-state.ts';

/**
 * The two statements of a hold, prepared. The first reads and locks everything the decision needs
 * in one statement: the showtime `FOR SHARE` (with its prices and the offers that may apply), the
 * customer (created on first use), the customer's active holds on the showtime `FOR UPDATE`, and
 * the seats. The second writes the hold and its seats. States are written inline, never bound, so
 * the statements' generic plans still use the partial indexes (`where status = 'active'`).
 */

export interface SaleShowtime {
  id: string;
  layoutId: string;
  status: 'scheduled' | 'cancelled';
  started: boolean;
  theatreStatus: string;
  /** The start on the theatre's wall clock, `YYYY-MM-DDTHH:MM:SS`: what offer windows are judged by. */
  localStart: string;
  /** The transaction's clock (`now()`): what `created_at` and every `<= now()` in it see. */
  now: string;
  prices: { category: string; amount: number; currency: string }[];
  /** Active offers in the showtime's scope and valid on its local date; the time of day is judged by pricing. */
  offers: {
    id: string; name: string; kind: 'nth_ticket' | 'time_window'; percentOff: number; nth: number | null; repeats: boolean;
    windowStart: string | null; windowEnd: string | null; daysOfWeek: number[] | null; priority: number;
  }[];
}

/** Who the hold is for: a signed-in customer by id, or an aggregator's customer by its reference. */
export interface HoldCustomer {
  customerId: string | null;
  partnerId: string | null;
  customerRef: string | null;
}

export interface SaleContext<Seats> {
  /** Null for an unknown showtime. */
  showtime: SaleShowtime | null;
  /** Null only when another request created the customer at this very moment: read again. */
  customerId: string | null;
  activeHolds: { id: string; theatrePartnerId: string; lapsed: boolean }[];
  seats: Seats;
}

export interface NamedSeat {
  seatId: string;
  label: string;
  category: string;
  /** Null when another transaction is taking the seat right now (skipped, not waited for). */
  state: string | null;
  free: boolean;
  /**
   * Skipped, and held by a hold that has run out: the transaction locking it is most likely the
   * sweep (or the owner's next hold) expiring that hold, which takes milliseconds.
   */
  lapsedHold: boolean;
}

export interface LayoutSeatRow {
  seatId: string; label: string; rowLabel: string; category: string; x: number; y: number; wheelchair: boolean; companion: boolean;
}

const showtimeId = param('showtimeId');

/**
 * The common part: the showtime locked `FOR SHARE` (sales side by side, never beside a
 * cancellation), the customer, and its active holds locked. Seat statements below read the layout
 * through `sale_showtime`, so the showtime is locked before any seat.
 */
const saleParts = sql`
  sale_showtime as materialized (
    select ${showtimes.id}, ${showtimes.layoutId} as "layoutId", ${showtimes.status}, ${showtimes.startsAt} <= now() as started,
           ${theatres.status} as "theatreStatus", now() as now,
           to_char(${showtimes.startsAt} at time zone ${theatres.timeZone}, 'YYYY-MM-DD"T"HH24:MI:SS') as "localStart",
           coalesce((select json_agg(json_build_object('category', p.category, 'amount', p.amount, 'currency', p.currency))
                     from ${showtimePrices} p where p.showtime_id = ${showtimes.id}), '[]'::json) as prices,
           coalesce((select json_agg(json_build_object('id', ${offers.id}, 'name', ${offers.name}, 'kind', ${offers.kind},
                       'percentOff', ${offers.percentOff}, 'nth', ${offers.nth}, 'repeats', ${offers.repeats}, 'windowStart', ${offers.windowStart},
                       'windowEnd', ${offers.windowEnd}, 'daysOfWeek', ${offers.daysOfWeek}, 'priority', ${offers.priority})
                       order by ${offers.priority}, ${offers.id})
                     from ${offers}
                     where ${offers.status} = 'active' and ${offerInScope(sql`array[${showtimes.cityId}]`, sql`array[${showtimes.theatreId}]`)}
                       and ${offerValidOn(sql`(${showtimes.startsAt} at time zone ${theatres.timeZone})::date`)}), '[]'::json) as offers
    from ${showtimes} join ${theatres} on ${theatres.id} = ${showtimes.theatreId}
    where ${showtimes.id} = ${showtimeId}
    for share of ${showtimes}),
  new_customer as (
    insert into ${customers} (id, kind, aggregator_partner_id, external_ref)
    select ${param('newCustomerId')}::text, 'aggregator', ${param('partnerId')}::text, ${param('customerRef')}::text
    where ${param('partnerId')}::text is not null and exists (select 1 from sale_showtime)
    on conflict (aggregator_partner_id, external_ref) do nothing
    returning id),
  sale_customer as materialized (
    select coalesce(${param('customerId')}::text, (select id from new_customer),
      (select c.id from ${customers} c where c.aggregator_partner_id = ${param('partnerId')}::text and c.external_ref = ${param('customerRef')}::text)) as id),
  active_holds as materialized (
    select h.id, t.partner_id as "theatrePartnerId", h.expires_at <= now() as lapsed
    from ${holds} h join ${showtimes} s on s.id = h.showtime_id join ${theatres} t on t.id = s.theatre_id
    where h.customer_id = (select id from sale_customer) and h.showtime_id = ${showtimeId} and h.status = 'active'
    order by h.id
    for update of h)`;

const saleColumns = sql`
  (select row_to_json(sale_showtime) from sale_showtime) as showtime,
  (select id from sale_customer) as "customerId",
  coalesce((select json_agg(active_holds) from active_holds), '[]'::json) as "activeHolds"`;

type SaleParams = HoldCustomer & { showtimeId: string; newCustomerId: string };

const saleStatement = <Params, Seats>(seatParts: SQL, seatColumns: SQL) =>
  prepared<SaleParams & Params, SaleContext<Seats>>(sql`with ${saleParts}, ${seatParts} select ${saleColumns}, ${seatColumns}`);

/**
 * For a hold of named seats: the layout's seats with those labels (unknown labels are absent),
 * locked in seat-id order without waiting (`SKIP LOCKED`: a seat someone is taking right now
 * counts as taken, so racers fail at once instead of queueing), and, when some are not free, free
 * seats of the same categories nearest them (at most 20) for the refusal.
 */
export const readSaleOfNamedSeats = saleStatement<{ labels: string[] }, { seats: NamedSeat[]; nearby: string[] }>(
  sql`
  wanted as (
    select ls.id, ls.label, ls.category, ls.x, ls.y from ${layoutSeats} ls
    where ls.layout_id = (select "layoutId" from sale_showtime) and ls.label = any(${param('labels')}::text[])),
  locked as materialized (
    select ${seatInventory.seatId} as seat_id, ${seatInventory.state} as state, ${seatIsFree} as free
    from ${seatInventory}
    where ${seatInventory.showtimeId} = ${showtimeId} and ${seatInventory.seatId} in (select id from wanted)
    order by ${seatInventory.seatId}
    for update skip locked),
  nearby as (
    select ls.label
    from ${seatInventory} join ${layoutSeats} ls on ls.id = ${seatInventory.seatId}
    where (select count(*) filter (where free) from locked) < (select count(*) from wanted)
      and ${seatInventory.showtimeId} = ${showtimeId} and ${seatIsFree}
      and ls.category in (select category from wanted) and ls.id not in (select id from wanted)
    order by power(ls.x - (select avg(x) from wanted), 2) + power(ls.y - (select avg(y) from wanted), 2), ls.label
    limit 20)`,
  sql`
  json_build_object(
    'seats', coalesce((select json_agg(json_build_object('seatId', w.id, 'label', w.label, 'category', w.category,
                         'state', l.state, 'free', coalesce(l.free, false),
                         'lapsedHold', l.seat_id is null and exists (select 1 from ${seatInventory} si where si.showtime_id = ${showtimeId}
                           and si.seat_id = w.id and si.state = 'held' and si.held_until <= now())))
                       from wanted w left join locked l on l.seat_id = w.id), '[]'::json),
    'nearby', coalesce((select json_agg(label) from nearby), '[]'::json)) as seats`,
);

/**
 * Which seats of the showtime are free, unlocked, as one character per seat in seat-id order
 * (`1` free, `0` not): what best available chooses from, beside the layout it keeps (immutable).
 */
const freeSeatFlags = sql`(select coalesce(string_agg(case when ${seatIsFree} then '1' else '0' end, '' order by ${seatInventory.seatId}), '')
  from ${seatInventory} where ${seatInventory.showtimeId} = ${showtimeId})`;

/** For best available: the free seats, after the showtime is locked. */
export const readSaleForBestAvailable = saleStatement<Record<never, never>, string>(
  sql`free_flags as (select ${freeSeatFlags} as flags where exists (select 1 from sale_showtime))`,
  sql`(select flags from free_flags) as seats`,
);

/** The free seats again, for another best-available attempt. */
export const readFreeSeatFlags = prepared<{ showtimeId: string }, { flags: string }>(sql`select ${freeSeatFlags} as flags`);

/** A layout's seats in seat-id order, with their places and flags: what best available chooses among. */
export const readLayoutSeats = prepared<{ layoutId: string }, { seats: LayoutSeatRow[] }>(sql`
  select coalesce(json_agg(json_build_object('seatId', ls.id, 'label', ls.label, 'rowLabel', ls.row_label, 'category', ls.category,
           'x', ls.x, 'y', ls.y, 'wheelchair', ls.wheelchair, 'companion', ls.companion) order by ls.id), '[]'::json) as seats
  from ${layoutSeats} ls where ls.layout_id = ${param('layoutId')}`);

/** Seats locked waiting for whoever has them: only for seats whose hold has run out (see `NamedSeat.lapsedHold`). */
export const lockLapsedSeats = prepared<{ showtimeId: string; seatIds: string[] }, { seatId: string; state: string; free: boolean }>(sql`
  select ${seatInventory.seatId} as "seatId", ${seatInventory.state} as state, ${seatIsFree} as free
  from ${seatInventory}
  where ${seatInventory.showtimeId} = ${showtimeId} and ${seatInventory.seatId} = any(${param('seatIds')}::text[])
  order by ${seatInventory.seatId}
  for update`);

/** Chosen seats, locked without waiting; those not returned free (or not returned at all) are taken. */
export const lockChosenSeats = prepared<{ showtimeId: string; seatIds: string[] }, { seatId: string; free: boolean }>(sql`
  select ${seatInventory.seatId} as "seatId", ${seatIsFree} as free
  from ${seatInventory}
  where ${seatInventory.showtimeId} = ${showtimeId} and ${seatInventory.seatId} = any(${param('seatIds')}::text[])
  order by ${seatInventory.seatId}
  for update skip locked`);

/** The hold, and the seats this transaction locked and found free become its own: one statement. */
export const writeHold = prepared<
  { holdId: string; showtimeId: string; customerId: string; partnerId: string | null; expiresAt: string; quote: string; seatIds: string[] },
  never
>(sql`
  with new_hold as (
    insert into ${holds} (id, showtime_id, customer_id, partner_id, expires_at, quote, seat_count)
    values (${param('holdId')}, ${showtimeId}, ${param('customerId')}, ${param('partnerId')}::text, ${param('expiresAt')}::timestamptz,
      ${param('quote')}::text::jsonb, cardinality(${param('seatIds')}::text[]))
    returning id, expires_at)
  update ${seatInventory}
  set state = 'held', hold_id = (select id from new_hold), held_until = (select expires_at from new_hold), version = version + 1, updated_at = now()
  where showtime_id = ${showtimeId} and seat_id = any(${param('seatIds')}::text[])`);
