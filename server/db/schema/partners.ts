import { sql } from 'drizzle-orm';
import { check, index, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, oneOf, optionalTimestamp, updatedAt, version } from './columns.ts';

export const PARTNER_KINDS = ['theatre', 'aggregator'] as const;
export const PARTNER_STATUSES = ['active', 'suspended'] as const;
export const API_KEY_ENVIRONMENTS = ['live', 'test'] as const;

export const partners = pgTable(
  'partners',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    status: text('status', { enum: PARTNER_STATUSES }).notNull().default('active'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    check('partners_kind_check', oneOf(t.kind, PARTNER_KINDS)),
    check('partners_status_check', oneOf(t.status, PARTNER_STATUSES)),
  ],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id),
    name: text('name').notNull(),
    /** Non-secret lookup part of the presented key. */
    prefix: text('prefix').notNull().unique('api_keys_prefix_unique'),
    /** Lowercase hex SHA-256 of the whole key: keys are high-entropy, so a fast hash suffices. */
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    environment: text('environment', { enum: API_KEY_ENVIRONMENTS }).notNull(),
    createdAt: createdAt(),
    lastUsedAt: optionalTimestamp('last_used_at'),
    revokedAt: optionalTimestamp('revoked_at'),
    createdBy: text('created_by'),
  },
  (t) => [
    check('api_keys_environment_check', oneOf(t.environment, API_KEY_ENVIRONMENTS)),
    check('api_keys_secret_hash_check', sql`${t.secretHash} ~ '^[0-9a-f]{64}$'`),
    index('api_keys_partner_idx').on(t.partnerId, t.createdAt),
  ],
);
