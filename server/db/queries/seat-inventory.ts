import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, theatres } from '../schema/theatres.ts';
import { heldSeatLapsed, seatIsFree } from './seat-state.ts';

/**
 * A theatre partner's seat inventory. Neither a showtime nor its seats carry a partner column, so
 * every query goes through the showtime's theatre and its `partner_id`: another partner's seats
 * do not exist for it.
 */

const seatsOwnedBy = (scope: PartnerScope) =>
  sql`exists (select 1 from ${showtimes} s join ${theatres} t on t.id = s.theatre_id
    where s.id = ${seatInventory.showtimeId} and t.partner_id = ${scope.partnerId})`;

const effectiveState = sql<(typeof seatInventory.$inferSelect)['state']>`case when ${heldSeatLapsed} then 'available' else ${seatInventory.state} end`;

export const partnerSeatColumns = {
  seatId: seatInventory.seatId,
  label: layoutSeats.label,
  row: layoutSeats.rowLabel,
  category: layoutSeats.category,
  state: effectiveState,
  blockedReason: seatInventory.blockedReason,
  version: seatInventory.version,
};

export type PartnerSeatRow = Awaited<ReturnType<typeof listSeats>>[number];


/** Every seat of the showtime in seat-map order: row by row (grid y), then across (grid x). */
export function listSeats(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  return db
    .select(partnerSeatColumns)
    .from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId))
    .where(and(eq(seatInventory.showtimeId, showtimeId), seatsOwnedBy(scope)))
    .orderBy(asc(layoutSeats.y), asc(layoutSeats.x));
}

/**
 * Locks the named seats of the showtime until the transaction ends, in seat id order so that two
 * requests naming overlapping seats take their locks in the same order and never deadlock. After
 * waiting for a lock, Postgres re-reads the row, so the state returned is the one this
 * transaction will change. Labels the showtime does not have are simply absent.
 */
export function lockSeatsByLabel(db: DbExecutor, scope: PartnerScope, params: { showtimeId: string; labels: string[] }) {
  return db
    .select({ ...partnerSeatColumns, y: layoutSeats.y, x: layoutSeats.x })
    .from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId))
    .where(
      and(eq(seatInventory.showtimeId, params.showtimeId), inArray(layoutSeats.label, params.labels), seatsOwnedBy(scope)),
    )
    .orderBy(asc(seatInventory.seatId))
    .for('update', { of: seatInventory });
}

const changedColumns = { seatId: seatInventory.seatId, state: seatInventory.state, blockedReason: seatInventory.blockedReason, version: seatInventory.version };

/**
 * Blocks seats that are available (an expired hold is cleared). Guarded by that state in the same
 * statement, so it can never overwrite a live hold or a sale: the caller compares the row count.
 */
export function blockSeats(db: DbExecutor, scope: PartnerScope, params: { showtimeId: string; seatIds: string[]; reason: string | null }) {
  return db
    .update(seatInventory)
    .set({
      state: 'blocked',
      holdId: null,
      heldUntil: null,
      blockedReason: params.reason,
      version: sql`${seatInventory.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(seatInventory.showtimeId, params.showtimeId),
        inArray(seatInventory.seatId, params.seatIds),
        seatIsFree,
        seatsOwnedBy(scope),
      ),
    )
    .returning(changedColumns);
}

/** Makes blocked seats available again; guarded by the blocked state like `blockSeats`. */
export function releaseSeats(db: DbExecutor, scope: PartnerScope, params: { showtimeId: string; seatIds: string[] }) {
  return db
    .update(seatInventory)
    .set({ state: 'available', blockedReason: null, version: sql`${seatInventory.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(seatInventory.showtimeId, params.showtimeId),
        inArray(seatInventory.seatId, params.seatIds),
        eq(seatInventory.state, 'blocked'),
        seatsOwnedBy(scope),
      ),
    )
    .returning(changedColumns);
}
