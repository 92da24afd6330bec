import { and, arrayContains, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type postgres from 'postgres';
import type { Db } from '../client.ts';
import { param, prepared } from '../prepared.ts';
import { cities, movies, movieTitles } from '../schema/catalogue.ts';
import { screens, theatres } from '../schema/theatres.ts';
import { showtimePrices, showtimes } from '../schema/showtimes.ts';

/** Public catalogue reads. Every theatre-derived row is restricted to `live` theatres in the query. */

/** One local date given by the caller, or today and the days after it in the city's zone. */
export type DateWindow = { date: string } | { cityId: string; days: number };

/**
 * `column` (a showtime's local date) inside the window. "Today" is the city's, read in the same
 * statement; both bounds are scalar subqueries evaluated once, so the range still drives the index.
 */
function localDateInWindow(column: SQL, window: DateWindow): SQL {
  if ('date' in window) return sql`${column} = ${window.date}::date`;
  const today = sql`(select (now() at time zone c.time_zone)::date from ${cities} c where c.id = ${window.cityId})`;
  return sql`${column} between ${today} and ${today} + ${window.days - 1}::int`;
}

export const cityColumns = { id: cities.id, name: cities.name, country: cities.country, timeZone: cities.timeZone };

export function findCity(db: Db, cityId: string) {
  return db.select(cityColumns).from(cities).where(eq(cities.id, cityId)).then((rows) => rows[0]);
}

export function listCities(db: Db, params: { limit: number; after?: string }) {
  return db
    .select(cityColumns)
    .from(cities)
    .where(params.after === undefined ? undefined : sql`${cities.id} > ${params.after}`)
    .orderBy(asc(cities.id))
    .limit(params.limit + 1);
}

/** A movie's columns, less its title (which readers get localized). */
export const movieFields = {
  id: movies.id,
  externalId: movies.externalId,
  languages: movies.languages,
  genres: movies.genres,
  durationMinutes: movies.durationMinutes,
  certification: movies.certification,
  releaseDate: movies.releaseDate,
  synopsis: movies.synopsis,
};

/**
 * The movie's title in the first of `locales` (best first) that has one. A lateral subquery, so a
 * list localizes every movie in its one statement; it reads the `movie_titles` primary key.
 */
function localizedTitle(db: Db, locales: string[]) {
  const preference = sql`array[${sql.join(locales.map((locale) => sql`${locale}`), sql`, `)}]::text[]`;
  return db
    .select({ locale: movieTitles.locale, title: movieTitles.title })
    .from(movieTitles)
    .where(and(eq(movieTitles.movieId, movies.id), inArray(movieTitles.locale, locales)))
    .orderBy(sql`array_position(${preference}, ${movieTitles.locale})`)
    .limit(1)
    .as('localized');
}

/** A movie as the public reads it: `title` localized where possible, `locale` null for the original. */
function localizedMovies(db: Db, locales: string[]) {
  const localized = localizedTitle(db, locales);
  const title = sql<string>`coalesce(${localized.title}, ${movies.title})`;
  const query = db
    .select({ ...movieFields, title, originalTitle: movies.title, locale: localized.locale })
    .from(movies)
    .leftJoinLateral(localized, sql`true`)
    .$dynamic();
  return { query, title };
}

export type MovieRow = Awaited<ReturnType<typeof findMovie>> & {};

export function findMovie(db: Db, movieId: string, locales: string[]) {
  return localizedMovies(db, locales)
    .query.where(eq(movies.id, movieId))
    .then((rows) => rows[0]);
}

/**
 * Movies with a scheduled showtime at a live theatre of the city inside the window, by the title
 * the reader sees (so the cursor is that title and the id).
 */
export function listMoviesShowingInCity(
  db: Db,
  params: {
    cityId: string;
    window: DateWindow;
    language?: string;
    genre?: string;
    locales: string[];
    limit: number;
    after?: [string, string];
  },
) {
  const showing = db
    .select({ movieId: showtimes.movieId })
    .from(showtimes)
    .innerJoin(theatres, and(eq(theatres.id, showtimes.theatreId), eq(theatres.status, 'live')))
    .where(
      and(
        eq(showtimes.cityId, params.cityId),
        localDateInWindow(sql`${showtimes.localDate}`, params.window),
        eq(showtimes.status, 'scheduled'),
        params.language === undefined ? undefined : eq(showtimes.language, params.language),
      ),
    );
  const { query, title } = localizedMovies(db, params.locales);
  return query
    .where(
      and(
        inArray(movies.id, showing),
        params.genre === undefined ? undefined : arrayContains(movies.genres, [params.genre]),
        params.after === undefined ? undefined : sql`(${title}, ${movies.id}) > (${params.after[0]}, ${params.after[1]})`,
      ),
    )
    .orderBy(title, asc(movies.id))
    .limit(params.limit + 1);
}

const publicTheatreColumns = {
  id: theatres.id,
  name: theatres.name,
  cityId: theatres.cityId,
  address: theatres.address,
  postalCode: theatres.postalCode,
  latitude: theatres.latitude,
  longitude: theatres.longitude,
  timeZone: theatres.timeZone,
  payAtVenue: theatres.payAtVenue,
  cancellationCutoffMinutes: theatres.cancellationCutoffMinutes,
};

export type PublicTheatreRow = Awaited<ReturnType<typeof listLiveTheatresInCity>>[number];

export function listLiveTheatresInCity(db: Db, params: { cityId: string; limit: number; after?: string }) {
  return db
    .select(publicTheatreColumns)
    .from(theatres)
    .where(
      and(
        eq(theatres.cityId, params.cityId),
        eq(theatres.status, 'live'),
        params.after === undefined ? undefined : sql`${theatres.id} > ${params.after}`,
      ),
    )
    .orderBy(asc(theatres.id))
    .limit(params.limit + 1);
}

export function findLiveTheatre(db: Db, theatreId: string) {
  return db
    .select(publicTheatreColumns)
    .from(theatres)
    .where(and(eq(theatres.id, theatreId), eq(theatres.status, 'live')))
    .then((rows) => rows[0]);
}

export interface TheatreShowtimeRow {
  theatre: PublicTheatreRow;
  showtime: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    localDate: string;
    language: string;
    format: string;
    screenId: string;
    screenName: string;
  };
}

export interface TheatresShowingMovie {
  cityFound: boolean;
  movieFound: boolean;
  rows: TheatreShowtimeRow[];
}

/**
 * "Which theatres run this movie in this city on this date, and when": one prepared statement,
 * which also says whether the city and the movie exist (the caller answers 404 from that). The
 * `showtimes_catalogue_idx` (city, local date, movie) finds the matching shows, a page of their live
 * theatres is cut by (name, id), and the shows of that page are joined back, ordered for grouping.
 * A window is one local date, or `days` days from today in the city's zone; unused filters are null.
 */
export const theatresShowingMovie = prepared<TheatresShowingMovieValues, Record<string, unknown>>(sql`
  with window_dates as (
    select coalesce(${param('date')}::date, (select (now() at time zone c.time_zone)::date from ${cities} c where c.id = ${param('cityId')})) as first_date),
  matching as (
    select s.id, s.theatre_id, s.screen_id, s.starts_at, s.ends_at, s.local_date, s.language, s.format
    from ${showtimes} s
    where s.city_id = ${param('cityId')} and s.movie_id = ${param('movieId')}
      and s.local_date between (select first_date from window_dates) and (select first_date from window_dates) + ${param('days')}::int - 1
      and s.status = 'scheduled'
      and (${param('language')}::text is null or s.language = ${param('language')}::text)
      and (${param('format')}::text is null or s.format = ${param('format')}::text)
  ),
  page as (
    select t.id, t.name, t.city_id, t.address, t.postal_code, t.latitude, t.longitude, t.time_zone,
           t.pay_at_venue, t.cancellation_cutoff_minutes
    from ${theatres} t
    where t.city_id = ${param('cityId')} and t.status = 'live'
      and t.id in (select theatre_id from matching)
      and (${param('afterName')}::text is null or (t.name, t.id) > (${param('afterName')}::text, ${param('afterId')}::text))
    order by t.name, t.id
    limit ${param('limit')}::int + 1
  ),
  listing as (
    select page.*, m.id as showtime_id, m.screen_id, sc.name as screen_name, m.starts_at, m.ends_at,
           m.local_date, m.language, m.format
    from page
    join matching m on m.theatre_id = page.id
    join ${screens} sc on sc.id = m.screen_id
  )
  select exists (select 1 from ${cities} where id = ${param('cityId')}) as city_found,
         exists (select 1 from ${movies} where id = ${param('movieId')}) as movie_found,
         listing.*
  from (select) as found
  left join listing on true
  order by listing.name, listing.id, listing.starts_at, listing.showtime_id`);

export interface TheatresShowingMovieValues {
  cityId: string;
  movieId: string;
  /** One local date, or null for today in the city's zone … */
  date: string | null;
  /** … and this many days from it. */
  days: number;
  language: string | null;
  format: string | null;
  limit: number;
  afterName: string | null;
  afterId: string | null;
}

export async function listTheatresShowingMovie(client: postgres.Sql, values: TheatresShowingMovieValues): Promise<TheatresShowingMovie> {
  const rows = await theatresShowingMovie.on(client, values);
  const first = rows[0];
  return {
    cityFound: first?.['city_found'] === true,
    movieFound: first?.['movie_found'] === true,
    rows: rows.filter((row) => row['showtime_id'] !== null).map(toTheatreShowtimeRow),
  };
}

function toTheatreShowtimeRow(row: Record<string, unknown>): TheatreShowtimeRow {
  return {
    theatre: {
      id: row['id'] as string,
      name: row['name'] as string,
      cityId: row['city_id'] as string,
      address: row['address'] as string,
      postalCode: row['postal_code'] as string | null,
      latitude: row['latitude'] as number | null,
      longitude: row['longitude'] as number | null,
      timeZone: row['time_zone'] as string,
      payAtVenue: row['pay_at_venue'] as boolean,
      cancellationCutoffMinutes: row['cancellation_cutoff_minutes'] as number,
    },
    showtime: {
      id: row['showtime_id'] as string,
      startsAt: new Date(row['starts_at'] as string),
      endsAt: new Date(row['ends_at'] as string),
      localDate: String(row['local_date']),
      language: row['language'] as string,
      format: row['format'] as string,
      screenId: row['screen_id'] as string,
      screenName: row['screen_name'] as string,
    },
  };
}

/** A scheduled or cancelled showtime, but only at a live theatre. */
export async function findPublicShowtime(db: Db, showtimeId: string) {
  const [row] = await db
    .select({
      id: showtimes.id,
      movieId: showtimes.movieId,
      theatreId: showtimes.theatreId,
      cityId: showtimes.cityId,
      screenId: showtimes.screenId,
      screenName: screens.name,
      startsAt: showtimes.startsAt,
      endsAt: showtimes.endsAt,
      localDate: showtimes.localDate,
      timeZone: theatres.timeZone,
      language: showtimes.language,
      format: showtimes.format,
      status: showtimes.status,
    })
    .from(showtimes)
    .innerJoin(theatres, and(eq(theatres.id, showtimes.theatreId), eq(theatres.status, 'live')))
    .innerJoin(screens, eq(screens.id, showtimes.screenId))
    .where(eq(showtimes.id, showtimeId));
  if (!row) return undefined;
  const prices = await db
    .select({ category: showtimePrices.category, amount: showtimePrices.amount, currency: showtimePrices.currency })
    .from(showtimePrices)
    .where(eq(showtimePrices.showtimeId, showtimeId))
    .orderBy(asc(showtimePrices.amount), asc(showtimePrices.category));
  return { ...row, prices };
}
