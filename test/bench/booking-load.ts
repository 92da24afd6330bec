import type postgres from 'postgres';
import { Pool } from 'undici';
import { SEAT_MAP_MAX_AGE_SECONDS } from '../../server/domain/seat-map.ts';
import { rawAvailableSeats, rawConfirmBooking, rawCreateHold } from './booking-raw.ts';

/**
 * The clients of the booking benchmarks and the two ways they reach the seats: the API over HTTP,
 * or the raw baseline's transactions on a postgres.js pool. The clients' logic is the same for both.
 */

export interface SeatSeller {
  partnerId: string;
  keyId: string;
}

export type HoldOutcome = { ok: true; holdId: string } | { ok: false; status: number; code: string; conflicts?: string[] };
export type ConfirmOutcome = { ok: true } | { ok: false; status: number; code: string };

export interface SaleChannel {
  /** Labels of the seats the public seat map shows as available. */
  availableSeats(showtimeId: string): Promise<string[]>;
  hold(showtimeId: string, customerRef: string, seats: string[]): Promise<HoldOutcome>;
  confirm(holdId: string): Promise<ConfirmOutcome>;
  close(): Promise<void>;
}

/** The API through undici, one connection per client so none waits for another's socket. */
export function apiChannel(origin: string, authorization: string, connections: number): SaleChannel {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const post = async (path: string, payload: object) => {
    const response = await pool.request({ method: 'POST', path, headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    const body = (await response.body.json()) as Record<string, unknown>;
    return { status: response.statusCode, body };
  };
  return {
    async availableSeats(showtimeId) {
      const response = await pool.request({ method: 'GET', path: `/v1/showtimes/${showtimeId}/seat-map` });
      const map = (await response.body.json()) as { seats: { label: string; status: string }[] };
      if (response.statusCode !== 200) throw new Error(`seat map answered ${response.statusCode}`);
      return map.seats.filter((seat) => seat.status === 'available').map((seat) => seat.label);
    },
    async hold(showtimeId, customerRef, seats) {
      const { status, body } = await post('/v1/holds', { showtimeId, customerRef, seats });
      if (status === 201) return { ok: true, holdId: body['id'] as string };
      return { ok: false, status, code: String(body['code']), conflicts: body['conflicts'] as string[] | undefined };
    },
    async confirm(holdId) {
      const { status, body } = await post('/v1/bookings', { holdId, payment: { method: 'partner_collected', reference: `bench-${holdId}` } });
      return status === 201 ? { ok: true } : { ok: false, status, code: String(body['code']) };
    },
    close: () => pool.close(),
  };
}

/** The raw baseline: the same transactions straight on postgres.js. */
export function rawChannel(sql: postgres.Sql, seller: SeatSeller): SaleChannel {
  return {
    availableSeats: (showtimeId) => rawAvailableSeats(sql, showtimeId),
    hold: (showtimeId, customerRef, seats) => rawCreateHold(sql, seller, { showtimeId, customerRef, seats }),
    confirm: (holdId) => rawConfirmBooking(sql, seller, holdId),
    close: async () => undefined,
  };
}

export interface SaleResult {
  seconds: number;
  /** False when the run hit its time cap before every showtime was sold out. */
  finished: boolean;
  holds: number;
  holdAttempts: number;
  bookings: number;
  seatsSold: number;
  conflicts: number;
  /** Answers other than 2xx and 409 `seats_unavailable`, by status and code; must stay empty. */
  otherFailures: Map<string, number>;
  holdLatencies: number[];
  confirmLatencies: number[];
  seatMapReads: number;
}

function newResult(): SaleResult {
  return { seconds: 0, finished: true, holds: 0, holdAttempts: 0, bookings: 0, seatsSold: 0, conflicts: 0, otherFailures: new Map(), holdLatencies: [], confirmLatencies: [], seatMapReads: 0 };
}

const randomPick = <T>(items: T[], count: number): T[] => {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(Math.random() * (index + 1));
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy.slice(0, count);
};

/** One hold and, when it is granted, its confirmation; latencies and outcomes go into `result`. */
async function holdAndConfirm(channel: SaleChannel, result: SaleResult, showtimeId: string, customerRef: string, seats: string[]): Promise<HoldOutcome> {
  const started = performance.now();
  const held = await channel.hold(showtimeId, customerRef, seats);
  result.holdLatencies.push(performance.now() - started);
  result.holdAttempts += 1;
  if (!held.ok) {
    if (held.status === 409 && held.code === 'seats_unavailable') result.conflicts += 1;
    else countFailure(result, `hold ${held.status} ${held.code}`);
    return held;
  }
  result.holds += 1;
  const confirmStarted = performance.now();
  const confirmed = await channel.confirm(held.holdId);
  result.confirmLatencies.push(performance.now() - confirmStarted);
  if (confirmed.ok) {
    result.bookings += 1;
    result.seatsSold += seats.length;
  } else {
    countFailure(result, `confirm ${confirmed.status} ${confirmed.code}`);
  }
  return held;
}

const countFailure = (result: SaleResult, key: string) => result.otherFailures.set(key, (result.otherFailures.get(key) ?? 0) + 1);

/**
 * Sells every seat of the showtimes out under contention. Each client starts on a showtime of its
 * own (clients spread evenly), reads the seat map, and holds `seatsPerHold` seats picked at random
 * among those it believes free, so clients on one showtime collide. A 409 names the taken seats,
 * which the client drops from its view; a view that is empty, or that a 409 showed stale and is
 * older than the seat map's `max-age`, is read again from the seat map, and a map
 * with nothing free marks the showtime sold out for every client, which then moves on to a random
 * showtime not known to be sold out. Ends when every showtime is sold out, or at the time cap.
 */
export async function sellOut(
  channel: SaleChannel,
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
    const customerRef = `${options.runId}-${index}`;
    let showtimeId: string | undefined = options.showtimeIds[index % options.showtimeIds.length];
    let believedFree: string[] = [];
    let readAt = 0;
    let stale = false;
    while (showtimeId !== undefined) {
      if (performance.now() > deadline) {
        result.finished = false;
        return;
      }
      if (soldOut.has(showtimeId)) {
        showtimeId = nextShowtime();
        believedFree = [];
        continue;
      }
      if (believedFree.length === 0 || (stale && performance.now() - readAt > SEAT_MAP_MAX_AGE_SECONDS * 1000)) {
        stale = false;
        readAt = performance.now();
        believedFree = await channel.availableSeats(showtimeId);
        result.seatMapReads += 1;
        if (believedFree.length === 0) {
          soldOut.add(showtimeId);
          continue;
        }
      }
      const seats = randomPick(believedFree, options.seatsPerHold);
      const held = await holdAndConfirm(channel, result, showtimeId, customerRef, seats);
      stale ||= !held.ok;
      const taken = new Set(held.ok ? seats : (held.conflicts ?? seats));
      believedFree = believedFree.filter((label) => !taken.has(label));
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

/**
 * Hold→confirm with no contention: each client owns seats nobody else asks for (its own half of
 * one showtime) and books them `seatsPerHold` at a time, for `seconds` or until its seats run out.
 */
export async function bookOwnedSeats(
  channel: SaleChannel,
  options: { showtimeIds: string[]; clients: number; seatsPerHold: number; seatLabels: string[]; seconds: number; runId: string },
): Promise<SaleResult> {
  const result = newResult();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const sharesPerShowtime = Math.ceil(options.clients / options.showtimeIds.length);
  const client = async (index: number) => {
    const showtimeId = options.showtimeIds[index % options.showtimeIds.length]!;
    const share = Math.floor(index / options.showtimeIds.length);
    const owned = options.seatLabels.filter((_, seat) => seat % sharesPerShowtime === share);
    const customerRef = `${options.runId}-${index}`;
    for (let next = 0; next + options.seatsPerHold <= owned.length && performance.now() < deadline; next += options.seatsPerHold) {
      const held = await holdAndConfirm(channel, result, showtimeId, customerRef, owned.slice(next, next + options.seatsPerHold));
      if (!held.ok) return;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
