import { and, asc, desc, eq, gte, inArray, isNull, lte, sql, type SQLWrapper } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { inTheatreOf } from './theatres.ts';
import { bookedSeats } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { movies } from '../schema/catalogue.ts';
import { layoutSeats, screens, seatLayouts, theatres } from '../schema/theatres.ts';
import { intArray, textArray } from '../sql-parts.ts';

/** A partner's showtimes, always reached through its theatre's `partner_id`. */

export const showtimeColumns = {
  id: showtimes.id,
  theatreId: showtimes.theatreId,
  screenId: showtimes.screenId,
  layoutId: showtimes.layoutId,
  movieId: showtimes.movieId,
  cityId: showtimes.cityId,
  externalRef: showtimes.externalRef,
  startsAt: showtimes.startsAt,
  endsAt: showtimes.endsAt,
  localDate: showtimes.localDate,
  language: showtimes.language,
  format: showtimes.format,
  status: showtimes.status,
  cancelledAt: showtimes.cancelledAt,
  version: showtimes.version,
  createdAt: showtimes.createdAt,
  updatedAt: showtimes.updatedAt,
};

export type ShowtimeRow = Awaited<ReturnType<typeof findShowtime>> & {};
export type ShowtimeFormat = ShowtimeRow['format'];

const ownedBy = (scope: PartnerScope) => inTheatreOf(scope, showtimes.theatreId);

/** Rows of a showtime (`showtimeId`, a column or SQL) of the scope's theatres. */
const ofOwnShowtime = (scope: PartnerScope, showtimeId: SQLWrapper) =>
  sql`exists (select 1 from ${showtimes} own_showtime join ${theatres} own_theatre on own_theatre.id = own_showtime.theatre_id
    where own_showtime.id = ${showtimeId} and own_theatre.partner_id = ${scope.partnerId})`;

/**
 * With `lock: 'update'` a change to the showtime waits for (and blocks) every other writer; with
 * `'share'` seat changes proceed side by side but never alongside a cancellation.
 */
export function findShowtime(db: DbExecutor, scope: PartnerScope, showtimeId: string, options: { lock?: 'update' | 'share' } = {}) {
  const query = db.select(showtimeColumns).from(showtimes).where(and(eq(showtimes.id, showtimeId), ownedBy(scope)));
  return (options.lock ? query.for(options.lock) : query).then((rows) => rows[0]);
}

export function findShowtimeByRef(db: DbExecutor, scope: PartnerScope, theatreId: string, externalRef: string) {
  return db
    .select(showtimeColumns)
    .from(showtimes)
    .where(and(eq(showtimes.theatreId, theatreId), eq(showtimes.externalRef, externalRef), ownedBy(scope)))
    .for('update')
    .then((rows) => rows[0]);
}

export function listShowtimes(
  db: DbExecutor,
  scope: PartnerScope,
  params: { theatreId: string; from?: string; to?: string; status?: 'scheduled' | 'cancelled'; limit: number; after?: [string, string] },
) {
  return db
    .select(showtimeColumns)
    .from(showtimes)
    .where(
      and(
        eq(showtimes.theatreId, params.theatreId),
        ownedBy(scope),
        params.from === undefined ? undefined : gte(showtimes.localDate, params.from),
        params.to === undefined ? undefined : lte(showtimes.localDate, params.to),
        params.status === undefined ? undefined : eq(showtimes.status, params.status),
        params.after === undefined ? undefined : sql`(${showtimes.startsAt}, ${showtimes.id}) > (${params.after[0]}::timestamptz, ${params.after[1]})`,
      ),
    )
    .orderBy(asc(showtimes.startsAt), asc(showtimes.id))
    .limit(params.limit + 1);
}

export type ShowtimeInsert = Omit<ShowtimeRow, 'status' | 'cancelledAt' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Inserts only on a screen of the scope's theatre (the foreign keys cannot tell whose they are);
 * undefined otherwise. Every column, in the table's order: an insert from a select lists them all.
 */
export function insertShowtime(db: DbExecutor, scope: PartnerScope, values: ShowtimeInsert) {
  return db
    .insert(showtimes)
    .select(sql`select ${values.id}, ${values.theatreId}, ${values.screenId}, ${values.layoutId}, ${values.movieId}, ${values.cityId},
      ${values.externalRef}, ${values.startsAt.toISOString()}::timestamptz, ${values.endsAt.toISOString()}::timestamptz, ${values.localDate}::date,
      ${values.language}, ${values.format}, 'scheduled', null::timestamptz, 1, now(), now()
      where exists (select 1 from ${screens} own_screen join ${theatres} own_theatre on own_theatre.id = own_screen.theatre_id
        where own_screen.id = ${values.screenId} and own_screen.theatre_id = ${values.theatreId} and own_theatre.partner_id = ${scope.partnerId})`)
    .returning(showtimeColumns)
    .then((rows) => rows[0]);
}

export type ShowtimeChanges = Partial<Pick<ShowtimeRow, 'startsAt' | 'endsAt' | 'localDate' | 'language' | 'format'>>;

/** Bumps the version even when only prices changed: the prices are part of the showtime. */
/** Undefined when the showtime is not the scope's. */
export function updateShowtime(db: DbExecutor, scope: PartnerScope, showtimeId: string, changes: ShowtimeChanges) {
  return db
    .update(showtimes)
    .set({ ...changes, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(showtimes.id, showtimeId), ownedBy(scope)))
    .returning(showtimeColumns)
    .then((rows) => rows[0]);
}

/** Undefined when the showtime is not the scope's. */
export function markCancelled(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  return db
    .update(showtimes)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(showtimes.id, showtimeId), ownedBy(scope)))
    .returning(showtimeColumns)
    .then((rows) => rows[0]);
}

export function pricesOf(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db
    .select({ showtimeId: showtimePrices.showtimeId, category: showtimePrices.category, amount: showtimePrices.amount, currency: showtimePrices.currency })
    .from(showtimePrices)
    .where(and(inArray(showtimePrices.showtimeId, showtimeIds), ofOwnShowtime(scope, showtimePrices.showtimeId)))
    .orderBy(asc(showtimePrices.amount), asc(showtimePrices.category));
}

export async function replacePrices(db: DbExecutor, scope: PartnerScope, showtimeId: string, prices: { category: string; amount: number; currency: string }[]) {
  await db.delete(showtimePrices).where(and(eq(showtimePrices.showtimeId, showtimeId), ofOwnShowtime(scope, showtimePrices.showtimeId)));
  await db.execute(sql`
    insert into ${showtimePrices} (showtime_id, category, amount, currency)
    select ${showtimeId}, p.category, p.amount, p.currency
    from unnest(${textArray(prices.map((price) => price.category))}, ${intArray(prices.map((price) => price.amount))},
      ${textArray(prices.map((price) => price.currency))}) as p(category, amount, currency)
    where ${ofOwnShowtime(scope, sql`${showtimeId}`)}`);
}

/** One inventory row per seat of the layout, all available: the showtime's seats from birth. */
export function createInventory(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  return db.execute(sql`
    insert into ${seatInventory} (showtime_id, seat_id, state)
    select s.id, ls.id, 'available' from ${showtimes} s join ${layoutSeats} ls on ls.layout_id = s.layout_id
    where s.id = ${showtimeId} and ${ofOwnShowtime(scope, sql`s.id`)}`);
}

/**
 * The first step of a cancellation: every seat not booked becomes blocked, in one statement, so
 * no hold or sale can start on this showtime from here on.
 */
export async function blockUnbookedSeats(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db
    .update(seatInventory)
    .set({ state: 'blocked', holdId: null, heldUntil: null, blockedReason: 'showtime cancelled', version: sql`${seatInventory.version} + 1` })
    .where(and(inArray(seatInventory.showtimeId, showtimeIds), sql`${seatInventory.state} <> 'booked'`, ofOwnShowtime(scope, seatInventory.showtimeId)));
}

export async function everSold(db: DbExecutor, scope: PartnerScope, showtimeId: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql`1` })
    .from(bookedSeats)
    .where(and(eq(bookedSeats.showtimeId, showtimeId), ofOwnShowtime(scope, bookedSeats.showtimeId)))
    .limit(1);
  return row !== undefined;
}

export async function deleteShowtime(db: DbExecutor, scope: PartnerScope, showtimeId: string) {
  await db.delete(seatInventory).where(and(eq(seatInventory.showtimeId, showtimeId), ofOwnShowtime(scope, seatInventory.showtimeId)));
  await db.delete(showtimePrices).where(and(eq(showtimePrices.showtimeId, showtimeId), ofOwnShowtime(scope, showtimePrices.showtimeId)));
  await db.delete(showtimes).where(and(eq(showtimes.id, showtimeId), ownedBy(scope)));
}

/** The live showtime on the screen whose time range overlaps [startsAt, endsAt), other than `exceptId`. */
export function findOverlapping(db: DbExecutor, scope: PartnerScope, params: { screenId: string; startsAt: Date; endsAt: Date; exceptId?: string }) {
  return db
    .select({ id: showtimes.id })
    .from(showtimes)
    .where(
      and(
        eq(showtimes.screenId, params.screenId),
        ownedBy(scope),
        sql`${showtimes.status} <> 'cancelled'`,
        sql`tstzrange(${showtimes.startsAt}, ${showtimes.endsAt}) && tstzrange(${params.startsAt.toISOString()}::timestamptz, ${params.endsAt.toISOString()}::timestamptz)`,
        params.exceptId === undefined ? undefined : sql`${showtimes.id} <> ${params.exceptId}`,
      ),
    )
    .then((rows) => rows.map((row) => row.id));
}

/** The layout new showtimes of a screen use: its highest version not retired, with its categories. */
export function currentLayoutOf(db: DbExecutor, scope: PartnerScope, screenId: string) {
  return db
    .select({ id: seatLayouts.id, categories: seatLayouts.categories })
    .from(seatLayouts)
    .innerJoin(screens, eq(screens.id, seatLayouts.screenId))
    .where(and(eq(seatLayouts.screenId, screenId), isNull(seatLayouts.retiredAt), inTheatreOf(scope, screens.theatreId)))
    .orderBy(desc(seatLayouts.layoutVersion))
    .limit(1)
    .then((rows) => rows[0]);
}

export function categoriesOfLayout(db: DbExecutor, scope: PartnerScope, layoutId: string) {
  return db
    .select({ categories: seatLayouts.categories })
    .from(seatLayouts)
    .innerJoin(screens, eq(screens.id, seatLayouts.screenId))
    .where(and(eq(seatLayouts.id, layoutId), inTheatreOf(scope, screens.theatreId)))
    .then((rows) => rows[0]?.categories ?? []);
}

export function findMovieForShowtime(db: DbExecutor, by: { id?: string; externalId?: string }) {
  return db
    .select({ id: movies.id, durationMinutes: movies.durationMinutes, languages: movies.languages })
    .from(movies)
    .where(by.id !== undefined ? eq(movies.id, by.id) : eq(movies.externalId, by.externalId ?? ''))
    .then((rows) => rows[0]);
}

/**
 * Locks the showtimes' rows in id order. `share`: sales go on side by side, a showtime cancellation
 * waits. `update`: as a showtime cancellation locks them, no hold or sale can start on these until commit.
 * Deliberately without a tenant scope: sellers lock the public showtimes they sell on, a schedule
 * sync those its theatre-scoped read returned; a lock reads and reveals nothing.
 */
export function lockShowtimes(db: DbExecutor, showtimeIds: string[], strength: 'share' | 'update') {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db.select({ id: showtimes.id }).from(showtimes).where(inArray(showtimes.id, showtimeIds)).orderBy(asc(showtimes.id)).for(strength);
}
