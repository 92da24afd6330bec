import type { Db } from '../server/db/client.ts';
import { newId } from '../server/db/ids.ts';
import { jobAcrossTenants } from '../server/db/scope.ts';
import {
  assignFeedPositions,
  eventsAwaitingFanOut,
  insertDeliveries,
  lockFanOut,
  receiversOf,
  reserveFeedPositions,
} from '../server/db/queries/webhook-relay.ts';

export interface FannedOut {
  /** Events that got their feed position in this call. */
  events: number;
  /** Deliveries written for them (one per event and endpoint that receives it). */
  deliveries: { id: string }[];
}

/**
 * Takes up to `limit` committed events that have no feed position yet, in the order they were
 * written, and in one transaction gives each the next `events.sequence` and writes one pending
 * delivery per endpoint that should receive it (`receiversOf` says who). One relay at a time holds
 * the advisory lock, so positions are handed out in the order events became visible: a reader of
 * the feed never sees a position appear below one it has already read.
 */
export async function fanOutEvents(db: Db, options: { limit: number; firstAttemptDelayMs: number }): Promise<FannedOut> {
  return db.transaction(async (tx) => {
    await lockFanOut(tx, jobAcrossTenants);
    const picked = await eventsAwaitingFanOut(tx, jobAcrossTenants, options.limit);
    if (picked.length === 0) return { events: 0, deliveries: [] };
    const ids = picked.map((row) => row.id);
    await assignFeedPositions(tx, jobAcrossTenants, ids, await reserveFeedPositions(tx, jobAcrossTenants, ids.length));
    const pairs = await receiversOf(tx, jobAcrossTenants, ids);
    if (pairs.length === 0) return { events: ids.length, deliveries: [] };
    const inserted = await insertDeliveries(tx, jobAcrossTenants, pairs.map((pair) => ({ id: newId('dlv'), ...pair })), options.firstAttemptDelayMs);
    return { events: ids.length, deliveries: inserted.map((row) => ({ id: row.id })) };
  });
}
