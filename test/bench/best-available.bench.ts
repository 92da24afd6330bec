import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { Pool } from 'undici';
import { buildBestAvailableWorld, ROWS, SEATS, SEATS_PER_BLOCK } from './best-available-world.ts';
import { createBenchDatabase } from './bench-database.ts';
import { percentile } from './booking-stats.ts';
import { startMarquee, type Marquee } from './marquee-processes.ts';
import { coresCell, cpuPerRequestCell, CORES_HEADER, measuredRun, NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';
import { seconds } from './mode.ts';

/**
 * Best-available holds per second on one showtime under contention, through one API process: 100
 * clients each asking for 2–4 best-available seats of one 800-seat showtime until it is gone, all
 * wanting the same centre seats. Baseline, in the same run on a twin showtime: the same clients
 * holding seats they pick at random from the seat map (the way a client without best available
 * does it), retrying on 409 `seats_unavailable`. Figures: holds/s, latency p50/p99, API CPU per
 * request, the server's retries (from the audit log), and an SQL check that no seat went to two
 * holds. No target is set; the ratio to the baseline is reported, and the run fails only on a
 * double sale, a 5xx or an unfinished sell-out.
 */

const CLIENTS = 100;
const CAP_SECONDS = 120;
const WARM_UP_SECONDS = seconds(2, 1);

interface RunFigures {
  seconds: number;
  requests: number;
  holds: number;
  seatsHeld: number;
  refusals: Map<string, number>;
  latencies: number[];
  finished: boolean;
}

type Answer = { status: number; body: Record<string, any> };
type Request = (method: 'GET' | 'POST', path: string, payload?: object) => Promise<Answer>;

export async function benchBestAvailable(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  let api: Marquee | undefined;
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    const world = await buildBestAvailableWorld(api.baseUrls[0]!, api.adminKey);
    const pool = new Pool(api.baseUrls[0]!, { connections: CLIENTS + 8, pipelining: 1 });
    const request: Request = async (method, path, payload) => {
      const headers: Record<string, string> = { authorization: world.authorization };
      // A fresh key per logical request, as the SDK sends one with every POST.
      if (payload) Object.assign(headers, { 'content-type': 'application/json', 'idempotency-key': randomUUID() });
      const response = await pool.request({ method, path, headers, ...(payload ? { body: JSON.stringify(payload) } : {}) });
      return { status: response.statusCode, body: (await response.body.json()) as Record<string, any> };
    };

    console.log(`\n## Best-available holds on one showtime under contention`);
    console.log(`world: one ${SEATS}-seat showtime per run (${ROWS} rows of 2 × ${SEATS_PER_BLOCK} seats with an aisle), ${CLIENTS} clients asking for 2–4 seats each round, 1 API process`);

    const chosenSeats = (showtimeId: string, prefix: string) => async (client: number, round: number, quantity: number) => {
      const map = await request('GET', `/v1/showtimes/${showtimeId}/seat-map`);
      if (map.status !== 200) return { done: true, response: map };
      const available = (map.body['seats'] as { label: string; status: string }[]).filter((seat) => seat.status === 'available').map((seat) => seat.label);
      if (available.length === 0) return { done: true, reads: 1 };
      const seats = pickAtRandom(available, Math.min(quantity, available.length));
      const started = performance.now();
      const response = await request('POST', '/v1/holds', { showtimeId, customerRef: `${prefix}-${client}-${round}`, seats });
      return { response, ms: performance.now() - started, reads: 1 };
    };
    // A refused client takes what the 409 offers instead (fewer seats), as a customer would.
    const offered = new Map<number, number>();
    const bestAvailable = (showtimeId: string, prefix: string) => async (client: number, round: number, quantity: number) => {
      const started = performance.now();
      const asked = offered.get(client) ?? quantity;
      offered.delete(client);
      const response = await request('POST', '/v1/holds', { showtimeId, customerRef: `${prefix}-${client}-${round}`, bestAvailable: { category: 'standard', quantity: asked } });
      const ms = performance.now() - started;
      if (response.status === 409 && response.body['code'] === 'best_available_unavailable') {
        const alternatives = response.body['alternatives'] as { quantity: number }[];
        if (alternatives.length === 0) return { done: true, response, ms };
        offered.set(client, alternatives[0]!.quantity);
      }
      return { response, ms };
    };

    // Half the clients each way on a showtime of its own, so both paths are warm.
    const warmChosen = chosenSeats(world.warmUpShowtime, 'warm');
    const warmBest = bestAvailable(world.warmUpShowtime, 'warm');
    await sellOut((client, round, quantity) => (client % 2 === 0 ? warmChosen : warmBest)(client, round, quantity), WARM_UP_SECONDS);
    offered.clear();
    const runs: { name: string; run: Measured<RunFigures>; showtimeId: string }[] = [];
    for (const [name, showtimeId, attempt] of [
      ['chosen seats picked from the seat map (baseline)', world.baselineShowtime, chosenSeats(world.baselineShowtime, 'base')],
      ['best available', world.bestShowtime, bestAvailable(world.bestShowtime, 'best')],
    ] as const) {
      runs.push({ name, showtimeId, run: await measuredRun(api.pids, () => sellOut(attempt, CAP_SECONDS)) });
    }
    await pool.close();

    console.log(`| run | holds | seats held | seconds | holds/s | hold p50 ms | hold p99 ms | refusals | API CPU ms/req | ${CORES_HEADER} | ${NOISE_HEADER} |`);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
    for (const { name, run } of runs) {
      const row = run.value;
      console.log(
        `| ${name} | ${row.holds} | ${row.seatsHeld} | ${row.seconds.toFixed(1)} | ${(row.holds / row.seconds).toFixed(0)} | ${percentile(row.latencies, 0.5).toFixed(1)} | ` +
          `${percentile(row.latencies, 0.99).toFixed(1)} | ${JSON.stringify(Object.fromEntries(row.refusals))} | ${cpuPerRequestCell(run, row.requests)} | ${coresCell(run)} | ${noiseCell(run)} |`,
      );
    }
    printNoiseNote(runs.map(({ run }) => run));
    const [baseline, best] = runs.map(({ run }) => run.value) as [RunFigures, RunFigures];
    const retries = await database.sql<{ attempts: number; holds: number }[]>`
      select (details->'bestAvailable'->>'attempts')::int as attempts, count(*)::int as holds from audit_log
      where action = 'hold.created' and details->>'showtimeId' = ${world.bestShowtime} group by 1 order by 1`;
    const retried = retries.reduce((sum, row) => sum + (row.attempts - 1) * row.holds, 0);
    console.log(`best available: ${retried} server-side retries (a choice lost between choosing and locking); holds by attempts: ${retries.map((row) => `${row.attempts}: ${row.holds}`).join(', ')}`);
    console.log(`ratio best available / baseline on holds/s: ${((best.holds / best.seconds) / (baseline.holds / baseline.seconds)).toFixed(2)}`);

    const failures: string[] = [];
    for (const { name, run, showtimeId } of runs) {
      const problem = await doubleSale(database.sql, showtimeId, run.value.seatsHeld, run.value.finished);
      if (problem) failures.push(`${name}: ${problem}`);
      if (!run.value.finished) failures.push(`${name}: not sold out (within the ${CAP_SECONDS} s cap, by clients that did not have to stop)`);
      const unexpected = [...run.value.refusals.keys()].filter((key) => !/^409 (seats_unavailable|best_available_unavailable)$/.test(key));
      if (unexpected.length > 0) failures.push(`${name}: unexpected answers ${unexpected.join(', ')}`);
    }
    for (const failure of failures) console.log(`FAILED: ${failure}`);
    healthy = failures.length === 0;
    return { passed: healthy };
  } finally {
    await api?.stop({ keepLogs: !healthy });
    await database.drop();
  }
}

type Attempt = (client: number, round: number, quantity: number) => Promise<{ done?: boolean; response?: Answer; ms?: number; reads?: number }>;

/** Every client asks until its attempt says the showtime is gone (or an answer is unexpected); the clock stops with the last. */
async function sellOut(attempt: Attempt, capSeconds: number): Promise<RunFigures> {
  const figures: RunFigures = { seconds: 0, requests: 0, holds: 0, seatsHeld: 0, refusals: new Map(), latencies: [], finished: true };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let round = 1; ; round += 1) {
        if (performance.now() - started > capSeconds * 1000) {
          figures.finished = false;
          return;
        }
        const quantity = 2 + ((client + round) % 3);
        const { done, response, ms, reads = 0 } = await attempt(client, round, quantity);
        figures.requests += reads + (ms === undefined ? 0 : 1);
        if (ms !== undefined) figures.latencies.push(ms);
        if (response?.status === 201) {
          figures.holds += 1;
          figures.seatsHeld += (response.body['seats'] as unknown[]).length;
        } else if (response) {
          const key = `${response.status} ${response.body['code']}`;
          figures.refusals.set(key, (figures.refusals.get(key) ?? 0) + 1);
          if (response.status !== 409) {
            // An answer the client cannot go on from: it stops, and the showtime may stay unsold.
            figures.finished = false;
            return;
          }
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

/** What SQL says when the seats held are not each held once, by one live hold (all of them, after a sell-out). */
async function doubleSale(sql: postgres.Sql, showtimeId: string, seatsHeldByClients: number, expectSoldOut: boolean): Promise<string | undefined> {
  const [row] = await sql<{ held: number; free: number; in_two: number; seats_of_holds: number }[]>`select
      (select count(*)::int from seat_inventory where showtime_id = ${showtimeId} and state = 'held') as held,
      (select count(*)::int from seat_inventory where showtime_id = ${showtimeId} and state = 'available') as free,
      (select count(*)::int from (select line->>'label' from holds h, jsonb_array_elements(h.quote->'lines') line
         where h.showtime_id = ${showtimeId} and h.status = 'active' group by 1 having count(*) > 1) d) as in_two,
      (select coalesce(sum(seat_count), 0)::int from holds where showtime_id = ${showtimeId} and status = 'active') as seats_of_holds`;
  if (row!.in_two === 0 && row!.held === seatsHeldByClients && row!.seats_of_holds === seatsHeldByClients && (row!.free === 0 || !expectSoldOut)) return undefined;
  return `the database says ${JSON.stringify(row)}; the clients counted ${seatsHeldByClients} seats held`;
}
