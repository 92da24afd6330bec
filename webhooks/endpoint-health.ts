import type { DbTransaction } from '../server/db/client.ts';
import { disableEndpoint } from '../server/db/queries/webhooks.ts';
import { jobAcrossTenants } from '../server/db/scope.ts';
import { recordEvents } from '../server/domain/outbox.ts';

/**
 * Why Marquee disabled an endpoint (`webhook_endpoints.disabled_reason`, and `reason` in the
 * `webhook_endpoint.disabled` event): it answered `410 Gone`, or every delivery to it failed for
 * longer than the configured time.
 */
export type DisabledReason = 'endpoint_gone' | 'endpoint_failing';

const DETAILS: Record<DisabledReason, string> = {
  endpoint_gone: 'The endpoint answered 410 Gone.',
  endpoint_failing: 'Deliveries to the endpoint kept failing for longer than the allowed time.',
};

/**
 * Disables an enabled endpoint in the caller's transaction (the same `disableEndpoint` a partner's
 * request runs) and writes `webhook_endpoint.disabled` for its owner, who receives it on any other
 * endpoint. False when it was not enabled (someone got there first).
 */
export async function disableFailingEndpoint(
  tx: DbTransaction,
  endpoint: { endpointId: string; partnerId: string; partnerKind: 'theatre' | 'aggregator' },
  reason: DisabledReason,
): Promise<boolean> {
  const disabled = await disableEndpoint(tx, jobAcrossTenants, { endpointId: endpoint.endpointId, reason });
  if (!disabled) return false;
  await recordEvents(tx, [
    {
      type: 'webhook_endpoint.disabled',
      aggregate: { type: 'webhook_endpoint', id: disabled.id, version: disabled.version },
      data: {
        endpointId: disabled.id,
        url: disabled.url,
        status: 'disabled',
        reason,
        detail: DETAILS[reason],
        disabledAt: disabled.updatedAt.toISOString(),
      },
      audience: endpoint.partnerKind === 'aggregator' ? { aggregatorPartnerId: endpoint.partnerId } : { theatrePartnerId: endpoint.partnerId },
    },
  ]);
  return true;
}
