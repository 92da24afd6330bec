import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import postgres from 'postgres';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { apiChannel, bookOwnedSeats, rawChannel, sellOut, type SaleChannel, type SaleResult } from './booking-load.ts';
import {
  bookingsPerSecond,
  holdsPerSecond,
  otherFailureCount,
  printRunTable,
  sampleMachineLoad,
  trackServerTime,
  withLoadSample,
  type RunRow,
  type ServerTime,
} from './booking-stats.ts';
import { buildBookingWorld, SEAT_LABELS } from './booking-world.ts';
import { listenOnLoopback } from './http.ts';

/** Selling through the API must keep at least this share of the raw transactions' holds per second. */
const TARGET_RATIO_TO_RAW = 0.5;
/** What hold→confirm without contention should reach through the API on this machine (an aim, reported, not gated). */
const AIM_BOOKINGS_PER_SECOND = 500;
const CLIENTS = 200;
const SEATS_PER_HOLD = 2;
const SPREAD_SHOWTIMES = 100;
const UNCONTENDED_SECONDS = 8;
/**
 * A guard, not a budget: every sell-out is meant to finish (30,000 seats over 100 showtimes take
 * about 80 s raw and 130 s through the API on an idle 2-core machine). One still running after
 * this long stops, its rates stand for the time it ran, and the table says it was cut short.
 */
const SELL_OUT_CAP_SECONDS = 300;

/** Other processes' load before the runs above which the figures are flagged as disturbed. */
const NOISY_CORES = 0.3;

const BASELINE = 'raw transactions on postgres.js (baseline)';
const PREPARED = 'raw, named prepared statements (diagnostic)';
const API = 'Marquee API';

export async function benchBooking(): Promise<{ passed: boolean }> {
  const database = await createTestDatabase();
  const adminKey = `mq_admin_bench_${randomBytes(24).toString('base64url')}`;
  // No job schedulers and no webhook pipeline in this process: the events are written (the outbox
  // insert is part of every confirmation), their delivery is not what is measured here.
  const config = loadConfig({ LOG_LEVEL: 'error', JOBS_ENABLED: 'false', WEBHOOKS_ENABLED: 'false', ADMIN_API_KEY: adminKey, DATABASE_URL: database.url });
  const app = await buildApp({ ...config, databaseUrl: database.url });
  const serverTime = trackServerTime(app);
  const rawOptions = { max: config.dbPoolMax, onnotice: () => {}, connection: { application_name: 'marquee-bench-raw' } };
  // The baseline sends its statements as Drizzle has postgres.js send them (unnamed: parsed and
  // planned each time), so the ratio is what the API adds around the same wire work. Named prepared
  // statements are shown beside it (without contention) as a diagnostic of what that protocol costs.
  const raw = postgres(database.url, { ...rawOptions, prepare: false });
  const rawPrepared = postgres(database.url, rawOptions);
  try {
    const idle = await sampleMachineLoad(1000);
    const built = performance.now();
    const world = await buildBookingWorld(app, adminKey, {
      oneApi: 1, oneRaw: 1, spreadApi: SPREAD_SHOWTIMES, spreadRaw: SPREAD_SHOWTIMES,
      freeApi: SPREAD_SHOWTIMES, freeRaw: SPREAD_SHOWTIMES, freePrepared: SPREAD_SHOWTIMES,
    });
    await raw`analyze`;
    const origin = await listenOnLoopback(app);
    const seller = { partnerId: world.aggregator.partnerId, keyId: world.aggregator.keyId };
    // A few connections beyond one per client for the seat-map reads.
    const api = apiChannel(origin, world.aggregator.authorization, CLIENTS + 8);
    const channels: Record<string, SaleChannel> = { [BASELINE]: rawChannel(raw, seller), [PREPARED]: rawChannel(rawPrepared, seller), [API]: api };
    console.log(`\n## Booking: sell-out under contention, and hold→confirm without it`);
    console.log(
      `world: ${Object.values(world.showtimes).flat().length} showtimes of ${SEAT_LABELS.length} seats, built through the API in ${((performance.now() - built) / 1000).toFixed(1)} s; ` +
        `${CLIENTS} clients, ${SEATS_PER_HOLD} seats a hold, DB pool ${config.dbPoolMax} for the API and the raw baseline alike; ` +
        `the API does one more statement per request (the API-key lookup) outside the transaction`,
    );
    console.log(`machine before the runs: ${idle.toFixed(2)} of ${cpus().length} cores busy with other processes${idle > NOISY_CORES ? ' (NOISY: the figures below are disturbed by other load)' : ''}`);
    serverTime.take();

    const failures: string[] = [];
    const run = async (name: string, work: (channel: SaleChannel) => Promise<SaleResult>, showtimeIds: string[], expectSoldOut: boolean): Promise<RunRow> => {
      const { value: result, load } = await withLoadSample(() => work(channels[name]!));
      if (expectSoldOut && !result.finished) {
        const seats = showtimeIds.length * SEAT_LABELS.length;
        console.log(`note: ${name} stopped at the ${SELL_OUT_CAP_SECONDS} s cap with ${result.seatsSold} of ${seats} seats sold; at its rate the sell-out would take ~${((seats / result.seatsSold) * result.seconds).toFixed(0)} s`);
      }
      const problem = await disagreement(raw, showtimeIds, result, expectSoldOut && result.finished);
      if (problem) failures.push(`${name}: ${problem}`);
      return { name, result, load };
    };

    const sellOutRuns = async (title: string, apiSet: string[], rawSet: string[]) => {
      await settle(raw);
      const options = { clients: CLIENTS, seatsPerHold: SEATS_PER_HOLD, capSeconds: SELL_OUT_CAP_SECONDS };
      const rows = [
        await run(BASELINE, (channel) => sellOut(channel, { ...options, showtimeIds: rawSet, runId: `${rawSet[0]}-raw` }), rawSet, true),
        await run(API, (channel) => sellOut(channel, { ...options, showtimeIds: apiSet, runId: `${apiSet[0]}-api` }), apiSet, true),
      ];
      console.log(`\n### Sell-out under contention: ${title}`);
      printRunTable(rows);
      printServerTime(serverTime.take(), rows[1]!);
      const ratio = holdsPerSecond(rows[1]!.result) / holdsPerSecond(rows[0]!.result);
      console.log(`ratio API / raw on holds/s (holds granted per second): ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_RAW}: ${ratio >= TARGET_RATIO_TO_RAW ? 'met' : 'MISSED'})`);
      return { rows, ratio };
    };

    const one = await sellOutRuns(`one showtime of ${SEAT_LABELS.length} seats`, world.showtimes['oneApi']!, world.showtimes['oneRaw']!);
    const spread = await sellOutRuns(`${SPREAD_SHOWTIMES} showtimes of ${SEAT_LABELS.length} seats`, world.showtimes['spreadApi']!, world.showtimes['spreadRaw']!);

    const owned = (set: string[]) => (channel: SaleChannel) =>
      bookOwnedSeats(channel, { showtimeIds: set, clients: CLIENTS, seatsPerHold: SEATS_PER_HOLD, seatLabels: SEAT_LABELS, seconds: UNCONTENDED_SECONDS, runId: `${set[0]}-free` });
    const freeRun = async (name: string, set: string[]) => {
      await settle(raw);
      return run(name, owned(set), set, false);
    };
    const freeRows = [
      await freeRun(BASELINE, world.showtimes['freeRaw']!),
      await freeRun(PREPARED, world.showtimes['freePrepared']!),
      await freeRun(API, world.showtimes['freeApi']!),
    ];
    const [freeRaw, freePrepared, freeApi] = freeRows as [RunRow, RunRow, RunRow];
    console.log(`\n### Hold→confirm without contention: ${SPREAD_SHOWTIMES} showtimes, each client on seats of its own, ${UNCONTENDED_SECONDS} s`);
    printRunTable(freeRows);
    const freeBreakdown = serverTime.take();
    printServerTime(freeBreakdown, freeApi);
    const apiBookings = bookingsPerSecond(freeApi.result);
    console.log(
      `API bookings/s: ${apiBookings.toFixed(0)} (aim ${AIM_BOOKINGS_PER_SECOND}: ${apiBookings >= AIM_BOOKINGS_PER_SECOND ? 'met' : 'MISSED'}); ` +
        `ratio API / raw on bookings/s: ${(apiBookings / bookingsPerSecond(freeRaw.result)).toFixed(2)}; ` +
        `raw prepared / raw unprepared: ${(bookingsPerSecond(freePrepared.result) / bookingsPerSecond(freeRaw.result)).toFixed(2)}`,
    );
    if (apiBookings < AIM_BOOKINGS_PER_SECOND) explainShortfall(freeApi, freeRaw, freePrepared, config.dbPoolMax, idle);

    for (const failure of failures) console.log(`FAILED: ${failure}`);
    const clean = [...one.rows, ...spread.rows, ...freeRows].every((row) => otherFailureCount(row.result) === 0) && failures.length === 0;
    await api.close();
    return { passed: clean && one.ratio >= TARGET_RATIO_TO_RAW && spread.ratio >= TARGET_RATIO_TO_RAW };
  } finally {
    await app.close();
    await Promise.all([raw.end({ timeout: 5 }), rawPrepared.end({ timeout: 5 })]);
    await database.drop();
  }
}

/**
 * Flushes and vacuums what the previous run wrote, so no run pays for another's dirty pages,
 * dead rows or stale statistics (without it the first run after a sell-out was measured slower).
 */
async function settle(sql: postgres.Sql) {
  await sql`checkpoint`;
  await sql`vacuum (analyze) holds, seat_inventory, bookings, booked_seats, payments, events, audit_log, customers`;
}

/** What the database says was sold, when it is not what the clients counted (or seats are left unsold). */
async function disagreement(sql: postgres.Sql, showtimeIds: string[], result: SaleResult, expectSoldOut: boolean): Promise<string | undefined> {
  const [row] = await sql`select
      (select count(*)::int from seat_inventory where showtime_id in ${sql(showtimeIds)} and state = 'booked') as booked,
      (select count(*)::int from seat_inventory where showtime_id in ${sql(showtimeIds)} and state <> 'booked') as unsold,
      (select count(*)::int from booked_seats where showtime_id in ${sql(showtimeIds)}) as booked_seats,
      (select count(*)::int from bookings where showtime_id in ${sql(showtimeIds)}) as bookings,
      (select count(*)::int from holds where showtime_id in ${sql(showtimeIds)} and status = 'active') as active_holds`;
  const counts = row as { booked: number; unsold: number; booked_seats: number; bookings: number; active_holds: number };
  const agrees = counts.booked === result.seatsSold && counts.booked_seats === result.seatsSold && counts.bookings === result.bookings && counts.active_holds === 0;
  if (agrees && (!expectSoldOut || counts.unsold === 0)) return undefined;
  return `the database says ${JSON.stringify(counts)}; the clients counted ${result.seatsSold} seats in ${result.bookings} bookings`;
}

/** Where a request's time goes: inside the API (first hook to response sent) versus what the client waited. */
function printServerTime(breakdown: ServerTime, api: RunRow) {
  const parts = [...breakdown].map(([route, { count, meanMs }]) => `${route} ${count}× ${meanMs.toFixed(1)} ms`);
  const mean = (values: number[]) => values.reduce((sum, ms) => sum + ms, 0) / Math.max(1, values.length);
  console.log(`API, mean time inside the server per request: ${parts.join(', ')}; the clients waited ${mean(api.result.holdLatencies).toFixed(1)} ms per hold, ${mean(api.result.confirmLatencies).toFixed(1)} ms per confirm`);
}

function explainShortfall(api: RunRow, rawRow: RunRow, prepared: RunRow, poolSize: number, idle: number) {
  const cpuBound = api.load.eventLoopUtilization > 0.85;
  const lines = [
    `why short of ${AIM_BOOKINGS_PER_SECOND} bookings/s:`,
    `- a booking is 2 requests (hold, confirm), 2 transactions of ~11 statements each, plus 2 API-key lookups, on a pool of ${poolSize} connections;`,
    `- the API process's event loop was busy ${(api.load.eventLoopUtilization * 100).toFixed(0)}% of the run (Node ${api.load.nodeCores.toFixed(2)} cores, machine ${api.load.machineCores.toFixed(2)} of ${api.load.cores})` +
      (cpuBound ? ': the one Node process that runs the API and the 200 load clients is CPU bound, and every statement of an open transaction waits behind that work;' : ';'),
    `- the same transactions on raw postgres.js reached ${bookingsPerSecond(rawRow.result).toFixed(0)} bookings/s (event loop ${(rawRow.load.eventLoopUtilization * 100).toFixed(0)}%, machine ${rawRow.load.machineCores.toFixed(2)} cores): ` +
      `that is the ceiling of PostgreSQL and this machine for this work, ${bookingsPerSecond(rawRow.result) < AIM_BOOKINGS_PER_SECOND ? 'itself below the aim' : 'above the aim'};`,
    `- the baseline sends what Drizzle sends (parse + describe, wait, bind + execute: two round trips a statement, planned every time); ` +
      `the same transactions as named prepared statements made ${bookingsPerSecond(prepared.result).toFixed(0)} bookings/s (${(bookingsPerSecond(prepared.result) / bookingsPerSecond(rawRow.result)).toFixed(2)}× the baseline);`,
  ];
  if (idle > NOISY_CORES) lines.push(`- other processes kept ${idle.toFixed(2)} cores busy before the runs began: these figures are not this machine's best.`);
  console.log(lines.join('\n'));
}
