import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { inTheatreOf } from './theatres.ts';
import { showtimes } from '../schema/showtimes.ts';
import { screens, seatLayouts, theatres } from '../schema/theatres.ts';

/**
 * A theatre partner's screens. A screen has no partner column of its own, so every query joins its
 * theatre and filters on the theatre's partner: another partner's screen does not exist.
 */

const ownedBy = (scope: PartnerScope) => and(eq(theatres.id, screens.theatreId), eq(theatres.partnerId, scope.partnerId));

/** The scope's screens, for statements that do not join the theatre themselves. */
const screensOf = (db: DbExecutor, scope: PartnerScope) =>
  inArray(screens.theatreId, db.select({ id: theatres.id }).from(theatres).where(eq(theatres.partnerId, scope.partnerId)));

export const screenColumns = {
  id: screens.id,
  theatreId: screens.theatreId,
  externalRef: screens.externalRef,
  name: screens.name,
  status: screens.status,
  version: screens.version,
  // The newest version that new showtimes may still use.
  currentLayout: sql<number | null>`(SELECT max(${seatLayouts.layoutVersion}) FROM ${seatLayouts}
    WHERE ${seatLayouts.screenId} = ${screens.id} AND ${seatLayouts.retiredAt} IS NULL)`.mapWith(
    (value: unknown) => (value === null ? null : Number(value)),
  ),
  createdAt: screens.createdAt,
  updatedAt: screens.updatedAt,
};

export type ScreenRow = Awaited<ReturnType<typeof findScreen>> & {};
export type ScreenValues = { name: string; status: 'active' | 'retired' };

/** With `lock`, the screen row stays locked until the transaction ends (layout versions are numbered under it). */
export function findScreen(db: DbExecutor, scope: PartnerScope, screenId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select(screenColumns)
    .from(screens)
    .innerJoin(theatres, ownedBy(scope))
    .where(eq(screens.id, screenId));
  return (options.lock ? query.for('update', { of: screens }) : query).then((rows) => rows[0]);
}

export function findScreenByRef(db: DbExecutor, scope: PartnerScope, params: { theatreId: string; externalRef: string; lock?: boolean }) {
  const query = db
    .select(screenColumns)
    .from(screens)
    .innerJoin(theatres, ownedBy(scope))
    .where(and(eq(screens.theatreId, params.theatreId), eq(screens.externalRef, params.externalRef)));
  return (params.lock ? query.for('update', { of: screens }) : query).then((rows) => rows[0]);
}

export function listScreens(db: DbExecutor, scope: PartnerScope, params: { theatreId: string; limit: number; before?: string }) {
  return db
    .select(screenColumns)
    .from(screens)
    .innerJoin(theatres, ownedBy(scope))
    .where(
      and(
        eq(screens.theatreId, params.theatreId),
        params.before === undefined ? undefined : sql`${screens.id} < ${params.before}`,
      ),
    )
    .orderBy(desc(screens.id))
    .limit(params.limit + 1);
}

/**
 * Inserts into the scope's theatre only (the foreign key cannot tell whose it is). False when the
 * theatre already has a screen with this reference, or is not the partner's.
 */
export async function insertScreen(
  db: DbExecutor,
  scope: PartnerScope,
  values: ScreenValues & { id: string; theatreId: string; externalRef: string },
): Promise<boolean> {
  const rows = await db.execute<{ id: string }>(sql`
    insert into ${screens} (id, theatre_id, external_ref, name, status)
    select ${values.id}, t.id, ${values.externalRef}, ${values.name}, ${values.status}
    from ${theatres} t where t.id = ${values.theatreId} and t.partner_id = ${scope.partnerId}
    on conflict (theatre_id, external_ref) do nothing
    returning id`);
  return rows.length > 0;
}

/** Applies the changes when the version still matches; false when it moved on meanwhile. */
export async function updateScreen(
  db: DbExecutor,
  scope: PartnerScope,
  params: { screenId: string; expectedVersion: number; changes: Partial<ScreenValues> },
): Promise<boolean> {
  const rows = await db
    .update(screens)
    .set({ ...params.changes, version: sql`${screens.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(screens.id, params.screenId),
        eq(screens.version, params.expectedVersion),
        screensOf(db, scope),
      ),
    )
    .returning({ id: screens.id });
  return rows.length > 0;
}

export async function deleteScreen(db: DbExecutor, scope: PartnerScope, screenId: string) {
  await db.delete(screens).where(and(eq(screens.id, screenId), screensOf(db, scope)));
}

/** Every showtime that ever ran on the screen or on one of these layouts, cancelled ones included. */
export async function showtimesOfScreen(db: DbExecutor, scope: PartnerScope, screenId: string, layoutIds: string[]): Promise<string[]> {
  const rows = await db
    .select({ id: showtimes.id })
    .from(showtimes)
    .where(
      and(
        or(eq(showtimes.screenId, screenId), layoutIds.length === 0 ? undefined : inArray(showtimes.layoutId, layoutIds)),
        inTheatreOf(scope, showtimes.theatreId),
      ),
    )
    .orderBy(showtimes.id);
  return rows.map((row) => row.id);
}
