import { clientOf, type Db } from '../db/client.ts';
import * as queries from '../db/queries/catalogue.ts';
import { notFound } from './errors.ts';
import { toLocalRfc3339 } from './local-time.ts';
import { decodeCursor, pageOf } from './pagination.ts';

/** How far ahead a list without a `date` looks: today and the six days after it. */
export const DEFAULT_WINDOW_DAYS = 7;

export interface ListParams {
  limit: number;
  cursor?: string;
}

/** A `date` filter is one local calendar day; no date means today to +6 days in the city's zone. */
function dateWindow(cityId: string, date: string | undefined): queries.DateWindow {
  return date === undefined ? { cityId, days: DEFAULT_WINDOW_DAYS } : { date };
}

async function requireCity(db: Db, cityId: string) {
  const city = await queries.findCity(db, cityId);
  if (!city) throw notFound('city', cityId);
  return city;
}

function toPublicTheatre(row: queries.PublicTheatreRow) {
  const { latitude, longitude, ...theatre } = row;
  return {
    ...theatre,
    location: latitude === null || longitude === null ? null : { latitude, longitude },
  };
}

export async function listCities(db: Db, params: ListParams) {
  const after = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listCities(db, { limit: params.limit, after: after?.[0] });
  return pageOf(rows, params.limit, (city) => [city.id], (city) => city);
}

/** `locales`: the reader's preferred locales, best first (see `preferredLocales`). */
export async function getMovie(db: Db, movieId: string, locales: string[]) {
  const movie = await queries.findMovie(db, movieId, locales);
  if (!movie) throw notFound('movie', movieId);
  return movie;
}

export async function listMoviesShowingInCity(
  db: Db,
  params: ListParams & { cityId: string; date?: string; language?: string; genre?: string; locales: string[] },
) {
  const city = await requireCity(db, params.cityId);
  const after = decodeCursor(params.cursor, 2) as [string, string] | undefined;
  const rows = await queries.listMoviesShowingInCity(db, {
    cityId: city.id,
    window: dateWindow(city.id, params.date),
    language: params.language,
    genre: params.genre,
    locales: params.locales,
    limit: params.limit,
    after,
  });
  // Keyed by the title shown, the list's order; a cursor is only meaningful with the same locales.
  return pageOf(rows, params.limit, (movie) => [movie.title, movie.id], (movie) => movie);
}

export async function listTheatresInCity(db: Db, params: ListParams & { cityId: string }) {
  const city = await requireCity(db, params.cityId);
  const after = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listLiveTheatresInCity(db, { cityId: city.id, limit: params.limit, after: after?.[0] });
  return pageOf(rows, params.limit, (theatre) => [theatre.id], toPublicTheatre);
}

export async function getTheatre(db: Db, theatreId: string) {
  const theatre = await queries.findLiveTheatre(db, theatreId);
  if (!theatre) throw notFound('theatre', theatreId);
  return toPublicTheatre(theatre);
}

function showtimeTimes(row: { startsAt: Date; endsAt: Date }, timeZone: string) {
  return {
    startsAt: row.startsAt.toISOString(),
    startsAtLocal: toLocalRfc3339(row.startsAt, timeZone),
    endsAt: row.endsAt.toISOString(),
    timeZone,
  };
}

/** The theatres running a movie in a city on a date, each with its show times, by theatre name. */
export async function listTheatresShowingMovie(
  db: Db,
  params: ListParams & { cityId: string; movieId: string; date?: string; language?: string; format?: string },
) {
  const after = decodeCursor(params.cursor, 2) as [string, string] | undefined;
  const { cityFound, movieFound, rows } = await queries.listTheatresShowingMovie(clientOf(db), {
    cityId: params.cityId,
    movieId: params.movieId,
    date: params.date ?? null,
    days: params.date === undefined ? DEFAULT_WINDOW_DAYS : 1,
    language: params.language ?? null,
    format: params.format ?? null,
    limit: params.limit,
    afterName: after?.[0] ?? null,
    afterId: after?.[1] ?? null,
  });
  if (!cityFound) throw notFound('city', params.cityId);
  if (!movieFound) throw notFound('movie', params.movieId);
  const byTheatre = new Map<string, { theatre: queries.PublicTheatreRow; showtimes: queries.TheatreShowtimeRow['showtime'][] }>();
  for (const row of rows) {
    const group = byTheatre.get(row.theatre.id) ?? { theatre: row.theatre, showtimes: [] };
    group.showtimes.push(row.showtime);
    byTheatre.set(row.theatre.id, group);
  }
  return pageOf(
    [...byTheatre.values()],
    params.limit,
    (group) => [group.theatre.name, group.theatre.id],
    (group) => ({
      theatre: toPublicTheatre(group.theatre),
      showtimes: group.showtimes.map((showtime) => ({
        id: showtime.id,
        ...showtimeTimes(showtime, group.theatre.timeZone),
        localDate: showtime.localDate,
        language: showtime.language,
        format: showtime.format,
        screenId: showtime.screenId,
        screenName: showtime.screenName,
      })),
    }),
  );
}

export async function getShowtime(db: Db, showtimeId: string) {
  const showtime = await queries.findPublicShowtime(db, showtimeId);
  if (!showtime) throw notFound('showtime', showtimeId);
  const { prices, timeZone, ...rest } = showtime;
  return {
    ...rest,
    ...showtimeTimes(showtime, timeZone),
    endsAtLocal: toLocalRfc3339(showtime.endsAt, timeZone),
    prices: prices.map((price) => ({
      category: price.category,
      price: { amount: price.amount, currency: price.currency },
    })),
  };
}
