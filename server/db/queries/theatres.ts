import { and, desc, eq, inArray, sql, type SQLWrapper } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { showtimes } from '../schema/showtimes.ts';
import { layoutSeats, screens, seatLayouts, theatres } from '../schema/theatres.ts';

/** A partner's theatres. Every query takes the partner's scope: another partner's theatre does not exist. */

/**
 * The predicate for rows that belong to a theatre (`theatreId`, a column or SQL) of the scope's
 * partner: for tables without a partner column of their own, folded into the statement that reads
 * or writes them.
 */
export const inTheatreOf = (scope: PartnerScope, theatreId: SQLWrapper) =>
  sql`exists (select 1 from ${theatres} owner where owner.id = ${theatreId} and owner.partner_id = ${scope.partnerId})`;

export const theatreColumns = {
  id: theatres.id,
  partnerId: theatres.partnerId,
  externalRef: theatres.externalRef,
  name: theatres.name,
  cityId: theatres.cityId,
  address: theatres.address,
  postalCode: theatres.postalCode,
  latitude: theatres.latitude,
  longitude: theatres.longitude,
  timeZone: theatres.timeZone,
  status: theatres.status,
  cleaningBufferMinutes: theatres.cleaningBufferMinutes,
  cancellationCutoffMinutes: theatres.cancellationCutoffMinutes,
  payAtVenue: theatres.payAtVenue,
  version: theatres.version,
  createdAt: theatres.createdAt,
  updatedAt: theatres.updatedAt,
};

export type TheatreRow = Awaited<ReturnType<typeof findTheatre>> & {};

/** What a partner sets on a theatre; its reference is set once, at creation. */
export type TheatreValues = Omit<TheatreRow, 'id' | 'partnerId' | 'externalRef' | 'version' | 'createdAt' | 'updatedAt'>;

export function findTheatre(db: DbExecutor, scope: PartnerScope, theatreId: string) {
  return db
    .select(theatreColumns)
    .from(theatres)
    .where(and(eq(theatres.partnerId, scope.partnerId), eq(theatres.id, theatreId)))
    .then((rows) => rows[0]);
}

export function findTheatreByRef(db: DbExecutor, scope: PartnerScope, externalRef: string) {
  return db
    .select(theatreColumns)
    .from(theatres)
    .where(and(eq(theatres.partnerId, scope.partnerId), eq(theatres.externalRef, externalRef)))
    .then((rows) => rows[0]);
}

export function listTheatres(
  db: DbExecutor,
  scope: PartnerScope,
  params: { status?: 'draft' | 'live'; limit: number; before?: string },
) {
  return db
    .select(theatreColumns)
    .from(theatres)
    .where(
      and(
        eq(theatres.partnerId, scope.partnerId),
        params.status === undefined ? undefined : eq(theatres.status, params.status),
        params.before === undefined ? undefined : sql`${theatres.id} < ${params.before}`,
      ),
    )
    .orderBy(desc(theatres.id))
    .limit(params.limit + 1);
}

export function insertTheatre(db: DbExecutor, scope: PartnerScope, values: TheatreValues & { id: string; externalRef: string }) {
  return db.insert(theatres).values({ ...values, partnerId: scope.partnerId }).returning(theatreColumns).then((rows) => rows[0]!);
}

/**
 * Applies changed fields when the version still matches (undefined: any version). Returns
 * undefined when the theatre is gone or its version moved on: the caller tells which.
 */
export function updateTheatre(
  db: DbExecutor,
  scope: PartnerScope,
  params: { theatreId: string; expectedVersion?: number; changes: Partial<TheatreValues> },
) {
  return db
    .update(theatres)
    .set({ ...params.changes, version: sql`${theatres.version} + 1`, updatedAt: sql`now()` })
    .where(
      and(
        eq(theatres.partnerId, scope.partnerId),
        eq(theatres.id, params.theatreId),
        params.expectedVersion === undefined ? undefined : eq(theatres.version, params.expectedVersion),
      ),
    )
    .returning(theatreColumns)
    .then((rows) => rows[0]);
}

/**
 * Deletes a theatre that never had a showtime, with its screens and their layouts (the foreign
 * keys restrict, so children go first). Undefined when the version moved on meanwhile.
 */
export async function deleteTheatreWithScreens(
  db: DbExecutor,
  scope: PartnerScope,
  params: { theatreId: string; expectedVersion: number },
) {
  const screenIds = db.select({ id: screens.id }).from(screens).where(and(eq(screens.theatreId, params.theatreId), inTheatreOf(scope, screens.theatreId)));
  const layoutIds = db.select({ id: seatLayouts.id }).from(seatLayouts).where(inArray(seatLayouts.screenId, screenIds));
  await db.delete(layoutSeats).where(inArray(layoutSeats.layoutId, layoutIds));
  await db.delete(seatLayouts).where(inArray(seatLayouts.screenId, screenIds));
  await db.delete(screens).where(and(eq(screens.theatreId, params.theatreId), inTheatreOf(scope, screens.theatreId)));
  return db
    .delete(theatres)
    .where(and(eq(theatres.partnerId, scope.partnerId), eq(theatres.id, params.theatreId), eq(theatres.version, params.expectedVersion)))
    .returning({ id: theatres.id })
    .then((rows) => rows[0]);
}

export async function theatreHasShowtimes(db: DbExecutor, scope: PartnerScope, theatreId: string): Promise<boolean> {
  const [row] = await db
    .select({ exists: sql<boolean>`true` })
    .from(showtimes)
    .where(and(eq(showtimes.theatreId, theatreId), inTheatreOf(scope, showtimes.theatreId)))
    .limit(1);
  return row !== undefined;
}
