import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * CPU time read from the kernel's accounting of each process, not estimated from wall time: the
 * servers under test (API or baseline processes), this process (the load generator), every
 * PostgreSQL server process and the whole machine.
 */

export const CORES = cpus().length;

/** Clock ticks per second of /proc's CPU fields. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const MS_PER_TICK = 1000 / TICKS_PER_SECOND;

/** utime + stime of a process (all its threads), in ms; undefined once it is gone. */
function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}

/** Every process named `name` (`postgres` covers the postmaster, its backends and helpers). */
function processesNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === name) pids.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return pids;
}

/** Busy and total time of all cores together, in ms, from /proc/stat. */
function machineMs(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.reduce((sum, value) => sum + value, 0);
  return { busy: (total - idle) * MS_PER_TICK, total: total * MS_PER_TICK };
}

const cpuMsOf = (pids: number[]) => new Map(pids.map((pid) => [pid, processCpuMs(pid) ?? 0]));

/** Growth of each process's CPU; a process born since `before` counts from zero. */
const grownMs = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + Math.max(0, ms - (before.get(pid) ?? 0)), 0);

export interface CpuSnapshot {
  at: number;
  servers: Map<number, number>;
  benchMs: number;
  postgres: Map<number, number>;
  machine: { busy: number; total: number };
}

export function cpuSnapshot(serverPids: number[]): CpuSnapshot {
  const own = process.cpuUsage();
  return {
    at: performance.now(),
    servers: cpuMsOf(serverPids),
    benchMs: (own.user + own.system) / 1000,
    postgres: cpuMsOf(processesNamed('postgres')),
    machine: machineMs(),
  };
}

/** CPU spent between two snapshots, in ms, and as cores (ms per ms of wall time). */
export interface CpuSpent {
  wallMs: number;
  serverMs: number;
  benchMs: number;
  postgresMs: number;
  machineMs: number;
}

export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuSpent {
  const machineShare = (after.machine.busy - before.machine.busy) / Math.max(1, after.machine.total - before.machine.total);
  const wallMs = after.at - before.at;
  return {
    wallMs,
    serverMs: grownMs(before.servers, after.servers),
    benchMs: after.benchMs - before.benchMs,
    postgresMs: grownMs(before.postgres, after.postgres),
    machineMs: machineShare * CORES * wallMs,
  };
}

export const coresOf = (ms: number, spent: CpuSpent) => ms / Math.max(1, spent.wallMs);

/**
 * Cores kept busy by others over `ms` while our processes sit idle: the machine's busy time minus
 * what our servers and this process used meanwhile (PostgreSQL counts as others here: at rest
 * our idle processes barely touch it, and the other work on this machine runs on the same server).
 */
export async function otherLoad(serverPids: number[], ms = 1000): Promise<number> {
  const before = cpuSnapshot(serverPids);
  await sleep(ms);
  const spent = cpuBetween(before, cpuSnapshot(serverPids));
  return Math.max(0, spent.machineMs - spent.serverMs - spent.benchMs) / spent.wallMs;
}
