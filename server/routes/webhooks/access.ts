import type { FastifyRequest } from 'fastify';
import type { DbExecutor } from '../../db/client.ts';
import type { AuditWriter } from '../../domain/audit.ts';
import type { EndpointWriter } from '../../domain/webhook-endpoints.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { partnerAccess } from '../access.ts';

/**
 * Both partner kinds: managing endpoints and reading their deliveries takes `webhooks:manage`;
 * the events feed takes `read`, so a read-only POS key can catch up without webhooks.
 */
export const webhooksManage = partnerAccess('webhooks:manage');
export const eventsRead = partnerAccess('read');

export function endpointWriter(request: FastifyRequest, tx: DbExecutor, audit: AuditWriter): EndpointWriter {
  return { tx, audit, scope: partnerScopeOfRequest(request) };
}
