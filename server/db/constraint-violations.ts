/**
 * Which database constraint a failed statement violated. The constraints decide (uniqueness,
 * overlapping showtimes); callers only translate the answer into a precise problem.
 */
function violated(error: unknown, sqlState: string): string | undefined {
  // Drizzle wraps the driver's error in `cause`.
  for (let current = error, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth += 1) {
    const { code, constraint_name: constraint } = current as Error & { code?: unknown; constraint_name?: unknown };
    if (code === sqlState) return typeof constraint === 'string' ? constraint : '';
  }
  return undefined;
}

/** SQLSTATE 23505: the name of the unique constraint, or undefined for any other error. */
export const violatedUniqueConstraint = (error: unknown) => violated(error, '23505');

/** SQLSTATE 23P01: the name of the exclusion constraint (such as `showtimes_no_overlap`). */
export const violatedExclusionConstraint = (error: unknown) => violated(error, '23P01');

/**
 * SQLSTATE 40P01 (deadlock) or 40001 (serialization failure): the whole transaction was rolled
 * back by the database and may simply be run again.
 */
export const isRetryableConflict = (error: unknown) => violated(error, '40P01') !== undefined || violated(error, '40001') !== undefined;
