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
