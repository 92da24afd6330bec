import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';

export interface LoadResult {
  name: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

/** A bounded load on one URL of this machine: fixed connections, fixed duration. */
export async function measure(name: string, url: string, options: { connections?: number; seconds?: number } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections ?? 10, duration: options.seconds ?? 5 });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

export async function listenOnLoopback(app: FastifyInstance): Promise<string> {
  return app.listen({ host: '127.0.0.1', port: 0 });
}

export function printTable(rows: LoadResult[]) {
  console.log('| run | req/s | p50 ms | p99 ms | non-2xx | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(`| ${row.name} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.non2xx} | ${row.errors} |`);
  }
}
