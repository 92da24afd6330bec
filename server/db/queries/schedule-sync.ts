import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { inTheatreOf } from './theatres.ts';
import { bookings } from '../schema/booking.ts';
import { movies } from '../schema/catalogue.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, screens, seatLayouts } from '../schema/theatres.ts';
import { layoutSeatColumns, type LayoutSeatValues } from './seat-layouts.ts';
import { showtimeColumns, type ShowtimeInsert } from './showtimes.ts';

/**
 * A schedule sync reads a theatre's state in a handful of statements and writes its changes set by
 * set: one statement per kind of change, however many items the document holds. The largest sets
 * (seats, prices, revisions) travel as one JSON parameter (`jsonb_to_recordset`); the document's
 * limits keep the plain multi-row inserts (showtimes, events) under the bind-parameter limit.
 */

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::jsonb`;

/**
 * Serializes syncs of one theatre: the second waits for the first to commit. A transaction-scoped
 * advisory lock writes nothing, so an unchanged re-sync stays free of writes.
 */
export async function lockTheatreSchedule(db: DbExecutor, theatreId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`marquee.schedule-sync:${theatreId}`}, 0))`);
}

/** Every screen of the theatre with every one of its layout versions (few of each). */
export function screensWithLayouts(db: DbExecutor, scope: PartnerScope, theatreId: string) {
  return db
    .select({
      id: screens.id,
      externalRef: screens.externalRef,
      name: screens.name,
      status: screens.status,
      layoutId: seatLayouts.id,
      layoutVersion: seatLayouts.layoutVersion,
      categories: seatLayouts.categories,
      retiredAt: seatLayouts.retiredAt,
    })
    .from(screens)
    .leftJoin(seatLayouts, eq(seatLayouts.screenId, screens.id))
    .where(and(eq(screens.theatreId, theatreId), inTheatreOf(scope, screens.theatreId)))
    .orderBy(asc(screens.id), asc(seatLayouts.layoutVersion));
}

export function layoutDocuments(db: DbExecutor, layoutIds: string[]) {
  if (layoutIds.length === 0) return Promise.resolve([]);
  return db.select({ id: seatLayouts.id, document: seatLayouts.document }).from(seatLayouts).where(inArray(seatLayouts.id, layoutIds));
}

export function seatsOfLayouts(db: DbExecutor, layoutIds: string[]) {
  if (layoutIds.length === 0) return Promise.resolve([]);
  return db
    .select({ layoutId: layoutSeats.layoutId, ...layoutSeatColumns })
    .from(layoutSeats)
    .where(inArray(layoutSeats.layoutId, layoutIds));
}

export function moviesByIdOrExternalId(db: DbExecutor, ids: string[], externalIds: string[]) {
  if (ids.length === 0 && externalIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: movies.id, externalId: movies.externalId, durationMinutes: movies.durationMinutes, languages: movies.languages })
    .from(movies)
    .where(or(ids.length > 0 ? inArray(movies.id, ids) : undefined, externalIds.length > 0 ? inArray(movies.externalId, externalIds) : undefined));
}

/**
 * The showtimes a sync concerns: those the document names (any status, any time), those starting
 * in the window (candidates for cancellation), and the live ones whose time range touches the
 * span the document covers (neighbours an overlap check must see), each with its layout's categories.
 */
export function showtimesForSync(
  db: DbExecutor,
  scope: PartnerScope,
  params: { theatreId: string; externalRefs: string[]; from: Date; to: Date; spanStart: Date; spanEnd: Date },
) {
  const live = sql`${showtimes.status} = 'scheduled'`;
  const inWindow = and(live, sql`${showtimes.startsAt} >= ${params.from.toISOString()}::timestamptz`, sql`${showtimes.startsAt} < ${params.to.toISOString()}::timestamptz`);
  const touchesSpan = and(
    live,
    sql`${showtimes.startsAt} < ${params.spanEnd.toISOString()}::timestamptz`,
    sql`${showtimes.endsAt} > ${params.spanStart.toISOString()}::timestamptz`,
  );
  const named = params.externalRefs.length > 0 ? inArray(showtimes.externalRef, params.externalRefs) : undefined;
  return db
    .select({ ...showtimeColumns, categories: seatLayouts.categories })
    .from(showtimes)
    .innerJoin(seatLayouts, eq(seatLayouts.id, showtimes.layoutId))
    .where(and(eq(showtimes.theatreId, params.theatreId), inTheatreOf(scope, showtimes.theatreId), or(named, inWindow, touchesSpan)))
    .orderBy(asc(showtimes.startsAt), asc(showtimes.id));
}

export async function liveBookingCounts(db: DbExecutor, showtimeIds: string[]): Promise<Map<string, number>> {
  if (showtimeIds.length === 0) return new Map();
  const rows = await db
    .select({ showtimeId: bookings.showtimeId, bookings: count() })
    .from(bookings)
    .where(and(inArray(bookings.showtimeId, showtimeIds), eq(bookings.status, 'confirmed')))
    .groupBy(bookings.showtimeId);
  return new Map(rows.map((row) => [row.showtimeId, row.bookings]));
}

export async function insertScreens(db: DbExecutor, rows: { id: string; theatreId: string; externalRef: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(screens).values(rows);
}

export async function renameScreens(db: DbExecutor, rows: { id: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${screens} s set name = u.name, version = s.version + 1, updated_at = now()
    from jsonb_to_recordset(${json(rows)}) as u(id text, name text)
    where s.id = u.id`);
}

/**
 * Locks the screens that get a new layout version, as a layout push does, and reads their highest
 * version under that lock so the next number cannot be taken twice.
 */
export async function lockScreensForLayouts(db: DbExecutor, screenIds: string[]): Promise<Map<string, number>> {
  if (screenIds.length === 0) return new Map();
  await db.select({ id: screens.id }).from(screens).where(inArray(screens.id, screenIds)).orderBy(asc(screens.id)).for('update');
  const rows = await db
    .select({ screenId: seatLayouts.screenId, highest: sql<number>`max(${seatLayouts.layoutVersion})`.mapWith(Number) })
    .from(seatLayouts)
    .where(inArray(seatLayouts.screenId, screenIds))
    .groupBy(seatLayouts.screenId);
  return new Map(rows.map((row) => [row.screenId, row.highest]));
}

export interface LayoutInsert {
  id: string;
  screenId: string;
  version: number;
  document: (typeof seatLayouts.$inferSelect)['document'];
  categories: string[];
  seats: (LayoutSeatValues & { id: string })[];
}

/** Every new layout version in one insert, and all their seats in one more. */
export async function insertLayouts(db: DbExecutor, layouts: LayoutInsert[]): Promise<void> {
  if (layouts.length === 0) return;
  await db.insert(seatLayouts).values(layouts.map(({ id, screenId, version, document, categories, seats }) => ({
    id, screenId, layoutVersion: version, document, categories, seatCount: seats.length,
  })));
  const seats = layouts.flatMap((layout) => layout.seats.map((seat) => ({ ...seat, layoutId: layout.id })));
  await db.execute(sql`
    insert into ${layoutSeats} (id, layout_id, label, row_label, seat_number, category, x, y, wheelchair, companion)
    select s.id, s."layoutId", s.label, s."rowLabel", s."seatNumber", s.category, s.x, s.y, s.wheelchair, s.companion
    from jsonb_to_recordset(${json(seats)}) as s(id text, "layoutId" text, label text, "rowLabel" text, "seatNumber" integer,
      category text, x integer, y integer, wheelchair boolean, companion boolean)`);
}

export function markShowtimesCancelled(db: DbExecutor, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db
    .update(showtimes)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(showtimes.id, showtimeIds), eq(showtimes.status, 'scheduled')))
    .returning(showtimeColumns);
}

export interface ShowtimeRevision {
  id: string;
  startsAt: Date;
  endsAt: Date;
  localDate: string;
  language: string;
  format: string;
}

/**
 * Every revised showtime in one statement, each with its next version (prices count as an edit).
 * Only live ones: the count of those revised tells whether one was cancelled meanwhile.
 */
export async function reviseShowtimes(db: DbExecutor, rows: ShowtimeRevision[]): Promise<number> {
  if (rows.length === 0) return 0;
  const revised = await db.execute(sql`
    update ${showtimes} s
    set starts_at = u."startsAt", ends_at = u."endsAt", local_date = u."localDate", language = u.language, format = u.format,
        version = s.version + 1, updated_at = now()
    from jsonb_to_recordset(${json(rows)}) as u(id text, "startsAt" timestamptz, "endsAt" timestamptz, "localDate" date, language text, format text)
    where s.id = u.id and s.status = 'scheduled'
    returning s.id`);
  return revised.length;
}

/**
 * Moves showtimes out of the way, each to an hour of its own in the year 1000, inside the
 * transaction: the exclusion constraint is checked row by row, so two showtimes trading places in
 * one statement would otherwise collide with each other's old slot. Never committed as such.
 */
export async function parkShowtimes(db: DbExecutor, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db.execute(sql`
    update ${showtimes} s
    set starts_at = timestamptz '1000-01-01 00:00:00+00' + (p.n * interval '2 hours'),
        ends_at = timestamptz '1000-01-01 01:00:00+00' + (p.n * interval '2 hours')
    from (select value as id, ordinality as n from jsonb_array_elements_text(${json(showtimeIds)}) with ordinality) p
    where s.id = p.id`);
}

export function showtimesByIds(db: DbExecutor, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db.select(showtimeColumns).from(showtimes).where(inArray(showtimes.id, showtimeIds));
}

export interface PriceRow {
  showtimeId: string;
  category: string;
  amount: number;
  currency: string;
}

export async function deletePricesOf(db: DbExecutor, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db.delete(showtimePrices).where(inArray(showtimePrices.showtimeId, showtimeIds));
}

export async function insertPrices(db: DbExecutor, rows: PriceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${showtimePrices} (showtime_id, category, amount, currency)
    select p."showtimeId", p.category, p.amount, p.currency
    from jsonb_to_recordset(${json(rows)}) as p("showtimeId" text, category text, amount integer, currency text)`);
}

export function insertShowtimes(db: DbExecutor, rows: ShowtimeInsert[]) {
  if (rows.length === 0) return Promise.resolve([]);
  return db.insert(showtimes).values(rows).returning(showtimeColumns);
}

/** Every seat of every new showtime, available, in one `insert … select` over the layouts' seats. */
export async function createInventoryOf(db: DbExecutor, rows: { id: string; layoutId: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${seatInventory} (showtime_id, seat_id, state)
    select s.id, ls.id, 'available'
    from jsonb_to_recordset(${json(rows)}) as s(id text, "layoutId" text)
    join ${layoutSeats} ls on ls.layout_id = s."layoutId"`);
}

/**
 * Which of the document's spans clash with a live showtime outside the sync (one another request
 * created meanwhile): asked after the exclusion constraint refused the writes.
 */
export async function clashesOutside(
  db: DbExecutor,
  spans: { index: number; screenId: string; startsAt: Date; endsAt: Date }[],
  syncedIds: string[],
): Promise<{ index: number; showtimeId: string }[]> {
  if (spans.length === 0) return [];
  const rows = await db.execute<{ index: number; showtimeId: string }>(sql`
    select d.index, s.id as "showtimeId"
    from jsonb_to_recordset(${json(spans)}) as d(index integer, "screenId" text, "startsAt" timestamptz, "endsAt" timestamptz)
    join ${showtimes} s on s.screen_id = d."screenId" and s.status <> 'cancelled'
      and tstzrange(s.starts_at, s.ends_at) && tstzrange(d."startsAt", d."endsAt")
    where not (s.id = any(select jsonb_array_elements_text(${json(syncedIds)})))
    order by d.index, s.id`);
  return [...rows];
}
