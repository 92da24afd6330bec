import type { FastifyBaseLogger } from 'fastify';
import type { Logger } from 'pino';
import type { Principal } from '../domain/principal.ts';

/**
 * Who called, on every log line of a request once the caller is known: the request's logger (a
 * child Fastify makes per request, carrying `reqId`) is marked with the principal, and the root
 * logger's `mixin` adds the caller's ids to each line it writes from that logger or its children.
 * A mark costs one property; a `child()` per request would serialize bindings whether anything is
 * logged or not. Ids only: a principal holds no secret, and nothing else of it is written.
 */
const callerMark = Symbol('marquee.logCaller');

type MarkedLogger = FastifyBaseLogger & { [callerMark]?: Principal };

export function markLogWithCaller(log: FastifyBaseLogger, principal: Principal): void {
  (log as MarkedLogger)[callerMark] = principal;
}

/** pino's `mixin`: the caller's ids for lines of a marked logger (children inherit the mark). */
export function callerLogFields(_mergeObject: object, _level: number, logger: Logger): Record<string, string> {
  const principal = (logger as unknown as MarkedLogger)[callerMark];
  if (principal === undefined) return {};
  if (principal.kind === 'partner') return { principal: 'partner', partnerId: principal.partnerId, apiKeyId: principal.keyId };
  if (principal.kind === 'customer') return { principal: 'customer', customerId: principal.customerId };
  return { principal: principal.kind };
}
