import postgres from 'postgres';
import { createBenchDatabase, drainOutbox, settle } from './bench-database.ts';
import { apiChannel, rawChannel, type SaleChannel } from './booking-load.ts';
import { otherFailureCount, printSellOutTable, type SaleRow } from './booking-stats.ts';
import { buildBookingWorld, SEAT_LABELS } from './booking-world.ts';
import { apiConnectionCount, startMarquee, type Marquee } from './marquee-processes.ts';
import { measuredRun } from './measured-run.ts';
import { seconds, size } from './mode.ts';
import { saleProblems } from './sale-checks.ts';
import { sellOut } from './sale-clients.ts';

/** A sell-out through the API may take at most this many times as long as the raw transactions'. */
const TARGET_TIME_TO_RAW = 3;
const CLIENTS = 200;
const PROCESSES = 2;
const SEATS_PER_HOLD = 2;
const SPREAD_SHOWTIMES = size(20, 4);
const WARM_UP_SHOWTIMES = 2;
/**
 * A guard, not a budget: every sell-out is meant to finish. One still running after this long
 * stops, its rates stand for the time it ran, and the table says it was cut short.
 */
const CAP_SECONDS = seconds(300, 60);

const CASES = [
  { key: 'one', title: `one showtime of ${SEAT_LABELS.length} seats`, showtimes: 1 },
  { key: 'spread', title: `${SPREAD_SHOWTIMES} showtimes of ${SEAT_LABELS.length} seats`, showtimes: SPREAD_SHOWTIMES },
] as const;

/**
 * Opening-night contention: 200 clients sell showtimes out through two API processes (clients
 * spread over both), each client reading the seat map and holding two random seats it believes
 * free, then confirming; and the raw transactions on postgres.js sell twin showtimes with as many
 * connections as the two API processes held. No seat may be sold twice.
 */
export async function benchSellOut(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  let api: Marquee | undefined;
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: PROCESSES });
    const sets: Record<string, number> = { 'api-warm': WARM_UP_SHOWTIMES, 'raw-warm': WARM_UP_SHOWTIMES };
    for (const { key, showtimes } of CASES) Object.assign(sets, { [`api-${key}`]: showtimes, [`raw-${key}`]: showtimes });
    const world = await buildBookingWorld(api.baseUrls[0]!, api.adminKey, sets);
    console.log(`\n## Sell-out under contention: ${CLIENTS} clients, ${SEATS_PER_HOLD} seats a hold, ${PROCESSES} API processes`);

    const failures: string[] = [];
    const sell = (channels: SaleChannel[], set: string) =>
      sellOut(channels, { showtimeIds: world.showtimes[set]!, clients: CLIENTS, seatsPerHold: SEATS_PER_HOLD, runId: set, capSeconds: CAP_SECONDS });
    const check = async (name: string, set: string, row: SaleRow) => {
      const problem = await saleProblems(database.sql, world.showtimes[set]!, row.run.value, row.run.value.finished);
      if (problem) failures.push(`${name}: ${problem}`);
      if (!row.run.value.finished) failures.push(`${name}: not sold out (within the ${CAP_SECONDS} s cap, by clients that did not have to stop)`);
    };

    const perProcess = Math.ceil(CLIENTS / PROCESSES) + 8;
    const channels = api.baseUrls.map((url) => apiChannel(url, world.aggregator.authorization, perProcess));
    const apiRows = new Map<string, SaleRow>();
    let connections: number;
    try {
      const warm = await sell(channels, 'api-warm');
      if (otherFailureCount(warm) > 0) failures.push(`API warm-up had unexpected answers ${JSON.stringify(Object.fromEntries(warm.otherFailures))}`);
      connections = await apiConnectionCount(database.sql, database.name);
      for (const { key, title } of CASES) {
        await drainOutbox(database.sql);
        await settle(database.sql);
        const name = `Marquee API, ${PROCESSES} processes`;
        const run = await measuredRun(api.pids, () => sell(channels, `api-${key}`), async () => {
          const drained = await drainOutbox(database.sql);
          if (!drained.drained) failures.push(`${title}: the webhook relay left events in the outbox ${drained.ms.toFixed(0)} ms after the load`);
        });
        apiRows.set(key, { name, run, hasServer: true });
        await check(`${title}, API`, `api-${key}`, apiRows.get(key)!);
      }
    } finally {
      await Promise.all(channels.map((channel) => channel.close()));
    }
    // The baseline runs with no API process left: their relay would otherwise take the baseline's
    // events out of the outbox, work the baseline caused but would not be billed for.
    const apiHealthy = failures.length === 0 && [...apiRows.values()].every((row) => otherFailureCount(row.run.value) === 0);
    await api.stop({ keepLogs: !apiHealthy });
    api = undefined;

    // postgres.js defaults (named prepared statements), with the API processes' connection count.
    const sql = postgres(database.url, { max: connections, onnotice: () => {}, connection: { application_name: 'bench-raw' } });
    const rawRows = new Map<string, SaleRow>();
    try {
      const raw = rawChannel(sql, world.aggregator);
      await sell([raw], 'raw-warm');
      for (const { key, title } of CASES) {
        await settle(database.sql);
        const run = await measuredRun([], () => sell([raw], `raw-${key}`));
        rawRows.set(key, { name: 'raw transactions on postgres.js (baseline)', run, hasServer: false });
        await check(`${title}, raw`, `raw-${key}`, rawRows.get(key)!);
      }
    } finally {
      await sql.end({ timeout: 5 });
    }

    console.log(`connections: the ${PROCESSES} API processes held ${connections} after warm-up; the raw baseline had as many`);
    let timesMet = true;
    for (const { key, title } of CASES) {
      const rows = [rawRows.get(key)!, apiRows.get(key)!];
      console.log(`\n### ${title}`);
      printSellOutTable(rows);
      const ratio = rows[1]!.run.value.seconds / rows[0]!.run.value.seconds;
      const met = ratio <= TARGET_TIME_TO_RAW;
      timesMet &&= met;
      console.log(`time API / raw: ${ratio.toFixed(2)} (target ≤ ${TARGET_TIME_TO_RAW}: ${met ? 'met' : 'MISSED'})`);
    }
    const rows = [...apiRows.values(), ...rawRows.values()];
    for (const failure of failures) console.log(`FAILED: ${failure}`);
    healthy = failures.length === 0 && rows.every((row) => otherFailureCount(row.run.value) === 0);
    return { passed: healthy && timesMet };
  } finally {
    await api?.stop({ keepLogs: !healthy });
    await database.drop();
  }
}
