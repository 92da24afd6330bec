import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type postgres from 'postgres';
import { Agent, request } from 'undici';
import { ALL_SCOPES } from './partners.ts';
import type { Teardownable } from './database.ts';
import { spawnEntryPoint, stopChild } from './child-processes.ts';
import { TEST_REDIS_URL } from './redis.ts';
import { freePort } from './free-port.ts';
import { waitUntil } from './wait-until.ts';

/**
 * Real API processes (the production entry point as `npm start` runs it, compiled from
 * `server/main.ts`) on real sockets, for tests about what only several processes sharing one
 * database can show: races across processes.
 */

const READY_WITHIN_MS = 60_000;

export interface ApiProcess {
  baseUrl: string;
  child: ChildProcess;
  output(): string;
}

export interface ApiProcesses {
  /** The admin key every process accepts. */
  adminKey: string;
  processes: ApiProcess[];
  /** Every process's output, labelled, to attach to a failed assertion. */
  output(): string;
}

export interface StartOptions {
  databaseUrl: string;
  count?: number;
  /** Overrides of the environment, e.g. `{ JOBS_ENABLED: 'true', QUEUE_PREFIX: … }`. */
  env?: Record<string, string>;
}

/**
 * Starts `count` API processes against one database and waits until each answers `/readyz`;
 * they are stopped with SIGTERM (SIGKILL if they hang) on teardown. Started together: their
 * migrations serialize on the migration advisory lock.
 */
export async function startApiProcesses(t: Teardownable, options: StartOptions): Promise<ApiProcesses> {
  const adminKey = `mq_admin_test_${randomBytes(24).toString('base64url')}`;
  const env = {
    DATABASE_URL: options.databaseUrl,
    HOST: '127.0.0.1',
    LOAD_DEMO_DATA: 'false',
    ADMIN_API_KEY: adminKey,
    // Every process of one database shares one sealing key, as a deployment's must.
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('base64'),
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
    REDIS_URL: TEST_REDIS_URL,
    SHUTDOWN_TIMEOUT_MS: '5000',
    // As in `buildTestApp`: seat maps checked on every read unless a test sets a bound.
    SEAT_MAP_FRESHNESS_MS: '0',
    ...options.env,
  };
  const started: ApiProcess[] = [];
  t.teardown(() => Promise.all(started.map(stopApiProcess)));
  await Promise.all(
    Array.from({ length: options.count ?? 2 }, async () => {
      started.push(await startReadyProcess(env));
    }),
  );
  const output = () => started.map((api, index) => `--- API process ${index} (${api.baseUrl}) ---\n${api.output()}`).join('\n');
  return { adminKey, processes: started, output };
}

/** A port may be taken between probing and listening: a process that lost it is started again. */
async function startReadyProcess(env: Record<string, string>): Promise<ApiProcess> {
  for (let attempt = 1; ; attempt += 1) {
    const api = spawnApiProcess({ ...env, PORT: String(await freePort()) });
    try {
      await waitUntilReady(api);
      return api;
    } catch (error) {
      await stopApiProcess(api);
      if (attempt >= 3 || !/EADDRINUSE/.test(api.output())) throw error;
    }
  }
}

function spawnApiProcess(env: Record<string, string>): ApiProcess {
  return { baseUrl: `http://127.0.0.1:${env.PORT}`, ...spawnEntryPoint('server/main.ts', env) };
}

async function waitUntilReady(api: ApiProcess): Promise<void> {
  const ready = async () => {
    if (api.child.exitCode !== null) throw new Error(`API process exited early (${api.child.exitCode}):\n${api.output()}`);
    try {
      return (await fetch(`${api.baseUrl}/readyz`)).status === 200;
    } catch {
      return false; // not listening yet
    }
  };
  await waitUntil(`API process ${api.baseUrl} to be ready`, ready, Boolean, { timeoutMs: READY_WITHIN_MS, intervalMs: 100 }).catch((error: Error) => {
    throw new Error(`${error.message}\n${api.output()}`);
  });
}

/** SIGTERM drains and exits; a process still running after STOP_WITHIN_MS is killed. */
export function stopApiProcess(api: ApiProcess): Promise<number | null> {
  return stopChild(api.child);
}


export interface ApiResponse {
  status: number;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: any;
}

export type Call = (baseUrl: string, method: 'GET' | 'POST' | 'PUT', path: string, options?: { headers?: Record<string, string>; body?: object }) => Promise<ApiResponse>;

/**
 * One HTTP client for many concurrent callers: undici's default pool would queue them on a
 * handful of sockets, and a race run over ten connections is not a race of two hundred clients.
 */
export function httpClient(t: Teardownable, connections = 256): Call {
  const dispatcher = new Agent({ connections, pipelining: 1, connectTimeout: 10_000, headersTimeout: 60_000, bodyTimeout: 60_000 });
  t.teardown(() => dispatcher.close());
  return async (baseUrl, method, path, options = {}) => {
    const response = await request(`${baseUrl}${path}`, {
      method,
      dispatcher,
      headers: { ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      body: options.body ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.body.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // a non-JSON body (an empty 304, a proxy's HTML page) is kept as text to be shown
    }
    return { status: response.statusCode, body };
  };
}

/** POSTs and insists on 201: fixtures that fail say which call and what it answered. */
export async function create(call: Call, baseUrl: string, path: string, body: object, headers: Record<string, string>) {
  const response = await call(baseUrl, 'POST', path, { body, headers });
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Onboards a partner over HTTP, as `onboardPartner` does in-process, and returns its headers. */
export async function onboardPartnerOverHttp(
  call: Call,
  baseUrl: string,
  adminKey: string,
  options: { name: string; kind: 'theatre' | 'aggregator'; scopes?: string[] },
) {
  const admin = { authorization: `Bearer ${adminKey}` };
  const partner = await create(call, baseUrl, '/v1/admin/partners', { name: options.name, kind: options.kind }, admin);
  const key = await create(call, baseUrl, `/v1/admin/partners/${partner.id}/keys`, { name: 'contention key', scopes: options.scopes ?? ALL_SCOPES }, admin);
  return { partner, headers: { authorization: `Bearer ${key.secret as string}` } };
}

export interface SaleFixture {
  aggregatorHeaders: Record<string, string>;
  /** The theatre partner's: it owns the theatre and its showtimes. */
  ownerHeaders: Record<string, string>;
  /** The one live theatre every showtime is at. */
  theatreId: string;
  /** A new showtime of a `rows` × `seatsPerRow` layout, on sale; each on a day of its own. */
  showtime(rows: number, seatsPerRow: number): Promise<{ id: string; labels: string[] }>;
}

/**
 * Everything a sale needs, made through the APIs: a city and a movie (admin catalogue API), a
 * theatre partner with a live theatre, and an aggregator that sells for its customers.
 */
export async function createSaleFixture(call: Call, baseUrl: string, adminKey: string): Promise<SaleFixture> {
  const admin = { authorization: `Bearer ${adminKey}` };
  const city = await create(call, baseUrl, '/v1/admin/cities', { name: 'Contention City', country: 'IN', timeZone: 'Asia/Kolkata' }, admin);
  const movie = await create(call, baseUrl, '/v1/admin/movies', { title: 'The Rush', languages: ['en'], genres: ['drama'], durationMinutes: 100 }, admin);
  const owner = await onboardPartnerOverHttp(call, baseUrl, adminKey, { name: 'Contention Cinemas', kind: 'theatre' });
  const aggregator = await onboardPartnerOverHttp(call, baseUrl, adminKey, { name: 'Contention Tickets', kind: 'aggregator' });
  const theatre = await create(call, baseUrl, '/v1/partner/theatres', { externalRef: 'ct-1', name: 'Contention One', cityId: city.id, address: '1 Race Road', status: 'live' }, owner.headers);
  let made = 0;
  return {
    aggregatorHeaders: aggregator.headers,
    ownerHeaders: owner.headers,
    theatreId: theatre.id as string,
    async showtime(rows, seatsPerRow) {
      made += 1;
      const rowLabels = Array.from({ length: rows }, (_, index) => String.fromCharCode(65 + index));
      const screen = await create(call, baseUrl, `/v1/partner/theatres/${theatre.id}/screens`, { externalRef: `screen-${made}`, name: `Screen ${made}` }, owner.headers);
      const layoutRows = rowLabels.map((label) => ({ label, seats: Array.from({ length: seatsPerRow }, (_, n) => ({ number: n + 1, category: 'standard' })) }));
      await create(call, baseUrl, `/v1/partner/screens/${screen.id}/layouts`, { rows: layoutRows }, owner.headers);
      const showtime = await create(call, baseUrl, `/v1/partner/theatres/${theatre.id}/showtimes`, {
        externalRef: `show-${made}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D',
        startsAt: new Date(Date.parse('2030-06-01T10:00:00Z') + made * 86_400_000).toISOString(),
        prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
      }, owner.headers);
      const labels = rowLabels.flatMap((row) => Array.from({ length: seatsPerRow }, (_, n) => `${row}${n + 1}`));
      return { id: showtime.id as string, labels };
    },
  };
}

/** Counts responses by `operation status code`, e.g. `hold 409 seats_unavailable`. */
export class StatusTally {
  readonly counts = new Map<string, number>();

  record(operation: string, response: ApiResponse): ApiResponse {
    const code = response.status >= 400 && typeof response.body === 'object' ? ` ${response.body?.code}` : '';
    const key = `${operation} ${response.status}${code}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return response;
  }

  /** The keys that match `pattern`, e.g. every 5xx. */
  matching(pattern: RegExp): Record<string, number> {
    return Object.fromEntries([...this.counts].filter(([key]) => pattern.test(key)));
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * Every way a showtime's sold seats could disagree with each other, counted in SQL. All zero
 * means no seat is in two live bookings or two live (unexpired or converted) holds, and `seat_inventory` and
 * `booked_seats` tell the same story.
 */
export async function saleAnomalies(sql: postgres.Sql, showtimeId: string) {
  const [row] = await sql<Record<string, number>[]>`
    select
      (select count(*) from (
         select seat_id from booked_seats where showtime_id = ${showtimeId} and cancelled_at is null
         group by seat_id having count(*) > 1) d)::int as "seatsInTwoLiveBookings",
      (select count(*) from (
         select line->>'label' from holds h, jsonb_array_elements(h.quote->'lines') line
         where h.showtime_id = ${showtimeId}
           and (h.status = 'converted' or (h.status = 'active' and h.expires_at > now()))
         group by line->>'label' having count(*) > 1) d)::int as "seatsInTwoHolds",
      (select count(*) from seat_inventory si where si.showtime_id = ${showtimeId} and si.state = 'booked'
         and (select count(*) from booked_seats bs where bs.showtime_id = si.showtime_id and bs.seat_id = si.seat_id
              and bs.booking_id = si.booking_id and bs.cancelled_at is null) <> 1)::int as "bookedSeatsWithoutOneLiveRow",
      (select count(*) from booked_seats bs where bs.showtime_id = ${showtimeId} and bs.cancelled_at is null
         and not exists (select 1 from seat_inventory si where si.showtime_id = bs.showtime_id and si.seat_id = bs.seat_id
              and si.state = 'booked' and si.booking_id = bs.booking_id))::int as "liveRowsOfSeatsNotBooked",
      (select count(*) from bookings b where b.showtime_id = ${showtimeId} and b.status = 'confirmed'
         and (jsonb_array_length(b.price_breakdown->'lines') <> (select count(*) from booked_seats bs where bs.booking_id = b.id and bs.cancelled_at is null)
              or not exists (select 1 from holds h where h.id = b.hold_id and h.status = 'converted')))::int as "bookingsNotMatchingTheirSeatsOrHold",
      (select count(*) from holds h where h.showtime_id = ${showtimeId} and h.status = 'converted'
         and not exists (select 1 from bookings b where b.hold_id = h.id))::int as "convertedHoldsWithoutBooking"`;
  return row!;
}

/** How much of a showtime is sold, counted three ways that must agree. */
export async function saleTotals(sql: postgres.Sql, showtimeId: string) {
  const [row] = await sql<{ bookedInInventory: number; seatsOfConfirmedBookings: number; liveBookedSeatRows: number; confirmedBookings: number; activeHolds: number }[]>`
    select
      (select count(*) from seat_inventory where showtime_id = ${showtimeId} and state = 'booked')::int as "bookedInInventory",
      (select coalesce(sum(jsonb_array_length(price_breakdown->'lines')), 0) from bookings
         where showtime_id = ${showtimeId} and status = 'confirmed')::int as "seatsOfConfirmedBookings",
      (select count(*) from booked_seats where showtime_id = ${showtimeId} and cancelled_at is null)::int as "liveBookedSeatRows",
      (select count(*) from bookings where showtime_id = ${showtimeId} and status = 'confirmed')::int as "confirmedBookings",
      (select count(*) from holds where showtime_id = ${showtimeId} and status = 'active' and expires_at > now())::int as "activeHolds"`;
  return row!;
}
