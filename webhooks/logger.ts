/** The slice of a pino logger the pipeline writes to (Fastify's logger, or the worker's own). */
export interface PipelineLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/**
 * A warning about something that stays wrong for a while (Redis or the database down fails every
 * pass): the host logs each message at most once a minute (`server/outage-warnings.ts`).
 */
export type OutageWarning = (message: string, error: unknown) => void;
