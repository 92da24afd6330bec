import type { FastifyRequest } from 'fastify';
import type { HoldSeller } from '../../domain/holds.ts';
import { sellerScopeOf } from '../../domain/principal.ts';
import { principalOf } from '../../plugins/principal.ts';

/**
 * Who sells in a hold or booking request: the aggregator whose key it is, or the signed-in customer
 * buying for itself. The routes' access rules admit no one else; the domain scopes everything by it.
 */
export function sellerOf(request: FastifyRequest): HoldSeller {
  const seller = sellerScopeOf(principalOf(request));
  if (seller) return seller;
  throw new Error(`route ${request.routeOptions.url} sells for aggregators and customers only`);
}
