import type postgres from 'postgres';
import type { AllTenants } from '../scope.ts';

/**
 * What the metrics read on a scrape, across tenants (counts and ages, never a row). Each is one
 * small statement on an index or a system view, run once per scrape, never per request.
 */

/** Seconds since the oldest event the relay has not fanned out yet was written; 0 when none waits. */
export async function outboxLagSeconds(sql: postgres.Sql, _tenants: AllTenants): Promise<number> {
  // Served by `events_unsequenced_idx` (created_at where sequence is null).
  const [row] = await sql<{ lag: number }[]>`
    select coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as lag from events where sequence is null`;
  return row?.lag ?? 0;
}

/**
 * Marquee's connections to this database as PostgreSQL sees them, by `application_name`
 * (`marquee-api`, `marquee-webhooks` …) and state (`active`, `idle`, `idle in transaction`): all
 * processes together, since postgres.js keeps its pool's counts to itself.
 */
export async function databaseConnections(sql: postgres.Sql): Promise<{ application: string; state: string; count: number }[]> {
  return sql<{ application: string; state: string; count: number }[]>`
    select application_name as application, coalesce(state, 'unknown') as state, count(*)::int as count
    from pg_stat_activity
    where datname = current_database() and application_name like 'marquee%'
    group by 1, 2`;
}
