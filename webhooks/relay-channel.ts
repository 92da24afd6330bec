import type { DbExecutor } from '../server/db/client.ts';
import { notifyRelay } from '../server/db/queries/events.ts';

/**
 * The relay sleeps on a PostgreSQL channel (`RELAY_CHANNEL`). Writers NOTIFY it after their
 * transaction commits; a lost notification costs only latency: the relay's periodic scan finds the rows.
 */
export { notifyRelay, RELAY_CHANNEL } from '../server/db/queries/events.ts';

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
