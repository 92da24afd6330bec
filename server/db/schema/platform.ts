import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { createdAt, oneOf } from './columns.ts';
import { apiKeys, partners } from './partners.ts';

export const IDEMPOTENCY_STATUSES = ['in_flight', 'completed'] as const;
export const AUDIT_ACTOR_TYPES = ['admin', 'partner', 'customer', 'system'] as const;

export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    /** The principal the key is scoped to (partner id, customer id or `admin`). */
    callerId: text('caller_id').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    requestHash: text('request_hash').notNull(),
    status: text('status', { enum: IDEMPOTENCY_STATUSES }).notNull().default('in_flight'),
    /** While in flight: after this, a crashed first attempt may be taken over by a retry. */
    lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }).notNull(),
    responseStatus: integer('response_status'),
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    responseBody: text('response_body'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.callerId, t.key] }),
    check('idempotency_records_status_check', oneOf(t.status, IDEMPOTENCY_STATUSES)),
    check(
      'idempotency_records_response_check',
      sql`${t.status} = 'in_flight' OR ${t.responseStatus} IS NOT NULL`,
    ),
    index('idempotency_records_expires_idx').on(t.expiresAt),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    actorType: text('actor_type', { enum: AUDIT_ACTOR_TYPES }).notNull(),
    actorId: text('actor_id'),
    partnerId: text('partner_id').references(() => partners.id),
    apiKeyId: text('api_key_id').references(() => apiKeys.id),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetIds: text('target_ids').array().notNull().default(sql`'{}'::text[]`),
    requestId: text('request_id'),
    details: jsonb('details').$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    check('audit_log_actor_type_check', oneOf(t.actorType, AUDIT_ACTOR_TYPES)),
    index('audit_log_partner_created_idx').on(t.partnerId, t.createdAt),
  ],
);
