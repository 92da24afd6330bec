import { clientOf, type DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { insertEvents, notifyRelay, type EventColumns } from '../db/queries/events.ts';

/**
 * The outbox, and the one port between the API and the webhook pipeline (`webhooks/` imports
 * nothing else of `server/` but the database layer): record events, wake the relay.
 *
 * The outbox writer is the only module that writes events. Each event goes into the same
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

/** An event as stored, in the words the envelope needs. */
export interface StoredEvent {
  id: string;
  type: string;
  createdAt: Date;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  data: Record<string, unknown>;
}

/** The envelope receivers get: the same in the feed and in a webhook body. */
export function toEvent(event: StoredEvent) {
  return {
    id: event.id,
    // Written only through EventInput, whose type is an EventType.
    type: event.type as EventType,
    createdAt: event.createdAt.toISOString(),
    aggregate: { type: event.aggregateType, id: event.aggregateId, version: event.aggregateVersion },
    data: event.data,
  };
}

/** The events as the columns of one insert; the caller's statement writes them (see `noteEventWrite`). */
export function eventColumnsOf(inputs: EventInput[]): EventColumns {
  return {
    eventIds: inputs.map(() => newId('evt')),
    eventTypes: inputs.map((input) => input.type),
    aggregateTypes: inputs.map((input) => input.aggregate.type),
    aggregateIds: inputs.map((input) => input.aggregate.id),
    aggregateVersions: inputs.map((input) => input.aggregate.version),
    theatrePartnerIds: inputs.map((input) => input.audience.theatrePartnerId ?? null),
    aggregatorPartnerIds: inputs.map((input) => input.audience.aggregatorPartnerId ?? null),
    isPublic: inputs.map((input) => (input.audience.allAggregators ? 'true' : 'false')),
    eventData: inputs.map((input) => JSON.stringify(input.data)),
  };
}

export async function recordEvents(db: DbExecutor, inputs: EventInput[]): Promise<string[]> {
  if (inputs.length === 0) return [];
  const columns = eventColumnsOf(inputs);
  await insertEvents.on(clientOf(db), columns);
  noteEventWrite();
  return columns.eventIds;
}

export function recordEvent(db: DbExecutor, input: EventInput): Promise<string[]> {
  return recordEvents(db, [input]);
}

// Who needs to know that a transaction wrote events: the relay sleeps until it is told (after
// commit) or until its periodic scan. A process-wide count, not a per-request store: an
// AsyncLocalStorage would switch on promise hooks for the whole process (Node 20), taxing every
// request. A writer compares the count around its work; another request's write in between only
// costs a spare wake-up, and its own write can never be missed.
let eventWritesSoFar = 0;

/** How many times this process has recorded events; compare it before and after a unit of work. */
export function eventWriteCount(): number {
  return eventWritesSoFar;
}

/** For statements that insert events themselves (`eventColumnsOf`): the relay is woken after their commit. */
export function noteEventWrite(): void {
  eventWritesSoFar += 1;
}

// Waking the relay. The relay sleeps on `RELAY_CHANNEL` and scans periodically; a writer wakes it
// after its commit (never inside the transaction: a NOTIFY there takes a global lock at commit and
// would serialize every booking), and never fails or delays its answer for it: a lost wake-up
// costs latency, the scan finds the rows.
export { RELAY_CHANNEL } from '../db/queries/events.ts';

/** The one way to wake the webhook relay after a commit that wrote events. */
export interface RelayWaker {
  /** Wakes the relay of this process directly if one runs here; otherwise NOTIFYs whichever relay listens. */
  wake(): void;
  /** The relay running in this process: wakes go to it directly from now on, without a round trip. */
  wakeHere(relayWake: () => void): void;
}

/**
 * A waker for busy writers: at most one NOTIFY in flight, and one more after it if commits asked
 * meanwhile (that one covers them all), so a burst of commits costs two round trips, not one each.
 * Never throws; `onError` hears about failures.
 */
export function relayWaker(db: DbExecutor, onError: (error: unknown) => void): RelayWaker {
  let local: (() => void) | undefined;
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
  return {
    wake() {
      if (local) local();
      else if (inFlight) again = true;
      else send();
    },
    wakeHere(relayWake) {
      local = relayWake;
    },
  };
}
