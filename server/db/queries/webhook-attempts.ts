import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants } from '../scope.ts';
import { events, webhookAttempts, webhookDeliveries, webhookEndpoints } from '../schema/events.ts';
import { partners } from '../schema/partners.ts';
import { bare, nowPlusMs } from '../sql-parts.ts';

/**
 * The delivery worker's statements (`webhooks/delivery.ts`): claim one attempt of one delivery,
 * then record how it went. `attemptCount` is the fencing token: every write after the claim checks
 * it, so a stale duplicate job can never overwrite a newer attempt's result.
 */

/** A claimed attempt: what to send, where, signed with which secrets. */
export type ClaimedAttempt = {
  deliveryId: string;
  endpointId: string;
  partnerId: string;
  partnerKind: 'theatre' | 'aggregator';
  attemptCount: number;
  url: string;
  secretCiphertext: string;
  /** The secret rotated out less than its overlap ago, which signs too; null otherwise. */
  previousSecretCiphertext: string | null;
  eventId: string;
  type: string;
  createdAtMs: number;
  aggregateType: string;
  aggregateId: string;
  aggregateVersion: number;
  data: Record<string, unknown>;
};

/**
 * Claims the delivery's next attempt and logs it in `webhook_attempts` before anything is sent
 * (an attempt cut short by a crash is on record), in one statement; with the event to send.
 * Nothing when the delivery is finished, not due, or its endpoint or partner may not receive.
 */
export function claimAttempt(db: DbExecutor, _tenants: AllTenants, params: { deliveryId: string; attemptId: string }): Promise<ClaimedAttempt | undefined> {
  const d = webhookDeliveries;
  const w = webhookEndpoints;
  const a = webhookAttempts;
  return db
    .execute<ClaimedAttempt>(sql`
      with claimed as (
        update ${d}
        set ${bare(d.attemptCount)} = ${d.attemptCount} + 1, ${bare(d.status)} = 'enqueued', ${bare(d.enqueuedAt)} = now(), ${bare(d.updatedAt)} = now()
        from ${w} join ${partners} on ${partners.id} = ${w.partnerId}
        where ${d.id} = ${params.deliveryId} and ${w.id} = ${d.endpointId} and ${w.status} = 'enabled' and ${partners.status} = 'active'
          and ${d.status} in ('pending', 'enqueued') and (${d.nextAttemptAt} is null or ${d.nextAttemptAt} <= now())
        returning ${d.id} as delivery_id, ${d.eventId} as event_id, ${d.endpointId} as endpoint_id, ${d.attemptCount} as attempt_count,
          ${w.partnerId} as partner_id, ${partners.kind} as partner_kind, ${w.url} as url, ${w.secretCiphertext} as secret_ciphertext,
          case when ${w.previousSecretExpiresAt} > now() then ${w.previousSecretCiphertext} end as previous_secret_ciphertext
      ), attempt as (
        insert into ${a} (${bare(a.id)}, ${bare(a.deliveryId)}, ${bare(a.attemptNumber)}, ${bare(a.startedAt)})
        select ${params.attemptId}, delivery_id, attempt_count, now() from claimed
      )
      select c.delivery_id as "deliveryId", c.endpoint_id as "endpointId", c.partner_id as "partnerId", c.partner_kind as "partnerKind",
        c.attempt_count as "attemptCount", c.url, c.secret_ciphertext as "secretCiphertext", c.previous_secret_ciphertext as "previousSecretCiphertext",
        ${events.id} as "eventId", ${events.type} as type, (extract(epoch from ${events.createdAt}) * 1000)::float8 as "createdAtMs",
        ${events.aggregateType} as "aggregateType", ${events.aggregateId} as "aggregateId", ${events.aggregateVersion} as "aggregateVersion", ${events.data} as data
      from claimed c join ${events} on ${events.id} = c.event_id`)
    .then((rows) => rows[0]);
}

/** How an attempt went: the receiver's status and the first bytes of its answer, or why it never answered. */
export interface AttemptResult {
  durationMs: number;
  responseStatus: number | null;
  responseBodyExcerpt: string | null;
  error: string | null;
}

/** The claimed attempt's row, completed. */
function completeAttempt(db: DbExecutor, deliveryId: string, attempt: number, result: AttemptResult) {
  return db
    .update(webhookAttempts)
    .set(result)
    .where(and(eq(webhookAttempts.deliveryId, deliveryId), eq(webhookAttempts.attemptNumber, attempt)));
}

export async function recordAttempt(db: DbExecutor, _tenants: AllTenants, params: { deliveryId: string; attempt: number; result: AttemptResult }): Promise<void> {
  await completeAttempt(db, params.deliveryId, params.attempt, params.result);
}

/** A 2xx, in one statement: the attempt recorded, the delivery done, the endpoint healthy again. */
export async function recordDelivered(db: DbExecutor, _tenants: AllTenants, params: { deliveryId: string; attempt: number; result: AttemptResult }): Promise<void> {
  const delivered = db
    .update(webhookDeliveries)
    .set({ status: 'delivered', deliveredAt: sql`now()`, nextAttemptAt: null, lastError: null, updatedAt: sql`now()` })
    .where(and(eq(webhookDeliveries.id, params.deliveryId), eq(webhookDeliveries.status, 'enqueued'), eq(webhookDeliveries.attemptCount, params.attempt)))
    .returning({ endpointId: webhookDeliveries.endpointId });
  const healthy = db
    .update(webhookEndpoints)
    .set({ failingSince: null })
    .where(and(sql`${webhookEndpoints.id} = (select ${sql.identifier('endpoint_id')} from delivered)`, isNotNull(webhookEndpoints.failingSince)));
  const attempt = completeAttempt(db, params.deliveryId, params.attempt, params.result);
  // Query builders spliced into \`sql\` as statements of their own (`getSQL()`: no parentheses around them).
  await db.execute(sql`with attempt as (${attempt.getSQL()}), delivered as (${delivered.getSQL()}) ${healthy.getSQL()}`);
}

/** A failed attempt: the delivery waits `delayMs` for its next one, or fails for good when null. */
export async function scheduleRetry(db: DbExecutor, _tenants: AllTenants, params: { deliveryId: string; attempt: number; delayMs: number | null; lastError: string }): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({
      status: params.delayMs === null ? 'failed' : 'pending',
      nextAttemptAt: params.delayMs === null ? null : nowPlusMs(params.delayMs),
      lastError: params.lastError,
      updatedAt: sql`now()`,
    })
    .where(and(eq(webhookDeliveries.id, params.deliveryId), eq(webhookDeliveries.status, 'enqueued'), eq(webhookDeliveries.attemptCount, params.attempt)));
}

/**
 * Notes that deliveries to an enabled endpoint are failing (since the first failure after its
 * last success); true when that began more than `disableAfterMs` ago.
 */
export function markEndpointFailing(db: DbExecutor, _tenants: AllTenants, params: { endpointId: string; disableAfterMs: number }): Promise<boolean> {
  return db
    .update(webhookEndpoints)
    .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())` })
    .where(and(eq(webhookEndpoints.id, params.endpointId), eq(webhookEndpoints.status, 'enabled')))
    .returning({ overdue: sql<boolean>`${webhookEndpoints.failingSince} <= now() - ${params.disableAfterMs} * interval '1 millisecond'` })
    .then((rows) => rows[0]?.overdue ?? false);
}

/** Where a delivery stands, for a job that could not claim it. */
export function deliveryStanding(db: DbExecutor, _tenants: AllTenants, deliveryId: string) {
  return db
    .select({
      status: webhookDeliveries.status,
      endpointStatus: webhookEndpoints.status,
      partnerStatus: partners.status,
      due: sql<boolean>`(${webhookDeliveries.nextAttemptAt} is null or ${webhookDeliveries.nextAttemptAt} <= now())`,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .innerJoin(partners, eq(partners.id, webhookEndpoints.partnerId))
    .where(eq(webhookDeliveries.id, deliveryId))
    .then((rows) => rows[0]);
}

/** An open delivery that can no longer be sent fails, with the reason. */
export async function failDelivery(db: DbExecutor, _tenants: AllTenants, deliveryId: string, reason: string): Promise<void> {
  await db
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: reason, updatedAt: sql`now()` })
    .where(and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.status, ['pending', 'enqueued'])));
}
