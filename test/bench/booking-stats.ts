import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import type { SaleResult } from './booking-load.ts';

/** Figures and the machine's load while a run lasted, for the booking benchmarks' tables. */

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: total - idle, total };
}

/** Cores the whole machine keeps busy over `ms` while this process waits: other processes' load. */
export async function sampleMachineLoad(ms: number): Promise<number> {
  const before = machineTicks();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTicks();
  return ((after.busy - before.busy) / Math.max(1, after.total - before.total)) * cpus().length;
}

export interface LoadSample {
  /** Cores this Node process used on average (API, load clients and raw baseline all live here). */
  nodeCores: number;
  /** Share of the time the event loop was busy: near 1 means the process is CPU bound. */
  eventLoopUtilization: number;
  /** Cores the whole machine used on average (Node plus PostgreSQL plus the rest). */
  machineCores: number;
  cores: number;
}

/** Samples Node's CPU, its event loop and the machine's CPU around `work`. */
export async function withLoadSample<T>(work: () => Promise<T>): Promise<{ value: T; load: LoadSample }> {
  const cores = cpus().length;
  const cpuBefore = process.cpuUsage();
  const eluBefore: EventLoopUtilization = performance.eventLoopUtilization();
  const machineBefore = machineTicks();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const elu = performance.eventLoopUtilization(eluBefore);
  const machineAfter = machineTicks();
  const machineShare = (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total);
  return {
    value,
    load: { nodeCores: (cpu.user + cpu.system) / 1000 / wallMs, eventLoopUtilization: elu.utilization, machineCores: machineShare * cores, cores },
  };
}

/** Time the API spends per request, from its first hook to the response sent, by route. */
export function trackServerTime(app: FastifyInstance) {
  const totals = new Map<string, { count: number; ms: number }>();
  app.addHook('onResponse', async (request, reply) => {
    const route = `${request.method} ${request.routeOptions.url ?? '?'}`;
    const total = totals.get(route) ?? { count: 0, ms: 0 };
    total.count += 1;
    total.ms += reply.elapsedTime;
    totals.set(route, total);
  });
  return {
    /** Mean milliseconds per request of each route since the last call, and resets. */
    take() {
      const snapshot = new Map([...totals].map(([route, { count, ms }]) => [route, { count, meanMs: ms / count }]));
      totals.clear();
      return snapshot;
    },
  };
}

export type ServerTime = ReturnType<ReturnType<typeof trackServerTime>['take']>;

export interface RunRow {
  name: string;
  result: SaleResult;
  load: LoadSample;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);

export const holdsPerSecond = (result: SaleResult) => result.holds / result.seconds;
export const bookingsPerSecond = (result: SaleResult) => result.bookings / result.seconds;
export const otherFailureCount = (result: SaleResult) => [...result.otherFailures.values()].reduce((sum, count) => sum + count, 0);

export function printRunTable(rows: RunRow[]) {
  console.log('| run | seconds | seats sold | holds/s | hold attempts/s | bookings/s | hold p50 / p99 ms | confirm p50 / p99 ms | 409s | other non-2xx | seat-map reads | Node CPU (cores) | event loop busy | machine CPU (cores) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, result, load } of rows) {
    const hold = `${fixed(percentile(result.holdLatencies, 0.5), 1)} / ${fixed(percentile(result.holdLatencies, 0.99), 1)}`;
    const confirm = `${fixed(percentile(result.confirmLatencies, 0.5), 1)} / ${fixed(percentile(result.confirmLatencies, 0.99), 1)}`;
    console.log(
      `| ${name} | ${fixed(result.seconds, 2)}${result.finished ? '' : ' (cap)'} | ${result.seatsSold} | ${fixed(holdsPerSecond(result))} | ${fixed(result.holdAttempts / result.seconds)} | ${fixed(bookingsPerSecond(result))} | ` +
        `${hold} | ${confirm} | ${result.conflicts} | ${otherFailureCount(result)} | ${result.seatMapReads} | ` +
        `${fixed(load.nodeCores, 2)} | ${fixed(load.eventLoopUtilization * 100)}% | ${fixed(load.machineCores, 2)} of ${load.cores} |`,
    );
  }
  for (const { name, result } of rows) {
    if (result.otherFailures.size > 0) console.log(`FAILED: ${name} had other non-2xx answers: ${JSON.stringify(Object.fromEntries(result.otherFailures))}`);
  }
}
