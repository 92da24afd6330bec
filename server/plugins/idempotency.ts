import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { appendRouteHook } from './route-hooks.ts';
import { DomainError } from '../domain/errors.ts';
import { requestFingerprint, storeRefusal, type IdempotencyClaim, type StoredResponse } from '../domain/idempotency.ts';
import { callerIdOf } from '../domain/principal.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route changes state and honours `Idempotency-Key`. */
    idempotent?: boolean;
  }
  interface FastifyRequest {
    /** Set when the request carries a key; `settled` once its answer is stored or replayed. */
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

/** Answers with a stored response, as a replay. */
export function replay(reply: FastifyReply, response: StoredResponse) {
  return reply.code(response.status).headers(response.headers).header('idempotent-replayed', 'true').send(response.body);
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) {
    throw new DomainError('validation_failed', {
      detail: 'The Idempotency-Key header is not valid.',
      issues: [{ header: 'idempotency-key', message: 'must be 1 to 255 visible ASCII characters', code: 'invalid_format' }],
    });
  }
  return value;
}

/**
 * The HTTP side of the one idempotency mechanism (`domain/idempotency.ts`) for every route that
 * declares `config.idempotent`. Here the request's key and fingerprint are taken, before the
 * handler, with no database work; the mutation claims the key and stores its answer in its own
 * transaction (`reply.commitMutation`). What no transaction stored is settled when the answer goes
 * out: a 4xx is kept (or, if the key already holds an answer, replaced by it); a 5xx or 429 never.
 */
export default fp(
  async function idempotency(app: FastifyInstance) {
    app.decorateRequest('idempotency', undefined);

    // Only on routes that declare `idempotent`: every other request pays nothing for it.
    app.addHook('onRoute', (route) => {
      if (!route.config?.idempotent) return;
      appendRouteHook(route, 'preHandler', takeKey);
      appendRouteHook(route, 'onSend', settleKey);
    });

    function takeKey(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) {
      if (!request.principal) return done();
      let key: string | undefined;
      try {
        key = idempotencyKeyOf(request);
      } catch (error) {
        return done(error as Error);
      }
      if (key === undefined) return done();
      const method = request.method;
      const path = request.url.split('?')[0]!;
      request.idempotency = {
        claim: { callerId: callerIdOf(request.principal), key, method, path, requestHash: requestFingerprint(method, path, request.body) },
        settled: false,
      };
      done();
    }

    async function settleKey(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      const pending = request.idempotency;
      if (!pending || pending.settled) return payload;
      pending.settled = true;
      const status = reply.statusCode;
      if (status < 400 || status >= 500 || status === 429) return payload;
      const body = typeof payload === 'string' ? payload : '';
      const stored = await storeRefusal(app.sql, pending.claim, { status, headers: replayableHeaders(reply), body });
      if (!stored) return payload;
      // The key already holds an answer (the first attempt's): that is the answer, now as well.
      reply.code(stored.status).headers(stored.headers).header('idempotent-replayed', 'true');
      return stored.body;
    }
  },
  { name: 'idempotency', dependencies: ['database', 'principal'] },
);
