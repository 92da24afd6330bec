import type { AccessRule } from '../domain/principal.ts';

/**
 * Route access, declared once for both audiences: `config.access` is enforced by the principal
 * plugin, `security` goes into the route schema and so into the contract.
 */
export interface RouteAccess {
  config: { access: AccessRule };
  security: Record<string, string[]>[];
}

export const adminOnly: RouteAccess = {
  config: { access: { principals: ['admin'] } },
  security: [{ adminApiKey: [] }],
};

/** Any active partner key; with `scope`, only keys that carry it. */
export function partnerAccess(scope?: string, partnerKinds?: AccessRule['partnerKinds']): RouteAccess {
  return {
    config: { access: { principals: ['partner'], ...(scope ? { scope } : {}), ...(partnerKinds ? { partnerKinds } : {}) } },
    security: [{ partnerApiKey: [] }],
  };
}

/**
 * A partner key as `partnerAccess` describes it, or a signed-in end customer's token (customers
 * carry no scopes: what they may do is what the route's domain lets a customer do to its own).
 */
export function partnerOrCustomerAccess(scope: string, partnerKinds?: AccessRule['partnerKinds']): RouteAccess {
  const partner = partnerAccess(scope, partnerKinds);
  return {
    config: { access: { ...partner.config.access, principals: ['partner', 'customer'] } },
    security: [...partner.security, { customerToken: [] }],
  };
}
