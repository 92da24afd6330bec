import type { Db, DbExecutor } from '../db/client.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/holds.ts';
import type { AuditWriter } from './audit.ts';
import { aggregatorCustomerId } from './customers.ts';
import { ProblemError, notFound, type ValidationIssue } from './errors.ts';
import { recordEvents } from './events.ts';
import { priceLines } from './pricing/price-lines.ts';
import { pricingFor, type Pricing } from './pricing/showtime-pricing.ts';
import type { Quote } from './quote.ts';
import { lockShowtimeForSale } from '../db/queries/showtimes.ts';
import { bestAvailableRequestOf, checkOneSeatRequest, type BestAvailableIn } from './best-available/request.ts';
import { takeBestAvailable } from './best-available/take.ts';

/**
 * Holds: a short, all-or-nothing reservation of chosen seats for one showtime, with a price quote.
 * Everything is decided in the caller's transaction: the hold row first (its partial unique index
 * allows one active hold per customer and showtime, so same-customer racers fail fast, before
 * they lock any seat), then the seats under row locks in seat-id order and one guarded UPDATE
 * whose row count must match. A seat whose hold has run out is free, swept or not.
 * Holds write no event while they live; the expiry is reported once, by whoever expires them.
 * Best available (`./best-available/`) chooses the seats first, then holds them the same way.
 */

export interface HoldSettings {
  ttlSeconds: number;
  maxTtlSeconds: number;
  maxSeats: number;
}

/** Who sells the hold: an aggregator for one of its customers, or a signed-in customer for itself (direct). */
export type HoldSeller = { kind: 'aggregator'; partnerId: string } | { kind: 'customer'; customerId: string };

export interface HoldWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  seller: HoldSeller;
}


export const scopeOf = (seller: HoldSeller): queries.HoldScope =>
  seller.kind === 'aggregator' ? { partnerId: seller.partnerId } : { customerId: seller.customerId };

/** The selling partner recorded on holds and bookings; null for a customer's own (direct) sale. */
export const sellingPartnerOf = (seller: HoldSeller): string | null => (seller.kind === 'aggregator' ? seller.partnerId : null);

/**
 * The customer a hold is for: an aggregator names its customer by `customerRef`; a signed-in
 * customer holds for itself and names nobody.
 */
async function holdCustomerId(tx: DbExecutor, seller: HoldSeller, customerRef: string | undefined): Promise<string> {
  if (seller.kind === 'customer') {
    if (customerRef === undefined) return seller.customerId;
    throw new ProblemError(400, 'validation_failed', 'A signed-in customer holds for itself; leave `customerRef` out.', [
      { path: '/body/customerRef', message: 'must be absent when a customer holds for itself', code: 'not_allowed' },
    ]);
  }
  if (customerRef !== undefined) return aggregatorCustomerId(tx, seller.partnerId, customerRef);
  throw new ProblemError(400, 'validation_failed', 'Name the customer you hold for in `customerRef`.', [
    { path: '/body/customerRef', message: "must have required property 'customerRef'", code: 'required' },
  ]);
}

export async function createHold(
  w: HoldWriter,
  settings: HoldSettings,
  input: { showtimeId: string; customerRef?: string; seats?: string[]; bestAvailable?: BestAvailableIn },
) {
  checkOneSeatRequest(input);
  if (input.seats && input.seats.length > settings.maxSeats) {
    throw new ProblemError(400, 'validation_failed', `A hold takes at most ${settings.maxSeats} seats.`, [
      { path: '/body/seats', message: `must have at most ${settings.maxSeats} seats`, code: 'too_many_seats' },
    ]);
  }
  const bestAvailable = input.bestAvailable && bestAvailableRequestOf(input.bestAvailable, settings.maxSeats);
  const showtime = await lockShowtimeForSale(w.tx, input.showtimeId);
  assertOnSale(showtime, input.showtimeId);

  const customerId = await holdCustomerId(w.tx, w.seller, input.customerRef);
  // The customer's lapsed hold would otherwise still count as its one active hold.
  await expireHolds(w.tx, await queries.lockLapsedHolds(w.tx, { customerId, showtimeId: input.showtimeId }));

  const sale: Sale = { showtimeId: input.showtimeId, customerId, partnerId: sellingPartnerOf(w.seller), ttlSeconds: settings.ttlSeconds };
  // Read once; each selection (each best-available attempt) is priced from it.
  const pricing = await pricingFor(w.tx, input.showtimeId);
  const { held: { holdId, hold, quote }, attempts } = bestAvailable
    ? await takeBestAvailable(w.tx, input.showtimeId, bestAvailable, (savepoint, seats) => holdChosenSeats(savepoint, sale, pricing, seats, { skipLocked: true }))
    : { held: await holdNamedSeats(w.tx, sale, pricing, showtime.layoutId, input.seats!), attempts: undefined };

  // For best available, how many choices it took is recorded too: lost races show up there.
  await w.audit({
    action: 'hold.created', targetType: 'hold', targetIds: [holdId],
    details: { showtimeId: input.showtimeId, seats: quote.lines.map((line) => line.label), ...(bestAvailable ? { bestAvailable: { ...bestAvailable, attempts } } : {}) },
  });
  return toHold({ ...hold, showtimeId: input.showtimeId, customerRef: input.customerRef, status: 'active', lapsed: false, quote });
}

/** What a new hold is for: the showtime, the customer, the selling partner, how long it lasts. */
interface Sale {
  showtimeId: string;
  customerId: string;
  partnerId: string | null;
  ttlSeconds: number;
}

interface NewHold {
  holdId: string;
  hold: Awaited<ReturnType<typeof queries.insertHold>>;
  quote: Quote;
}

/**
 * A showtime whose seats are on sale: of a live theatre (else 404), neither cancelled nor started
 * (else 409). A draft theatre's showtimes are not public: for an aggregator they do not exist.
 */
export function assertOnSale<T extends { theatreStatus: string; status: string; started: boolean }>(
  showtime: T | undefined,
  showtimeId: string,
): asserts showtime is T {
  assertPublic(showtime, showtimeId);
  if (showtime.started) throw new ProblemError(409, 'showtime_started', `Showtime '${showtimeId}' has started; its seats are no longer on sale.`);
}

/** A showtime the public may see, on sale or not: of a live theatre (else 404), not cancelled (else 409). */
export function assertPublic<T extends { theatreStatus: string; status: string }>(showtime: T | undefined, showtimeId: string): asserts showtime is T {
  if (!showtime || showtime.theatreStatus !== 'live') throw notFound('showtime', showtimeId);
  if (showtime.status === 'cancelled') throw new ProblemError(409, 'showtime_cancelled', `Showtime '${showtimeId}' is cancelled.`);
}

/** The layout's seats with these labels: a 400 naming each label (by its index) the layout lacks. */
export async function namedSeats(db: DbExecutor, showtimeId: string, layoutId: string, labels: string[]) {
  const seats = await queries.findLayoutSeats(db, layoutId, labels);
  const known = new Set(seats.map((seat) => seat.label));
  const unknown = labels.flatMap((label, index) => (known.has(label) ? [] : [{ label, index }]));
  if (unknown.length > 0) throw unknownSeats(showtimeId, unknown);
  return seats;
}

/** Named seats: unknown labels are a 400, taken ones a 409 naming each by its index in the request. */
async function holdNamedSeats(tx: DbExecutor, sale: Sale, pricing: Pricing, layoutId: string, labels: string[]) {
  const seats = await namedSeats(tx, sale.showtimeId, layoutId, labels);
  const seatByLabel = new Map(seats.map((seat) => [seat.label, seat]));
  const outcome = await holdChosenSeats(tx, sale, pricing, seats, { skipLocked: false });
  if ('held' in outcome) return outcome.held;
  const stateOf = new Map(outcome.taken.map((seat) => [seat.seatId, seat.state]));
  throw seatsUnavailable(labels.flatMap((label, index) => {
    const state = stateOf.get(seatByLabel.get(label)!.seatId);
    return state ? [{ label, index, state }] : [];
  }));
}

/**
 * The one way chosen seats become a hold: priced, the hold row inserted first (same-customer
 * racers fail fast), then the seats locked in seat-id order and taken by one guarded update.
 * Seats that are not free (or that `skipLocked` passed over) come back as `taken`, and the caller
 * undoes the attempt by throwing.
 */
async function holdChosenSeats(
  tx: DbExecutor,
  sale: Sale,
  pricing: Pricing,
  seats: { seatId: string; label: string; category: string; x: number; y: number }[],
  lockOptions: { skipLocked: boolean },
): Promise<{ held: NewHold } | { taken: { seatId: string; state: string }[] }> {
  const quote = priceLines(seats, pricing.prices, pricing.offers);
  const holdId = newId('hld');
  const hold = await insertHold(tx, { ...sale, id: holdId, quote, seatCount: seats.length });

  const seatIds = seats.map((seat) => seat.seatId);
  const lockedById = new Map((await queries.lockSeats(tx, sale.showtimeId, seatIds, lockOptions)).map((seat) => [seat.seatId, seat]));
  const taken = seatIds.flatMap((seatId) => {
    const seat = lockedById.get(seatId);
    // A seat the lock did not return has no inventory row (named seats: blocked for good), or
    // (best available, which skips locked rows) is being taken right now: either way not free.
    return seat?.free ? [] : [{ seatId, state: seat?.state ?? 'blocked' }];
  });
  if (taken.length > 0) return { taken };
  const held = await queries.holdSeats(tx, { showtimeId: sale.showtimeId, seatIds, holdId, heldUntil: hold.expiresAt });
  // The rows are locked and were checked, so this cannot fall short; if it ever did, nothing is held.
  if (held.length !== seatIds.length) throw new Error(`hold ${holdId} took ${held.length} of ${seatIds.length} locked seats`);
  return { held: { holdId, hold, quote } };
}

export async function getHold(db: DbExecutor, seller: HoldSeller, holdId: string) {
  const hold = await queries.findHold(db, scopeOf(seller), holdId);
  if (!hold) throw notFound('hold', holdId);
  return toHold(hold);
}

/** Moves the expiry `seconds` (default: the hold TTL) later, within the hold's longest lifetime. */
export async function extendHold(w: HoldWriter, settings: HoldSettings, holdId: string, input: { seconds?: number }) {
  const hold = await activeHold(w, holdId);
  const limit = hold.createdAt.getTime() + settings.maxTtlSeconds * 1000;
  if (hold.expiresAt.getTime() >= limit) {
    throw new ProblemError(409, 'hold_extension_limit', `Hold '${holdId}' already lasts the longest allowed (${settings.maxTtlSeconds} seconds after it was created).`);
  }
  const seconds = input.seconds ?? settings.ttlSeconds;
  const extended = await queries.extendHold(w.tx, { holdId, seconds, maxTtlSeconds: settings.maxTtlSeconds });
  if (!extended) throw holdExpired(holdId);
  await w.audit({ action: 'hold.extended', targetType: 'hold', targetIds: [holdId], details: { seconds, expiresAt: extended.expiresAt.toISOString() } });
  return toHold({ ...hold, expiresAt: extended.expiresAt });
}

/** Gives the seats back; releasing a released hold again changes nothing and answers the same. */
export async function releaseHold(w: HoldWriter, holdId: string) {
  const found = await queries.findHold(w.tx, scopeOf(w.seller), holdId, { lock: true });
  if (!found) throw notFound('hold', holdId);
  if (found.status === 'released') return toHold(found);
  const hold = await activeHold(w, holdId, found);
  await queries.setHoldStatus(w.tx, [holdId], 'released');
  const freed = await queries.freeSeatsOf(w.tx, [holdId]);
  await w.audit({ action: 'hold.released', targetType: 'hold', targetIds: [holdId], details: { seats: freed.map((seat) => seat.label) } });
  return toHold({ ...hold, status: 'released' });
}

/**
 * Expires up to `limit` holds whose time has passed, in one transaction: marks them `expired`,
 * frees the seats they still own (a seat another hold took since is left alone) and records one
 * `hold.expired` event per hold. Holds locked elsewhere are skipped, so sweepers run side by side.
 */
export async function sweepExpiredHolds(db: Db, options: { limit: number }): Promise<{ expired: number }> {
  return db.transaction(async (tx) => ({ expired: await expireHolds(tx, await queries.lockLapsedHolds(tx, options)) }));
}

/** The one way a hold expires, whether the sweep or its customer's next hold finds it lapsed. */
async function expireHolds(tx: DbExecutor, lapsed: { id: string; theatrePartnerId: string }[]): Promise<number> {
  if (lapsed.length === 0) return 0;
  const ids = lapsed.map((hold) => hold.id);
  const expired = await queries.setHoldStatus(tx, ids, 'expired');
  const freed = await queries.freeSeatsOf(tx, ids);
  const theatrePartnerOf = new Map(lapsed.map((hold) => [hold.id, hold.theatrePartnerId]));
  await recordEvents(
    tx,
    expired.map((hold) => ({
      type: 'hold.expired' as const,
      aggregate: { type: 'hold', id: hold.id, version: hold.version },
      // Never who the customer is: the theatre partner sees this event too.
      data: {
        id: hold.id,
        showtimeId: hold.showtimeId,
        status: 'expired',
        expiresAt: hold.expiresAt.toISOString(),
        seatCount: hold.seatCount,
        releasedSeats: freed.filter((seat) => seat.holdId === hold.id).map((seat) => seat.label),
      },
      audience: { theatrePartnerId: theatrePartnerOf.get(hold.id), ...(hold.partnerId ? { aggregatorPartnerId: hold.partnerId } : {}) },
    })),
  );
  return expired.length;
}

type HoldRow = NonNullable<Awaited<ReturnType<typeof queries.findHold>>>;

/** The caller's hold, locked, if it is active and has not lapsed. */
async function activeHold(w: HoldWriter, holdId: string, found?: HoldRow) {
  const hold = found ?? (await queries.findHold(w.tx, scopeOf(w.seller), holdId, { lock: true }));
  if (!hold) throw notFound('hold', holdId);
  if (hold.status === 'converted') throw new ProblemError(409, 'hold_converted', `Hold '${holdId}' has become a booking.`);
  if (hold.status !== 'active' || hold.lapsed) throw holdExpired(holdId);
  return hold;
}

async function insertHold(tx: DbExecutor, values: Parameters<typeof queries.insertHold>[1]) {
  try {
    return await queries.insertHold(tx, values);
  } catch (error) {
    if (violatedUniqueConstraint(error) === 'holds_one_active_per_customer') {
      throw new ProblemError(409, 'hold_limit_reached', 'This customer already has an active hold on this showtime; release or use it first.');
    }
    throw error;
  }
}

function toHold(hold: { id: string; showtimeId: string; customerRef?: string | null; status: HoldRow['status']; lapsed: boolean; quote: unknown; expiresAt: Date; createdAt: Date }) {
  const quote = hold.quote as Quote;
  return {
    id: hold.id,
    showtimeId: hold.showtimeId,
    // Null for a customer's own (direct) hold: there is no seller's reference.
    customerRef: hold.customerRef ?? null,
    // Reads never wait for the sweep: a lapsed hold is expired the moment it lapses.
    status: hold.status === 'active' && hold.lapsed ? ('expired' as const) : hold.status,
    seats: quote.lines.map(({ label, category, price }) => ({ label, category, price })),
    quote,
    expiresAt: hold.expiresAt.toISOString(),
    createdAt: hold.createdAt.toISOString(),
  };
}

const holdExpired = (holdId: string) => new ProblemError(409, 'hold_expired', `Hold '${holdId}' has expired or was released.`);

function unknownSeats(showtimeId: string, unknown: { label: string; index: number }[]): ProblemError {
  const issues: ValidationIssue[] = unknown.map(({ label, index }) => ({ path: `/body/seats/${index}`, message: `'${label}' is not a seat of this showtime's layout`, code: 'unknown_seat' }));
  return new ProblemError(400, 'validation_failed', `Showtime '${showtimeId}' has no seat ${unknown.map((seat) => seat.label).join(', ')}.`, issues);
}

/** Says that a seat is taken, never by whom. */
function seatsUnavailable(refused: { label: string; index: number; state: string }[]): ProblemError {
  const issues: ValidationIssue[] = refused.map(({ label, index, state }) => ({ path: `/body/seats/${index}`, message: `'${label}' is ${state}`, code: `seat_${state}` }));
  const labels = refused.map((seat) => seat.label);
  return new ProblemError(409, 'seats_unavailable', `Seats ${labels.join(', ')} are not available; nothing was held.`, issues, undefined, labels);
}
