import { drizzleOn } from '../db/client.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import { timestampOf } from '../db/prepared.ts';
import {
  lockLapsedSeats,
  readSaleForBestAvailable,
  readSaleOfNamedSeats,
  writeHold,
  type HoldCustomer,
  type NamedSeat,
  type SaleContext,
  type SaleShowtime,
} from '../db/queries/hold-statements.ts';
import { bestAvailableRequestOf, checkOneSeatRequest } from './best-available/request.ts';
import { takeBestAvailable } from './best-available/take.ts';
import type { Decision, DecisionReads } from './decision.ts';
import { DomainError, type FieldIssue } from './errors.ts';
import { assertOnSale, expireHolds, sellingPartnerOf, toHold, unknownSeats, type HoldSeller, type HoldSettings } from './holds.ts';
import { appliesToShowtime, momentAt } from './pricing/offer-rules.ts';
import { priceLines } from './pricing/price-lines.ts';
import type { HoldIn } from '../schemas/generated/components.ts';

/**
 * Holding seats, in two round trips and nothing written before the decision. The first batch
 * locks the showtime `FOR SHARE` (sales side by side, never beside a cancellation), finds or
 * creates the customer, locks the customer's active holds on the showtime, and locks the named
 * seats without waiting (`SKIP LOCKED`: a seat someone is taking right now counts as taken, so
 * racers fail at once instead of queueing). The hold is then priced and, in the last batch, the
 * hold row and the seats are written. A refusal names the seats that are taken and free seats of
 * the same category nearby, so the client can try again without reloading the map.
 * Best available (`./best-available/`) reads every seat's state instead, chooses, and locks its
 * choice in a round of its own before the same writes.
 */

export type HoldRequest = HoldIn;

export type HoldView = ReturnType<typeof toHold>;

export async function createHold(reads: DecisionReads, seller: HoldSeller, settings: HoldSettings, input: HoldRequest): Promise<Decision<HoldView>> {
  checkOneSeatRequest(input);
  if (input.seats && input.seats.length > settings.maxSeats) {
    throw new DomainError('validation_failed', {
      detail: `A hold takes at most ${settings.maxSeats} seats.`,
      issues: [{ field: ['seats'], message: `must have at most ${settings.maxSeats} seats`, code: 'too_many_seats' }],
    });
  }
  const bestAvailable = input.bestAvailable && bestAvailableRequestOf(input.bestAvailable, settings.maxSeats);
  const customer = holdCustomerOf(seller, input.customerRef);
  const { showtimeId } = input;

  const read = input.seats
    ? () => readSaleOfNamedSeats.on(reads.sql, { ...customer, showtimeId, newCustomerId: newId('cus'), labels: input.seats! })
    : () => readSaleForBestAvailable.on(reads.sql, { ...customer, showtimeId, newCustomerId: newId('cus') });
  let [[context]] = await reads.round(read());
  // The customer was created by another request at this very moment: a statement that starts now sees it.
  if (context!.showtime && !context!.customerId) [[context]] = await reads.round(read());
  const { customerId, activeHolds } = context!;
  const showtime = context!.showtime ?? undefined;
  assertOnSale(showtime, showtimeId);
  if (!customerId) throw new Error(`customer '${customer.customerRef}' of ${customer.partnerId} neither inserted nor found`);
  await makeRoomForHold(reads, seller, activeHolds);

  let seats: { seatId: string; label: string; category: string }[];
  let attempts: number | undefined;
  if (input.seats) {
    const named = await waitingOnlyForExpiries(reads, showtimeId, (context as SaleContext<{ seats: NamedSeat[]; nearby: string[] }>).seats);
    seats = namedSeatsOrRefusal(showtimeId, input.seats, named);
  } else {
    const freeFlags = (context as SaleContext<string>).seats;
    ({ seats, attempts } = await takeBestAvailable(reads, showtimeId, bestAvailable!, { layoutId: showtime.layoutId, freeFlags }));
  }

  const quote = priceLines(seats, showtime.prices, offersPricing(showtime));
  const holdId = newId('hld');
  const createdAt = timestampOf(showtime.now);
  const expiresAt = new Date(createdAt.getTime() + settings.ttlSeconds * 1000).toISOString();
  const seatIds = seats.map((seat) => seat.seatId);
  return {
    body: toHold({ id: holdId, showtimeId, customerRef: input.customerRef, status: 'active', lapsed: false, quote, expiresAt: new Date(expiresAt), createdAt }),
    writes: [
      writeHold.on(reads.sql, { holdId, showtimeId, customerId, partnerId: sellingPartnerOf(seller), expiresAt, quote: JSON.stringify(quote), seatIds }),
    ],
    // For best available, how many choices it took is recorded too: lost races show up there.
    audit: {
      action: 'hold.created', targetType: 'hold', targetIds: [holdId],
      details: { showtimeId, seats: quote.lines.map((line) => line.label), ...(bestAvailable ? { bestAvailable: { ...bestAvailable, attempts } } : {}) },
    },
    // Two holds of one customer racing: the partial unique index lets one in.
    refusalFor: (error) => (violatedUniqueConstraint(error) === 'holds_one_active_per_customer' ? holdLimitReached() : undefined),
  };
}

/**
 * Who the hold is for: an aggregator names its customer by `customerRef`; a signed-in customer
 * holds for itself and names nobody.
 */
function holdCustomerOf(seller: HoldSeller, customerRef: string | undefined): HoldCustomer {
  if (seller.kind === 'customer') {
    if (customerRef === undefined) return { customerId: seller.customerId, partnerId: null, customerRef: null };
    throw new DomainError('validation_failed', {
      detail: 'A signed-in customer holds for itself; leave `customerRef` out.',
      issues: [{ field: ['customerRef'], message: 'must be absent when a customer holds for itself', code: 'not_allowed' }],
    });
  }
  if (customerRef !== undefined) return { customerId: null, partnerId: seller.partnerId, customerRef };
  throw new DomainError('validation_failed', {
    detail: 'Name the customer you hold for in `customerRef`.',
    issues: [{ field: ['customerRef'], message: "must have required property 'customerRef'", code: 'required' }],
  });
}

type ActiveHold = SaleContext<unknown>['activeHolds'][number];

/** One active hold per customer and showtime: a live one refuses, a lapsed one is expired first. */
async function makeRoomForHold(reads: DecisionReads, seller: HoldSeller, active: ActiveHold[]): Promise<void> {
  if (active.some((hold) => !hold.lapsed)) throw holdLimitReached();
  // Rare (a customer holding again after its hold ran out, before the sweep): the expiry's own statements.
  if (active.length > 0) await expireHolds(drizzleOn(reads.sql), seller, active);
}

/** The named seats as the layout has them; unknown labels and taken seats are refused, each by its index. */
function namedSeatsOrRefusal(showtimeId: string, labels: string[], found: { seats: NamedSeat[]; nearby: string[] }) {
  const byLabel = new Map(found.seats.map((seat) => [seat.label, seat]));
  const unknown = labels.flatMap((label, index) => (byLabel.has(label) ? [] : [{ label, index }]));
  if (unknown.length > 0) throw unknownSeats(showtimeId, unknown);
  // A seat skipped because another request is taking it right now has no state read: it is being held.
  const taken = labels.flatMap((label, index) => {
    const seat = byLabel.get(label)!;
    return seat.free ? [] : [{ label, index, state: seat.state ?? 'held' }];
  });
  if (taken.length > 0) throw seatsUnavailable(taken, found.nearby);
  return labels.map((label) => byLabel.get(label)!);
}

/**
 * Named seats that were skipped because another transaction has them lock nothing and count as
 * taken, so racers for one seat get their refusal at once. One exception: a seat still held by a hold
 * that has run out is being expired (by the sweep, or its customer's next hold) or claimed by
 * someone else; that takes milliseconds, so when every other seat asked for is free, those seats
 * are locked again, waiting, and judged on what the expiry left.
 */
async function waitingOnlyForExpiries(reads: DecisionReads, showtimeId: string, found: { seats: NamedSeat[]; nearby: string[] }) {
  const expiring = found.seats.filter((seat) => seat.state === null && seat.lapsedHold);
  if (expiring.length === 0 || found.seats.some((seat) => !seat.free && !expiring.includes(seat))) return found;
  const [locked] = await reads.round(lockLapsedSeats.on(reads.sql, { showtimeId, seatIds: expiring.map((seat) => seat.seatId) }));
  const after = new Map(locked.map((seat) => [seat.seatId, seat]));
  return { ...found, seats: found.seats.map((seat) => (after.has(seat.seatId) ? { ...seat, ...after.get(seat.seatId)! } : seat)) };
}

/** The offers that price this showtime: those in scope and valid (read), whose time of day matches. */
function offersPricing(showtime: SaleShowtime) {
  const moment = momentAt(showtime.localStart);
  return showtime.offers.filter((offer) => appliesToShowtime(offer, moment));
}

const holdLimitReached = () => new DomainError('hold_limit_reached', { detail: 'This customer already has an active hold on this showtime; release or use it first.' });

/** Says that a seat is taken, never by whom, and which free seats of the same category are nearest. */
function seatsUnavailable(refused: { label: string; index: number; state: string }[], nearby: string[]): DomainError {
  const issues: FieldIssue[] = refused.map(({ label, index, state }) => ({ field: ['seats', index], message: `'${label}' is ${state}`, code: `seat_${state}` }));
  const labels = refused.map((seat) => seat.label);
  return new DomainError('seats_unavailable', { detail: `Seats ${labels.join(', ')} are not available; nothing was held.`, issues, conflicts: labels, extensions: { availableNearby: nearby } });
}
