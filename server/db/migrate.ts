import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { packagePath } from '../package-files.ts';
import { createDatabase } from './client.ts';

export const MIGRATIONS_FOLDER = packagePath('migrations');

// Arbitrary but fixed ("MQMIGR" in ASCII): every Marquee process that migrates takes this lock,
// so two API processes starting together apply migrations one after the other, not both at once.
const MIGRATION_LOCK_ID = '84998453307730';

export interface MigrationLogger {
  info(message: string): void;
}

/** Applies pending migrations; safe to call from several processes at the same time. */
export async function migrateDatabase(url: string, logger?: MigrationLogger): Promise<void> {
  // One connection: the advisory lock is held by a session, so the lock, the migration
  // transaction and the unlock must all run on the same backend.
  const { sql, db, close } = createDatabase(url, { max: 1, applicationName: 'marquee-migrate' });
  try {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_ID}::bigint)`;
    try {
      const before = await appliedMigrationCount(sql);
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const after = await appliedMigrationCount(sql);
      logger?.info(
        after === before
          ? `database schema up to date (${after} migrations)`
          : `applied ${after - before} migration(s), ${after} in total`,
      );
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_ID}::bigint)`;
    }
  } finally {
    await close();
  }
}

async function appliedMigrationCount(sql: ReturnType<typeof createDatabase>['sql']): Promise<number> {
  const [table] = await sql<{ exists: boolean }[]>`
    SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS exists`;
  if (!table?.exists) return 0;
  const [row] = await sql<{ count: number }[]>`
    SELECT count(*)::int AS count FROM drizzle.__drizzle_migrations`;
  return row?.count ?? 0;
}
