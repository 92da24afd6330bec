/** The slice of a pino logger the warnings go to. */
export interface WarningLog {
  warn(object: object, message: string): void;
}

/** A warning about something that stays wrong for a while: logged at most once a minute per message. */
export type OutageWarning = (message: string, error: unknown) => void;

const ONE_LINE_PER_MS = 60_000;

/**
 * The one "warn at most once a minute" of Marquee. Redis or the database being down fails every
 * command, reconnect and relay pass; the first failure is logged, then one line a minute for each
 * message, enough to notice without drowning the log. The webhook pipeline gets its warnings from
 * here too, through its options.
 */
export function outageWarnings(log: WarningLog): OutageWarning {
  const lastLogged = new Map<string, number>();
  return (message, error) => {
    const now = Date.now();
    if (now - (lastLogged.get(message) ?? Number.NEGATIVE_INFINITY) < ONE_LINE_PER_MS) return;
    lastLogged.set(message, now);
    log.warn({ err: { message: (error as Error | undefined)?.message ?? String(error) } }, message);
  };
}
