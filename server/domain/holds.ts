import type { Db, DbExecutor } from '../db/client.ts';
import { violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { newId } from '../db/ids.ts';
import * as queries from '../db/queries/holds.ts';
import type { AuditWriter } from './audit.ts';
import { aggregatorCustomerId } from './customers.ts';
import { ProblemError, notFound, type ValidationIssue } from './errors.ts';
import { recordEvents } from './events.ts';
import type { Quote } from './quote.ts';
import { lockShowtimeForSale } from '../db/queries/showtimes.ts';

/**
 * Holds: a short, all-or-nothing reservation of chosen seats for one showtime, with a price quote.
 * Everything is decided in the caller's transaction: the hold row first (its partial unique index
 * allows one active hold per customer and showtime, so same-customer racers fail fast, before
 * they lock any seat), then the seats under row locks in seat-id order and one guarded UPDATE
 * whose row count must match. A seat whose hold has run out is free, swept or not.
 * Holds write no event while they live; the expiry is reported once, by whoever expires them.
 */

export interface HoldSettings {
  ttlSeconds: number;
  maxTtlSeconds: number;
  maxSeats: number;
}

/** Who sells the hold. End customers holding for themselves (`partnerId` null) come next. */
export type HoldSeller = { kind: 'aggregator'; partnerId: string };

export interface HoldWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  seller: HoldSeller;
}


export const scopeOf = (seller: HoldSeller): queries.HoldScope => ({ partnerId: seller.partnerId });

export async function createHold(w: HoldWriter, settings: HoldSettings, input: { showtimeId: string; customerRef: string; seats: string[] }) {
  if (input.seats.length > settings.maxSeats) {
    throw new ProblemError(400, 'validation_failed', `A hold takes at most ${settings.maxSeats} seats.`, [
      { path: '/body/seats', message: `must have at most ${settings.maxSeats} seats`, code: 'too_many_seats' },
    ]);
  }
  const showtime = await lockShowtimeForSale(w.tx, input.showtimeId);
  // A draft theatre's showtimes are not public: for an aggregator they do not exist.
  if (!showtime || showtime.theatreStatus !== 'live') throw notFound('showtime', input.showtimeId);
  if (showtime.status === 'cancelled') throw new ProblemError(409, 'showtime_cancelled', `Showtime '${input.showtimeId}' is cancelled.`);
  if (showtime.started) throw new ProblemError(409, 'showtime_started', `Showtime '${input.showtimeId}' has started; its seats are no longer on sale.`);

  const customerId = await aggregatorCustomerId(w.tx, w.seller.partnerId, input.customerRef);
  // The customer's lapsed hold would otherwise still count as its one active hold.
  await expireHolds(w.tx, await queries.lockLapsedHolds(w.tx, { customerId, showtimeId: input.showtimeId }));

  const seats = await queries.findLayoutSeats(w.tx, showtime.layoutId, input.seats);
  const seatByLabel = new Map(seats.map((seat) => [seat.label, seat]));
  const unknown = input.seats.flatMap((label, index) => (seatByLabel.has(label) ? [] : [{ label, index }]));
  if (unknown.length > 0) throw unknownSeats(input.showtimeId, unknown);
  const quote = quoteOf(seats, await queries.listShowtimePrices(w.tx, input.showtimeId));

  const holdId = newId('hld');
  const hold = await insertHold(w.tx, {
    id: holdId, showtimeId: input.showtimeId, customerId, partnerId: w.seller.partnerId, ttlSeconds: settings.ttlSeconds, quote, seatCount: seats.length,
  });

  const seatIds = seats.map((seat) => seat.seatId);
  const locked = await queries.lockSeats(w.tx, input.showtimeId, seatIds);
  const lockedById = new Map(locked.map((seat) => [seat.seatId, seat]));
  const refused = input.seats.flatMap((label, index) => {
    const seat = lockedById.get(seatByLabel.get(label)!.seatId);
    return seat?.free ? [] : [{ label, index, state: seat?.state ?? 'blocked' }];
  });
  if (refused.length > 0) throw seatsUnavailable(refused);
  const held = await queries.holdSeats(w.tx, { showtimeId: input.showtimeId, seatIds, holdId, heldUntil: hold.expiresAt });
  // The rows are locked and were checked, so this cannot fall short; if it ever did, nothing is held.
  if (held.length !== seatIds.length) throw new Error(`hold ${holdId} took ${held.length} of ${seatIds.length} locked seats`);

  await w.audit({ action: 'hold.created', targetType: 'hold', targetIds: [holdId], details: { showtimeId: input.showtimeId, seats: quote.lines.map((line) => line.label) } });
  return toHold({ ...hold, showtimeId: input.showtimeId, customerRef: input.customerRef, status: 'active', lapsed: false, quote });
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

/** Base price per seat category; offers will add their discounts line by line. */
function quoteOf(seats: { label: string; category: string; x: number; y: number }[], prices: { category: string; amount: number; currency: string }[]): Quote {
  const priceOf = new Map(prices.map((price) => [price.category, { amount: price.amount, currency: price.currency }]));
  const lines = [...seats]
    .sort((a, b) => a.y - b.y || a.x - b.x)
    .map(({ label, category }) => {
      const basePrice = priceOf.get(category);
      if (!basePrice) throw new ProblemError(409, 'conflict', `Seat '${label}' (${category}) has no price for this showtime.`);
      return { label, category, basePrice, discounts: [], price: basePrice };
    });
  const currency = lines[0]!.price.currency;
  if (lines.some((line) => line.price.currency !== currency)) throw new ProblemError(409, 'conflict', 'The seats are priced in different currencies.');
  return { lines, total: { amount: lines.reduce((sum, line) => sum + line.price.amount, 0), currency } };
}

function toHold(hold: { id: string; showtimeId: string; customerRef: string | null; status: HoldRow['status']; lapsed: boolean; quote: unknown; expiresAt: Date; createdAt: Date }) {
  const quote = hold.quote as Quote;
  return {
    id: hold.id,
    showtimeId: hold.showtimeId,
    customerRef: hold.customerRef ?? '',
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
