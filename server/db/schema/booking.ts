import { sql } from 'drizzle-orm';
import type { Quote } from '../../domain/quote.ts';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  createdAt,
  currency,
  isCurrencyCode,
  isNonNegative,
  oneOf,
  optionalTimestamp,
  updatedAt,
  version,
} from './columns.ts';
import { partners } from './partners.ts';
import { showtimes } from './showtimes.ts';
import { layoutSeats } from './theatres.ts';

export const CUSTOMER_KINDS = ['oidc', 'aggregator'] as const;
export const HOLD_STATUSES = ['active', 'released', 'expired', 'converted'] as const;
export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export const PAYMENT_METHODS = ['partner_collected', 'pay_at_venue', 'card'] as const;
export const PAYMENT_STATUSES = [
  'pending',
  'captured',
  'refunded',
  'partially_refunded',
  'failed',
  'voided',
] as const;
export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
/** Why a booking was cancelled: its seller (or customer) asked, or the theatre cancelled the show. */
export const CANCELLATION_CAUSES = ['requested', 'showtime_cancelled'] as const;

export const customers = pgTable(
  'customers',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: CUSTOMER_KINDS }).notNull(),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    aggregatorPartnerId: text('aggregator_partner_id').references(() => partners.id),
    externalRef: text('external_ref'),
    createdAt: createdAt(),
  },
  (t) => [
    check('customers_kind_check', oneOf(t.kind, CUSTOMER_KINDS)),
    check(
      'customers_identity_check',
      sql`CASE ${t.kind}
        WHEN 'oidc' THEN ${t.oidcIssuer} IS NOT NULL AND ${t.oidcSubject} IS NOT NULL
          AND ${t.aggregatorPartnerId} IS NULL AND ${t.externalRef} IS NULL
        ELSE ${t.aggregatorPartnerId} IS NOT NULL AND ${t.externalRef} IS NOT NULL
          AND ${t.oidcIssuer} IS NULL AND ${t.oidcSubject} IS NULL
      END`,
    ),
    unique('customers_oidc_unique').on(t.oidcIssuer, t.oidcSubject),
    unique('customers_aggregator_unique').on(t.aggregatorPartnerId, t.externalRef),
  ],
);

export const holds = pgTable(
  'holds',
  {
    id: text('id').primaryKey(),
    showtimeId: text('showtime_id')
      .notNull()
      .references(() => showtimes.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    /** The selling channel; null means the customer's own (direct) hold. */
    partnerId: text('partner_id').references(() => partners.id),
    status: text('status', { enum: HOLD_STATUSES }).notNull().default('active'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    quote: jsonb('quote').$type<Quote>().notNull(),
    seatCount: integer('seat_count').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    check('holds_status_check', oneOf(t.status, HOLD_STATUSES)),
    check('holds_seat_count_check', sql`${t.seatCount} > 0`),
    uniqueIndex('holds_one_active_per_customer')
      .on(t.customerId, t.showtimeId)
      .where(sql`${t.status} = 'active'`),
    index('holds_active_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'active'`),
  ],
);

export const bookings = pgTable(
  'bookings',
  {
    id: text('id').primaryKey(),
    /** Human-readable, e.g. MQ-7K2F9X. */
    reference: text('reference').notNull().unique('bookings_reference_unique'),
    showtimeId: text('showtime_id')
      .notNull()
      .references(() => showtimes.id),
    customerId: text('customer_id')
      .notNull()
      .references(() => customers.id),
    holdId: text('hold_id')
      .unique('bookings_hold_unique')
      .references(() => holds.id),
    /** The partner that sold it; null means direct. */
    channelPartnerId: text('channel_partner_id').references(() => partners.id),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('confirmed'),
    totalAmount: integer('total_amount').notNull(),
    currency: currency(),
    priceBreakdown: jsonb('price_breakdown').$type<Quote>().notNull(),
    cancelledAt: optionalTimestamp('cancelled_at'),
    cancellationCause: text('cancellation_cause', { enum: CANCELLATION_CAUSES }),
    cancellationReason: text('cancellation_reason'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('bookings_status_check', oneOf(t.status, BOOKING_STATUSES)),
    check('bookings_total_amount_check', isNonNegative(t.totalAmount)),
    check('bookings_currency_check', isCurrencyCode(t.currency)),
    check(
      'bookings_cancelled_at_check',
      sql`(${t.status} = 'cancelled') = (${t.cancelledAt} IS NOT NULL)`,
    ),
    check(
      'bookings_cancellation_cause_check',
      sql`(${t.status} = 'cancelled') = (${t.cancellationCause} IS NOT NULL) AND ${oneOf(t.cancellationCause, CANCELLATION_CAUSES)}`,
    ),
    index('bookings_showtime_idx').on(t.showtimeId),
    index('bookings_channel_created_idx').on(t.channelPartnerId, t.createdAt),
    index('bookings_customer_created_idx').on(t.customerId, t.createdAt),
  ],
);

export const bookedSeats = pgTable(
  'booked_seats',
  {
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    showtimeId: text('showtime_id')
      .notNull()
      .references(() => showtimes.id),
    seatId: text('seat_id')
      .notNull()
      .references(() => layoutSeats.id),
    label: text('label').notNull(),
    category: text('category').notNull(),
    baseAmount: integer('base_amount').notNull(),
    discountAmount: integer('discount_amount').notNull().default(0),
    amount: integer('amount').notNull(),
    currency: currency(),
    cancelledAt: optionalTimestamp('cancelled_at'),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.seatId] }),
    // The last line of defence against a double sale: one live booking per seat and showtime.
    uniqueIndex('booked_seats_one_live_booking')
      .on(t.showtimeId, t.seatId)
      .where(sql`${t.cancelledAt} IS NULL`),
    check(
      'booked_seats_amounts_check',
      sql`${t.baseAmount} >= 0 AND ${t.discountAmount} >= 0
        AND ${t.amount} = ${t.baseAmount} - ${t.discountAmount} AND ${t.amount} >= 0`,
    ),
    check('booked_seats_currency_check', isCurrencyCode(t.currency)),
  ],
);

export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    status: text('status', { enum: PAYMENT_STATUSES }).notNull().default('pending'),
    amount: integer('amount').notNull(),
    currency: currency(),
    providerReference: text('provider_reference'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('payments_method_check', oneOf(t.method, PAYMENT_METHODS)),
    check('payments_status_check', oneOf(t.status, PAYMENT_STATUSES)),
    check('payments_amount_check', isNonNegative(t.amount)),
    check('payments_currency_check', isCurrencyCode(t.currency)),
    index('payments_booking_idx').on(t.bookingId),
  ],
);

export const refunds = pgTable(
  'refunds',
  {
    id: text('id').primaryKey(),
    paymentId: text('payment_id')
      .notNull()
      .references(() => payments.id),
    bookingId: text('booking_id')
      .notNull()
      .references(() => bookings.id),
    amount: integer('amount').notNull(),
    currency: currency(),
    status: text('status', { enum: REFUND_STATUSES }).notNull().default('pending'),
    reason: text('reason'),
    createdAt: createdAt(),
  },
  (t) => [
    check('refunds_status_check', oneOf(t.status, REFUND_STATUSES)),
    check('refunds_amount_check', isNonNegative(t.amount)),
    check('refunds_currency_check', isCurrencyCode(t.currency)),
    index('refunds_booking_idx').on(t.bookingId),
    index('refunds_payment_idx').on(t.paymentId),
  ],
);
