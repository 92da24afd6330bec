/**
 * `BENCH_QUICK=1` shortens every measured run to a smoke check of the harness: the figures it
 * prints are too short-lived to compare with anything, and `run.ts` says so at the top.
 */
export const QUICK = process.env.BENCH_QUICK === '1';

/** A measured duration: the full one, or a couple of seconds in quick mode. */
export const seconds = (full: number, quick = Math.min(full, 2)) => (QUICK ? quick : full);

/** A size (showtimes, rounds) that quick mode may shrink. */
export const size = (full: number, quick: number) => (QUICK ? quick : full);
