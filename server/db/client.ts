import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index.ts';

export type Db = PostgresJsDatabase<typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Query functions take either, so callers decide where the transaction boundary is. */
export type DbExecutor = Db | DbTransaction;

export interface Database {
  sql: postgres.Sql;
  db: Db;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Pool size. Keep it small and explicit: every connection is a Postgres backend. */
  max: number;
  /** Shows up in pg_stat_activity, which tells API, worker and migration connections apart. */
  applicationName?: string;
}

/**
 * The postgres.js client a Drizzle handle sends through (the pool, or the connection of a
 * transaction), for the prepared statements that live beside Drizzle (`./prepared.ts`).
 */
export function clientOf(db: DbExecutor): postgres.Sql {
  return (db as unknown as { _: { session: { client: postgres.Sql } } })._.session.client;
}

/** Drizzle on a connection the caller manages (a pipelined transaction's), for its rare paths. */
export function drizzleOn(client: postgres.Sql): Db {
  return drizzle(client, { schema });
}

export function createDatabase(url: string, options: DatabaseOptions): Database {
  const sql = postgres(url, {
    max: options.max,
    // Postgres notices (`relation already exists, skipping` …) are noise in our logs.
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'marquee' },
  });
  const db = drizzle(sql, { schema });
  return {
    sql,
    db,
    close: () => sql.end({ timeout: 5 }),
  };
}
