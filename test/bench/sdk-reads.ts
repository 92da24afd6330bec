import { CORES } from './cpu.ts';
import type { Marquee } from './marquee-processes.ts';
import { NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';
import { seconds, size } from './mode.ts';
import type { LoadFigures, LoadSetup } from './sdk-load.ts';
import { measureLoad } from './sdk-load-process.ts';

/** SDK calls must keep at least this share of bare undici's rate on the same route. */
const TARGET_RATIO_TO_UNDICI = 0.9;
const CONCURRENCY = 100;
/** Rounds in turn (undici then SDK, then SDK then undici …): drift of the machine or the database falls on both. */
const ROUNDS = size(2, 1);

interface ReadRun {
  name: string;
  kind: LoadSetup['kind'];
  run: Measured<LoadFigures>;
}

const fixed = (value: number, digits: number) => value.toFixed(digits);
const failuresOf = (figures: LoadFigures) => Object.values(figures.failures).reduce((sum, n) => sum + n, 0);

function printReadTable(rows: ReadRun[]) {
  console.log(`| run | req/s | p50 ms | p99 ms | failures | API CPU ms/req | client CPU ms/req | cores: API / Postgres / client / machine (of ${CORES}) | ${NOISE_HEADER} |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, run } of rows) {
    const figures = run.value;
    const perRequest = (ms: number) => (figures.requests === 0 ? 'n/a' : fixed(ms / figures.requests, 3));
    const cores = (ms: number) => fixed(ms / Math.max(1, run.load.wallMs), 2);
    console.log(
      `| ${name} | ${fixed(figures.requestsPerSecond, 0)} | ${fixed(figures.p50Ms, 1)} | ${fixed(figures.p99Ms, 1)} | ${failuresOf(figures)} | ` +
        `${perRequest(run.total.serverMs)} | ${perRequest(figures.clientCpuMs)} | ` +
        `${cores(run.load.serverMs)} / ${cores(run.load.postgresMs)} / ${fixed(figures.clientCpuMs / figures.wallMs, 2)} / ${cores(run.load.machineMs)} | ${noiseCell(run)} |`,
    );
  }
  printNoiseNote(rows.map((row) => row.run));
}

/**
 * GET /v1/showtimes/{id} with 100 calls in flight: one SDK client (`connections: 100`) against
 * bare `undici.request` on an Agent of 100 connections, each in a fresh load-generator process
 * of the same kind, for the same time, against one API process.
 */
export async function benchSdkReads(api: Marquee, showtimeId: string): Promise<{ passed: boolean; healthy: boolean }> {
  const setup = { baseUrl: api.baseUrls[0]!, showtimeId, concurrency: CONCURRENCY, warmUpSeconds: seconds(2, 1), seconds: seconds(10) };
  console.log(`\n### SDK calls against bare undici: GET /v1/showtimes/{id}, ${CONCURRENCY} in flight, ${setup.seconds} s a run after ${setup.warmUpSeconds} s of warm-up, ${ROUNDS} round(s)`);
  console.log('load generator: a process of its own per run (node --import tsx test/bench/sdk-load.ts); API: 1 process of server/main.ts with production defaults');
  const rows: ReadRun[] = [];
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const kind of round % 2 === 1 ? (['undici', 'sdk'] as const) : (['sdk', 'undici'] as const)) {
      const run = await measureLoad({ ...setup, kind }, api.pids);
      rows.push({ name: `${kind === 'sdk' ? 'SDK catalogue.showtimes.retrieve' : 'bare undici.request (baseline)'}, round ${round}`, kind, run });
    }
  }
  printReadTable(rows);

  const rate = (kind: LoadSetup['kind']) => {
    const runs = rows.filter((row) => row.kind === kind);
    return runs.reduce((sum, row) => sum + row.run.value.requestsPerSecond, 0) / runs.length;
  };
  const ratio = rate('sdk') / rate('undici');
  const met = ratio >= TARGET_RATIO_TO_UNDICI;
  console.log(`ratio SDK / bare undici (mean req/s): ${fixed(ratio, 2)} (target ≥ ${TARGET_RATIO_TO_UNDICI}: ${met ? 'met' : 'MISSED'})`);
  const failures = rows.filter((row) => failuresOf(row.run.value) > 0);
  for (const row of failures) console.log(`FAILED: ${row.name}: ${JSON.stringify(row.run.value.failures)}`);
  return { passed: met && failures.length === 0, healthy: failures.length === 0 };
}
