import type { Teardownable } from './database.ts';

/** The process's own clock, taken before any test replaces it. */
const realNow = performance.now;

/**
 * Stops this process's monotonic clock (`performance.now()`, what in-process freshness bounds
 * are measured with) for the rest of the test, and moves it only when the test says: a bound is
 * then crossed exactly when the test crosses it, however slow the machine. Wall-clock time,
 * timers and the database's clock run on; the real clock is back when the test ends (unless a
 * later test has stopped it again by then: tap may run a test's teardown after the next began).
 */
export function freezeMonotonicClock(t: Teardownable) {
  let now = realNow.call(performance);
  const frozen = () => now;
  performance.now = frozen;
  t.teardown(() => {
    if (performance.now === frozen) performance.now = realNow;
  });
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}
