import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { bookedSeats } from '../schema/booking.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { movies } from '../schema/catalogue.ts';
import { layoutSeats, seatLayouts, theatres } from '../schema/theatres.ts';

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

const ownedBy = (partnerId: string) =>
  sql`exists (select 1 from ${theatres} t where t.id = ${showtimes.theatreId} and t.partner_id = ${partnerId})`;

/**
 * With `lock: 'update'` a change to the showtime waits for (and blocks) every other writer; with
 * `'share'` seat changes proceed side by side but never alongside a cancellation.
 */
export function findShowtime(db: DbExecutor, partnerId: string, showtimeId: string, options: { lock?: 'update' | 'share' } = {}) {
  const query = db.select(showtimeColumns).from(showtimes).where(and(eq(showtimes.id, showtimeId), ownedBy(partnerId)));
  return (options.lock ? query.for(options.lock) : query).then((rows) => rows[0]);
}

export function findShowtimeByRef(db: DbExecutor, theatreId: string, externalRef: string) {
  return db
    .select(showtimeColumns)
    .from(showtimes)
    .where(and(eq(showtimes.theatreId, theatreId), eq(showtimes.externalRef, externalRef)))
    .for('update')
    .then((rows) => rows[0]);
}

export function listShowtimes(
  db: DbExecutor,
  params: { theatreId: string; from?: string; to?: string; status?: 'scheduled' | 'cancelled'; limit: number; after?: [string, string] },
) {
  return db
    .select(showtimeColumns)
    .from(showtimes)
    .where(
      and(
        eq(showtimes.theatreId, params.theatreId),
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

export function insertShowtime(db: DbExecutor, values: ShowtimeInsert) {
  return db.insert(showtimes).values(values).returning(showtimeColumns).then((rows) => rows[0]!);
}

export type ShowtimeChanges = Partial<Pick<ShowtimeRow, 'startsAt' | 'endsAt' | 'localDate' | 'language' | 'format'>>;

/** Bumps the version even when only prices changed: the prices are part of the showtime. */
export function updateShowtime(db: DbExecutor, showtimeId: string, changes: ShowtimeChanges) {
  return db
    .update(showtimes)
    .set({ ...changes, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(eq(showtimes.id, showtimeId))
    .returning(showtimeColumns)
    .then((rows) => rows[0]!);
}

export function markCancelled(db: DbExecutor, showtimeId: string) {
  return db
    .update(showtimes)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(eq(showtimes.id, showtimeId))
    .returning(showtimeColumns)
    .then((rows) => rows[0]!);
}

export function pricesOf(db: DbExecutor, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db
    .select({ showtimeId: showtimePrices.showtimeId, category: showtimePrices.category, amount: showtimePrices.amount, currency: showtimePrices.currency })
    .from(showtimePrices)
    .where(inArray(showtimePrices.showtimeId, showtimeIds))
    .orderBy(asc(showtimePrices.amount), asc(showtimePrices.category));
}

export async function replacePrices(db: DbExecutor, showtimeId: string, prices: { category: string; amount: number; currency: string }[]) {
  await db.delete(showtimePrices).where(eq(showtimePrices.showtimeId, showtimeId));
  await db.insert(showtimePrices).values(prices.map((price) => ({ showtimeId, ...price })));
}

/** One inventory row per seat of the layout, all available: the showtime's seats from birth. */
export function createInventory(db: DbExecutor, showtimeId: string, layoutId: string) {
  return db.execute(sql`
    insert into ${seatInventory} (showtime_id, seat_id, state)
    select ${showtimeId}, ls.id, 'available' from ${layoutSeats} ls where ls.layout_id = ${layoutId}`);
}

/**
 * The first step of a cancellation: every seat not booked becomes blocked, in one statement, so
 * no hold or sale can start on this showtime from here on.
 */
export async function blockUnbookedSeats(db: DbExecutor, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db
    .update(seatInventory)
    .set({ state: 'blocked', holdId: null, heldUntil: null, blockedReason: 'showtime cancelled', version: sql`${seatInventory.version} + 1` })
    .where(and(inArray(seatInventory.showtimeId, showtimeIds), sql`${seatInventory.state} <> 'booked'`));
}

export async function everSold(db: DbExecutor, showtimeId: string): Promise<boolean> {
  const [row] = await db.select({ one: sql`1` }).from(bookedSeats).where(eq(bookedSeats.showtimeId, showtimeId)).limit(1);
  return row !== undefined;
}

export async function deleteShowtime(db: DbExecutor, showtimeId: string) {
  await db.delete(seatInventory).where(eq(seatInventory.showtimeId, showtimeId));
  await db.delete(showtimePrices).where(eq(showtimePrices.showtimeId, showtimeId));
  await db.delete(showtimes).where(eq(showtimes.id, showtimeId));
}

/** The live showtime on the screen whose time range overlaps [startsAt, endsAt), other than `exceptId`. */
export function findOverlapping(db: DbExecutor, params: { screenId: string; startsAt: Date; endsAt: Date; exceptId?: string }) {
  return db
    .select({ id: showtimes.id })
    .from(showtimes)
    .where(
      and(
        eq(showtimes.screenId, params.screenId),
        sql`${showtimes.status} <> 'cancelled'`,
        sql`tstzrange(${showtimes.startsAt}, ${showtimes.endsAt}) && tstzrange(${params.startsAt.toISOString()}::timestamptz, ${params.endsAt.toISOString()}::timestamptz)`,
        params.exceptId === undefined ? undefined : sql`${showtimes.id} <> ${params.exceptId}`,
      ),
    )
    .then((rows) => rows.map((row) => row.id));
}

/** The layout new showtimes of a screen use: its highest version not retired, with its categories. */
export function currentLayoutOf(db: DbExecutor, screenId: string) {
  return db
    .select({ id: seatLayouts.id, categories: seatLayouts.categories })
    .from(seatLayouts)
    .where(and(eq(seatLayouts.screenId, screenId), isNull(seatLayouts.retiredAt)))
    .orderBy(desc(seatLayouts.layoutVersion))
    .limit(1)
    .then((rows) => rows[0]);
}

export function categoriesOfLayout(db: DbExecutor, layoutId: string) {
  return db.select({ categories: seatLayouts.categories }).from(seatLayouts).where(eq(seatLayouts.id, layoutId)).then((rows) => rows[0]?.categories ?? []);
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
 */
export function lockShowtimes(db: DbExecutor, showtimeIds: string[], strength: 'share' | 'update') {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db.select({ id: showtimes.id }).from(showtimes).where(inArray(showtimes.id, showtimeIds)).orderBy(asc(showtimes.id)).for(strength);
}
