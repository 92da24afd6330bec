import { sql } from 'drizzle-orm';
import {
  char,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version } from './columns.ts';

export const cities = pgTable(
  'cities',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    country: char('country', { length: 2 }).notNull(),
    timeZone: text('time_zone').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('cities_country_name_unique').on(t.country, t.name),
    check('cities_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
  ],
);

export const movies = pgTable(
  'movies',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    externalId: text('external_id').unique('movies_external_id_unique'),
    /** ISO 639-1 codes. */
    languages: text('languages').array().notNull(),
    /** Lowercase slugs (`drama`, `sci_fi`). */
    genres: text('genres').array().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    certification: text('certification'),
    releaseDate: date('release_date', { mode: 'string' }),
    synopsis: text('synopsis'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    check('movies_duration_check', sql`${t.durationMinutes} > 0`),
    index('movies_languages_idx').using('gin', t.languages),
    index('movies_genres_idx').using('gin', t.genres),
  ],
);

export const movieTitles = pgTable(
  'movie_titles',
  {
    movieId: text('movie_id')
      .notNull()
      .references(() => movies.id, { onDelete: 'cascade' }),
    /** BCP 47 tag (`hi-IN`, `ta`). */
    locale: text('locale').notNull(),
    title: text('title').notNull(),
  },
  (t) => [primaryKey({ columns: [t.movieId, t.locale] })],
);
