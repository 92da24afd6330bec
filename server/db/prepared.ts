import { fillPlaceholders, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type postgres from 'postgres';

/**
 * Statements of the hot paths, built once when their module loads and run as named prepared
 * statements: PostgreSQL parses each once per connection, and every call is one message with no
 * describe round trip. (Drizzle's query builder sends every statement unnamed, which on this
 * driver costs a second round trip and the building of the SQL text on every call.)
 *
 * Written with Drizzle's `sql` tag, so tables and columns are the schema's objects; values are
 * named parameters (`param('showtimeId')`), filled in per call.
 *
 * Values go to postgres.js as they are: the client behind `createDatabase` passes dates, JSON and
 * timestamps through untouched (Drizzle set it up so), so a JSON parameter is sent as text
 * (`${param('quote')}::text::jsonb`) and a `timestamptz` comes back as PostgreSQL's text.
 */

const dialect = new PgDialect();

/** A named parameter of a prepared statement. */
export const param = (name: string) => sql.placeholder(name);

/** A statement with its values, not sent yet: it goes out when awaited, or with its batch. */
export type Statement<R = unknown> = Promise<R[]>;

export interface PreparedStatement<P, R> {
  readonly text: string;
  /** The statement with these values, on a pool, a reserved connection or a transaction. */
  on(client: postgres.Sql, values: P): Statement<R>;
  /** The values in the order of the text's `$n` (to EXPLAIN the statement as it runs). */
  parameters(values: P): unknown[];
}

export function prepared<P extends object, R>(query: SQL): PreparedStatement<P, R> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const parameters = (values: P) => fillPlaceholders(params, values as Record<string, unknown>);
  return {
    text,
    parameters,
    on: (client, values) => client.unsafe(text, parameters(values) as postgres.ParameterOrJSON<never>[], { prepare: true }) as unknown as Statement<R>,
  };
}

/** A `timestamptz` as these statements return it (PostgreSQL's text), as a `Date`. */
export function timestampOf(value: string): Date {
  return new Date(value);
}
