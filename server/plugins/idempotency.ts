import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendRouteHook } from './route-hooks.ts';
import { ProblemError } from '../domain/errors.ts';
import {
  abandonIdempotentRequest,
  completeIdempotentRequest,
  startIdempotentRequest,
  type IdempotencyClaim,
} from '../domain/idempotency.ts';
import { callerIdOf } from '../domain/principal.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route changes state and honours `Idempotency-Key`. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    idempotency?: { claim: IdempotencyClaim; settled: boolean };
  }
}

/** Response headers a replay repeats. */
const REPLAYED_HEADERS = ['content-type', 'location', 'etag'];

export function replayableHeaders(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    throw new ProblemError(400, 'validation_failed', 'The Idempotency-Key header is not valid.', [
      { path: '/headers/idempotency-key', message: 'must be 1 to 255 visible ASCII characters', code: 'invalid_format' },
    ]);
  }
  return value;
}

/**
 * One idempotency mechanism for every state-changing route that declares `config.idempotent`.
 * A 2xx is recorded by the mutation itself, inside its transaction (see `reply.commitMutation`);
 * 4xx answers are recorded here; 5xx and 429 release the key so the request can be retried.
 */
export default fp(
  async function idempotency(app: FastifyInstance) {
    app.decorateRequest('idempotency', undefined);

    // Only on routes that declare `idempotent`: every other request pays nothing for it.
    app.addHook('onRoute', (route) => {
      if (!route.config?.idempotent) return;
      appendRouteHook(route, 'preHandler', claimKey);
      appendRouteHook(route, 'onSend', settleKey);
    });

    async function claimKey(request: FastifyRequest, reply: FastifyReply) {
      if (!request.principal) return;
      const key = idempotencyKeyOf(request);
      if (key === undefined) return;
      const start = await startIdempotentRequest(app.db, {
        callerId: callerIdOf(request.principal),
        key,
        method: request.method,
        path: request.url.split('?')[0]!,
        body: request.body,
      });
      if (start.outcome === 'proceed') {
        request.idempotency = { claim: start.claim, settled: false };
        return;
      }
      return reply
        .code(start.response.status)
        .headers(start.response.headers)
        .header('idempotent-replayed', 'true')
        .send(start.response.body);
    }

    async function settleKey(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      const pending = request.idempotency;
      if (!pending || pending.settled) return payload;
      pending.settled = true;
      const status = reply.statusCode;
      if (status >= 500 || status === 429) {
        await abandonIdempotentRequest(app.db, pending.claim);
      } else {
        await completeIdempotentRequest(app.db, pending.claim, {
          status,
          headers: replayableHeaders(reply),
          body: typeof payload === 'string' ? payload : '',
        });
      }
      return payload;
    }
  },
  { name: 'idempotency', dependencies: ['database', 'principal'] },
);
