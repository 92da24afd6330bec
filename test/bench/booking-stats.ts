import { coresCell, cpuPerRequestCell, CORES_HEADER, NOISE_HEADER, noiseCell, printNoiseNote, type Measured } from './measured-run.ts';
import type { SaleResult } from './sale-clients.ts';

/** Figures of the booking benchmarks' runs, and their tables. */

export interface SaleRow {
  name: string;
  run: Measured<SaleResult>;
  /** False for the raw baseline: its transactions run in this process, there is no server. */
  hasServer: boolean;
}

export function percentile(values: number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const latencies = (values: number[]) => `${fixed(percentile(values, 0.5), 1)} / ${fixed(percentile(values, 0.99), 1)}`;

export const holdsPerSecond = (result: SaleResult) => result.holds / result.seconds;
export const bookingsPerSecond = (result: SaleResult) => result.bookings / result.seconds;
export const otherFailureCount = (result: SaleResult) => [...result.otherFailures.values()].reduce((sum, count) => sum + count, 0);
export const apiCpuPerRequest = (row: SaleRow) => row.run.total.serverMs / Math.max(1, row.run.value.requests);

/** Hold→confirm without contention. */
export function printBookingTable(rows: SaleRow[]) {
  console.log(`| run | seconds | bookings | bookings/s | hold p50 / p99 ms | confirm p50 / p99 ms | other non-2xx | API CPU ms/req | ${CORES_HEADER} | ${NOISE_HEADER} |`);
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, run, hasServer } of rows) {
    const result = run.value;
    console.log(
      `| ${name} | ${fixed(result.seconds, 2)} | ${result.bookings} | ${fixed(bookingsPerSecond(result))} | ${latencies(result.holdLatencies)} | ${latencies(result.confirmLatencies)} | ` +
        `${otherFailureCount(result)} | ${cpuPerRequestCell(run, result.requests, hasServer)} | ${coresCell(run, hasServer)} | ${noiseCell(run)} |`,
    );
  }
  printNotes(rows);
}

/** A sell-out under contention. */
export function printSellOutTable(rows: SaleRow[]) {
  console.log(
    `| run | seconds | seats sold | holds/s | refusals per granted hold | hold p50 / p99 ms | confirm p50 / p99 ms | seat-map reads | nearby offers used | other non-2xx | API CPU ms/req | ${CORES_HEADER} | ${NOISE_HEADER} |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, run, hasServer } of rows) {
    const result = run.value;
    console.log(
      `| ${name} | ${fixed(result.seconds, 2)}${result.finished ? '' : ' (not sold out)'} | ${result.seatsSold} | ${fixed(holdsPerSecond(result))} | ${fixed(result.conflicts / Math.max(1, result.holds), 2)} | ` +
        `${latencies(result.holdLatencies)} | ${latencies(result.confirmLatencies)} | ${result.seatMapReads} | ${result.nearbyOffers} | ${otherFailureCount(result)} | ` +
        `${cpuPerRequestCell(run, result.requests, hasServer)} | ${coresCell(run, hasServer)} | ${noiseCell(run)} |`,
    );
  }
  printNotes(rows);
}

function printNotes(rows: SaleRow[]) {
  printNoiseNote(rows.map((row) => row.run));
  for (const { name, run } of rows) {
    const result = run.value;
    if (result.clientsOutOfSeats > 0) console.log(`note: ${name}: ${result.clientsOutOfSeats} clients ran out of seats before the time was up; its rate is a lower bound`);
    if (result.otherFailures.size > 0) console.log(`FAILED: ${name} had unexpected answers: ${JSON.stringify(Object.fromEntries(result.otherFailures))}`);
  }
}
