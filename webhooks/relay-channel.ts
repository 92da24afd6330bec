import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../server/db/client.ts';

/**
 * The relay sleeps on this PostgreSQL channel. Writers NOTIFY it after their transaction commits,
 * never inside it: a NOTIFY in a transaction takes a global lock at commit and would serialize
 * every booking. A lost notification costs only latency: the relay's periodic scan finds the rows.
 */
export const RELAY_CHANNEL = 'marquee_outbox';

export async function notifyRelay(db: DbExecutor): Promise<void> {
  await db.execute(sql`select pg_notify(${RELAY_CHANNEL}, '')`);
}
