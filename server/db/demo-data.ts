import { inArray, sql } from 'drizzle-orm';
import type { DbExecutor, DbTransaction } from './client.ts';
import { DEMO_CITIES, DEMO_MOVIES, DEMO_PRICES, DEMO_THEATRES } from './demo-fixtures.ts';
import { buildDemoLayout } from './demo-layouts.ts';
import { newId } from './ids.ts';
import * as schema from './schema/index.ts';

export interface DemoPartner {
  id: string;
  name: string;
  kind: (typeof schema.PARTNER_KINDS)[number];
}

export interface DemoDataResult {
  /** False when the database already held data; nothing was written then. */
  loaded: boolean;
  partners: DemoPartner[];
}

export interface DemoDataOptions {
  /** The instant whose local date (per theatre) starts the week of showtimes. */
  now?: Date;
}

const DEMO_PARTNERS = [
  { name: 'Lumière Cinemas', kind: 'theatre' },
  { name: 'TicketHub', kind: 'aggregator' },
] as const;

// Several processes may start against one empty database; only one may seed it.
const DEMO_DATA_LOCK_ID = '84998453307732';
const DAYS = 7;
const FIRST_SHOW_MINUTES = 10 * 60;
const LAST_SHOW_START_MINUTES = 22 * 60;
const SHOWS_PER_DAY = 5;
const CHUNK = 500;
const CLEANING_BUFFER_MINUTES = 15;

/**
 * Seeds a local database with a small catalogue, one theatre chain with a week of showtimes,
 * and an aggregator. Only writes when the cities table is empty; all in one transaction (a
 * savepoint when given one, so a caller can add its own rows atomically).
 */
export function loadDemoData(
  db: DbExecutor,
  options: DemoDataOptions = {},
): Promise<DemoDataResult> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${DEMO_DATA_LOCK_ID}::bigint)`);
    const [existing] = await tx.select({ id: schema.cities.id }).from(schema.cities).limit(1);
    if (existing) return { loaded: false, partners: await findDemoPartners(tx) };

    const cityIds = new Map(DEMO_CITIES.map((city) => [city.key, newId('cty')]));
    await tx.insert(schema.cities).values(
      DEMO_CITIES.map(({ key, ...city }) => ({ id: cityIds.get(key)!, ...city })),
    );
    const movieIds = await insertMovies(tx);

    const partners = DEMO_PARTNERS.map((partner) => ({ id: newId('ptn'), ...partner }));
    await tx.insert(schema.partners).values(partners);
    const theatrePartner = partners[0]!;

    const showtimeRows: ShowtimeRow[] = [];
    const priceRows: (typeof schema.showtimePrices.$inferInsert)[] = [];
    const theatreIds: string[] = [];
    const seatRows: (typeof schema.layoutSeats.$inferInsert)[] = [];
    for (const theatre of DEMO_THEATRES) {
      const city = DEMO_CITIES.find((candidate) => candidate.key === theatre.city)!;
      const theatreId = newId('thr');
      theatreIds.push(theatreId);
      await tx.insert(schema.theatres).values({
        id: theatreId,
        partnerId: theatrePartner.id,
        cityId: cityIds.get(city.key)!,
        externalRef: theatre.externalRef,
        name: theatre.name,
        address: theatre.address,
        postalCode: theatre.postalCode,
        latitude: theatre.latitude,
        longitude: theatre.longitude,
        timeZone: city.timeZone,
        status: theatre.status,
        cleaningBufferMinutes: CLEANING_BUFFER_MINUTES,
        payAtVenue: theatre.payAtVenue,
      });
      const today = localDate(now, city.timeZone);
      for (const [screenIndex, screen] of theatre.screens.entries()) {
        const screenId = newId('scr');
        const layoutId = newId('lay');
        const layout = buildDemoLayout(screen);
        await tx.insert(schema.screens).values({
          id: screenId,
          theatreId,
          externalRef: screen.externalRef,
          name: screen.name,
        });
        await tx.insert(schema.seatLayouts).values({
          id: layoutId,
          screenId,
          layoutVersion: 1,
          document: layout.document,
          seatCount: layout.seats.length,
          categories: layout.categories,
        });
        seatRows.push(...layout.seats.map((seat) => ({ id: newId('seat'), layoutId, ...seat })));

        for (let day = 0; day < DAYS; day++) {
          const date = addDays(today, day);
          // Staggered per screen so the lobby does not empty all at once.
          let start = FIRST_SHOW_MINUTES + screenIndex * 15;
          for (let slot = 0; slot < SHOWS_PER_DAY && start <= LAST_SHOW_START_MINUTES; slot++) {
            const movieIndex = screen.movies[(day + slot + screenIndex) % screen.movies.length]!;
            const movie = DEMO_MOVIES[movieIndex]!;
            const showtimeId = newId('shw');
            showtimeRows.push({
              id: showtimeId,
              theatreId,
              screenId,
              layoutId,
              movieId: movieIds[movieIndex]!,
              cityId: cityIds.get(city.key)!,
              externalRef: `${screen.externalRef}-${date}-${clock(start).replace(':', '')}`,
              localDate: date,
              localTime: clock(start),
              durationMinutes: movie.durationMinutes,
              timeZone: city.timeZone,
              language: movie.languages[(day + slot) % movie.languages.length]!,
              format: screen.format,
            });
            for (const category of layout.categories) {
              const amount = DEMO_PRICES[screen.format][category]!;
              priceRows.push({ showtimeId, category, amount, currency: theatre.currency });
            }
            // The next show starts after this one and the cleaning buffer, on a quarter hour.
            start = Math.ceil((start + movie.durationMinutes + CLEANING_BUFFER_MINUTES) / 15) * 15;
          }
        }
      }
    }

    for (const rows of chunks(seatRows)) await tx.insert(schema.layoutSeats).values(rows);
    await insertShowtimes(tx, showtimeRows);
    for (const rows of chunks(priceRows)) await tx.insert(schema.showtimePrices).values(rows);
    // One row per seat per showtime, built by the database from the layout each show uses.
    await tx.execute(sql`
      INSERT INTO seat_inventory (showtime_id, seat_id)
      SELECT s.id, ls.id FROM showtimes s JOIN layout_seats ls ON ls.layout_id = s.layout_id
      WHERE s.theatre_id IN (${sql.join(theatreIds.map((id) => sql`${id}`), sql`, `)})`);

    return { loaded: true, partners: partners.map(({ id, name, kind }) => ({ id, name, kind })) };
  });
}

interface ShowtimeRow {
  id: string;
  theatreId: string;
  screenId: string;
  layoutId: string;
  movieId: string;
  cityId: string;
  externalRef: string;
  localDate: string;
  localTime: string;
  durationMinutes: number;
  timeZone: string;
  language: string;
  format: string;
}

async function insertMovies(tx: DbTransaction): Promise<string[]> {
  const ids = DEMO_MOVIES.map(() => newId('mov'));
  await tx.insert(schema.movies).values(
    DEMO_MOVIES.map(({ localizedTitles: _titles, ...movie }, index) => ({ id: ids[index]!, ...movie })),
  );
  const titles = DEMO_MOVIES.flatMap((movie, index) =>
    Object.entries(movie.localizedTitles ?? {}).map(([locale, title]) => ({
      movieId: ids[index]!,
      locale,
      title,
    })),
  );
  await tx.insert(schema.movieTitles).values(titles);
  return ids;
}

// The database turns local wall-clock times into UTC instants with the zone's real rules
// (DST included), so no hand-written offset arithmetic can get it wrong.
async function insertShowtimes(tx: DbTransaction, rows: ShowtimeRow[]) {
  for (const chunk of chunks(rows, 200)) {
    const values = chunk.map(
      (row) => sql`(${row.id}, ${row.theatreId}, ${row.screenId}, ${row.layoutId}, ${row.movieId},
        ${row.cityId}, ${row.externalRef}, ${row.localDate}::date, ${row.localTime}::time,
        ${row.durationMinutes}::int, ${row.timeZone}, ${row.language}, ${row.format})`,
    );
    await tx.execute(sql`
      INSERT INTO showtimes (id, theatre_id, screen_id, layout_id, movie_id, city_id, external_ref,
        starts_at, ends_at, local_date, language, format)
      SELECT v.id, v.theatre_id, v.screen_id, v.layout_id, v.movie_id, v.city_id, v.external_ref,
        (v.local_date + v.local_time) AT TIME ZONE v.time_zone,
        ((v.local_date + v.local_time) AT TIME ZONE v.time_zone) + make_interval(mins => v.duration),
        v.local_date, v.language, v.format
      FROM (VALUES ${sql.join(values, sql`, `)}) AS v(id, theatre_id, screen_id, layout_id,
        movie_id, city_id, external_ref, local_date, local_time, duration, time_zone, language,
        format)`);
  }
}

async function findDemoPartners(tx: DbTransaction): Promise<DemoPartner[]> {
  return tx
    .select({ id: schema.partners.id, name: schema.partners.name, kind: schema.partners.kind })
    .from(schema.partners)
    .where(inArray(schema.partners.name, DEMO_PARTNERS.map((partner) => partner.name)));
}

/** The calendar date (YYYY-MM-DD) of an instant in an IANA zone. */
function localDate(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function chunks<T>(rows: T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}
