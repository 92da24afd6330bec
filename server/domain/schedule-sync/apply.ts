import type { DbExecutor } from '../../db/client.ts';
import { violatedExclusionConstraint, violatedUniqueConstraint } from '../../db/constraint-violations.ts';
import { newId } from '../../db/ids.ts';
import * as queries from '../../db/queries/schedule-sync.ts';
import type { TheatreRow } from '../../db/queries/theatres.ts';
import type { PartnerScope } from '../../db/scope.ts';
import { cancelBookingsOfShowtimes } from '../booking-cancellation.ts';
import { DomainError } from '../errors.ts';
import type { PartnerWriter } from '../partner-writer.ts';
import { showtimeEvents } from './events.ts';
import type { ScreenPlan } from './plan-screens.ts';
import type { ShowtimePlan } from './plan-showtimes.ts';

/**
 * Applies a plan that passed every check, in the caller's transaction, one statement per kind of
 * change: screens, layouts, cancellations, revisions, creations with all their seats, then one
 * insert for every event. Cancellations go first and creations last, so a new showtime may take
 * the slot of one the sync cancels or moves away.
 */

/** Runs writes the overlap constraint may refuse in a savepoint: false when it did. */
async function withoutOverlap(tx: DbExecutor, write: (db: DbExecutor) => Promise<unknown>): Promise<boolean> {
  try {
    await tx.transaction(async (savepoint) => {
      await write(savepoint);
    });
    return true;
  } catch (error) {
    if (violatedExclusionConstraint(error) !== 'showtimes_no_overlap') throw error;
    return false;
  }
}

/**
 * The in-memory check passed, so a refusal by the constraint means a showtime another request
 * created or moved meanwhile: name it for each item it clashes with.
 */
async function clashRefusal(tx: DbExecutor, scope: PartnerScope, plan: ShowtimePlan): Promise<DomainError> {
  const syncedIds = [...plan.updated.map((item) => item.held.id), ...plan.unchanged.map((item) => item.held.id)];
  const spans = plan.spans.map(({ index, screenId, startsAt, endsAt }) => ({ index, screenId, startsAt, endsAt }));
  const clashes = await queries.clashesOutside(tx, scope, spans, syncedIds);
  const startFields = new Map(plan.spans.map((span) => [span.index, span.startField]));
  const issues = clashes.map(({ index, showtimeId }) => ({
    field: startFields.get(index)!,
    message: `overlaps showtime ${showtimeId}, scheduled while this sync ran`,
    code: 'overlaps_existing',
  }));
  return new DomainError('schedule_conflict', {
    detail: 'The schedule overlaps showtimes scheduled meanwhile; nothing was applied.',
    issues,
    conflicts: [...new Set(clashes.map((clash) => clash.showtimeId))],
  });
}

const concurrentUpdate = (detail: string) => new DomainError('concurrent_update', { detail: `${detail}; nothing was applied. Retry.`, retryAfterSeconds: 1 });

const REFERENCE_CONSTRAINTS = ['screens_theatre_external_ref_unique', 'showtimes_theatre_external_ref_unique'];

/**
 * Syncs of a theatre wait for each other, but single-resource calls do not: one may have created a
 * screen or showtime under a reference the plan thought new. A retry plans with it in view.
 */
async function referencesStillFree<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!REFERENCE_CONSTRAINTS.includes(violatedUniqueConstraint(error) ?? '')) throw error;
    throw concurrentUpdate('Another request created a screen or showtime under one of these references while the sync ran');
  }
}

async function applyScreens(tx: DbExecutor, scope: PartnerScope, theatreId: string, screens: ScreenPlan[]) {
  await referencesStillFree(() => queries.insertScreens(tx, scope, screens.filter((screen) => screen.outcome === 'created').map(({ id, externalRef, name }) => ({ id, theatreId, externalRef, name }))));
  await queries.renameScreens(tx, scope, screens.filter((screen) => screen.outcome === 'updated').map(({ id, name }) => ({ id, name })));
  const relaid = screens.filter((screen) => screen.layout?.outcome === 'created');
  const highest = await queries.lockScreensForLayouts(tx, scope, relaid.map((screen) => screen.id));
  await queries.insertLayouts(tx, scope, relaid.map((screen) => {
    const layout = screen.layout!;
    // Numbered under the screen's lock: a layout pushed since the plan was read moves ours up.
    layout.version = (highest.get(screen.id) ?? 0) + 1;
    return {
      id: layout.id, screenId: screen.id, version: layout.version, document: layout.document, categories: layout.placed.categories,
      seats: layout.placed.seats.map((seat) => ({ ...seat, id: newId('seat') })),
    };
  }));
}

/** As a showtime cancellation does it, for all at once: seats blocked, bookings cancelled and refunded. */
async function cancelShowtimes(w: PartnerWriter, plan: ShowtimePlan) {
  const ids = plan.cancelled.map((showtime) => showtime.id);
  if (ids.length === 0) return { rows: [], bookingsCancelled: 0 };
  const refunded = await cancelBookingsOfShowtimes(w.tx, w.audit, w.scope, ids);
  return { rows: await queries.markShowtimesCancelled(w.tx, w.scope, ids), bookingsCancelled: refunded.length };
}

async function reviseShowtimes(tx: DbExecutor, scope: PartnerScope, plan: ShowtimePlan) {
  const revisions = plan.updated.map((item) => item.revision);
  let revised = 0;
  if (!(await withoutOverlap(tx, async (db) => { revised = await queries.reviseShowtimes(db, scope, revisions); }))) {
    // Showtimes trading places collide row by row; out of the way first, they land cleanly.
    const moved = plan.updated.filter((item) => item.changed.includes('startsAt')).map((item) => item.held.id);
    const landed = await withoutOverlap(tx, async (db) => {
      await queries.parkShowtimes(db, scope, moved);
      revised = await queries.reviseShowtimes(db, scope, revisions);
    });
    if (!landed) throw await clashRefusal(tx, scope, plan);
  }
  if (revised < revisions.length) throw concurrentUpdate('Another request cancelled a showtime this sync updates while it ran');
  const repriced = plan.updated.filter((item) => item.prices !== undefined);
  await queries.deletePricesOf(tx, scope, repriced.map((item) => item.held.id));
  await queries.insertPrices(tx, scope, repriced.flatMap((item) => item.prices!));
  return queries.showtimesByIds(tx, scope, plan.updated.map((item) => item.held.id));
}

async function createShowtimes(tx: DbExecutor, scope: PartnerScope, plan: ShowtimePlan) {
  let rows: Awaited<ReturnType<typeof queries.insertShowtimes>> = [];
  const inserted = await referencesStillFree(() => withoutOverlap(tx, async (db) => {
    rows = await queries.insertShowtimes(db, scope, plan.created.map((item) => item.row));
  }));
  if (!inserted) throw await clashRefusal(tx, scope, plan);
  await queries.insertPrices(tx, scope, plan.created.flatMap((item) => item.prices));
  await queries.createInventoryOf(tx, scope, plan.created.map((item) => ({ id: item.row.id, layoutId: item.row.layoutId })));
  return rows;
}

export async function applyPlan(w: PartnerWriter, theatre: TheatreRow, screens: ScreenPlan[], plan: ShowtimePlan, heldPrices: Map<string, queries.PriceRow[]>) {
  await applyScreens(w.tx, w.scope, theatre.id, screens);
  const cancelled = await cancelShowtimes(w, plan);
  const revised = await reviseShowtimes(w.tx, w.scope, plan);
  const created = await createShowtimes(w.tx, w.scope, plan);
  await showtimeEvents(w, theatre, plan, { created, revised, cancelled: cancelled.rows }, heldPrices);
  return { bookingsCancelled: cancelled.bookingsCancelled };
}
