import { sql } from 'drizzle-orm';
import type { DbTransaction } from '../server/db/client.ts';
import { failOpenDeliveries } from '../server/db/queries/webhooks.ts';
import { recordEvents } from '../server/domain/events.ts';

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
 * Disables an enabled endpoint in the caller's transaction, fails its open deliveries (a replay
 * sends them again once it is enabled), and writes `webhook_endpoint.disabled` for its owner, who
 * receives it on any other endpoint. False when it was not enabled (someone got there first).
 */
export async function disableEndpoint(tx: DbTransaction, endpointId: string, reason: DisabledReason): Promise<boolean> {
  const [endpoint] = await tx.execute<{ id: string; url: string; partner_id: string; version: number; kind: string; updated_at_ms: number }>(sql`
    update webhook_endpoints w
    set status = 'disabled', disabled_reason = ${reason}, version = w.version + 1, updated_at = now()
    from partners p
    where w.id = ${endpointId} and w.status = 'enabled' and p.id = w.partner_id
    returning w.id, w.url, w.partner_id, w.version, p.kind, (extract(epoch from w.updated_at) * 1000)::float8 as updated_at_ms`);
  if (!endpoint) return false;
  await failOpenDeliveries(tx, endpointId, `endpoint disabled: ${reason}`);
  await recordEvents(tx, [
    {
      type: 'webhook_endpoint.disabled',
      aggregate: { type: 'webhook_endpoint', id: endpoint.id, version: endpoint.version },
      data: {
        endpointId: endpoint.id,
        url: endpoint.url,
        status: 'disabled',
        reason,
        detail: DETAILS[reason],
        disabledAt: new Date(Math.floor(endpoint.updated_at_ms)).toISOString(),
      },
      audience: endpoint.kind === 'aggregator' ? { aggregatorPartnerId: endpoint.partner_id } : { theatrePartnerId: endpoint.partner_id },
    },
  ]);
  return true;
}
