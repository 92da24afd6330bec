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

/**
 * A notifier for a busy writer: at most one NOTIFY in flight, and one more after it if commits
 * asked meanwhile (that one covers them all), so a burst of commits costs two round trips, not
 * one each. Never throws; `onError` hears about failures (the periodic scan covers them).
 */
export function coalescingRelayNotifier(db: DbExecutor, onError: (error: unknown) => void): () => void {
  let inFlight = false;
  let again = false;
  const send = () => {
    inFlight = true;
    again = false;
    notifyRelay(db)
      .catch(onError)
      .finally(() => {
        inFlight = false;
        if (again) send();
      });
  };
  return () => {
    if (inFlight) again = true;
    else send();
  };
}
