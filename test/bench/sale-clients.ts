import { SEAT_MAP_MAX_AGE_SECONDS } from '../../server/domain/seat-map.ts';
import { ChannelFailure, type HoldOutcome, type SaleChannel } from './booking-load.ts';

/**
 * The clients of the booking benchmarks, the same over every channel: a sell-out under
 * contention, and hold→confirm on seats nobody else wants. They keep only counters and latencies.
 */

export interface SaleResult {
  seconds: number;
  /** A sell-out: true when every showtime ended sold out (not cut by the time cap, nor by a client that had to stop). */
  finished: boolean;
  /** Requests answered (seat-map reads, holds, confirmations): what the server's CPU is divided by. */
  requests: number;
  holds: number;
  holdAttempts: number;
  bookings: number;
  seatsSold: number;
  /** 409 `seats_unavailable`: the contention the sell-out is about. */
  conflicts: number;
  /** Refusals that offered `availableNearby` seats, which the client used instead of the seat map. */
  nearbyOffers: number;
  /** Answers other than 2xx and 409 `seats_unavailable`, by operation, status and code; must stay empty. */
  otherFailures: Map<string, number>;
  holdLatencies: number[];
  confirmLatencies: number[];
  seatMapReads: number;
  /** Hold→confirm clients that ran out of seats before the time was up (the rate then undercounts). */
  clientsOutOfSeats: number;
}

function newResult(): SaleResult {
  return {
    seconds: 0, finished: true, requests: 0, holds: 0, holdAttempts: 0, bookings: 0, seatsSold: 0, conflicts: 0, nearbyOffers: 0,
    otherFailures: new Map(), holdLatencies: [], confirmLatencies: [], seatMapReads: 0, clientsOutOfSeats: 0,
  };
}

const countFailure = (result: SaleResult, key: string) => result.otherFailures.set(key, (result.otherFailures.get(key) ?? 0) + 1);
const failureKey = (operation: string, error: unknown) =>
  error instanceof ChannelFailure ? error.key : `${operation} error ${(error as { code?: string }).code ?? (error as Error).message}`;

const randomPick = <T>(items: T[], count: number): T[] => {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, count);
};

/**
 * One hold and, when it is granted, its confirmation. Returns undefined when the client must stop:
 * an answer it cannot go on from (anything but 2xx or 409 `seats_unavailable`), or a failed request.
 */
async function holdAndConfirm(channel: SaleChannel, result: SaleResult, showtimeId: string, customerRef: string, seats: string[]): Promise<HoldOutcome | undefined> {
  const started = performance.now();
  let held: HoldOutcome;
  try {
    held = await channel.hold(showtimeId, customerRef, seats);
  } catch (error) {
    countFailure(result, failureKey('hold', error));
    return undefined;
  }
  result.holdLatencies.push(performance.now() - started);
  result.holdAttempts += 1;
  result.requests += 1;
  if (!held.ok) {
    if (held.status === 409 && held.code === 'seats_unavailable') {
      result.conflicts += 1;
      return held;
    }
    countFailure(result, `hold ${held.status} ${held.code}`);
    return undefined;
  }
  result.holds += 1;
  const confirmStarted = performance.now();
  try {
    const confirmed = await channel.confirm(held.holdId);
    result.confirmLatencies.push(performance.now() - confirmStarted);
    result.requests += 1;
    if (!confirmed.ok) {
      countFailure(result, `confirm ${confirmed.status} ${confirmed.code}`);
      return undefined;
    }
  } catch (error) {
    countFailure(result, failureKey('confirm', error));
    return undefined;
  }
  result.bookings += 1;
  result.seatsSold += seats.length;
  return held;
}

/**
 * Sells every seat of the showtimes out under contention; client `i` talks to `channels[i % n]`.
 * Each client starts on a showtime of its own (clients spread evenly), reads the seat map, and
 * holds `seatsPerHold` seats picked at random among those it believes free, so clients on one
 * showtime collide. A 409 names the taken seats, which the client drops from its view, and makes
 * the rest of the view suspect. When the 409 also offers `availableNearby` seats (free at that
 * moment), they join the view and the client picks among them first, instead of reading the map
 * again; once they are used up, or when no 409 offers any, a suspect view older than the seat
 * map's `max-age` is read again, as is an empty one. A map with nothing free marks the showtime
 * sold out for every client, which then moves on to a random showtime not known to be sold out.
 * Ends when every showtime is sold out, or at the time cap.
 */
export async function sellOut(
  channels: SaleChannel[],
  options: { showtimeIds: string[]; clients: number; seatsPerHold: number; runId: string; capSeconds: number },
): Promise<SaleResult> {
  const result = newResult();
  const soldOut = new Set<string>();
  const started = performance.now();
  const deadline = started + options.capSeconds * 1000;
  const nextShowtime = () => {
    const open = options.showtimeIds.filter((id) => !soldOut.has(id));
    return open.length === 0 ? undefined : open[Math.floor(Math.random() * open.length)];
  };
  const client = async (index: number) => {
    const channel = channels[index % channels.length]!;
    const customerRef = `${options.runId}-${index}`;
    let showtimeId: string | undefined = options.showtimeIds[index % options.showtimeIds.length];
    let believedFree: string[] = [];
    /** Seats a refusal just offered as free: known fresher than the rest of the view. */
    let offered: string[] = [];
    let readAt = 0;
    let stale = false;
    while (showtimeId !== undefined) {
      if (performance.now() > deadline) return;
      if (soldOut.has(showtimeId)) {
        showtimeId = nextShowtime();
        believedFree = [];
        offered = [];
        continue;
      }
      if (believedFree.length === 0 || (stale && offered.length === 0 && performance.now() - readAt > SEAT_MAP_MAX_AGE_SECONDS * 1000)) {
        stale = false;
        readAt = performance.now();
        try {
          believedFree = await channel.availableSeats(showtimeId);
        } catch (error) {
          countFailure(result, failureKey('seat-map', error));
          return;
        }
        result.seatMapReads += 1;
        result.requests += 1;
        if (believedFree.length === 0) {
          soldOut.add(showtimeId);
          continue;
        }
      }
      const seats = randomPick(offered.length > 0 ? offered : believedFree, options.seatsPerHold);
      const held = await holdAndConfirm(channel, result, showtimeId, customerRef, seats);
      if (!held) return;
      const taken = new Set(held.ok ? seats : (held.conflicts ?? seats));
      believedFree = believedFree.filter((label) => !taken.has(label));
      offered = offered.filter((label) => !taken.has(label));
      if (!held.ok) {
        stale = true;
        if (held.availableNearby) {
          result.nearbyOffers += 1;
          offered = held.availableNearby;
          believedFree = [...new Set([...offered, ...believedFree])];
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  result.seconds = (performance.now() - started) / 1000;
  result.finished = options.showtimeIds.every((id) => soldOut.has(id));
  return result;
}

/** Clients on one channel and the showtimes they book, `showtimesAtOnce` at a time. */
export interface Lane {
  channel: SaleChannel;
  showtimeIds: string[];
}

/**
 * Hold→confirm with no contention, for `seconds`. Clients are spread over the lanes; in a lane,
 * the clients share `showtimesAtOnce` showtimes, each client owning its own part of a showtime's
 * seats, booked `seatsPerHold` at a time. A client whose seats run out moves on to its part of
 * the next showtime of the lane, so a fast channel finds seats for the whole run.
 */
export async function bookOwnedSeats(
  lanes: Lane[],
  options: { clients: number; seatsPerHold: number; seatLabels: string[]; seconds: number; runId: string; showtimesAtOnce: number },
): Promise<SaleResult> {
  const result = newResult();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async (index: number) => {
    const lane = lanes[index % lanes.length]!;
    const inLane = Math.floor(index / lanes.length);
    const laneClients = Math.ceil((options.clients - (index % lanes.length)) / lanes.length);
    const slot = inLane % options.showtimesAtOnce;
    const sharesPerShowtime = Math.ceil(laneClients / options.showtimesAtOnce);
    const share = Math.floor(inLane / options.showtimesAtOnce);
    const owned = options.seatLabels.filter((_, seat) => seat % sharesPerShowtime === share);
    const customerRef = `${options.runId}-${index}`;
    for (let wave = slot; wave < lane.showtimeIds.length; wave += options.showtimesAtOnce) {
      const showtimeId = lane.showtimeIds[wave]!;
      for (let next = 0; next + options.seatsPerHold <= owned.length; next += options.seatsPerHold) {
        if (performance.now() >= deadline) return;
        const held = await holdAndConfirm(lane.channel, result, showtimeId, customerRef, owned.slice(next, next + options.seatsPerHold));
        // Nobody else wants these seats: a refusal here is an unexpected answer, not contention.
        if (held && !held.ok) countFailure(result, `hold ${held.status} ${held.code} on seats nobody else asked for`);
        if (!held?.ok) return;
      }
    }
    result.clientsOutOfSeats += 1;
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
