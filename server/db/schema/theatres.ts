import { sql } from 'drizzle-orm';
import type { SeatLayoutDocument } from '../../domain/seat-layout-document.ts';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
} from 'drizzle-orm/pg-core';
import { cities } from './catalogue.ts';
import { createdAt, isSlug, oneOf, optionalTimestamp, updatedAt, version } from './columns.ts';
import { partners } from './partners.ts';

export const THEATRE_STATUSES = ['draft', 'live'] as const;
export const SCREEN_STATUSES = ['active', 'retired'] as const;
/** The usual categories; the column accepts any lowercase slug. */
export const SEAT_CATEGORIES = ['standard', 'premium', 'recliner'] as const;

export const theatres = pgTable(
  'theatres',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    cityId: text('city_id')
      .notNull()
      .references(() => cities.id),
    externalRef: text('external_ref').notNull(),
    name: text('name').notNull(),
    address: text('address').notNull(),
    postalCode: text('postal_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: THEATRE_STATUSES }).notNull().default('draft'),
    cleaningBufferMinutes: integer('cleaning_buffer_minutes').notNull().default(15),
    cancellationCutoffMinutes: integer('cancellation_cutoff_minutes').notNull().default(60),
    payAtVenue: boolean('pay_at_venue').notNull().default(false),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('theatres_partner_external_ref_unique').on(t.partnerId, t.externalRef),
    check('theatres_status_check', oneOf(t.status, THEATRE_STATUSES)),
    check('theatres_latitude_check', sql`${t.latitude} BETWEEN -90 AND 90`),
    check('theatres_longitude_check', sql`${t.longitude} BETWEEN -180 AND 180`),
    check('theatres_cleaning_buffer_check', sql`${t.cleaningBufferMinutes} >= 0`),
    check('theatres_cancellation_cutoff_check', sql`${t.cancellationCutoffMinutes} >= 0`),
    // Public "theatres in a city", paginated by id.
    index('theatres_city_live_idx').on(t.cityId, t.id).where(sql`${t.status} = 'live'`),
    // A partner's own theatres, paginated by id.
    index('theatres_partner_idx').on(t.partnerId, t.id),
  ],
);

export const screens = pgTable(
  'screens',
  {
    id: text('id').primaryKey(),
    theatreId: text('theatre_id')
      .notNull()
      .references(() => theatres.id),
    externalRef: text('external_ref').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: SCREEN_STATUSES }).notNull().default('active'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('screens_theatre_external_ref_unique').on(t.theatreId, t.externalRef),
    check('screens_status_check', oneOf(t.status, SCREEN_STATUSES)),
  ],
);

/** Immutable: a change to a screen's seats is a new row with the next layoutVersion. */
export const seatLayouts = pgTable(
  'seat_layouts',
  {
    id: text('id').primaryKey(),
    screenId: text('screen_id')
      .notNull()
      .references(() => screens.id),
    layoutVersion: integer('layout_version').notNull(),
    /** The layout document as submitted (rows, seats, aisles and gaps). */
    document: jsonb('document').$type<SeatLayoutDocument>().notNull(),
    seatCount: integer('seat_count').notNull(),
    categories: text('categories').array().notNull(),
    createdAt: createdAt(),
    retiredAt: optionalTimestamp('retired_at'),
  },
  (t) => [
    unique('seat_layouts_screen_version_unique').on(t.screenId, t.layoutVersion),
    check('seat_layouts_version_check', sql`${t.layoutVersion} >= 1`),
    check('seat_layouts_seat_count_check', sql`${t.seatCount} > 0`),
  ],
);

// Restrict, not cascade, from the layout: seat inventory and booked seats reference these rows.
export const layoutSeats = pgTable(
  'layout_seats',
  {
    id: text('id').primaryKey(),
    layoutId: text('layout_id')
      .notNull()
      .references(() => seatLayouts.id),
    label: text('label').notNull(),
    rowLabel: text('row_label').notNull(),
    seatNumber: integer('seat_number'),
    category: text('category').notNull(),
    /** Grid position: x = column, y = row, both from 0; gaps and aisles are missing positions. */
    x: integer('x').notNull(),
    y: integer('y').notNull(),
    wheelchair: boolean('wheelchair').notNull().default(false),
    companion: boolean('companion').notNull().default(false),
  },
  (t) => [
    unique('layout_seats_layout_label_unique').on(t.layoutId, t.label),
    unique('layout_seats_layout_position_unique').on(t.layoutId, t.x, t.y),
    check('layout_seats_category_check', isSlug(t.category)),
    check('layout_seats_position_check', sql`${t.x} >= 0 AND ${t.y} >= 0`),
  ],
);
