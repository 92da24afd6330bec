import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { newId } from '../ids.ts';
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

export function insertAuditRecord(db: DbExecutor, record: AuditRecordInput) {
  return db.insert(auditLog).values({ id: newId('aud'), ...record });
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

/** Newest first, paged by (created_at, id); scoped to one partner when `partnerId` is given. */
export function listAuditRecords(
  db: DbExecutor,
  params: { partnerId?: string; from?: Date; to?: Date; limit: number; before?: [string, string] },
) {
  return db
    .select(auditColumns)
    .from(auditLog)
    .where(
      and(
        params.partnerId === undefined ? undefined : eq(auditLog.partnerId, params.partnerId),
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
