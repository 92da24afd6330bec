import { loadConfig } from '../../server/config.ts';
import { createSaleFixture, httpClient } from '../helpers/api-processes.ts';
import { startBaselineServer, type BaselineServer } from './baseline-process.ts';
import { createBenchDatabase } from './bench-database.ts';
import { isClean, measureHttp, printHttpTable, warmUp } from './http-load.ts';
import { startMarquee, type Marquee } from './marquee-processes.ts';
import { seconds } from './mode.ts';

/** Seat-map reads must keep at least this share of a bare route's rate serving the same bytes … */
const TARGET_RATIO_TO_BARE = 0.5;
/** … with at most this p99 at 100 connections. */
const TARGET_P99_MS = 30;
const CONNECTIONS = 100;
const ROWS = 15;
const SEATS_PER_ROW = 20;

/**
 * Opening-night seat-map reads: one 300-seat showtime read by 100 connections without
 * `If-None-Match`, through one API process as production runs it, and through a bare Fastify
 * process answering the same bytes from memory. autocannon runs in this process, apart from both.
 */
export async function benchSeatMap(): Promise<{ passed: boolean }> {
  const database = await createBenchDatabase();
  const teardowns: (() => unknown)[] = [];
  let api: Marquee | undefined;
  let bare: BaselineServer | undefined;
  // Logs are kept when something went wrong beyond a missed target (an error, a 5xx, a crash).
  let healthy = false;
  try {
    api = await startMarquee({ databaseUrl: database.url, count: 1 });
    const apiUrl = api.baseUrls[0]!;
    const sale = await createSaleFixture(httpClient({ teardown: (fn) => void teardowns.push(fn) }, 8), apiUrl, api.adminKey);
    const showtime = await sale.showtime(ROWS, SEATS_PER_ROW);
    const path = `/v1/showtimes/${showtime.id}/seat-map`;

    const first = await fetch(`${apiUrl}${path}`);
    const body = Buffer.from(await first.arrayBuffer());
    const contentType = first.headers.get('content-type') ?? 'application/json';
    bare = await startBaselineServer('bare-bytes-server.ts', { body: body.toString('base64'), contentType });
    const same = Buffer.from(await (await fetch(`${bare.url}/bare`)).arrayBuffer()).equals(body);

    console.log(`\n## Seat-map reads: a ${ROWS * SEATS_PER_ROW}-seat showtime, ${CONNECTIONS} connections, no If-None-Match`);
    console.log(`map: ${body.length} bytes; API: 1 process of server/main.ts with production defaults (freshness bound ${loadConfig({}).SEAT_MAP_FRESHNESS_MS} ms, info logs); baseline: a bare Fastify process`);

    const warm = { connections: CONNECTIONS, seconds: seconds(2, 1) };
    const load = { connections: CONNECTIONS, seconds: seconds(10) };
    await warmUp(`${bare.url}/bare`, warm);
    await warmUp(`${apiUrl}${path}`, warm);
    const bareRun = await measureHttp('bare Fastify route, same bytes from memory (baseline)', `${bare.url}/bare`, { ...load, serverPids: [bare.pid] });
    const apiRun = await measureHttp('Marquee GET /v1/showtimes/{id}/seat-map', `${apiUrl}${path}`, { ...load, serverPids: api.pids });
    printHttpTable([bareRun, apiRun]);

    const ratio = apiRun.run.value.requestsPerSecond / bareRun.run.value.requestsPerSecond;
    const ratioMet = ratio >= TARGET_RATIO_TO_BARE;
    const p99Met = apiRun.run.value.p99Ms <= TARGET_P99_MS;
    console.log(`ratio Marquee / bare route: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_BARE}: ${ratioMet ? 'met' : 'MISSED'})`);
    console.log(`Marquee p99: ${apiRun.run.value.p99Ms} ms (target ≤ ${TARGET_P99_MS} ms: ${p99Met ? 'met' : 'MISSED'})`);
    const clean = isClean(bareRun) && isClean(apiRun);
    if (!clean) console.log('FAILED: some requests were not 2xx');
    if (!same) console.log('FAILED: the bare route did not answer the same bytes');
    healthy = clean && same;
    return { passed: ratioMet && p99Met && healthy };
  } finally {
    for (const teardown of teardowns.reverse()) await teardown();
    await bare?.stop();
    await api?.stop({ keepLogs: !healthy });
    await database.drop();
  }
}
