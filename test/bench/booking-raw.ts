import type postgres from 'postgres';
import { newId } from '../../server/db/ids.ts';
import { newReference } from '../../server/domain/bookings.ts';
import type { HoldOutcome, SeatSeller } from './booking-load.ts';

/**
 * The raw baseline of the booking benchmarks: the transactions `createHold` and `confirmBooking`
 * run, statement for statement (the SQL text Drizzle produces, sent as postgres.js sends a tagged
 * template: a named prepared statement, what a developer writing raw SQL on postgres.js gets), in
 * the same order, with the same locks, guarded updates, inserts (hold, booking, booked seats,
 * payment, events, audit) and the same row-count checks; a refused hold offers nearby free seats
 * as the API's answer may. No Fastify, no schemas, no Drizzle, no API-key lookup, no idempotency
 * record, no response mapping.
 * Keep it in step with server/db/queries/{holds,bookings,showtimes}.ts when their SQL changes.
 */

const HOLD_TTL_SECONDS = 600;
const REFERENCE_ATTEMPTS = 8;

interface Quote {
  lines: { label: string; category: string; basePrice: Money; discounts: never[]; price: Money }[];
  total: Money;
}
type Money = { amount: number; currency: string };

/** Thrown inside a transaction to roll it back with an answer the load driver expects. */
class Refusal extends Error {
  constructor(
    readonly outcome: { ok: false; status: number; code: string; conflicts?: string[] },
    /** The seats asked for, when the refusal should offer free seats near them. */
    readonly requested?: { id: string; category: string }[],
  ) {
    super(outcome.code);
  }
}

function lockShowtimeForSale(tx: postgres.TransactionSql, showtimeId: string) {
  return tx`select "showtimes"."id", "showtimes"."layout_id", "showtimes"."status", "showtimes"."starts_at" <= now() as started, "theatres"."id" as theatre_id,
      "theatres"."status" as theatre_status, "theatres"."partner_id", "theatres"."pay_at_venue",
      to_char(("showtimes"."starts_at" - make_interval(mins => "theatres"."cancellation_cutoff_minutes")) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as cancellable_until
    from "showtimes" inner join "theatres" on "theatres"."id" = "showtimes"."theatre_id" where "showtimes"."id" = ${showtimeId} for share of "showtimes"`;
}

const holdSelect = (tx: postgres.TransactionSql, holdId: string, partnerId: string, lock: boolean) =>
  tx`select "holds"."id", "holds"."showtime_id", "holds"."customer_id", "holds"."partner_id", "customers"."external_ref", "holds"."status",
      "holds"."expires_at" <= now() as lapsed, "holds"."expires_at", "holds"."quote", "holds"."created_at", "holds"."version"
    from "holds" inner join "customers" on "customers"."id" = "holds"."customer_id"
    where ("holds"."id" = ${holdId} and "holds"."partner_id" = ${partnerId})${lock ? tx` for update of "holds"` : tx``}`;

/** What the API's createHold transaction runs (with `aggregatorCustomerId` and the audit writer). */
export async function rawCreateHold(sql: postgres.Sql, seller: SeatSeller, input: { showtimeId: string; customerRef: string; seats: string[] }): Promise<HoldOutcome> {
  try {
    return await sql.begin(async (tx) => {
      const [showtime] = await lockShowtimeForSale(tx, input.showtimeId);
      if (!showtime || showtime.theatre_status !== 'live') throw new Refusal({ ok: false, status: 404, code: 'not_found' });
      if (showtime.status === 'cancelled' || showtime.started) throw new Refusal({ ok: false, status: 409, code: 'showtime_closed' });

      let [customer] = await tx`insert into "customers" ("id", "kind", "oidc_issuer", "oidc_subject", "aggregator_partner_id", "external_ref", "created_at")
        values (${newId('cus')}, ${'aggregator'}, default, default, ${seller.partnerId}, ${input.customerRef}, default)
        on conflict ("aggregator_partner_id","external_ref") do nothing returning "id"`;
      customer ??= (await tx`select "id" from "customers" where ("customers"."aggregator_partner_id" = ${seller.partnerId} and "customers"."external_ref" = ${input.customerRef})`)[0];
      const customerId = customer!.id as string;
      // 'active' written inline, not bound as Drizzle binds it: under a prepared statement's generic
      // plan a bound status cannot use the partial indexes (`where status = 'active'`) and the
      // statement scans all of holds. Drizzle never prepares, so its custom plans always use them.
      const lapsed = await tx`select "holds"."id", "theatres"."partner_id" from "holds"
        inner join "showtimes" on "showtimes"."id" = "holds"."showtime_id" inner join "theatres" on "theatres"."id" = "showtimes"."theatre_id"
        where ("holds"."status" = 'active' and "holds"."expires_at" <= now() and ("holds"."customer_id" = ${customerId} and "holds"."showtime_id" = ${input.showtimeId}))
        order by "holds"."expires_at" asc for update of "holds"`;
      // The benchmark's holds never lapse (ten minutes); expiring one is not part of the hot path.
      if (lapsed.length > 0) throw new Error('a benchmark hold lapsed');

      const seats = await tx`select "id", "label", "category", "x", "y" from "layout_seats"
        where ("layout_seats"."layout_id" = ${showtime.layout_id} and "layout_seats"."label" in ${tx(input.seats)})`;
      if (seats.length !== input.seats.length) throw new Refusal({ ok: false, status: 400, code: 'validation_failed' });
      const prices = await tx`select "category", "amount", "currency" from "showtime_prices" where "showtime_prices"."showtime_id" = ${input.showtimeId}`;
      const quote = quoteOf(seats as never, prices as never);

      const holdId = newId('hld');
      const [hold] = await tx`insert into "holds" ("id", "showtime_id", "customer_id", "partner_id", "status", "expires_at", "quote", "seat_count", "created_at", "updated_at", "version")
        values (${holdId}, ${input.showtimeId}, ${customerId}, ${seller.partnerId}, default, now() + make_interval(secs => ${HOLD_TTL_SECONDS}), ${tx.json(quote as never)}, ${seats.length}, default, default, default)
        returning "id", "expires_at", "created_at"`;
      const seatIds = seats.map((seat) => seat.id as string);
      const seatIdOf = new Map(seats.map((seat) => [seat.label as string, seat.id as string]));
      const locked = await tx`select "seat_id", "state", ("state" = 'available' or ("state" = 'held' and "held_until" <= now())) as free
        from "seat_inventory" where ("seat_inventory"."showtime_id" = ${input.showtimeId} and "seat_inventory"."seat_id" in ${tx(seatIds)})
        order by "seat_inventory"."seat_id" asc for update`;
      const lockedById = new Map(locked.map((seat) => [seat.seat_id as string, seat]));
      const refused = input.seats.filter((label) => !lockedById.get(seatIdOf.get(label)!)?.free);
      if (refused.length > 0) throw new Refusal({ ok: false, status: 409, code: 'seats_unavailable', conflicts: refused },
        seats.map((seat) => ({ id: seat.id as string, category: seat.category as string })));
      const held = await tx`update "seat_inventory" set "state" = ${'held'}, "hold_id" = ${holdId}, "held_until" = ${(hold!.expires_at as Date).toISOString()},
          "version" = "seat_inventory"."version" + 1, "updated_at" = now()
        where ("seat_inventory"."showtime_id" = ${input.showtimeId} and "seat_inventory"."seat_id" in ${tx(seatIds)}
          and ("seat_inventory"."state" = 'available' or ("seat_inventory"."state" = 'held' and "seat_inventory"."held_until" <= now())))
        returning "seat_id"`;
      if (held.length !== seatIds.length) throw new Error(`hold ${holdId} took ${held.length} of ${seatIds.length} locked seats`);
      await insertAudit(tx, seller, 'hold.created', 'hold', holdId, { showtimeId: input.showtimeId, seats: quote.lines.map((line) => line.label) });
      return { ok: true as const, holdId };
    });
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (!error.requested) return error.outcome;
    return { ...error.outcome, availableNearby: await rawNearbyFreeSeats(sql, input.showtimeId, error.requested) };
  }
}

/**
 * What a refused hold offers instead: up to 20 seats free at that moment, of the categories asked
 * for, nearest the seats asked for. One statement, after the transaction (no lock held meanwhile).
 */
async function rawNearbyFreeSeats(sql: postgres.Sql, showtimeId: string, requested: { id: string; category: string }[]): Promise<string[]> {
  const rows = await sql`select ls.label from "seat_inventory" si inner join "layout_seats" ls on ls.id = si.seat_id
    where si.showtime_id = ${showtimeId} and (si.state = 'available' or (si.state = 'held' and si.held_until <= now()))
      and ls.category in ${sql([...new Set(requested.map((seat) => seat.category))])}
    order by (select min((ls.x - r.x) * (ls.x - r.x) + (ls.y - r.y) * (ls.y - r.y)) from "layout_seats" r where r.id in ${sql(requested.map((seat) => seat.id))}), ls.y, ls.x
    limit 20`;
  return rows.map((row) => row.label as string);
}

/** What the API's confirmBooking transaction runs, payment collected by the partner. */
export async function rawConfirmBooking(sql: postgres.Sql, seller: SeatSeller, holdId: string): Promise<{ ok: true } | { ok: false; status: number; code: string }> {
  try {
    return await sql.begin(async (tx) => {
      const [seen] = await holdSelect(tx, holdId, seller.partnerId, false);
      if (!seen) throw new Refusal({ ok: false, status: 404, code: 'not_found' });
      const [showtime] = await lockShowtimeForSale(tx, seen.showtime_id);
      const [hold] = await holdSelect(tx, holdId, seller.partnerId, true);
      if (!showtime || !hold) throw new Refusal({ ok: false, status: 404, code: 'not_found' });
      if (hold.status !== 'active' || hold.lapsed) throw new Refusal({ ok: false, status: 409, code: 'hold_expired' });
      if (showtime.status !== 'scheduled') throw new Refusal({ ok: false, status: 409, code: 'showtime_cancelled' });

      const quote = hold.quote as Quote;
      const bookingId = newId('bkg');
      let booking: postgres.Row | undefined;
      let reference = '';
      for (let attempt = 0; attempt < REFERENCE_ATTEMPTS && !booking; attempt += 1) {
        reference = newReference();
        [booking] = await tx`insert into "bookings" ("id", "reference", "showtime_id", "customer_id", "hold_id", "channel_partner_id", "status", "total_amount", "currency",
            "price_breakdown", "cancelled_at", "cancellation_cause", "cancellation_reason", "version", "created_at", "updated_at")
          values (${bookingId}, ${reference}, ${hold.showtime_id}, ${hold.customer_id}, ${hold.id}, ${seller.partnerId}, default, ${quote.total.amount}, ${quote.total.currency},
            ${tx.json(quote as never)}, default, default, default, default, default, default)
          on conflict ("reference") do nothing returning "id", "version", "created_at"`;
      }
      if (!booking) throw new Error(`no free booking reference after ${REFERENCE_ATTEMPTS} attempts`);

      const seats = await tx`update "seat_inventory" si set state = 'booked', booking_id = ${bookingId}, hold_id = null, held_until = null, version = si.version + 1, updated_at = now()
        from "layout_seats" ls
        where ls.id = si.seat_id and si.showtime_id = ${hold.showtime_id} and si.hold_id = ${hold.id} and si.state = 'held' and si.held_until > now()
        returning si.seat_id as "seatId", ls.label as label, si.version as version`;
      if (seats.length !== quote.lines.length) throw new Refusal({ ok: false, status: 409, code: 'hold_expired' });
      const seatIdOf = new Map(seats.map((seat) => [seat.label as string, seat.seatId as string]));
      const bookedSeats = quote.lines.map((line) => ({
        booking_id: bookingId, showtime_id: hold.showtime_id as string, seat_id: seatIdOf.get(line.label)!, label: line.label, category: line.category,
        base_amount: line.basePrice.amount, discount_amount: line.basePrice.amount - line.price.amount, amount: line.price.amount, currency: line.price.currency,
      }));
      await tx`insert into "booked_seats" ${tx(bookedSeats)}`;
      const payment = { method: 'partner_collected', status: 'captured', amount: quote.total.amount, currency: quote.total.currency, reference: `bench-${holdId}` };
      await tx`insert into "payments" ("id", "booking_id", "method", "status", "amount", "currency", "provider_reference", "created_at", "updated_at")
        values (${newId('pay')}, ${bookingId}, ${payment.method}, ${payment.status}, ${payment.amount}, ${payment.currency}, ${payment.reference}, default, default) returning "created_at"`;
      const converted = await tx`update "holds" set "status" = ${'converted'}, "updated_at" = now(), "version" = "holds"."version" + 1
        where ("holds"."id" = ${hold.id} and "holds"."status" = ${'active'}) returning "id"`;
      if (converted.length !== 1) throw new Error(`hold ${hold.id} was locked and active, yet not converted`);

      // The snapshot the API puts in the event is its response body (customer reference left out).
      const data = {
        id: bookingId, reference, showtimeId: hold.showtime_id, theatreId: showtime.theatre_id, channel: { type: 'partner', partnerId: seller.partnerId },
        customerRef: null, status: 'confirmed', seats: quote.lines.map(({ label, category }) => ({ label, category })), priceLines: quote.lines, total: quote.total,
        payment: { method: payment.method, status: payment.status, amount: quote.total, reference: payment.reference }, createdAt: (booking.created_at as Date).toISOString(),
        cancellableUntil: showtime.cancellable_until, cancellation: null,
      };
      const inventory = { showtimeId: hold.showtime_id, seats: seats.map(({ seatId, label, version }) => ({ seatId, label, state: 'booked', version })) };
      await tx`insert into "events" ("id", "type", "aggregate_type", "aggregate_id", "aggregate_version", "theatre_partner_id", "aggregator_partner_id", "is_public", "data", "created_at")
        values (${newId('evt')}, ${'booking.confirmed'}, ${'booking'}, ${bookingId}, ${booking.version}, ${showtime.partner_id}, ${seller.partnerId}, ${false}, ${tx.json(data as never)}, default),
               (${newId('evt')}, ${'inventory.updated'}, ${'showtime'}, ${hold.showtime_id}, ${Math.max(...seats.map((seat) => seat.version as number))}, ${showtime.partner_id}, ${null}, ${true}, ${tx.json(inventory as never)}, default)`;
      await insertAudit(tx, seller, 'booking.confirmed', 'booking', bookingId, {
        reference, holdId: hold.id, showtimeId: hold.showtime_id, seats: quote.lines.map((line) => line.label), paymentMethod: payment.method,
      });
      return { ok: true as const };
    });
  } catch (error) {
    if (error instanceof Refusal) return error.outcome;
    throw error;
  }
}

function insertAudit(tx: postgres.TransactionSql, seller: SeatSeller, action: string, targetType: string, targetId: string, details: object) {
  return tx`insert into "audit_log" ("id", "actor_type", "actor_id", "partner_id", "api_key_id", "action", "target_type", "target_ids", "request_id", "details", "created_at")
    values (${newId('aud')}, ${'partner'}, ${seller.partnerId}, ${seller.partnerId}, ${seller.keyId}, ${action}, ${targetType}, ${[targetId]}, ${`req_${newId('aud')}`}, ${tx.json(details as never)}, default)`;
}

/** The public seat map's two statements (head with its ETag inputs, then the seats); the labels of the free seats. */
export async function rawAvailableSeats(sql: postgres.Sql, showtimeId: string): Promise<string[]> {
  await sql`select s.id, s.starts_at, s.status, s.version as showtime_version, t.time_zone, t.version as theatre_version,
           inventory.version_sum, inventory.expired_holds, inventory.held_until_sum,
           coalesce((select json_agg(json_build_object('category', p.category, 'amount', p.amount, 'currency', p.currency) order by p.amount, p.category)
             from "showtime_prices" p where p.showtime_id = s.id), '[]'::json) as prices
    from "showtimes" s
    join "theatres" t on t.id = s.theatre_id and t.status = 'live'
    cross join lateral (
      select coalesce(sum("seat_inventory"."version"), 0)::text as version_sum,
             (count(*) filter (where ("seat_inventory"."state" = 'held' and "seat_inventory"."held_until" <= now())))::int as expired_holds,
             coalesce(sum(extract(epoch from "seat_inventory"."held_until")), 0)::text as held_until_sum
      from "seat_inventory" where "seat_inventory"."showtime_id" = s.id) inventory
    where s.id = ${showtimeId}`;
  const seats = await sql`select "layout_seats"."label", "layout_seats"."row_label", "layout_seats"."seat_number", "layout_seats"."x", "layout_seats"."y",
      "layout_seats"."category", "layout_seats"."wheelchair", "layout_seats"."companion",
      ("seat_inventory"."state" = 'available' or ("seat_inventory"."state" = 'held' and "seat_inventory"."held_until" <= now())) as available
    from "seat_inventory" inner join "layout_seats" on "layout_seats"."id" = "seat_inventory"."seat_id"
    where "seat_inventory"."showtime_id" = ${showtimeId} order by "layout_seats"."y" asc, "layout_seats"."x" asc`;
  return seats.filter((seat) => seat.available).map((seat) => seat.label as string);
}

/** The domain's quote: base price per category, lines in seat-map order. */
function quoteOf(seats: { label: string; category: string; x: number; y: number }[], prices: { category: string; amount: number; currency: string }[]): Quote {
  const priceOf = new Map(prices.map((price) => [price.category, { amount: price.amount, currency: price.currency }]));
  const lines = [...seats]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ label, category }) => {
      const basePrice = priceOf.get(category)!;
      return { label, category, basePrice, discounts: [], price: basePrice };
    });
  return { lines, total: { amount: lines.reduce((sum, line) => sum + line.price.amount, 0), currency: lines[0]!.price.currency } };
}
