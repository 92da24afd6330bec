import postgres from 'postgres';
import { createBenchDatabase, drainOutbox, settle, type BenchDatabase } from './bench-database.ts';
import { apiChannel, rawChannel, type SaleChannel } from './booking-load.ts';
import { cancelRun } from './cancel-run.ts';
import { apiCpuPerRequest, bookingsPerSecond, otherFailureCount, printBookingTable, type SaleRow } from './booking-stats.ts';
import { buildBookingWorld, SEAT_LABELS, type BookingWorld } from './booking-world.ts';
import { apiConnectionCount, startMarquee, type Marquee } from './marquee-processes.ts';
import { measuredRun } from './measured-run.ts';
import { seconds } from './mode.ts';
import { saleProblems } from './sale-checks.ts';
import { bookOwnedSeats, type Lane } from './sale-clients.ts';

/** Hold→confirm through one API process: at least this many bookings a second … */
const TARGET_BOOKINGS_PER_SECOND = 300;
/** … and at least this share of the raw transactions' rate … */
const TARGET_RATIO_TO_RAW = 0.4;
/** … for at most this much API CPU per request. */
const TARGET_API_CPU_MS_PER_REQUEST = 2;

const CLIENTS = 80;
/** Bookings of the one-process run cancelled afterwards, to report what a cancellation costs. */
const CANCELLATIONS = 1500;
const SEATS_PER_HOLD = 2;
/** Showtimes a lane's clients book at the same time (4 clients a showtime with one lane). */
const SHOWTIMES_AT_ONCE = 20;
const RUN_SECONDS = seconds(10, 3);
const WARM_UP_SECONDS = seconds(2, 1);
/**
 * Seats are planned for this rate in every run: a lane gets enough waves of 20 showtimes that no
 * client runs out of seats before the time is up (a faster run says so under its table).
 */
const PLANNED_BOOKINGS_PER_SECOND = 1200;
const BOOKINGS_PER_WAVE = (SHOWTIMES_AT_ONCE * SEAT_LABELS.length) / SEATS_PER_HOLD;
const wavesFor = (runSeconds: number) => Math.ceil((PLANNED_BOOKINGS_PER_SECOND * runSeconds) / BOOKINGS_PER_WAVE);

/** Named showtime sets of one run: `<run>-<lane>` and `<run>-warm-<lane>`, one pair per lane. */
const runSets = (run: string, lanes: number) =>
  Object.fromEntries(
    Array.from({ length: lanes }, (_, lane) => [
      [`${run}-${lane}`, SHOWTIMES_AT_ONCE * wavesFor(RUN_SECONDS)],
      [`${run}-warm-${lane}`, SHOWTIMES_AT_ONCE * wavesFor(WARM_UP_SECONDS)],
    ]).flat(),
  ) as Record<string, number>;

/**
 * Hold→confirm without contention: 80 clients, each booking seats of its own two at a time, for
 * 10 s, through one API process, through two (clients spread over both, each process on showtimes
 * of its own), and as the raw transactions on postgres.js with as many connections as the one
 * API process held. Every run is warmed up on showtimes of its own first. The one-process run's
 * bookings are then cancelled, one request each, to report what a cancellation costs.
 */
export async function benchBooking(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  let api: Marquee | undefined;
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    const built = performance.now();
    const world = await buildBookingWorld(api.baseUrls[0]!, api.adminKey, { ...runSets('one', 1), ...runSets('two', 2), ...runSets('raw', 1) });
    console.log(`\n## Booking: hold→confirm without contention`);
    console.log(
      `world: ${Object.values(world.showtimes).flat().length} showtimes of ${SEAT_LABELS.length} seats (waves of ${SHOWTIMES_AT_ONCE} per lane), ` +
        `built over HTTP in ${((performance.now() - built) / 1000).toFixed(1)} s; ${CLIENTS} clients, ${SEATS_PER_HOLD} seats a booking, ${RUN_SECONDS} s a run after ${WARM_UP_SECONDS} s of warm-up`,
    );

    const failures: string[] = [];
    const rows: SaleRow[] = [];
    const one = await apiRun('Marquee API, 1 process', api, world, database, 'one', failures);
    rows.push(one.row);
    const cancelled = await cancelRun({
      baseUrl: api.baseUrls[0]!, authorization: world.aggregator.authorization, pids: api.pids, sql: database.sql,
      showtimeIds: world.showtimes['one-0']!, clients: CLIENTS, limit: CANCELLATIONS,
    });
    if (Object.keys(cancelled.unexpected).length > 0) failures.push(`cancellations had unexpected answers ${JSON.stringify(cancelled.unexpected)}`);
    await api.stop({ keepLogs: !apiHealthy(one.row, failures) });
    // Cleared first: a start that fails stops what it started itself, and must not stop this one twice.
    api = undefined;
    api = await startMarquee({ databaseUrl: database.url, count: 2 });
    const two = await apiRun('Marquee API, 2 processes', api, world, database, 'two', failures);
    rows.push(two.row);
    // The baseline runs with no API process left: their relay would otherwise take the baseline's
    // events out of the outbox, work the baseline caused but would not be billed for.
    await api.stop({ keepLogs: !apiHealthy(two.row, failures) });
    api = undefined;
    const raw = await rawRun(world, database, one.connections, failures);
    rows.unshift(raw);

    console.log(`\n### ${SHOWTIMES_AT_ONCE} showtimes at a time per lane, each client on seats of its own, ${RUN_SECONDS} s`);
    console.log(`connections: 1 API process held ${one.connections} after warm-up, 2 held ${two.connections}; the raw baseline had ${one.connections}`);
    printBookingTable(rows);

    const apiRate = bookingsPerSecond(one.row.run.value);
    const ratio = apiRate / bookingsPerSecond(raw.run.value);
    const cpu = apiCpuPerRequest(one.row);
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
    console.log(`API (1 process): ${apiRate.toFixed(0)} bookings/s (target ≥ ${TARGET_BOOKINGS_PER_SECOND}: ${met(apiRate >= TARGET_BOOKINGS_PER_SECOND)})`);
    console.log(`ratio API (1 process) / raw on bookings/s: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_RAW}: ${met(ratio >= TARGET_RATIO_TO_RAW)})`);
    console.log(`API CPU per request (1 process): ${cpu.toFixed(2)} ms (target ≤ ${TARGET_API_CPU_MS_PER_REQUEST}: ${met(cpu <= TARGET_API_CPU_MS_PER_REQUEST)}); 2 processes: ${apiCpuPerRequest(two.row).toFixed(2)} ms`);
    console.log(`ratio 2 processes / 1 process on bookings/s: ${(bookingsPerSecond(two.row.run.value) / apiRate).toFixed(2)} (reported, no target)`);

    for (const failure of failures) console.log(`FAILED: ${failure}`);
    healthy = failures.length === 0 && rows.every((row) => otherFailureCount(row.run.value) === 0);
    return { passed: healthy && apiRate >= TARGET_BOOKINGS_PER_SECOND && ratio >= TARGET_RATIO_TO_RAW && cpu <= TARGET_API_CPU_MS_PER_REQUEST };
  } finally {
    await api?.stop({ keepLogs: !healthy });
    await database.drop();
  }
}

/** Logs of API processes are kept when something went wrong beyond a missed target. */
const apiHealthy = (row: SaleRow, failures: string[]) => failures.length === 0 && otherFailureCount(row.run.value) === 0;

/** One lane per channel, each on its own set of the run. */
const lanesOf = (channels: SaleChannel[], world: BookingWorld, set: string): Lane[] =>
  channels.map((channel, lane) => ({ channel, showtimeIds: world.showtimes[`${set}-${lane}`]! }));

const book = (lanes: Lane[], runSeconds: number, runId: string) =>
  bookOwnedSeats(lanes, { clients: CLIENTS, seatsPerHold: SEATS_PER_HOLD, seatLabels: SEAT_LABELS, seconds: runSeconds, runId, showtimesAtOnce: SHOWTIMES_AT_ONCE });

/** Warm-up, connection count, then the measured run with the relay's catch-up after it; checked in SQL. */
async function apiRun(name: string, api: Marquee, world: BookingWorld, database: BenchDatabase, set: string, failures: string[]) {
  const perProcess = Math.ceil(CLIENTS / api.baseUrls.length) + 8;
  const channels = api.baseUrls.map((url) => apiChannel(url, world.aggregator.authorization, perProcess));
  try {
    const warm = await book(lanesOf(channels, world, `${set}-warm`), WARM_UP_SECONDS, `${set}-warm`);
    if (otherFailureCount(warm) > 0) failures.push(`${name}: warm-up had unexpected answers ${JSON.stringify(Object.fromEntries(warm.otherFailures))}`);
    const connections = await apiConnectionCount(database.sql, database.name);
    await drainOutbox(database.sql);
    await settle(database.sql);
    const run = await measuredRun(api.pids, () => book(lanesOf(channels, world, set), RUN_SECONDS, set), async () => {
      const drained = await drainOutbox(database.sql);
      if (!drained.drained) failures.push(`${name}: the webhook relay left events in the outbox ${drained.ms.toFixed(0)} ms after the load`);
    });
    const problem = await saleProblems(database.sql, lanesOf(channels, world, set).flatMap((lane) => lane.showtimeIds), run.value, false);
    if (problem) failures.push(`${name}: ${problem}`);
    return { row: { name, run, hasServer: true }, connections };
  } finally {
    await Promise.all(channels.map((channel) => channel.close()));
  }
}

async function rawRun(world: BookingWorld, database: BenchDatabase, connections: number, failures: string[]): Promise<SaleRow> {
  const name = 'raw transactions on postgres.js (baseline)';
  // postgres.js defaults (named prepared statements), with the API's connection count.
  const sql = postgres(database.url, { max: connections, onnotice: () => {}, connection: { application_name: 'bench-raw' } });
  try {
    const channel = rawChannel(sql, world.aggregator);
    await book(lanesOf([channel], world, 'raw-warm'), WARM_UP_SECONDS, 'raw-warm');
    await settle(database.sql);
    const run = await measuredRun([], () => book(lanesOf([channel], world, 'raw'), RUN_SECONDS, 'raw'));
    const problem = await saleProblems(database.sql, world.showtimes['raw-0']!, run.value, false);
    if (problem) failures.push(`${name}: ${problem}`);
    return { name, run, hasServer: false };
  } finally {
    await sql.end({ timeout: 5 });
  }
}
