import { sql, type SQL } from 'drizzle-orm';
import { char, integer, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

// Shared column builders and CHECK fragments so every table spells timestamps, versions and
// money the same way. Not re-exported from index.ts: drizzle-kit only needs the tables.

export const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const optionalTimestamp = (name: string) =>
  timestamp(name, { withTimezone: true, mode: 'date' });

/** Bumped on every edit of a partner-owned resource; drives ETags and event versions. */
export const version = () => integer('version').notNull().default(1);

export const currency = (name = 'currency') => char(name, { length: 3 }).notNull();

/** `column IN ('a', 'b')` from an `as const` list (values are code constants, never input). */
export function oneOf(column: AnyPgColumn, values: readonly string[]): SQL {
  const list = values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ');
  return sql`${column} IN (${sql.raw(list)})`;
}

export const isCurrencyCode = (column: AnyPgColumn): SQL => sql`${column} ~ '^[A-Z]{3}$'`;

export const isNonNegative = (column: AnyPgColumn): SQL => sql`${column} >= 0`;

/** Seat categories are an open set of lowercase slugs (`standard`, `premium`, `recliner` …). */
export const isSlug = (column: AnyPgColumn): SQL => sql`${column} ~ '^[a-z][a-z0-9_]{0,31}$'`;
