import autocannon from 'autocannon';
import { coresCell, cpuPerRequestCell, CORES_HEADER, measuredRun, NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';

/**
 * A fixed load on one URL (autocannon in this process, the load generator) against a server in
 * processes of its own, whose CPU is read from /proc.
 */

export interface HttpFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

export interface HttpRun {
  name: string;
  run: Measured<HttpFigures>;
}

async function load(url: string, connections: number, seconds: number): Promise<HttpFigures> {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** Unmeasured load that opens connections, fills caches and lets the JIT settle. */
export async function warmUp(url: string, options: { connections: number; seconds: number }): Promise<HttpFigures> {
  return load(url, options.connections, options.seconds);
}

export async function measureHttp(name: string, url: string, options: { connections: number; seconds: number; serverPids: number[] }): Promise<HttpRun> {
  const run = await measuredRun(options.serverPids, () => load(url, options.connections, options.seconds));
  return { name, run };
}

export function printHttpTable(rows: HttpRun[]) {
  console.log(`| run | req/s | p50 ms | p99 ms | non-2xx | errors | server CPU ms/req | ${CORES_HEADER} | ${NOISE_HEADER} |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, run } of rows) {
    const figures = run.value;
    console.log(
      `| ${name} | ${figures.requestsPerSecond.toFixed(0)} | ${figures.p50Ms} | ${figures.p99Ms} | ${figures.non2xx} | ${figures.errors} | ` +
        `${cpuPerRequestCell(run, figures.requests)} | ${coresCell(run)} | ${noiseCell(run)} |`,
    );
  }
  printNoiseNote(rows.map((row) => row.run));
}

export const isClean = (row: HttpRun) => row.run.value.non2xx === 0 && row.run.value.errors === 0;
