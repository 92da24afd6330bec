import type { Teardownable } from './database.ts';

/**
 * Stops this process's monotonic clock (`performance.now()`, what in-process freshness bounds
 * are measured with) for the rest of the test, and moves it only when the test says: a bound is
 * then crossed exactly when the test crosses it, however slow the machine. Wall-clock time,
 * timers and the database's clock run on; the real clock is back when the test ends.
 */
export function freezeMonotonicClock(t: Teardownable) {
  const real = performance.now;
  let now = real.call(performance);
  performance.now = () => now;
  t.teardown(() => {
    performance.now = real;
  });
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
