import { CORES, coresOf, cpuBetween, cpuSnapshot, otherLoad, type CpuSpent } from './cpu.ts';

/**
 * How every run is measured, API and baseline alike: first one second of the machine while ours
 * sit idle (other load over NOISY_CORES flags the figures), then the CPU of the servers, this load
 * generator, PostgreSQL and the machine over the load; then, if asked, over the background work the
 * load left behind (the relay draining the outbox), which belongs to the run's requests too.
 */

/** Other processes' load before a run above which its figures are flagged as disturbed. */
export const NOISY_CORES = 0.3;

export interface Measured<T> {
  value: T;
  otherCores: number;
  /** Over the load only: the cores figures. */
  load: CpuSpent;
  /** Over the load and its aftermath: the CPU per request. */
  total: CpuSpent;
}

export async function measuredRun<T>(serverPids: number[], work: () => Promise<T>, afterLoad?: () => Promise<unknown>): Promise<Measured<T>> {
  const otherCores = await otherLoad(serverPids);
  const before = cpuSnapshot(serverPids);
  const value = await work();
  const loadEnd = cpuSnapshot(serverPids);
  if (afterLoad) await afterLoad();
  const end = afterLoad ? cpuSnapshot(serverPids) : loadEnd;
  return { value, otherCores, load: cpuBetween(before, loadEnd), total: cpuBetween(before, end) };
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** Server CPU ms per request completed (`—` when the run has no server process of its own). */
export function cpuPerRequestCell(run: Measured<unknown>, requests: number, hasServer = true): string {
  if (!hasServer) return '—';
  return requests === 0 ? 'n/a' : fixed(run.total.serverMs / requests, 2);
}

export const CORES_HEADER = `cores: server / Postgres / load gen / machine (of ${CORES})`;

export function coresCell(run: Measured<unknown>, hasServer = true): string {
  const { load } = run;
  const server = hasServer ? fixed(coresOf(load.serverMs, load), 2) : '—';
  return `${server} / ${fixed(coresOf(load.postgresMs, load), 2)} / ${fixed(coresOf(load.benchMs, load), 2)} / ${fixed(coresOf(load.machineMs, load), 2)}`;
}

export const NOISE_HEADER = 'other load before (cores)';

export function noiseCell(run: Measured<unknown>): string {
  return `${fixed(run.otherCores, 2)}${run.otherCores > NOISY_CORES ? ' NOISY' : ''}`;
}

/** One line under a table when any of its runs started on a busy machine. */
export function printNoiseNote(runs: Measured<unknown>[]) {
  if (runs.some((run) => run.otherCores > NOISY_CORES)) {
    console.log(`NOISY: other processes kept more than ${NOISY_CORES} cores busy before a run marked so; its figures are disturbed by other load`);
  }
}
