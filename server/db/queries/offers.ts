import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { cities } from '../schema/catalogue.ts';
import { offers } from '../schema/offers.ts';
import { showtimes } from '../schema/showtimes.ts';
import { theatres } from '../schema/theatres.ts';

/**
 * Offers are the platform's, not a partner's: no tenant scope. Reads for pricing take only active
 * offers in scope and valid on a local date; the time-of-day rule is judged by the pricing module.
 */

export const offerColumns = {
  id: offers.id,
  name: offers.name,
  description: offers.description,
  kind: offers.kind,
  percentOff: offers.percentOff,
  nth: offers.nth,
  repeats: offers.repeats,
  windowStart: offers.windowStart,
  windowEnd: offers.windowEnd,
  daysOfWeek: offers.daysOfWeek,
  scope: offers.scope,
  scopeIds: offers.scopeIds,
  validFrom: offers.validFrom,
  validUntil: offers.validUntil,
  priority: offers.priority,
  status: offers.status,
  version: offers.version,
  createdAt: offers.createdAt,
  updatedAt: offers.updatedAt,
};

export type OfferRow = Awaited<ReturnType<typeof findOffer>> & {};
export type OfferValues = Omit<OfferRow, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

export function insertOffer(db: DbExecutor, values: OfferValues & { id: string }) {
  return db.insert(offers).values(values).returning(offerColumns).then((rows) => rows[0]!);
}

export function findOffer(db: DbExecutor, offerId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select(offerColumns).from(offers).where(eq(offers.id, offerId));
  return (options.forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

export function listOffers(db: DbExecutor, params: { status?: 'active' | 'disabled'; limit: number; before?: string }) {
  return db
    .select(offerColumns)
    .from(offers)
    .where(
      and(
        params.status === undefined ? undefined : eq(offers.status, params.status),
        params.before === undefined ? undefined : sql`${offers.id} < ${params.before}`,
      ),
    )
    .orderBy(desc(offers.id))
    .limit(params.limit + 1);
}

/** Guarded by the version the change was computed from: undefined when it moved on meanwhile. */
export function updateOffer(db: DbExecutor, params: { offerId: string; expectedVersion: number; changes: Partial<OfferValues> }) {
  return db
    .update(offers)
    .set({ ...params.changes, version: sql`${offers.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(offers.id, params.offerId), eq(offers.version, params.expectedVersion)))
    .returning(offerColumns)
    .then((rows) => rows[0]);
}

export function existingCityIds(db: DbExecutor, ids: string[]) {
  return db.select({ id: cities.id }).from(cities).where(inArray(cities.id, ids)).then((rows) => rows.map((row) => row.id));
}

export function existingTheatreIds(db: DbExecutor, ids: string[]) {
  return db.select({ id: theatres.id }).from(theatres).where(inArray(theatres.id, ids)).then((rows) => rows.map((row) => row.id));
}

const textArray = (values: string[]) => (values.length === 0 ? sql`'{}'::text[]` : sql`ARRAY[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`);

/** An offer's scope takes in a place (`cityIds`, `theatreIds`: SQL arrays of the place's cities and theatres). */
export const offerInScope = (cityIds: SQL, theatreIds: SQL) => sql`(${offers.scope} = 'all'
  OR (${offers.scope} = 'cities' AND ${offers.scopeIds} && ${cityIds})
  OR (${offers.scope} = 'theatres' AND ${offers.scopeIds} && ${theatreIds}))`;

/** An offer is valid on a local date (an SQL `date`). */
export const offerValidOn = (date: SQL) => sql`(${offers.validFrom} IS NULL OR ${offers.validFrom} <= ${date})
  AND (${offers.validUntil} IS NULL OR ${offers.validUntil} >= ${date})`;

/** Active offers whose scope takes in a place; `theatreIds` are the theatres the place includes. */
export function listActiveOffersInScope(
  db: DbExecutor,
  place: { cityIds: string[]; theatreIds: string[]; validOn?: string; validFromOnOrAfter?: string },
) {
  return db
    .select(offerColumns)
    .from(offers)
    .where(
      and(
        eq(offers.status, 'active'),
        offerInScope(textArray(place.cityIds), textArray(place.theatreIds)),
        place.validOn === undefined ? undefined : offerValidOn(sql`${place.validOn}::date`),
        // Lists of what is on offer show what has not ended yet, including what starts later.
        place.validFromOnOrAfter === undefined ? undefined : sql`(${offers.validUntil} IS NULL OR ${offers.validUntil} >= ${place.validFromOnOrAfter}::date)`,
      ),
    )
    .orderBy(asc(offers.priority), asc(offers.id));
}

/** What pricing needs to know of a showtime: where it is, when it starts, in which zone. */
export function findShowtimeForPricing(db: DbExecutor, showtimeId: string) {
  return db
    .select({
      status: showtimes.status,
      started: sql<boolean>`${showtimes.startsAt} <= now()`,
      startsAt: showtimes.startsAt,
      layoutId: showtimes.layoutId,
      cityId: showtimes.cityId,
      theatreId: showtimes.theatreId,
      theatreStatus: theatres.status,
      timeZone: theatres.timeZone,
    })
    .from(showtimes)
    .innerJoin(theatres, eq(theatres.id, showtimes.theatreId))
    .where(eq(showtimes.id, showtimeId))
    .then((rows) => rows[0]);
}

/** A live theatre with its city and zone; undefined for an unknown or draft theatre. */
export function findLiveTheatre(db: DbExecutor, theatreId: string) {
  return db
    .select({ id: theatres.id, cityId: theatres.cityId, timeZone: theatres.timeZone })
    .from(theatres)
    .where(and(eq(theatres.id, theatreId), eq(theatres.status, 'live')))
    .then((rows) => rows[0]);
}

/** A city with its zone and the ids of its live theatres (whose theatre-scoped offers it shows). */
export async function findCityWithLiveTheatres(db: DbExecutor, cityId: string) {
  const city = await db.select({ id: cities.id, timeZone: cities.timeZone }).from(cities).where(eq(cities.id, cityId)).then((rows) => rows[0]);
  if (!city) return undefined;
  const live = await db
    .select({ id: theatres.id })
    .from(theatres)
    .where(and(eq(theatres.cityId, cityId), eq(theatres.status, 'live')));
  return { ...city, theatreIds: live.map((row) => row.id) };
}
