import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { createTestDatabase } from '../helpers/database.ts';

/**
 * A fresh, migrated database for one benchmark, and the bench's own connection to it for fixtures
 * and checks. Its connections are named `bench-…` so they are never counted as the API's.
 */
export interface BenchDatabase {
  url: string;
  name: string;
  sql: postgres.Sql;
  /** Closes the bench's connections and drops the database. */
  drop(): Promise<void>;
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const database = await createTestDatabase();
  const sql = postgres(database.url, { max: 2, onnotice: () => {}, connection: { application_name: 'bench-check' } });
  return {
    url: database.url,
    name: database.name,
    sql,
    async drop() {
      await sql.end({ timeout: 5 });
      await database.drop();
    },
  };
}

/**
 * Flushes and vacuums what the previous run wrote, so no run pays for another's dirty pages,
 * dead rows or stale statistics (without it the first run after a sell-out was measured slower).
 */
export async function settle(sql: postgres.Sql) {
  await sql`checkpoint`;
  await sql`vacuum (analyze) holds, seat_inventory, bookings, booked_seats, payments, events, audit_log, customers, idempotency_records`;
}

/**
 * Waits until the API's webhook relay has taken every event out of the outbox (given it a feed
 * position): its work for a run belongs to that run, and must not spill into the next one.
 * Returns how long that took; gives up after `timeoutMs` (the relay may be down: said by the caller).
 */
export async function drainOutbox(sql: postgres.Sql, timeoutMs = 30_000): Promise<{ ms: number; drained: boolean }> {
  const started = performance.now();
  for (;;) {
    const [row] = await sql<{ waiting: boolean }[]>`select exists (select 1 from events where sequence is null) as waiting`;
    if (!row!.waiting) return { ms: performance.now() - started, drained: true };
    if (performance.now() - started > timeoutMs) return { ms: performance.now() - started, drained: false };
    await sleep(50);
  }
}
