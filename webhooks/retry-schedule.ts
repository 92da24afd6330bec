/**
 * When a failed delivery is tried again. The schedule lists the delay before each attempt: the
 * first entry applies to the first attempt (counted from fan-out), each later one is counted from
 * the failure before it, so its length is the number of attempts. Delays get up to 20% of jitter
 * (never less than the schedule says), and a receiver's `Retry-After` is a lower bound.
 */
export const DEFAULT_RETRY_SCHEDULE = '0,5s,5m,30m,2h,5h,10h,10h';

/** A receiver's Retry-After never pushes an attempt further out than this. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

const JITTER = 0.2;
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `"0,5s,5m,30m,2h"` → milliseconds; throws on anything else, naming the bad entry. */
export function parseRetrySchedule(text: string): number[] {
  const entries = text.split(',').map((entry) => entry.trim());
  const delays = entries.map((entry) => {
    const match = /^(\d+)(ms|s|m|h|d)?$/.exec(entry);
    if (!match) throw new Error(`'${entry}' is not a delay such as 0, 500ms, 5s, 5m, 2h or 1d`);
    return Number(match[1]) * UNITS[match[2] ?? 'ms']!;
  });
  if (delays.length === 0 || delays.length > 50) throw new Error('a retry schedule has 1 to 50 attempts');
  return delays;
}

/**
 * The delay before attempt `attemptNumber + 1` after attempt `attemptNumber` (1-based) failed, or
 * null when that was the last one.
 */
export function nextRetryDelayMs(
  schedule: readonly number[],
  attemptNumber: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number | null {
  const planned = schedule[attemptNumber];
  if (planned === undefined) return null;
  const jittered = Math.round(planned * (1 + JITTER * random()));
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from `now`; null if absent or bad. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | null {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
