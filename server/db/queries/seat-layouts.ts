import { and, asc, desc, eq, inArray, isNull, sql, type SQLWrapper } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { inTheatreOf } from './theatres.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, screens, seatLayouts, theatres } from '../schema/theatres.ts';
import { textArray } from '../sql-parts.ts';

/**
 * Seat layout versions of a partner's screens. Like screens, they are reached through the theatre's
 * partner: every lookup joins screen and theatre and filters on the partner id.
 */

const layoutColumns = {
  id: seatLayouts.id,
  screenId: seatLayouts.screenId,
  version: seatLayouts.layoutVersion,
  seatCount: seatLayouts.seatCount,
  categories: seatLayouts.categories,
  createdAt: seatLayouts.createdAt,
  retiredAt: seatLayouts.retiredAt,
};

export type LayoutRow = Awaited<ReturnType<typeof findLayout>> & {};

export interface LayoutSeatValues {
  label: string;
  rowLabel: string;
  seatNumber: number;
  category: string;
  x: number;
  y: number;
  wheelchair: boolean;
  companion: boolean;
}

const ownedScreens = (scope: PartnerScope) =>
  and(eq(screens.id, seatLayouts.screenId), eq(screens.theatreId, theatres.id), eq(theatres.partnerId, scope.partnerId));

/** A screen (`screenId`, a column or SQL) of the scope's theatres, for statements that do not join them. */
const ofOwnScreen = (scope: PartnerScope, screenId: SQLWrapper) =>
  sql`exists (select 1 from ${screens} own_screen join ${theatres} own_theatre on own_theatre.id = own_screen.theatre_id
    where own_screen.id = ${screenId} and own_theatre.partner_id = ${scope.partnerId})`;

export function findLayout(
  db: DbExecutor,
  scope: PartnerScope,
  params: { screenId: string; version: number; lock?: boolean },
) {
  const query = db
    .select(layoutColumns)
    .from(seatLayouts)
    .innerJoin(screens, eq(screens.id, seatLayouts.screenId))
    .innerJoin(theatres, ownedScreens(scope))
    .where(and(eq(seatLayouts.screenId, params.screenId), eq(seatLayouts.layoutVersion, params.version)));
  return (params.lock ? query.for('update', { of: seatLayouts }) : query).then((rows) => rows[0]);
}

export function listLayouts(
  db: DbExecutor,
  scope: PartnerScope,
  params: { screenId: string; limit: number; beforeVersion?: number },
) {
  return db
    .select(layoutColumns)
    .from(seatLayouts)
    .innerJoin(screens, eq(screens.id, seatLayouts.screenId))
    .innerJoin(theatres, ownedScreens(scope))
    .where(
      and(
        eq(seatLayouts.screenId, params.screenId),
        params.beforeVersion === undefined ? undefined : sql`${seatLayouts.layoutVersion} < ${params.beforeVersion}`,
      ),
    )
    .orderBy(desc(seatLayouts.layoutVersion))
    .limit(params.limit + 1);
}

/**
 * Every layout of a screen, locked: a showtime being created on one of them waits for this
 * transaction, so "no showtime uses it" stays true until the delete commits.
 */
export async function lockLayoutsOfScreen(db: DbExecutor, scope: PartnerScope, screenId: string): Promise<string[]> {
  const rows = await db
    .select({ id: seatLayouts.id })
    .from(seatLayouts)
    .where(and(eq(seatLayouts.screenId, screenId), ofOwnScreen(scope, seatLayouts.screenId)))
    .for('update');
  return rows.map((row) => row.id);
}

/** Called with the screen row locked, so two new versions of one screen cannot take the same number. */
export async function nextLayoutVersion(db: DbExecutor, scope: PartnerScope, screenId: string): Promise<number> {
  const [row] = await db
    .select({ highest: sql<number>`coalesce(max(${seatLayouts.layoutVersion}), 0)`.mapWith(Number) })
    .from(seatLayouts)
    .where(and(eq(seatLayouts.screenId, screenId), ofOwnScreen(scope, seatLayouts.screenId)));
  return (row?.highest ?? 0) + 1;
}

/** Inserts into the scope's screen only (the foreign key cannot tell whose it is); undefined when it is not the partner's. */
export async function insertLayout(
  db: DbExecutor,
  scope: PartnerScope,
  layout: { id: string; screenId: string; version: number; document: (typeof seatLayouts.$inferSelect)['document']; categories: string[] },
  seats: (LayoutSeatValues & { id: string })[],
) {
  // Every column, in the table's order: an insert from a select lists them all.
  const [row] = await db
    .insert(seatLayouts)
    .select(sql`select ${layout.id}, ${layout.screenId}, ${layout.version}::int, ${JSON.stringify(layout.document)}::jsonb, ${seats.length}::int,
      ${textArray(layout.categories)}, now(), null::timestamptz
      where ${ofOwnScreen(scope, sql`${layout.screenId}`)}`)
    .returning(layoutColumns);
  if (!row) return undefined;
  // Chunked: 6,000 seats × 10 columns would pass Postgres' 65,535 bind parameter limit in one go.
  for (let start = 0; start < seats.length; start += 1000) {
    await db.insert(layoutSeats).values(seats.slice(start, start + 1000).map((seat) => ({ ...seat, layoutId: layout.id })));
  }
  return row;
}

/** A layout seat as layouts show it. */
export const layoutSeatColumns = {
  label: layoutSeats.label,
  rowLabel: layoutSeats.rowLabel,
  seatNumber: layoutSeats.seatNumber,
  category: layoutSeats.category,
  x: layoutSeats.x,
  y: layoutSeats.y,
  wheelchair: layoutSeats.wheelchair,
  companion: layoutSeats.companion,
};

export function seatsOfLayout(db: DbExecutor, scope: PartnerScope, layoutId: string) {
  return db
    .select(layoutSeatColumns)
    .from(layoutSeats)
    .innerJoin(seatLayouts, eq(seatLayouts.id, layoutSeats.layoutId))
    .where(and(eq(layoutSeats.layoutId, layoutId), ofOwnScreen(scope, seatLayouts.screenId)))
    .orderBy(asc(layoutSeats.y), asc(layoutSeats.x));
}

/** Retires a layout that is not retired yet; undefined when it already was. */
export function retireLayout(db: DbExecutor, scope: PartnerScope, layoutId: string) {
  return db
    .update(seatLayouts)
    .set({ retiredAt: sql`now()` })
    .where(and(eq(seatLayouts.id, layoutId), isNull(seatLayouts.retiredAt), ofOwnScreen(scope, seatLayouts.screenId)))
    .returning(layoutColumns)
    .then((rows) => rows[0]);
}

/** Every showtime that ever used one of these layouts, cancelled ones included. */
export async function showtimesOfLayouts(db: DbExecutor, scope: PartnerScope, layoutIds: string[]): Promise<string[]> {
  if (layoutIds.length === 0) return [];
  const rows = await db
    .select({ id: showtimes.id })
    .from(showtimes)
    .where(and(inArray(showtimes.layoutId, layoutIds), inTheatreOf(scope, showtimes.theatreId)))
    .orderBy(showtimes.id);
  return rows.map((row) => row.id);
}

/** The foreign keys restrict, so the seats go before their layouts. */
export async function deleteLayouts(db: DbExecutor, scope: PartnerScope, layoutIds: string[]) {
  if (layoutIds.length === 0) return;
  const owned = db
    .select({ id: seatLayouts.id })
    .from(seatLayouts)
    .where(and(inArray(seatLayouts.id, layoutIds), ofOwnScreen(scope, seatLayouts.screenId)));
  await db.delete(layoutSeats).where(inArray(layoutSeats.layoutId, owned));
  await db.delete(seatLayouts).where(and(inArray(seatLayouts.id, layoutIds), ofOwnScreen(scope, seatLayouts.screenId)));
}
