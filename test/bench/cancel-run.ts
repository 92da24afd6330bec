import { randomUUID } from 'node:crypto';
import type postgres from 'postgres';
import { Pool } from 'undici';
import { percentile } from './booking-stats.ts';
import { coresCell, CORES_HEADER, measuredRun, noiseCell, NOISE_HEADER } from './measured-run.ts';

/**
 * Cancellations as sellers send them: the bookings a run just made, cancelled one request each
 * (`POST /v1/bookings/{id}/cancel`, with an `Idempotency-Key`) by `clients` clients side by side.
 * Reported, not gated: how many a second, the latency, and the API's CPU per cancellation.
 */
export async function cancelRun(
  options: { baseUrl: string; authorization: string; pids: number[]; sql: postgres.Sql; showtimeIds: string[]; clients: number; limit: number },
): Promise<{ unexpected: Record<string, number> }> {
  const rows = await options.sql<{ id: string }[]>`
    select id from bookings where showtime_id in ${options.sql(options.showtimeIds)} and status = 'confirmed' order by id limit ${options.limit}`;
  const pool = new Pool(options.baseUrl, { connections: options.clients, pipelining: 1 });
  const latencies: number[] = [];
  const unexpected: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const run = await measuredRun(options.pids, async () => {
    await Promise.all(Array.from({ length: options.clients }, async () => {
      for (let index = next++; index < rows.length; index = next++) {
        const sent = performance.now();
        const response = await pool.request({
          method: 'POST',
          path: `/v1/bookings/${rows[index]!.id}/cancel`,
          headers: { authorization: options.authorization, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify({ reason: 'bench' }),
        });
        await response.body.dump();
        latencies.push(performance.now() - sent);
        if (response.statusCode !== 200) unexpected[String(response.statusCode)] = (unexpected[String(response.statusCode)] ?? 0) + 1;
      }
    }));
    return rows.length;
  });
  const seconds = (performance.now() - started) / 1000;
  await pool.close();
  console.log(`\n### Cancellations of those bookings, one request each, ${options.clients} clients`);
  console.log(`| cancellations | seconds | cancellations/s | p50 / p99 ms | unexpected | API CPU ms/req | ${CORES_HEADER} | ${NOISE_HEADER} |`);
  console.log('| ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |');
  console.log(
    `| ${rows.length} | ${seconds.toFixed(2)} | ${(rows.length / seconds).toFixed(0)} | ${percentile(latencies, 0.5).toFixed(1)} / ${percentile(latencies, 0.99).toFixed(1)} | ` +
      `${JSON.stringify(unexpected)} | ${(run.total.serverMs / Math.max(1, rows.length)).toFixed(2)} | ${coresCell(run)} | ${noiseCell(run)} |`,
  );
  return { unexpected };
}
