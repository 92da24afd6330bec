import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { cities, movies } from './catalogue.ts';
import {
  createdAt,
  currency,
  isCurrencyCode,
  isNonNegative,
  isSlug,
  oneOf,
  optionalTimestamp,
  updatedAt,
  version,
} from './columns.ts';
import { screens, seatLayouts, theatres } from './theatres.ts';

export const SHOWTIME_STATUSES = ['scheduled', 'cancelled'] as const;
export const SHOWTIME_FORMATS = [
  '2D',
  '3D',
  'IMAX',
  'IMAX_3D',
  '4DX',
  '4DX_3D',
  'SCREENX',
  'DOLBY_CINEMA',
] as const;

// The exclusion constraint `showtimes_no_overlap` (screen_id =, tstzrange(starts_at, ends_at) &&,
// WHERE status <> 'cancelled') lives in a custom migration: drizzle-kit cannot express it. It
// guards [starts_at, ends_at), and ends_at already includes the theatre's cleaning buffer
// (start + duration + buffer), so back-to-back shows keep their turnaround time.
export const showtimes = pgTable(
  'showtimes',
  {
    id: text('id').primaryKey(),
    theatreId: text('theatre_id')
      .notNull()
      .references(() => theatres.id),
    screenId: text('screen_id')
      .notNull()
      .references(() => screens.id),
    layoutId: text('layout_id')
      .notNull()
      .references(() => seatLayouts.id),
    movieId: text('movie_id')
      .notNull()
      .references(() => movies.id),
    /** Copied from the theatre so the catalogue index needs no join. */
    cityId: text('city_id')
      .notNull()
      .references(() => cities.id),
    externalRef: text('external_ref').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'date' }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Calendar date of starts_at in the theatre's zone, computed by the app at write time. */
    localDate: date('local_date', { mode: 'string' }).notNull(),
    /** ISO 639-1 code of the audio language. */
    language: text('language').notNull(),
    format: text('format', { enum: SHOWTIME_FORMATS }).notNull().default('2D'),
    status: text('status', { enum: SHOWTIME_STATUSES }).notNull().default('scheduled'),
    cancelledAt: optionalTimestamp('cancelled_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('showtimes_theatre_external_ref_unique').on(t.theatreId, t.externalRef),
    check('showtimes_time_range_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('showtimes_status_check', oneOf(t.status, SHOWTIME_STATUSES)),
    check('showtimes_format_check', oneOf(t.format, SHOWTIME_FORMATS)),
    check('showtimes_language_check', sql`${t.language} ~ '^[a-z]{2}$'`),
    check(
      'showtimes_cancelled_at_check',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL)`,
    ),
    index('showtimes_catalogue_idx')
      .on(t.cityId, t.localDate, t.movieId)
      .where(sql`${t.status} = 'scheduled'`),
    index('showtimes_theatre_starts_idx').on(t.theatreId, t.startsAt),
  ],
);

export const showtimePrices = pgTable(
  'showtime_prices',
  {
    showtimeId: text('showtime_id')
      .notNull()
      .references(() => showtimes.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    amount: integer('amount').notNull(),
    currency: currency(),
  },
  (t) => [
    primaryKey({ columns: [t.showtimeId, t.category] }),
    check('showtime_prices_category_check', isSlug(t.category)),
    check('showtime_prices_amount_check', isNonNegative(t.amount)),
    check('showtime_prices_currency_check', isCurrencyCode(t.currency)),
  ],
);
