import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgTable, text, time } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, updatedAt, version } from './columns.ts';

export const OFFER_KINDS = ['nth_ticket', 'time_window'] as const;
export const OFFER_SCOPES = ['all', 'cities', 'theatres'] as const;
export const OFFER_STATUSES = ['active', 'disabled'] as const;

export const offers = pgTable(
  'offers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    kind: text('kind', { enum: OFFER_KINDS }).notNull(),
    percentOff: integer('percent_off').notNull(),
    /** nth_ticket: the position in a booking that gets the discount (3 = every third ticket). */
    nth: integer('nth'),
    /** nth_ticket: whether the 6th, 9th … also qualify, not only the 3rd. */
    repeats: boolean('repeats').notNull().default(false),
    /** time_window: local wall-clock window [start, end) in the theatre's zone. */
    windowStart: time('window_start'),
    windowEnd: time('window_end'),
    /** ISO days of week, 1 = Monday … 7 = Sunday (PostgreSQL `isodow`); null = every day. */
    daysOfWeek: integer('days_of_week').array(),
    scope: text('scope', { enum: OFFER_SCOPES }).notNull().default('all'),
    /** City ids or theatre ids, per `scope`; empty when scope is `all`. */
    scopeIds: text('scope_ids').array().notNull().default(sql`'{}'::text[]`),
    validFrom: date('valid_from', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    /** Lower applies first when offers combine. */
    priority: integer('priority').notNull().default(0),
    status: text('status', { enum: OFFER_STATUSES }).notNull().default('active'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('offers_kind_check', oneOf(t.kind, OFFER_KINDS)),
    check('offers_scope_check', oneOf(t.scope, OFFER_SCOPES)),
    check('offers_status_check', oneOf(t.status, OFFER_STATUSES)),
    check('offers_percent_off_check', sql`${t.percentOff} BETWEEN 1 AND 100`),
    check(
      'offers_kind_fields_check',
      sql`CASE ${t.kind}
        WHEN 'nth_ticket' THEN ${t.nth} IS NOT NULL AND ${t.nth} >= 2
        ELSE ${t.windowStart} IS NOT NULL AND ${t.windowEnd} IS NOT NULL
      END`,
    ),
    check(
      'offers_days_of_week_check',
      sql`${t.daysOfWeek} IS NULL OR ${t.daysOfWeek} <@ ARRAY[1, 2, 3, 4, 5, 6, 7]`,
    ),
    check(
      'offers_scope_ids_check',
      sql`(${t.scope} = 'all') = (cardinality(${t.scopeIds}) = 0)`,
    ),
    check(
      'offers_validity_check',
      sql`${t.validFrom} IS NULL OR ${t.validUntil} IS NULL OR ${t.validUntil} >= ${t.validFrom}`,
    ),
  ],
);
