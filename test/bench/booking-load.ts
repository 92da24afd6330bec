import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { Pool } from 'undici';
import { rawAvailableSeats, rawConfirmBooking, rawCreateHold } from './booking-raw.ts';

/**
 * The two ways the booking benchmarks' clients reach the seats: the API over HTTP (one undici
 * pool per API process), or the raw baseline's transactions on a postgres.js pool. The clients
 * (sale-clients.ts) are the same for both.
 */

export interface SeatSeller {
  partnerId: string;
  keyId: string;
}

export type HoldOutcome =
  | { ok: true; holdId: string }
  /** `availableNearby`: seats free when the hold was refused, if the answer offers them. */
  | { ok: false; status: number; code: string; conflicts?: string[]; availableNearby?: string[] };
export type ConfirmOutcome = { ok: true } | { ok: false; status: number; code: string };

/** An answer the clients cannot go on from (a failed seat-map read): the client stops. */
export class ChannelFailure extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export interface SaleChannel {
  /** Labels of the seats the public seat map shows as available. */
  availableSeats(showtimeId: string): Promise<string[]>;
  hold(showtimeId: string, customerRef: string, seats: string[]): Promise<HoldOutcome>;
  confirm(holdId: string): Promise<ConfirmOutcome>;
  close(): Promise<void>;
}

const labelsOf = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

/**
 * The API through undici, one connection per client so none waits for another's socket. Every
 * POST carries a fresh `Idempotency-Key`, as the SDK sends one with each request it makes.
 */
export function apiChannel(origin: string, authorization: string, connections: number): SaleChannel {
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const post = async (path: string, payload: object) => {
    const response = await pool.request({
      method: 'POST',
      path,
      headers: { authorization, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(payload),
    });
    const body = (await response.body.json()) as Record<string, unknown>;
    return { status: response.statusCode, body };
  };
  return {
    async availableSeats(showtimeId) {
      const response = await pool.request({ method: 'GET', path: `/v1/showtimes/${showtimeId}/seat-map` });
      if (response.statusCode !== 200) {
        await response.body.dump();
        throw new ChannelFailure(`seat-map ${response.statusCode}`);
      }
      const map = (await response.body.json()) as { seats: { label: string; status: string }[] };
      return map.seats.filter((seat) => seat.status === 'available').map((seat) => seat.label);
    },
    async hold(showtimeId, customerRef, seats) {
      const { status, body } = await post('/v1/holds', { showtimeId, customerRef, seats });
      if (status === 201) return { ok: true, holdId: body['id'] as string };
      return { ok: false, status, code: String(body['code']), conflicts: labelsOf(body['conflicts']), availableNearby: labelsOf(body['availableNearby']) };
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
