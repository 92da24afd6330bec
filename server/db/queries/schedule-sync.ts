import { and, asc, count, eq, inArray, or, sql, type SQLWrapper } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { inTheatreOf } from './theatres.ts';
import { bookings } from '../schema/booking.ts';
import { movies } from '../schema/catalogue.ts';
import { seatInventory } from '../schema/inventory.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';
import { layoutSeats, screens, seatLayouts, theatres } from '../schema/theatres.ts';
import { layoutSeatColumns, type LayoutSeatValues } from './seat-layouts.ts';
import { showtimeColumns, type ShowtimeInsert } from './showtimes.ts';

/**
 * A schedule sync reads a theatre's state in a handful of statements and writes its changes set by
 * set: one statement per kind of change, however many items the document holds. The largest sets
 * (seats, prices, revisions) travel as one JSON parameter (`jsonb_to_recordset`); the document's
 * limits keep the plain multi-row inserts (showtimes, events) under the bind-parameter limit.
 *
 * Every statement takes the theatre partner's scope and filters by it itself: rows by id only if
 * they are (or hang off) its theatres', new rows only under a parent it owns.
 */

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::jsonb`;

/** A screen id (an SQL expression) of one of the scope's theatres. */
const onOwnScreen = (scope: PartnerScope, screenId: SQLWrapper) =>
  sql`exists (select 1 from ${screens} own_screen join ${theatres} own_theatre on own_theatre.id = own_screen.theatre_id
    where own_screen.id = ${screenId} and own_theatre.partner_id = ${scope.partnerId})`;

/** A showtime id (an SQL expression) at one of the scope's theatres. */
const ofOwnShowtime = (scope: PartnerScope, showtimeId: SQLWrapper) =>
  sql`exists (select 1 from ${showtimes} own_showtime join ${theatres} own_theatre on own_theatre.id = own_showtime.theatre_id
    where own_showtime.id = ${showtimeId} and own_theatre.partner_id = ${scope.partnerId})`;

/**
 * Serializes syncs of one theatre: the second waits for the first to commit. A transaction-scoped
 * advisory lock writes nothing, so an unchanged re-sync stays free of writes. Taken only on a
 * theatre of the scope's.
 */
export async function lockTheatreSchedule(db: DbExecutor, scope: PartnerScope, theatreId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`marquee.schedule-sync:${theatreId}`}, 0))
    from ${theatres} where ${theatres.id} = ${theatreId} and ${theatres.partnerId} = ${scope.partnerId}`);
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

export function layoutDocuments(db: DbExecutor, scope: PartnerScope, layoutIds: string[]) {
  if (layoutIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: seatLayouts.id, document: seatLayouts.document })
    .from(seatLayouts)
    .where(and(inArray(seatLayouts.id, layoutIds), onOwnScreen(scope, seatLayouts.screenId)));
}

export function seatsOfLayouts(db: DbExecutor, scope: PartnerScope, layoutIds: string[]) {
  if (layoutIds.length === 0) return Promise.resolve([]);
  return db
    .select({ layoutId: layoutSeats.layoutId, ...layoutSeatColumns })
    .from(layoutSeats)
    .innerJoin(seatLayouts, eq(seatLayouts.id, layoutSeats.layoutId))
    .where(and(inArray(layoutSeats.layoutId, layoutIds), onOwnScreen(scope, seatLayouts.screenId)));
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

export async function liveBookingCounts(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]): Promise<Map<string, number>> {
  if (showtimeIds.length === 0) return new Map();
  const rows = await db
    .select({ showtimeId: bookings.showtimeId, bookings: count() })
    .from(bookings)
    .where(and(inArray(bookings.showtimeId, showtimeIds), eq(bookings.status, 'confirmed'), ofOwnShowtime(scope, bookings.showtimeId)))
    .groupBy(bookings.showtimeId);
  return new Map(rows.map((row) => [row.showtimeId, row.bookings]));
}

/** New screens, each only in a theatre of the scope's. */
export async function insertScreens(db: DbExecutor, scope: PartnerScope, rows: { id: string; theatreId: string; externalRef: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${screens} (id, theatre_id, external_ref, name)
    select r.id, t.id, r."externalRef", r.name
    from jsonb_to_recordset(${json(rows)}) as r(id text, "theatreId" text, "externalRef" text, name text)
    join ${theatres} t on t.id = r."theatreId" and t.partner_id = ${scope.partnerId}`);
}

export async function renameScreens(db: DbExecutor, scope: PartnerScope, rows: { id: string; name: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    update ${screens} s set name = u.name, version = s.version + 1, updated_at = now()
    from jsonb_to_recordset(${json(rows)}) as u(id text, name text), ${theatres} t
    where s.id = u.id and t.id = s.theatre_id and t.partner_id = ${scope.partnerId}`);
}

/**
 * Locks the screens that get a new layout version, as a layout push does, and reads their highest
 * version under that lock so the next number cannot be taken twice.
 */
export async function lockScreensForLayouts(db: DbExecutor, scope: PartnerScope, screenIds: string[]): Promise<Map<string, number>> {
  if (screenIds.length === 0) return new Map();
  await db
    .select({ id: screens.id })
    .from(screens)
    .where(and(inArray(screens.id, screenIds), onOwnScreen(scope, screens.id)))
    .orderBy(asc(screens.id))
    .for('update');
  const rows = await db
    .select({ screenId: seatLayouts.screenId, highest: sql<number>`max(${seatLayouts.layoutVersion})`.mapWith(Number) })
    .from(seatLayouts)
    .where(and(inArray(seatLayouts.screenId, screenIds), onOwnScreen(scope, seatLayouts.screenId)))
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

/**
 * Every new layout version in one insert, each only on a screen of the scope's, and all their
 * seats in one more, each only in a layout so inserted.
 */
export async function insertLayouts(db: DbExecutor, scope: PartnerScope, layouts: LayoutInsert[]): Promise<void> {
  if (layouts.length === 0) return;
  await db.execute(sql`
    insert into ${seatLayouts} (id, screen_id, layout_version, document, categories, seat_count)
    select l.id, l."screenId", l.version, l.document, l.categories, l."seatCount"
    from jsonb_to_recordset(${json(layouts.map(({ id, screenId, version, document, categories, seats }) => ({
      id, screenId, version, document, categories, seatCount: seats.length,
    })))}) as l(id text, "screenId" text, version integer, document jsonb, categories text[], "seatCount" integer)
    where ${onOwnScreen(scope, sql`l."screenId"`)}`);
  const seats = layouts.flatMap((layout) => layout.seats.map((seat) => ({ ...seat, layoutId: layout.id })));
  await db.execute(sql`
    insert into ${layoutSeats} (id, layout_id, label, row_label, seat_number, category, x, y, wheelchair, companion)
    select s.id, s."layoutId", s.label, s."rowLabel", s."seatNumber", s.category, s.x, s.y, s.wheelchair, s.companion
    from jsonb_to_recordset(${json(seats)}) as s(id text, "layoutId" text, label text, "rowLabel" text, "seatNumber" integer,
      category text, x integer, y integer, wheelchair boolean, companion boolean)
    join ${seatLayouts} sl on sl.id = s."layoutId"
    where ${onOwnScreen(scope, sql`sl.screen_id`)}`);
}

export function markShowtimesCancelled(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db
    .update(showtimes)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, version: sql`${showtimes.version} + 1`, updatedAt: sql`now()` })
    .where(and(inArray(showtimes.id, showtimeIds), eq(showtimes.status, 'scheduled'), inTheatreOf(scope, showtimes.theatreId)))
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
export async function reviseShowtimes(db: DbExecutor, scope: PartnerScope, rows: ShowtimeRevision[]): Promise<number> {
  if (rows.length === 0) return 0;
  const revised = await db.execute(sql`
    update ${showtimes} s
    set starts_at = u."startsAt", ends_at = u."endsAt", local_date = u."localDate", language = u.language, format = u.format,
        version = s.version + 1, updated_at = now()
    from jsonb_to_recordset(${json(rows)}) as u(id text, "startsAt" timestamptz, "endsAt" timestamptz, "localDate" date, language text, format text)
    where s.id = u.id and s.status = 'scheduled' and ${inTheatreOf(scope, sql`s.theatre_id`)}
    returning s.id`);
  return revised.length;
}

/**
 * Moves showtimes out of the way, each to an hour of its own in the year 1000, inside the
 * transaction: the exclusion constraint is checked row by row, so two showtimes trading places in
 * one statement would otherwise collide with each other's old slot. Never committed as such.
 */
export async function parkShowtimes(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db.execute(sql`
    update ${showtimes} s
    set starts_at = timestamptz '1000-01-01 00:00:00+00' + (p.n * interval '2 hours'),
        ends_at = timestamptz '1000-01-01 01:00:00+00' + (p.n * interval '2 hours')
    from (select value as id, ordinality as n from jsonb_array_elements_text(${json(showtimeIds)}) with ordinality) p
    where s.id = p.id and ${inTheatreOf(scope, sql`s.theatre_id`)}`);
}

export function showtimesByIds(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]) {
  if (showtimeIds.length === 0) return Promise.resolve([]);
  return db.select(showtimeColumns).from(showtimes).where(and(inArray(showtimes.id, showtimeIds), inTheatreOf(scope, showtimes.theatreId)));
}

export interface PriceRow {
  showtimeId: string;
  category: string;
  amount: number;
  currency: string;
}

export async function deletePricesOf(db: DbExecutor, scope: PartnerScope, showtimeIds: string[]): Promise<void> {
  if (showtimeIds.length === 0) return;
  await db.delete(showtimePrices).where(and(inArray(showtimePrices.showtimeId, showtimeIds), ofOwnShowtime(scope, showtimePrices.showtimeId)));
}

export async function insertPrices(db: DbExecutor, scope: PartnerScope, rows: PriceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${showtimePrices} (showtime_id, category, amount, currency)
    select p."showtimeId", p.category, p.amount, p.currency
    from jsonb_to_recordset(${json(rows)}) as p("showtimeId" text, category text, amount integer, currency text)
    where ${ofOwnShowtime(scope, sql`p."showtimeId"`)}`);
}

/**
 * New showtimes, each only on a screen of the scope's theatre (as `insertShowtime` does it). Every
 * column, in the table's order: an insert from a select lists them all.
 */
export function insertShowtimes(db: DbExecutor, scope: PartnerScope, rows: ShowtimeInsert[]) {
  if (rows.length === 0) return Promise.resolve([]);
  const values = rows.map((row) => sql`(${row.id}, ${row.theatreId}, ${row.screenId}, ${row.layoutId}, ${row.movieId}, ${row.cityId},
    ${row.externalRef}, ${row.startsAt.toISOString()}::timestamptz, ${row.endsAt.toISOString()}::timestamptz, ${row.localDate}::date,
    ${row.language}, ${row.format})`);
  return db
    .insert(showtimes)
    .select(sql`select v.id, v.theatre_id, v.screen_id, v.layout_id, v.movie_id, v.city_id, v.external_ref, v.starts_at, v.ends_at,
      v.local_date, v.language, v.format, 'scheduled', null::timestamptz, 1, now(), now()
      from (values ${sql.join(values, sql`, `)})
        as v(id, theatre_id, screen_id, layout_id, movie_id, city_id, external_ref, starts_at, ends_at, local_date, language, format)
      where exists (select 1 from ${screens} own_screen join ${theatres} own_theatre on own_theatre.id = own_screen.theatre_id
        where own_screen.id = v.screen_id and own_screen.theatre_id = v.theatre_id and own_theatre.partner_id = ${scope.partnerId})`)
    .returning(showtimeColumns);
}

/** Every seat of every new showtime (of the scope's), available, in one `insert … select` over the layouts' seats. */
export async function createInventoryOf(db: DbExecutor, scope: PartnerScope, rows: { id: string; layoutId: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into ${seatInventory} (showtime_id, seat_id, state)
    select s.id, ls.id, 'available'
    from jsonb_to_recordset(${json(rows)}) as s(id text, "layoutId" text)
    join ${layoutSeats} ls on ls.layout_id = s."layoutId"
    where ${ofOwnShowtime(scope, sql`s.id`)}`);
}

/**
 * Which of the document's spans clash with a live showtime outside the sync (one another request
 * created meanwhile): asked after the exclusion constraint refused the writes.
 */
export async function clashesOutside(
  db: DbExecutor,
  scope: PartnerScope,
  spans: { index: number; screenId: string; startsAt: Date; endsAt: Date }[],
  syncedIds: string[],
): Promise<{ index: number; showtimeId: string }[]> {
  if (spans.length === 0) return [];
  const rows = await db.execute<{ index: number; showtimeId: string }>(sql`
    select d.index, s.id as "showtimeId"
    from jsonb_to_recordset(${json(spans)}) as d(index integer, "screenId" text, "startsAt" timestamptz, "endsAt" timestamptz)
    join ${showtimes} s on s.screen_id = d."screenId" and s.status <> 'cancelled'
      and tstzrange(s.starts_at, s.ends_at) && tstzrange(d."startsAt", d."endsAt")
    where not (s.id = any(select jsonb_array_elements_text(${json(syncedIds)}))) and ${inTheatreOf(scope, sql`s.theatre_id`)}
    order by d.index, s.id`);
  return [...rows];
}
