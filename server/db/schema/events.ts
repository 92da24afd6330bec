import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, optionalTimestamp, updatedAt, version } from './columns.ts';
import { partners } from './partners.ts';

export const WEBHOOK_ENDPOINT_STATUSES = ['enabled', 'disabled'] as const;
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'enqueued', 'delivered', 'failed'] as const;

/**
 * Feed positions, handed out by the relay (one at a time, under an advisory lock) as it picks up
 * committed events: unlike `created_at`, they follow commit order, so a cursor never skips an
 * event that committed late.
 */
export const eventSequence = pgSequence('event_sequence', { startWith: 1, increment: 1 });

/** The transactional outbox: written in the same transaction as the change it reports. */
export const events = pgTable(
  'events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    aggregateVersion: integer('aggregate_version').notNull(),
    /** The theatre partner that owns the aggregate, if any (sees the event). */
    theatrePartnerId: text('theatre_partner_id').references(() => partners.id),
    /** The aggregator that sold the booking, if any (sees the event). */
    aggregatorPartnerId: text('aggregator_partner_id').references(() => partners.id),
    /** Visible to every aggregator (catalogue and showtime changes). */
    isPublic: boolean('is_public').notNull().default(false),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    /** Null until the relay has fanned the event out to deliveries; then its feed position. */
    sequence: bigint('sequence', { mode: 'number' }),
  },
  (t) => [
    index('events_created_idx').on(t.createdAt, t.id),
    uniqueIndex('events_sequence_unique').on(t.sequence),
    // The relay's queue: events written but not yet fanned out.
    index('events_unsequenced_idx').on(t.createdAt, t.id).where(sql`${t.sequence} IS NULL`),
    // The events feed, per audience, in feed order.
    index('events_theatre_feed_idx').on(t.theatrePartnerId, t.sequence).where(sql`${t.sequence} IS NOT NULL`),
    index('events_aggregator_feed_idx').on(t.aggregatorPartnerId, t.sequence).where(sql`${t.sequence} IS NOT NULL`),
    index('events_public_feed_idx').on(t.sequence).where(sql`${t.isPublic} AND ${t.sequence} IS NOT NULL`),
  ],
);

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    url: text('url').notNull(),
    description: text('description'),
    /** Empty means every event type the partner may see. */
    eventTypes: text('event_types').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: WEBHOOK_ENDPOINT_STATUSES }).notNull().default('enabled'),
    disabledReason: text('disabled_reason'),
    /** When deliveries to it started failing without a success since; null while healthy. */
    failingSince: timestamp('failing_since', { withTimezone: true, mode: 'date' }),
    secretCiphertext: text('secret_ciphertext').notNull(),
    /** Kept for a while after rotation so receivers can verify with either secret. */
    previousSecretCiphertext: text('previous_secret_ciphertext'),
    previousSecretExpiresAt: optionalTimestamp('previous_secret_expires_at'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('webhook_endpoints_status_check', oneOf(t.status, WEBHOOK_ENDPOINT_STATUSES)),
    index('webhook_endpoints_partner_idx').on(t.partnerId, t.id),
  ],
);

// Deliveries and attempts are records of one endpoint: they go when the endpoint is deleted.
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: text('id').primaryKey(),
    endpointId: text('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    status: text('status', { enum: WEBHOOK_DELIVERY_STATUSES }).notNull().default('pending'),
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: optionalTimestamp('next_attempt_at'),
    enqueuedAt: optionalTimestamp('enqueued_at'),
    deliveredAt: optionalTimestamp('delivered_at'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('webhook_deliveries_endpoint_event_unique').on(t.endpointId, t.eventId),
    check('webhook_deliveries_status_check', oneOf(t.status, WEBHOOK_DELIVERY_STATUSES)),
    check('webhook_deliveries_attempt_count_check', sql`${t.attemptCount} >= 0`),
    index('webhook_deliveries_open_idx')
      .on(t.status, t.createdAt)
      .where(sql`${t.status} IN ('pending', 'enqueued')`),
    // The deliveries API lists one endpoint's deliveries, newest first.
    index('webhook_deliveries_endpoint_created_idx').on(t.endpointId, t.createdAt),
    // The relay's queue of attempts that are due (retries wait here until their time).
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    // One event's deliveries: listed per event, and removed with the event by retention.
    index('webhook_deliveries_event_idx').on(t.eventId),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: text('id').primaryKey(),
    deliveryId: text('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptNumber: integer('attempt_number').notNull(),
    startedAt: optionalTimestamp('started_at').notNull(),
    durationMs: integer('duration_ms'),
    responseStatus: integer('response_status'),
    error: text('error'),
    responseBodyExcerpt: text('response_body_excerpt'),
  },
  (t) => [
    unique('webhook_attempts_delivery_number_unique').on(t.deliveryId, t.attemptNumber),
  ],
);
