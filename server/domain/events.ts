import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { events } from '../db/schema/events.ts';

/**
 * The outbox writer, the only module that writes events. Each event goes into the same
 * transaction as the change it reports, so a committed change always has its event and a rolled
 * back one never does. `version` is the aggregate's own version column (or, for inventory, the
 * highest seat row version it reports), so receivers can order events and drop stale ones.
 */
export type EventType =
  | 'showtime.created'
  | 'showtime.updated'
  | 'showtime.cancelled'
  | 'inventory.updated'
  | 'theatre.created'
  | 'theatre.updated'
  | 'booking.confirmed'
  | 'booking.cancelled'
  | 'hold.expired'
  /** Sent to one endpoint on request (`data.endpointId`), to try an integration. */
  | 'webhook_endpoint.test'
  /** To the endpoint's owner, when Marquee disables an endpoint that kept failing. */
  | 'webhook_endpoint.disabled';

export interface EventInput {
  type: EventType;
  aggregate: { type: string; id: string; version: number };
  data: Record<string, unknown>;
  /** Who may see it: the owning theatre partner, the selling aggregator, every aggregator. */
  audience: { theatrePartnerId?: string; aggregatorPartnerId?: string; allAggregators?: boolean };
}

export async function recordEvents(db: DbExecutor, inputs: EventInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const rows = inputs.map((input) => ({
    id: newId('evt'),
    type: input.type,
    aggregateType: input.aggregate.type,
    aggregateId: input.aggregate.id,
    aggregateVersion: input.aggregate.version,
    theatrePartnerId: input.audience.theatrePartnerId ?? null,
    aggregatorPartnerId: input.audience.aggregatorPartnerId ?? null,
    isPublic: input.audience.allAggregators ?? false,
    data: input.data,
  }));
  await db.insert(events).values(rows);
  return rows.map((row) => row.id);
}

export function recordEvent(db: DbExecutor, input: EventInput): Promise<string[]> {
  return recordEvents(db, [input]);
}
