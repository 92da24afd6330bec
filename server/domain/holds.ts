import type { Db, DbExecutor } from '../db/client.ts';
import { jobAcrossTenants, type AllTenants, type SellerScope } from '../db/scope.ts';
import * as queries from '../db/queries/holds.ts';
import type { AuditWriter } from './audit.ts';
import { DomainError, notFound, type FieldIssue } from './errors.ts';
import { recordEvents } from './outbox.ts';
import type { Quote } from './quote.ts';

/**
 * Holds: a short, all-or-nothing reservation of chosen seats for one showtime, with a price quote
 * (made by `./create-hold.ts`). A seat whose hold has run out is free, swept or not. Holds write no
 * event while they live; the expiry is reported once, by whoever expires them.
 */

export interface HoldSettings {
  ttlSeconds: number;
  maxTtlSeconds: number;
  maxSeats: number;
}

/** Who sells the hold: an aggregator for one of its customers, or a signed-in customer for itself (direct). */
export type HoldSeller = SellerScope;

export interface HoldWriter {
  tx: DbExecutor;
  audit: AuditWriter;
  seller: HoldSeller;
}


/** The selling partner recorded on holds and bookings; null for a customer's own (direct) sale. */
export const sellingPartnerOf = (seller: HoldSeller): string | null => (seller.kind === 'partner' ? seller.partnerId : null);

/**
 * A showtime whose seats are on sale: of a live theatre (else `not_found`), neither cancelled nor
 * started. A draft theatre's showtimes are not public: for an aggregator they do not exist.
 */
export function assertOnSale<T extends { theatreStatus: string; status: string; started: boolean }>(
  showtime: T | undefined,
  showtimeId: string,
): asserts showtime is T {
  assertPublic(showtime, showtimeId);
  if (showtime.started) throw new DomainError('showtime_started', { detail: `Showtime '${showtimeId}' has started; its seats are no longer on sale.` });
}

/** A showtime the public may see, on sale or not: of a live theatre (else `not_found`), not cancelled. */
export function assertPublic<T extends { theatreStatus: string; status: string }>(showtime: T | undefined, showtimeId: string): asserts showtime is T {
  if (!showtime || showtime.theatreStatus !== 'live') throw notFound('showtime', showtimeId);
  if (showtime.status === 'cancelled') throw showtimeCancelled(showtimeId);
}

/** The layout's seats with these labels: `validation_failed` (`unknownSeats`) naming each label (by its index) the layout lacks. */
export async function namedSeats(db: DbExecutor, showtimeId: string, layoutId: string, labels: string[]) {
  const seats = await queries.findLayoutSeats(db, layoutId, labels);
  const known = new Set(seats.map((seat) => seat.label));
  const unknown = labels.flatMap((label, index) => (known.has(label) ? [] : [{ label, index }]));
  if (unknown.length > 0) throw unknownSeats(showtimeId, unknown);
  return seats;
}

export async function getHold(db: DbExecutor, seller: HoldSeller, holdId: string) {
  const hold = await queries.findHold(db, seller, holdId);
  if (!hold) throw notFound('hold', holdId);
  return toHold(hold);
}

/** Moves the expiry `seconds` (default: the hold TTL) later, within the hold's longest lifetime. */
export async function extendHold(w: HoldWriter, settings: HoldSettings, holdId: string, input: { seconds?: number }) {
  const hold = await activeHold(w, holdId);
  const limit = hold.createdAt.getTime() + settings.maxTtlSeconds * 1000;
  if (hold.expiresAt.getTime() >= limit) {
    throw new DomainError('hold_extension_limit', { detail: `Hold '${holdId}' already lasts the longest allowed (${settings.maxTtlSeconds} seconds after it was created).` });
  }
  const seconds = input.seconds ?? settings.ttlSeconds;
  const extended = await queries.extendHold(w.tx, w.seller, { holdId, seconds, maxTtlSeconds: settings.maxTtlSeconds });
  if (!extended) throw holdExpired(holdId);
  await w.audit({ action: 'hold.extended', targetType: 'hold', targetIds: [holdId], details: { seconds, expiresAt: extended.expiresAt.toISOString() } });
  return toHold({ ...hold, expiresAt: extended.expiresAt });
}

/** Gives the seats back; releasing a released hold again changes nothing and answers the same. */
export async function releaseHold(w: HoldWriter, holdId: string) {
  const found = await queries.findHold(w.tx, w.seller, holdId, { lock: true });
  if (!found) throw notFound('hold', holdId);
  if (found.status === 'released') return toHold(found);
  const hold = await activeHold(w, holdId, found);
  await queries.setHoldStatus(w.tx, w.seller, [holdId], 'released');
  const freed = await queries.freeSeatsOf(w.tx, w.seller, [holdId]);
  await w.audit({ action: 'hold.released', targetType: 'hold', targetIds: [holdId], details: { seats: freed.map((seat) => seat.label) } });
  return toHold({ ...hold, status: 'released' });
}

/**
 * Expires up to `limit` holds whose time has passed, in one transaction: marks them `expired`,
 * frees the seats they still own (a seat another hold took since is left alone) and records one
 * `hold.expired` event per hold. Holds locked elsewhere are skipped, so sweepers run side by side.
 */
export async function sweepExpiredHolds(db: Db, options: { limit: number }): Promise<{ expired: number }> {
  const lapsed = (tx: DbExecutor) => queries.lockLapsedHolds(tx, { scope: jobAcrossTenants, limit: options.limit });
  return db.transaction(async (tx) => ({ expired: await expireHolds(tx, jobAcrossTenants, await lapsed(tx)) }));
}

/** The one way a hold expires, whether the sweep (across tenants) or its seller's next hold finds it lapsed. */
export async function expireHolds(tx: DbExecutor, scope: SellerScope | AllTenants, lapsed: { id: string; theatrePartnerId: string }[]): Promise<number> {
  if (lapsed.length === 0) return 0;
  const ids = lapsed.map((hold) => hold.id);
  const expired = await queries.setHoldStatus(tx, scope, ids, 'expired');
  const freed = await queries.freeSeatsOf(tx, scope, ids);
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
  const hold = found ?? (await queries.findHold(w.tx, w.seller, holdId, { lock: true }));
  if (!hold) throw notFound('hold', holdId);
  if (hold.status === 'converted') throw holdConverted(holdId);
  if (hold.status !== 'active' || hold.lapsed) throw holdExpired(holdId);
  return hold;
}

export function toHold(hold: { id: string; showtimeId: string; customerRef?: string | null; status: HoldRow['status']; lapsed: boolean; quote: Quote; expiresAt: Date; createdAt: Date }) {
  const quote = hold.quote;
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

/** The hold has become a booking; confirming it again hears that it already has. */
export function holdConverted(holdId: string, { confirming = false } = {}): DomainError {
  return new DomainError('hold_converted', { detail: `Hold '${holdId}' has ${confirming ? 'already ' : ''}become a booking.` });
}

/** The hold expired or was released; confirming it hears that nothing was booked. */
export function holdExpired(holdId: string, { confirming = false } = {}): DomainError {
  return new DomainError('hold_expired', { detail: `Hold '${holdId}' has expired or was released${confirming ? '; nothing was booked' : ''}.` });
}

export const showtimeCancelled = (showtimeId: string) => new DomainError('showtime_cancelled', { detail: `Showtime '${showtimeId}' is cancelled.` });

/** Labels the showtime's layout lacks, each at its index in `seats`: for holds and for the theatre's own seat changes. */
export function unknownSeats(showtimeId: string, unknown: { label: string; index: number }[]): DomainError {
  const issues: FieldIssue[] = unknown.map(({ label, index }) => ({ field: ['seats', index], message: `'${label}' is not a seat of this showtime's layout`, code: 'unknown_seat' }));
  return new DomainError('validation_failed', { detail: `Showtime '${showtimeId}' has no seat ${unknown.map((seat) => seat.label).join(', ')}.`, issues });
}
