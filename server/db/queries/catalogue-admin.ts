import { eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { cities, movies, movieTitles } from '../schema/catalogue.ts';
import { cityColumns, movieFields } from './catalogue.ts';

/** Catalogue writes of the platform admin: cities, movies and their localized titles. */

export type CityRow = Awaited<ReturnType<typeof insertCity>>;

export function insertCity(db: DbExecutor, values: { id: string; name: string; country: string; timeZone: string }) {
  return db.insert(cities).values(values).returning(cityColumns).then((rows) => rows[0]!);
}

/** Locks the row: the change and its audit record are computed against what is committed. */
export function findCityForUpdate(db: DbExecutor, cityId: string) {
  return db.select(cityColumns).from(cities).where(eq(cities.id, cityId)).for('update').then((rows) => rows[0]);
}

export function updateCity(db: DbExecutor, cityId: string, changes: { name?: string; timeZone?: string }) {
  return db
    .update(cities)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(cities.id, cityId))
    .returning(cityColumns)
    .then((rows) => rows[0]!);
}

export interface MovieValues {
  title: string;
  languages: string[];
  genres: string[];
  durationMinutes: number;
  certification: string | null;
  releaseDate: string | null;
  synopsis: string | null;
  externalId: string | null;
}

const adminMovieColumns = {
  ...movieFields,
  title: movies.title,
  // One statement for the movie and its titles; `{}` when it has none.
  localizedTitles: sql<Record<string, string>>`coalesce(
    (select json_object_agg(mt.locale, mt.title order by mt.locale) from ${movieTitles} mt where mt.movie_id = ${movies.id}),
    '{}'::json)`,
  version: movies.version,
  createdAt: movies.createdAt,
  updatedAt: movies.updatedAt,
};

export type AdminMovieRow = Awaited<ReturnType<typeof findAdminMovie>> & {};

export function findAdminMovie(db: DbExecutor, movieId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select(adminMovieColumns).from(movies).where(eq(movies.id, movieId));
  return (options.forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

export function insertMovie(db: DbExecutor, values: MovieValues & { id: string }) {
  return db.insert(movies).values(values).returning({ id: movies.id });
}

/** Bumps the version and `updated_at`: callers only call it when a field really changed. */
export function updateMovie(db: DbExecutor, movieId: string, changes: Partial<MovieValues>) {
  return db
    .update(movies)
    .set({ ...changes, version: sql`${movies.version} + 1`, updatedAt: sql`now()` })
    .where(eq(movies.id, movieId));
}

/** The whole map is replaced, so a locale left out of it is gone. */
export async function replaceMovieTitles(db: DbExecutor, movieId: string, titles: Record<string, string>) {
  await db.delete(movieTitles).where(eq(movieTitles.movieId, movieId));
  const rows = Object.entries(titles).map(([locale, title]) => ({ movieId, locale, title }));
  if (rows.length > 0) await db.insert(movieTitles).values(rows);
}
