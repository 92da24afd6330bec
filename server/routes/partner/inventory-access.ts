import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DbExecutor } from '../../db/client.ts';
import type { AuditWriter } from '../../domain/audit.ts';
import { etagOf } from '../../domain/etag.ts';
import type { PartnerWriter } from '../../domain/partner-writer.ts';
import { partnerScopeOfRequest } from '../../plugins/principal.ts';
import { partnerAccess } from '../access.ts';

/** Theatre partners read their inventory with `read` and change it with `inventory:write`. */
export const inventoryRead = partnerAccess('read', ['theatre']);
export const inventoryWrite = partnerAccess('inventory:write', ['theatre']);

export function partnerWriter(request: FastifyRequest, tx: DbExecutor, audit: AuditWriter): PartnerWriter {
  return { tx, audit, scope: partnerScopeOfRequest(request) };
}

/** Sends the resource's ETag with it. */
export function withEtag<T extends { id: string; version: number }>(reply: FastifyReply, resource: T): T {
  reply.header('etag', etagOf(resource));
  return resource;
}
