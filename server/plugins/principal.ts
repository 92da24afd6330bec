import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { authenticate, authorize, type AccessRule, type Principal } from '../domain/principal.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes without it are public. */
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
}

/**
 * The one place callers are identified. It runs in `onRequest`, before the body is even read, so an
 * unauthenticated call learns nothing about the route's schema.
 */
export default fp(
  async function principal(app: FastifyInstance, options: { adminApiKey: string | undefined }) {
    const adminKeyDigest = options.adminApiKey ? createHash('sha256').update(options.adminApiKey).digest() : undefined;
    app.decorateRequest('principal', undefined);
    app.addHook('onRequest', async (request) => {
      const rule = request.routeOptions.config.access;
      if (!rule) return;
      const principal = await authenticate(app.db, request.headers.authorization, adminKeyDigest);
      authorize(principal, rule);
      request.principal = principal;
    });
  },
  { name: 'principal', dependencies: ['database'] },
);

/** The caller of a route that declares `access`; the hook has already refused everyone else. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error(`route ${request.routeOptions.url} reads a principal but declares no access`);
  return request.principal;
}

export function partnerOf(request: FastifyRequest): Extract<Principal, { kind: 'partner' }> {
  const principal = principalOf(request);
  if (principal.kind !== 'partner') throw new Error(`route ${request.routeOptions.url} is for partners only`);
  return principal;
}
