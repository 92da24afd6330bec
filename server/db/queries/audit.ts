import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { DbExecutor } from '../client.ts';
import type { AllTenants, PartnerScope } from '../scope.ts';
import { newId } from '../ids.ts';
import { param, prepared } from '../prepared.ts';
import { auditLog } from '../schema/platform.ts';

export interface AuditRecordInput {
  actorType: 'admin' | 'partner' | 'customer' | 'system';
  actorId: string | null;
  partnerId: string | null;
  apiKeyId: string | null;
  action: string;
  targetType: string;
  targetIds: string[];
  requestId: string | null;
  details: Record<string, unknown> | null;
}

/** An audit record as statement parameters. */
export type AuditValues = Omit<AuditRecordInput, 'details'> & { id: string; details: string | null };

/** The insert of one audit record (parameters `AuditValues`), for statements that write one beside other things. */
export const auditInsertSql = sql`
  insert into ${auditLog} (id, actor_type, actor_id, partner_id, api_key_id, action, target_type, target_ids, request_id, details)
  values (${param('id')}, ${param('actorType')}, ${param('actorId')}::text, ${param('partnerId')}::text, ${param('apiKeyId')}::text,
    ${param('action')}, ${param('targetType')}, ${param('targetIds')}::text[], ${param('requestId')}::text, ${param('details')}::text::jsonb)`;

const insertAudit = prepared<AuditValues, never>(auditInsertSql);

export function auditValuesOf(record: AuditRecordInput): AuditValues {
  return { id: newId('aud'), ...record, details: record.details === null ? null : JSON.stringify(record.details) };
}

/** The audit record as a statement of the caller's transaction, sent when awaited (or batched). */
export function insertAuditRecord(client: postgres.Sql, record: AuditRecordInput) {
  return insertAudit.on(client, auditValuesOf(record));
}

const auditColumns = {
  id: auditLog.id,
  actorType: auditLog.actorType,
  actorId: auditLog.actorId,
  partnerId: auditLog.partnerId,
  apiKeyId: auditLog.apiKeyId,
  action: auditLog.action,
  targetType: auditLog.targetType,
  targetIds: auditLog.targetIds,
  requestId: auditLog.requestId,
  details: auditLog.details,
  createdAt: auditLog.createdAt,
};

export type AuditRow = Awaited<ReturnType<typeof listAuditRecords>>[number];

/**
 * Newest first, paged by (created_at, id): a partner's own records, or, for the admin, everyone's
 * (narrowed to one partner by the `partnerId` filter).
 */
export function listAuditRecords(
  db: DbExecutor,
  scope: PartnerScope | AllTenants,
  params: { partnerId?: string; from?: Date; to?: Date; limit: number; before?: [string, string] },
) {
  const partnerId = scope.kind === 'partner' ? scope.partnerId : params.partnerId;
  return db
    .select(auditColumns)
    .from(auditLog)
    .where(
      and(
        partnerId === undefined ? undefined : eq(auditLog.partnerId, partnerId),
        params.from === undefined ? undefined : gte(auditLog.createdAt, params.from),
        params.to === undefined ? undefined : lt(auditLog.createdAt, params.to),
        params.before === undefined
          ? undefined
          : sql`(${auditLog.createdAt}, ${auditLog.id}) < (${params.before[0]}::timestamptz, ${params.before[1]})`,
      ),
    )
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(params.limit + 1);
}
