import type { FastifyRequest } from 'fastify';
import type { HoldSeller } from '../../domain/holds.ts';
import { principalOf } from '../../plugins/principal.ts';

/**
 * Who sells in a hold or booking request: the aggregator whose key it is, or the signed-in customer
 * buying for itself. The routes' access rules admit no one else; the domain scopes everything by it.
 */
export function sellerOf(request: FastifyRequest): HoldSeller {
  const principal = principalOf(request);
  if (principal.kind === 'customer') return { kind: 'customer', customerId: principal.customerId };
  if (principal.kind === 'partner' && principal.partnerKind === 'aggregator') return { kind: 'aggregator', partnerId: principal.partnerId };
  throw new Error(`route ${request.routeOptions.url} sells for aggregators and customers only`);
}
