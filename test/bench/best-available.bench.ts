import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { Pool } from 'undici';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { percentile, sampleMachineLoad } from './booking-stats.ts';
import { listenOnLoopback } from './http.ts';

/**
 * Best-available holds per second on one showtime under contention: 100 clients each asking for
 * 2–4 best-available seats of one 800-seat showtime until it is gone, all wanting the same centre
 * seats. Baseline, in the same run on a twin showtime: the same clients holding seats they pick
 * at random from the seat map (the way a client without best available does it), retrying on 409
 * `seats_unavailable`. Figures: holds/s, latency p50/p99, the server's retries (from the audit
 * log), and an SQL check that no seat went to two holds. No target is set by the issue; the ratio
 * to the baseline is reported, and the run fails only on a double sale, a 5xx or an unfinished sell-out.
 */

const CLIENTS = 100;
const ROWS = 20;
/** Two blocks of 20 seats with an aisle between them (x 0–19 and 21–40). */
const SEATS_PER_BLOCK = 20;
const SEATS = ROWS * SEATS_PER_BLOCK * 2;
const CAP_SECONDS = 120;

interface RunFigures {
  name: string;
  seconds: number;
  holds: number;
  seatsHeld: number;
  refusals: Map<string, number>;
  latencies: number[];
  finished: boolean;
}

export async function benchBestAvailable(): Promise<{ passed: boolean }> {
  const database = await createTestDatabase();
  const adminKey = `mq_admin_bench_${randomBytes(24).toString('base64url')}`;
  const config = loadConfig({ LOG_LEVEL: 'error', JOBS_ENABLED: 'false', WEBHOOKS_ENABLED: 'false', ADMIN_API_KEY: adminKey, DATABASE_URL: database.url });
  const app = await buildApp({ ...config, databaseUrl: database.url });
  const sql = postgres(database.url, { max: 2, onnotice: () => {} });
  try {
    const idle = await sampleMachineLoad(1000);
    const world = await buildWorld(app, adminKey);
    await sql`analyze`;
    const origin = await listenOnLoopback(app);
    const pool = new Pool(origin, { connections: CLIENTS + 8, pipelining: 1 });
    const request = async (method: 'GET' | 'POST', path: string, payload?: object) => {
      const response = await pool.request({
        method, path, headers: { authorization: world.authorization, 'content-type': 'application/json' }, ...(payload ? { body: JSON.stringify(payload) } : {}),
      });
      return { status: response.statusCode, body: (await response.body.json()) as Record<string, any> };
    };

    console.log(`\n## Best-available holds on one showtime under contention`);
    console.log(`world: one ${SEATS}-seat showtime per run (${ROWS} rows of 2 × ${SEATS_PER_BLOCK} seats with an aisle), ${CLIENTS} clients asking for 2–4 seats each round, DB pool ${config.dbPoolMax}; machine busy with other work before the runs: ${idle.toFixed(2)} cores`);

    const baseline = await sellOut('chosen seats picked from the seat map (baseline)', async (client, round, quantity) => {
      const map = await request('GET', `/v1/showtimes/${world.baselineShowtime}/seat-map`);
      const available = (map.body['seats'] as { label: string; status: string }[]).filter((seat) => seat.status === 'available').map((seat) => seat.label);
      if (available.length === 0) return { done: true };
      const seats = pickAtRandom(available, Math.min(quantity, available.length));
      const started = performance.now();
      const response = await request('POST', '/v1/holds', { showtimeId: world.baselineShowtime, customerRef: `base-${client}-${round}`, seats });
      return { response, ms: performance.now() - started };
    });
    // A refused client takes what the 409 offers instead (fewer seats), as a customer would.
    const offered = new Map<number, number>();
    const best = await sellOut('best available', async (client, round, quantity) => {
      const started = performance.now();
      const asked = offered.get(client) ?? quantity;
      offered.delete(client);
      const response = await request('POST', '/v1/holds', { showtimeId: world.bestShowtime, customerRef: `best-${client}-${round}`, bestAvailable: { category: 'standard', quantity: asked } });
      const ms = performance.now() - started;
      if (response.status === 409 && response.body['code'] === 'best_available_unavailable') {
        const alternatives = response.body['alternatives'] as { quantity: number }[];
        if (alternatives.length === 0) return { done: true, response, ms };
        offered.set(client, alternatives[0]!.quantity);
      }
      return { response, ms };
    });
    await pool.close();

    const rows = [baseline, best];
    console.log('\n| run | holds | seats held | seconds | holds/s | hold p50 ms | hold p99 ms | refusals |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.holds} | ${row.seatsHeld} | ${row.seconds.toFixed(1)} | ${(row.holds / row.seconds).toFixed(0)} | ${percentile(row.latencies, 0.5).toFixed(1)} | ${percentile(row.latencies, 0.99).toFixed(1)} | ${JSON.stringify(Object.fromEntries(row.refusals))} |`);
    }
    const retries = await sql<{ attempts: number; holds: number }[]>`
      select (details->'bestAvailable'->>'attempts')::int as attempts, count(*)::int as holds from audit_log
      where action = 'hold.created' and details->>'showtimeId' = ${world.bestShowtime} group by 1 order by 1`;
    const retried = retries.reduce((sum, row) => sum + (row.attempts - 1) * row.holds, 0);
    console.log(`best available: ${retried} server-side retries (a choice lost between choosing and locking); holds by attempts: ${retries.map((row) => `${row.attempts}: ${row.holds}`).join(', ')}`);
    console.log(`ratio best available / baseline on holds/s: ${((best.holds / best.seconds) / (baseline.holds / baseline.seconds)).toFixed(2)}`);

    const failures: string[] = [];
    for (const [row, showtimeId] of [[baseline, world.baselineShowtime], [best, world.bestShowtime]] as const) {
      const problem = await doubleSale(sql, showtimeId, row.seatsHeld);
      if (problem) failures.push(`${row.name}: ${problem}`);
      if (!row.finished) failures.push(`${row.name}: not sold out within ${CAP_SECONDS} s`);
      const unexpected = [...row.refusals.keys()].filter((key) => !/^409 (seats_unavailable|best_available_unavailable)$/.test(key));
      if (unexpected.length > 0) failures.push(`${row.name}: unexpected answers ${unexpected.join(', ')}`);
    }
    for (const failure of failures) console.log(`FAILED: ${failure}`);
    return { passed: failures.length === 0 };
  } finally {
    await app.close();
    await sql.end({ timeout: 5 });
    await database.drop();
  }
}

type Attempt = (client: number, round: number, quantity: number) => Promise<{ done?: boolean; response?: { status: number; body: Record<string, any> }; ms?: number }>;

/** Every client asks until its attempt says the showtime is gone; the run's clock stops with the last. */
async function sellOut(name: string, attempt: Attempt): Promise<RunFigures> {
  const figures: RunFigures = { name, seconds: 0, holds: 0, seatsHeld: 0, refusals: new Map(), latencies: [], finished: true };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let round = 1; ; round += 1) {
        if (performance.now() - started > CAP_SECONDS * 1000) {
          figures.finished = false;
          return;
        }
        const quantity = 2 + ((client + round) % 3);
        const { done, response, ms } = await attempt(client, round, quantity);
        if (ms !== undefined) figures.latencies.push(ms);
        if (response?.status === 201) {
          figures.holds += 1;
          figures.seatsHeld += (response.body['seats'] as unknown[]).length;
        } else if (response) {
          const key = `${response.status} ${response.body['code']}`;
          figures.refusals.set(key, (figures.refusals.get(key) ?? 0) + 1);
        }
        if (done) return;
      }
    }),
  );
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

function pickAtRandom<T>(items: T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(Math.random() * pool.length), 1)[0]!);
  return picked;
}

/** What SQL says when the seats held are not each held once, by one live hold, all of them. */
async function doubleSale(sql: postgres.Sql, showtimeId: string, seatsHeldByClients: number): Promise<string | undefined> {
  const [row] = await sql<{ held: number; free: number; in_two: number; seats_of_holds: number }[]>`select
      (select count(*)::int from seat_inventory where showtime_id = ${showtimeId} and state = 'held') as held,
      (select count(*)::int from seat_inventory where showtime_id = ${showtimeId} and state = 'available') as free,
      (select count(*)::int from (select line->>'label' from holds h, jsonb_array_elements(h.quote->'lines') line
         where h.showtime_id = ${showtimeId} and h.status = 'active' group by 1 having count(*) > 1) d) as in_two,
      (select coalesce(sum(seat_count), 0)::int from holds where showtime_id = ${showtimeId} and status = 'active') as seats_of_holds`;
  if (row!.in_two === 0 && row!.held === seatsHeldByClients && row!.seats_of_holds === seatsHeldByClients && row!.free === 0) return undefined;
  return `the database says ${JSON.stringify(row)}; the clients counted ${seatsHeldByClients} seats held`;
}

/** A theatre partner's live theatre with one screen per run, and an aggregator's key; built through the API. */
async function buildWorld(app: Awaited<ReturnType<typeof buildApp>>, adminKey: string) {
  const call = async (url: string, authorization: string, payload: object) => {
    const response = await app.inject({ method: 'POST', url, headers: { authorization }, payload });
    if (response.statusCode !== 201) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
    return response.json() as { id: string } & Record<string, unknown>;
  };
  const admin = `Bearer ${adminKey}`;
  const onboard = async (name: string, kind: string, scopes: string[]) => {
    const partner = await call('/v1/admin/partners', admin, { name, kind });
    const key = await call(`/v1/admin/partners/${partner.id}/keys`, admin, { name: 'bench key', scopes });
    return `Bearer ${key['secret'] as string}`;
  };
  const owner = await onboard('Best Bench Cinemas', 'theatre', ['read', 'inventory:write']);
  const authorization = await onboard('Best Bench Tickets', 'aggregator', ['read', 'bookings:write']);
  const city = await call('/v1/admin/cities', admin, { name: 'Best Bench City', country: 'IN', timeZone: 'Asia/Kolkata' });
  const movie = await call('/v1/admin/movies', admin, { title: 'Best Bench', languages: ['en'], genres: ['drama'], durationMinutes: 100 });
  const theatre = await call('/v1/partner/theatres', owner, { externalRef: 'best-bench', name: 'Best Bench Multiplex', cityId: city.id, address: '1 Bench Road', status: 'live' });
  const rows = Array.from({ length: ROWS }, (_, index) => ({
    label: String.fromCharCode(65 + index),
    seats: Array.from({ length: SEATS_PER_BLOCK * 2 }, (_, n) => ({ number: n + 1, category: 'standard', ...(n === SEATS_PER_BLOCK ? { x: SEATS_PER_BLOCK + 1 } : {}) })),
  }));
  const firstStart = Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000;
  const showtimes: string[] = [];
  for (const index of [0, 1]) {
    const screen = await call(`/v1/partner/theatres/${theatre.id}/screens`, owner, { externalRef: `screen-${index}`, name: `Screen ${index + 1}` });
    await call(`/v1/partner/screens/${screen.id}/layouts`, owner, { rows });
    const showtime = await call(`/v1/partner/theatres/${theatre.id}/showtimes`, owner, {
      externalRef: `show-${index}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D',
      startsAt: new Date(firstStart).toISOString(), prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
    });
    showtimes.push(showtime.id);
  }
  return { authorization, baselineShowtime: showtimes[0]!, bestShowtime: showtimes[1]! };
}
