import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';

export interface WaitOptions {
  /** The deadline: past it the wait fails. Default 20 s (a busy machine runs every test file at once). */
  timeoutMs?: number;
  /** The pause between two reads. Default 25 ms. */
  intervalMs?: number;
}

/**
 * Reads until `done` holds for what `read` returns, and returns that value; past the deadline it
 * fails naming `what` and the last value read. The one way a test waits: for the condition it
 * needs, never for a fixed time. An error thrown by `read` ends the wait at once.
 *
 * ```ts
 * const row = await waitUntil('the delivery to succeed', () => deliveryOf(id), (row) => row?.status === 'delivered');
 * ```
 */
export async function waitUntil<T>(what: string, read: () => T | Promise<T>, done: (value: T) => boolean, options: WaitOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last read: ${inspect(value, { depth: 3, breakLength: Infinity }).slice(0, 1000)}`);
    }
    await sleep(options.intervalMs ?? 25);
  }
}
