import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Pieces for the statements the query builder cannot spell (`unnest`, CTEs that update and insert).
 * Drizzle's `sql` spreads a JS array into a list of parameters (`($1, $2, …)`); these send it as
 * one array parameter instead, which postgres.js serializes with the type PostgreSQL describes:
 * nothing is escaped by hand.
 */
export const textArray = (values: readonly string[]): SQL => sql`${sql.param(values)}::text[]`;

export const intArray = (values: readonly number[]): SQL => sql`${sql.param(values)}::int[]`;

/** A column's bare name, for an INSERT's column list or an UPDATE's SET (`${column}` is qualified). */
export const bare = (column: AnyPgColumn): SQL => sql`${sql.identifier(column.name)}`;

/** `now() + ms`: a delay in milliseconds as an interval from the statement's time. */
export const nowPlusMs = (ms: number): SQL => sql`now() + ${ms} * interval '1 millisecond'`;
