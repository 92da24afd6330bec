import { clientOf, type DbExecutor } from '../db/client.ts';
import * as queries from '../db/queries/audit.ts';
import type { AllTenants, PartnerScope } from '../db/scope.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import { callerIdOf, type Principal } from './principal.ts';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetIds: string[];
  /** The partner the change concerns; defaults to the calling partner. */
  partnerId?: string;
  /** Never secrets: ids, names and changed fields only. */
  details?: Record<string, unknown>;
}

export type AuditWriter = (entry: AuditEntry) => Promise<unknown>;

/** The record of a change a caller made in one request. */
export function auditRecordOf(principal: Principal, requestId: string, entry: AuditEntry): queries.AuditRecordInput {
  return {
    actorType: principal.kind,
    actorId: callerIdOf(principal),
    partnerId: entry.partnerId ?? (principal.kind === 'partner' ? principal.partnerId : null),
    apiKeyId: principal.kind === 'partner' ? principal.keyId : null,
    action: entry.action,
    targetType: entry.targetType,
    targetIds: entry.targetIds,
    requestId,
    details: entry.details ?? null,
  };
}

/** An audit writer bound to one transaction and one caller: the record commits with the change. */
export function auditWriter(db: DbExecutor, principal: Principal, requestId: string): AuditWriter {
  const client = clientOf(db);
  return (entry) => queries.insertAuditRecord(client, auditRecordOf(principal, requestId, entry));
}

/**
 * An audit writer for changes no request made (the demo data loader, maintenance jobs): the actor
 * is the system component named `actorId`; a record concerns a partner only when its entry says so.
 */
export function systemAuditWriter(db: DbExecutor, actorId: string): AuditWriter {
  const client = clientOf(db);
  return (entry) =>
    queries.insertAuditRecord(client, {
      actorType: 'system',
      actorId,
      partnerId: entry.partnerId ?? null,
      apiKeyId: null,
      action: entry.action,
      targetType: entry.targetType,
      targetIds: entry.targetIds,
      requestId: null,
      details: entry.details ?? null,
    });
}

export async function listAudit(
  db: DbExecutor,
  scope: PartnerScope | AllTenants,
  params: { partnerId?: string; from?: string; to?: string; limit: number; cursor?: string },
) {
  const before = decodeCursor(params.cursor, 2) as [string, string] | undefined;
  const rows = await queries.listAuditRecords(db, scope, {
    partnerId: params.partnerId,
    from: params.from === undefined ? undefined : new Date(params.from),
    to: params.to === undefined ? undefined : new Date(params.to),
    limit: params.limit,
    before,
  });
  return pageOf(rows, params.limit, (row) => [row.createdAt.toISOString(), row.id], (row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
  }));
}
