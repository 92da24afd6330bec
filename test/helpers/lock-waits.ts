import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { waitUntil, type WaitOptions } from './wait-until.ts';

export interface LockWaitFilter {
  /** An ILIKE pattern the statement's SQL (leading blanks trimmed) must match, e.g. `update "holds"%`. */
  query?: string;
  /** Only backends of this `application_name` (`marquee-api` is the API's main pool). */
  applicationName?: string;
}

/**
 * How many statements of `db`'s database wait on a lock now, as `pg_stat_activity` says. Read on
 * a connection of its own outside any transaction: a transaction would see one snapshot of it.
 */
export async function lockWaiters(db: Db, filter: LockWaitFilter = {}): Promise<number> {
  const [row] = await db.execute<{ waiting: number }>(sql`
    select count(*)::int as waiting from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'
      ${filter.query === undefined ? sql`` : sql`and ltrim(query, E' \n') ilike ${filter.query}`}
      ${filter.applicationName === undefined ? sql`` : sql`and application_name = ${filter.applicationName}`}`);
  return row!.waiting;
}

/**
 * Waits until a statement matching `filter` is parked on a lock the test holds: the moment to act
 * on "the request is in flight", instead of sleeping and hoping it got there. Answers how many wait.
 */
export function waitUntilLockWaiting(db: Db, what: string, filter: LockWaitFilter = {}, options: WaitOptions = {}): Promise<number> {
  return waitUntil(`${what} to wait on a lock`, () => lockWaiters(db, filter), (waiting) => waiting > 0, options);
}
