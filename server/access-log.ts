import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { destination, type DestinationStream, type Logger } from 'pino';

/**
 * One access line per request, written when the answer has gone out (Fastify's default writes two:
 * "incoming request" and "request completed", each serializing the whole request). Public reads
 * (a route with no `access` rule, read with GET) log at `debug`: a seat map on opening night is
 * read thousands of times a second, and a line for each would cost more than answering it.
 * Errors keep their own lines (the problem handler logs 5xx whole).
 */
export class AccessLog extends LogController {
  /**
   * `observe` hears of every answered request here, where the access log already does: the request
   * metrics need no hook of their own.
   */
  constructor(private readonly observe: (request: FastifyRequest, reply: FastifyReply) => void = () => {}) {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    this.observe(request, reply);
    if (error) {
      reply.log.error({ err: error, status: reply.statusCode, ms: reply.elapsedTime }, 'request errored');
      return;
    }
    const level = request.method === 'GET' && request.routeOptions.config?.access === undefined ? 'debug' : 'info';
    if (!(reply.log as Logger).isLevelEnabled(level)) return;
    // The caller's ids come with every line of the request (`observability/log-context.ts`).
    reply.log[level](
      { method: request.method, route: request.routeOptions.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 },
      'request',
    );
  }
}

/**
 * Standard output, written asynchronously: a line is queued and written with the next batch, never
 * blocking a request on the pipe. Lines still queued are flushed when the process exits.
 */
export function logDestination(): DestinationStream {
  return destination({ dest: 1, sync: false });
}
