import { and, asc, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants, CustomerScope, SellerScope } from '../scope.ts';
import { customers, holds } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';

/**
 * Holds and the seats they own. Every read or change of an existing hold takes its owner's scope
 * (`holdScope`), so another seller's hold does not exist for the caller. Times come from the
 * database clock (`now()`), the same clock `held_until <= now()` is judged by.
 */

/** Who may see a hold: the aggregator that sold it, or (direct) the customer it belongs to. */
export type HoldScope = SellerScope;

const inScope = (scope: HoldScope): SQL =>
  scope.kind === 'partner'
    ? eq(holds.partnerId, scope.partnerId)
    : sql`${holds.customerId} = ${scope.customerId} and ${holds.partnerId} is null`;

/** The sweep expires every tenant's lapsed holds; a seller only its own. */
const inScopeOrAll = (scope: HoldScope | AllTenants): SQL | undefined => (scope.kind === 'all-tenants' ? undefined : inScope(scope));

/** The named seats of a layout with their category and grid position; unknown labels are absent. */
export function findLayoutSeats(db: DbExecutor, layoutId: string, labels: string[]) {
  return db
    .select({ seatId: layoutSeats.id, label: layoutSeats.label, category: layoutSeats.category, x: layoutSeats.x, y: layoutSeats.y })
    .from(layoutSeats)
    .where(and(eq(layoutSeats.layoutId, layoutId), inArray(layoutSeats.label, labels)));
}

export function listShowtimePrices(db: DbExecutor, showtimeId: string) {
  return db
    .select({ category: showtimePrices.category, amount: showtimePrices.amount, currency: showtimePrices.currency })
    .from(showtimePrices)
    .where(eq(showtimePrices.showtimeId, showtimeId));
}

export const holdColumns = {
  id: holds.id,
  showtimeId: holds.showtimeId,
  customerId: holds.customerId,
  partnerId: holds.partnerId,
  customerRef: customers.externalRef,
  status: holds.status,
  /** True once the expiry has passed, whatever the status still says (the sweep may lag). */
  lapsed: sql<boolean>`${holds.expiresAt} <= now()`,
  expiresAt: holds.expiresAt,
  quote: holds.quote,
  createdAt: holds.createdAt,
  version: holds.version,
};

/** A hold of the caller's, with its customer reference; `lock` takes it `FOR UPDATE`. */
export function findHold(db: DbExecutor, scope: HoldScope, holdId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select(holdColumns)
    .from(holds)
    .innerJoin(customers, eq(customers.id, holds.customerId))
    .where(and(eq(holds.id, holdId), inScope(scope)));
  return (options.lock ? query.for('update', { of: holds }) : query).then((rows) => rows[0]);
}

/**
 * Moves the expiry `seconds` later, never past `created_at + maxTtlSeconds`, and the held seats'
 * `held_until` with it. Only an active hold that has not lapsed moves.
 */
export async function extendHold(db: DbExecutor, scope: HoldScope, params: { holdId: string; seconds: number; maxTtlSeconds: number }) {
  const [row] = await db
    .update(holds)
    .set({
      expiresAt: sql`least(${holds.expiresAt} + make_interval(secs => ${params.seconds}), ${holds.createdAt} + make_interval(secs => ${params.maxTtlSeconds}))`,
      version: sql`${holds.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(holds.id, params.holdId), eq(holds.status, 'active'), sql`${holds.expiresAt} > now()`, inScope(scope)))
    .returning({ expiresAt: holds.expiresAt });
  if (!row) return undefined;
  await db
    .update(seatInventory)
    .set({ heldUntil: row.expiresAt, updatedAt: sql`now()` })
    .where(and(eq(seatInventory.holdId, params.holdId), eq(seatInventory.state, 'held')));
  return row;
}

export function setHoldStatus(db: DbExecutor, scope: HoldScope | AllTenants, holdIds: string[], status: 'released' | 'expired') {
  return db
    .update(holds)
    .set({ status, version: sql`${holds.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(holds.id, holdIds), eq(holds.status, 'active'), inScopeOrAll(scope)))
    .returning({ id: holds.id, version: holds.version, showtimeId: holds.showtimeId, partnerId: holds.partnerId, expiresAt: holds.expiresAt, seatCount: holds.seatCount });
}

/**
 * Frees the seats these holds still own. A seat that another hold took after this one lapsed has
 * another `hold_id` and is left alone.
 */
export function freeSeatsOf(db: DbExecutor, scope: HoldScope | AllTenants, holdIds: string[]) {
  const scoped = inScopeOrAll(scope);
  // RETURNING sees the new row, whose hold_id is gone: the CTE keeps the old one.
  return db.execute<{ holdId: string; seatId: string; label: string }>(sql`
    with owned as (
      select showtime_id, seat_id, hold_id from ${seatInventory}
      where hold_id in ${holdIds} and state = 'held'
        ${scoped ? sql`and hold_id in (select ${holds.id} from ${holds} where ${holds.id} in ${holdIds} and ${scoped})` : sql``}
    )
    update ${seatInventory} si
    set state = 'available', hold_id = null, held_until = null, version = si.version + 1, updated_at = now()
    from owned join ${layoutSeats} ls on ls.id = owned.seat_id
    where si.showtime_id = owned.showtime_id and si.seat_id = owned.seat_id and si.hold_id = owned.hold_id
    returning owned.hold_id as "holdId", si.seat_id as "seatId", ls.label as label`);
}

/** Active holds past their expiry, oldest first, locked; holds another sweeper has are skipped. */
export function lockLapsedHolds(
  db: DbExecutor,
  params: { scope: AllTenants; limit: number } | { scope: CustomerScope; showtimeId: string },
) {
  const query = db
    .select({ id: holds.id, theatrePartnerId: theatres.partnerId })
    .from(holds)
    .innerJoin(showtimes, eq(showtimes.id, holds.showtimeId))
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .where(
      and(
        eq(holds.status, 'active'),
        lte(holds.expiresAt, sql`now()`),
        'showtimeId' in params ? and(eq(holds.customerId, params.scope.customerId), eq(holds.showtimeId, params.showtimeId)) : undefined,
      ),
    )
    .orderBy(asc(holds.expiresAt));
  // The sweep skips what others hold; a customer's own hold request waits for them instead.
  return 'limit' in params ? query.limit(params.limit).for('update', { of: holds, skipLocked: true }) : query.for('update', { of: holds });
}
