import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../server/config.ts';
import { createSaleFixture, httpClient, startApiProcesses } from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { measure, printTable, type LoadResult } from './http.ts';

/** Seat-map reads must keep at least this share of a bare route's rate serving the same bytes … */
const TARGET_RATIO_TO_BARE = 0.5;
/** … with this p99 at 100 connections. */
const TARGET_P99_MS = 30;
const CONNECTIONS = 100;
const SECONDS = 10;
const WARM_UP_SECONDS = 2;
const ROWS = 15;
const SEATS_PER_ROW = 20;

/**
 * Opening-night seat-map reads: one 300-seat showtime read by 100 connections without
 * `If-None-Match`, through one API process (`server/main.ts`, as production starts it, with the
 * default freshness bound) and through a bare Fastify process answering the same bytes from
 * memory. Both servers run in child processes, so autocannon's client work shares the machine
 * with each of them alike and neither with its event loop.
 */
export async function benchSeatMap(): Promise<{ passed: boolean }> {
  const database = await createTestDatabase();
  const teardowns: (() => unknown)[] = [];
  const t = { teardown: (fn: () => unknown) => void teardowns.push(fn) };
  try {
    const freshnessMs = loadConfig({}).seatMapFreshnessMs;
    const api = await startApiProcesses(t, {
      databaseUrl: database.url,
      count: 1,
      env: { LOG_LEVEL: 'error', JOBS_ENABLED: 'false', WEBHOOKS_ENABLED: 'false', SEAT_MAP_FRESHNESS_MS: String(freshnessMs) },
    });
    const apiUrl = api.processes[0]!.baseUrl;
    const sale = await createSaleFixture(httpClient(t, 8), apiUrl, api.adminKey);
    const showtime = await sale.showtime(ROWS, SEATS_PER_ROW);
    const path = `/v1/showtimes/${showtime.id}/seat-map`;

    const first = await fetch(`${apiUrl}${path}`);
    const body = Buffer.from(await first.arrayBuffer());
    const contentType = first.headers.get('content-type') ?? 'application/json';
    console.log(`\n## Seat-map reads: a ${ROWS * SEATS_PER_ROW}-seat showtime, ${CONNECTIONS} connections, no If-None-Match`);
    console.log(`map: ${body.length} bytes; freshness bound ${freshnessMs} ms; each server in a child process`);

    const bareUrl = await startBareBytesServer(body, contentType, t);
    const same = Buffer.from(await (await fetch(`${bareUrl}/bare`)).arrayBuffer()).equals(body);

    const load = { connections: CONNECTIONS, seconds: SECONDS };
    await measure('warm-up', `${bareUrl}/bare`, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
    await measure('warm-up', `${apiUrl}${path}`, { connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
    const results: LoadResult[] = [];
    results.push(await measure('bare Fastify route, same bytes from memory (baseline)', `${bareUrl}/bare`, load));
    results.push(await measure('Marquee GET /v1/showtimes/{id}/seat-map', `${apiUrl}${path}`, load));
    printTable(results);

    const [bareRun, seatMapRun] = results as [LoadResult, LoadResult];
    const ratio = seatMapRun.requestsPerSecond / bareRun.requestsPerSecond;
    const ratioMet = ratio >= TARGET_RATIO_TO_BARE;
    const p99Met = seatMapRun.p99Ms < TARGET_P99_MS;
    console.log(`ratio Marquee / bare route: ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO_TO_BARE}: ${ratioMet ? 'met' : 'MISSED'})`);
    console.log(`Marquee p99: ${seatMapRun.p99Ms} ms (target < ${TARGET_P99_MS} ms: ${p99Met ? 'met' : 'MISSED'})`);
    const clean = results.every((run) => run.non2xx === 0 && run.errors === 0);
    if (!clean) console.log('FAILED: some requests were not 2xx');
    if (!same) console.log('FAILED: the bare route did not answer the same bytes');
    return { passed: ratioMet && p99Met && clean && same };
  } finally {
    for (const teardown of teardowns.reverse()) await teardown();
    await database.drop();
  }
}

/** The baseline in a process of its own, serving `body` with the API's content type. */
async function startBareBytesServer(body: Buffer, contentType: string, t: { teardown(fn: () => unknown): void }): Promise<string> {
  const script = fileURLToPath(new URL('./bare-bytes-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  t.teardown(async () => {
    if (child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  });
  child.send({ body: body.toString('base64'), contentType });
  const [message] = (await once(child, 'message')) as [{ url: string }];
  return message.url;
}
