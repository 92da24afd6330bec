/** The slice of a pino logger the pipeline writes to (Fastify's logger, or the worker's own). */
export interface PipelineLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}
