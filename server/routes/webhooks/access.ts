import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Db, DbExecutor } from '../../db/client.ts';
import type { AuditWriter } from '../../domain/audit.ts';
import type { EndpointWriter } from '../../domain/webhook-endpoints.ts';
import { partnerOf } from '../../plugins/principal.ts';
import { notifyRelay } from '../../../webhooks/relay-channel.ts';
import { partnerAccess } from '../access.ts';

/**
 * Both partner kinds: managing endpoints and reading their deliveries takes `webhooks:manage`;
 * the events feed takes `read`, so a read-only POS key can catch up without webhooks.
 */
export const webhooksManage = partnerAccess('webhooks:manage');
export const eventsRead = partnerAccess('read');

export const tags = ['Webhooks'];

export function endpointWriter(request: FastifyRequest, tx: DbExecutor, audit: AuditWriter): EndpointWriter {
  const partner = partnerOf(request);
  return { tx, audit, partnerId: partner.partnerId, partnerKind: partner.partnerKind };
}

/**
 * After the transaction committed (never inside it: a NOTIFY in a transaction serializes
 * commits). The answer is already sent; a lost wake-up costs only latency, as the relay's
 * periodic scan finds the rows, so a failure is logged, not raised.
 */
export async function wakeRelay(db: Db, log: FastifyBaseLogger): Promise<void> {
  try {
    await notifyRelay(db);
  } catch (err) {
    log.warn({ err }, 'could not wake the webhook relay; its periodic scan will pick the change up');
  }
}
