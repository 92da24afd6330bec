import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { customerTokenVerifier, type OidcSettings } from '../domain/customer-tokens.ts';
import { appendRouteHook } from './route-hooks.ts';
import { markLogWithCaller } from '../observability/log-context.ts';
import type { AllTenants, PartnerScope } from '../db/scope.ts';
import { adminScopeOf, authenticate, authorize, partnerScopeOf, type AccessRule, type Credentials, type PartnerPrincipal, type Principal } from '../domain/principal.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes without it are public. */
    access?: AccessRule;
  }
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyInstance {
    /**
     * The `onRequest` check of a rule, for routes that cannot declare `access` in their config (a
     * plugin's own routes, such as the queue dashboard's): it resolves and authorizes the caller.
     */
    accessCheck(rule: AccessRule): (request: FastifyRequest) => Promise<void>;
  }
}

/**
 * The one place callers are identified. It runs in `onRequest`, before the body is even read, so an
 * unauthenticated call learns nothing about the route's schema.
 */
export default fp(
  async function principal(app: FastifyInstance, options: { adminApiKey: string | undefined; oidc: OidcSettings | undefined }) {
    const credentials: Credentials = {
      adminKeyDigest: options.adminApiKey ? createHash('sha256').update(options.adminApiKey).digest() : undefined,
      // Why the issuer could not be used goes to the log; the caller gets a 503 without the details.
      customerTokens: options.oidc && customerTokenVerifier(options.oidc, (error) => app.log.warn({ err: error }, 'the OIDC issuer could not be used to verify a customer token')),
    };
    app.decorateRequest('principal', undefined);
    app.decorate('accessCheck', (rule: AccessRule) => async (request: FastifyRequest) => {
      const principal = await authenticate(app.db, app.sql, request.headers.authorization, credentials, rule);
      // Marked before the rule is checked: a refusal's lines say who was refused.
      markLogWithCaller(request.log, principal);
      authorize(principal, rule);
      request.principal = principal;
    });
    // Only on routes that declare `access`: public reads (seat maps at load) pay nothing for it.
    app.addHook('onRoute', (route) => {
      const rule = route.config?.access;
      if (!rule) return;
      appendRouteHook(route, 'onRequest', app.accessCheck(rule));
    });
  },
  { name: 'principal', dependencies: ['database'] },
);

/** The caller of a route that declares `access`; the hook has already refused everyone else. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error(`route ${request.routeOptions.url} reads a principal but declares no access`);
  return request.principal;
}

export function partnerOf(request: FastifyRequest): PartnerPrincipal {
  const principal = principalOf(request);
  if (principal.kind !== 'partner') throw new Error(`route ${request.routeOptions.url} is for partners only`);
  return principal;
}

/** The calling partner's scope: what every query of a partner route filters by. */
export function partnerScopeOfRequest(request: FastifyRequest): PartnerScope {
  return partnerScopeOf(partnerOf(request));
}

/** The platform admin's scope, on admin routes. */
export function adminScopeOfRequest(request: FastifyRequest): AllTenants {
  const principal = principalOf(request);
  if (principal.kind !== 'admin') throw new Error(`route ${request.routeOptions.url} is for the platform admin only`);
  return adminScopeOf(principal);
}
