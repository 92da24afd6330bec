import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants, PartnerScope } from '../scope.ts';
import { events, webhookAttempts, webhookDeliveries, webhookEndpoints } from '../schema/events.ts';

/**
 * Webhook endpoints, their deliveries and attempts, and the events feed. Every query takes the
 * calling partner's scope: another partner's endpoint, delivery or event does not exist.
 */

/** What reads return: never the sealed secrets, which only signing and rotation touch. */
export const endpointColumns = {
  id: webhookEndpoints.id,
  partnerId: webhookEndpoints.partnerId,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  eventTypes: webhookEndpoints.eventTypes,
  status: webhookEndpoints.status,
  disabledReason: webhookEndpoints.disabledReason,
  failingSince: webhookEndpoints.failingSince,
  previousSecretExpiresAt: webhookEndpoints.previousSecretExpiresAt,
  version: webhookEndpoints.version,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

export type EndpointRow = Awaited<ReturnType<typeof findEndpoint>> & {};
export type EndpointChanges = Partial<Pick<EndpointRow, 'url' | 'description' | 'eventTypes'>>;

export function findEndpoint(db: DbExecutor, scope: PartnerScope, endpointId: string) {
  return db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.partnerId, scope.partnerId), eq(webhookEndpoints.id, endpointId)))
    .then((rows) => rows[0]);
}

export function listEndpoints(db: DbExecutor, scope: PartnerScope, params: { limit: number; before?: string }) {
  return db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.partnerId, scope.partnerId),
        params.before === undefined ? undefined : sql`${webhookEndpoints.id} < ${params.before}`,
      ),
    )
    .orderBy(desc(webhookEndpoints.id))
    .limit(params.limit + 1);
}

export function insertEndpoint(
  db: DbExecutor,
  scope: PartnerScope,
  values: { id: string; url: string; description: string | null; eventTypes: string[]; secretCiphertext: string },
) {
  return db.insert(webhookEndpoints).values({ ...values, partnerId: scope.partnerId }).returning(endpointColumns).then((rows) => rows[0]!);
}

const bumped = { version: sql`${webhookEndpoints.version} + 1`, updatedAt: sql`now()` };

/** The guard on every write: the partner's endpoint, at the version read (undefined: any). */
function endpointAt(scope: PartnerScope | AllTenants, endpointId: string, expectedVersion?: number) {
  return and(
    scope.kind === 'all-tenants' ? undefined : eq(webhookEndpoints.partnerId, scope.partnerId),
    eq(webhookEndpoints.id, endpointId),
    expectedVersion === undefined ? undefined : eq(webhookEndpoints.version, expectedVersion),
  );
}

/** Undefined when the endpoint is gone or its version moved on: the caller tells which. */
export function updateEndpoint(
  db: DbExecutor,
  scope: PartnerScope,
  params: { endpointId: string; expectedVersion?: number; changes: EndpointChanges },
) {
  return db
    .update(webhookEndpoints)
    .set({ ...params.changes, ...bumped })
    .where(endpointAt(scope, params.endpointId, params.expectedVersion))
    .returning(endpointColumns)
    .then((rows) => rows[0]);
}

export function deleteEndpoint(db: DbExecutor, scope: PartnerScope, params: { endpointId: string; expectedVersion?: number }) {
  return db
    .delete(webhookEndpoints)
    .where(endpointAt(scope, params.endpointId, params.expectedVersion))
    .returning({ id: webhookEndpoints.id })
    .then((rows) => rows[0]);
}

/**
 * One statement, so two rotations racing cannot both keep "the" previous secret: the current
 * secret becomes the previous one (signing beside the new one until `previousUntil`).
 */
export function rotateEndpointSecret(
  db: DbExecutor,
  scope: PartnerScope,
  params: { endpointId: string; secretCiphertext: string; previousValidSeconds: number },
) {
  return db
    .update(webhookEndpoints)
    .set({
      previousSecretCiphertext: sql`${webhookEndpoints.secretCiphertext}`,
      previousSecretExpiresAt: sql`now() + ${params.previousValidSeconds} * interval '1 second'`,
      secretCiphertext: params.secretCiphertext,
      ...bumped,
    })
    .where(endpointAt(scope, params.endpointId))
    .returning(endpointColumns)
    .then((rows) => rows[0]);
}

/**
 * The one way an endpoint is disabled, by its partner or by Marquee (the delivery worker, across
 * tenants): the enabled endpoint is disabled with `reason`, and its open deliveries fail (a replay
 * sends them again once it is enabled). Undefined when it is not the partner's or not enabled (someone got there first).
 * Two statements: run it in the caller's transaction.
 */
export async function disableEndpoint(tx: DbExecutor, scope: PartnerScope | AllTenants, params: { endpointId: string; reason: string }) {
  const [disabled] = await tx
    .update(webhookEndpoints)
    .set({ status: 'disabled', disabledReason: params.reason, ...bumped })
    .where(and(endpointAt(scope, params.endpointId), eq(webhookEndpoints.status, 'enabled')))
    .returning(endpointColumns);
  if (!disabled) return undefined;
  await tx
    .update(webhookDeliveries)
    .set({ status: 'failed', nextAttemptAt: null, lastError: `endpoint disabled: ${params.reason}`, updatedAt: sql`now()` })
    .where(and(eq(webhookDeliveries.endpointId, params.endpointId), inArray(webhookDeliveries.status, ['pending', 'enqueued']), ofOwnEndpoint(scope)));
  return disabled;
}

/** Enabling starts the endpoint's health afresh: it is not "failing since" before it was disabled. */
export function enableEndpoint(db: DbExecutor, scope: PartnerScope, endpointId: string) {
  return db
    .update(webhookEndpoints)
    .set({ status: 'enabled', disabledReason: null, failingSince: null, ...bumped })
    .where(and(endpointAt(scope, endpointId), eq(webhookEndpoints.status, 'disabled')))
    .returning(endpointColumns)
    .then((rows) => rows[0]);
}

/** Deliveries (or their attempts, by `deliveryId`) to one of the scope's endpoints, for statements that do not join it. */
const ofOwnEndpoint = (scope: PartnerScope | AllTenants) =>
  scope.kind === 'all-tenants' ? undefined : sql`exists (select 1 from ${webhookEndpoints} own where own.id = ${webhookDeliveries.endpointId} and own.partner_id = ${scope.partnerId})`;
const ofOwnDelivery = (scope: PartnerScope) =>
  sql`exists (select 1 from ${webhookDeliveries} own_delivery join ${webhookEndpoints} own on own.id = own_delivery.endpoint_id
    where own_delivery.id = ${webhookAttempts.deliveryId} and own.partner_id = ${scope.partnerId})`;

const deliveryColumns = {
  id: webhookDeliveries.id,
  endpointId: webhookDeliveries.endpointId,
  eventId: webhookDeliveries.eventId,
  eventType: events.type,
  status: webhookDeliveries.status,
  attemptCount: webhookDeliveries.attemptCount,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  deliveredAt: webhookDeliveries.deliveredAt,
  lastError: webhookDeliveries.lastError,
  createdAt: webhookDeliveries.createdAt,
  updatedAt: webhookDeliveries.updatedAt,
  // The list cursor needs the stored microseconds: a Date keeps only milliseconds, and a cursor
  // rounded down would skip rows created within the same millisecond.
  cursorTime: sql<string>`${webhookDeliveries.createdAt}::text`,
};

export type DeliveryRow = Awaited<ReturnType<typeof findDelivery>> & {};

/** Newest first; the cursor is the last row's (created_at, id). */
function deliveriesBefore(before: { createdAt: string; id: string } | undefined) {
  return before === undefined
    ? undefined
    : sql`(${webhookDeliveries.createdAt}, ${webhookDeliveries.id}) < (${before.createdAt}::timestamptz, ${before.id})`;
}

export function listEndpointDeliveries(
  db: DbExecutor,
  scope: PartnerScope,
  params: { endpointId: string; status?: string; limit: number; before?: { createdAt: string; id: string } },
) {
  return db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .where(
      and(
        eq(webhookDeliveries.endpointId, params.endpointId),
        ofOwnEndpoint(scope),
        params.status === undefined ? undefined : sql`${webhookDeliveries.status} = ${params.status}`,
        deliveriesBefore(params.before),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(params.limit + 1);
}

/** One event's deliveries to the partner's own endpoints. */
export function listEventDeliveries(
  db: DbExecutor,
  scope: PartnerScope,
  params: { eventId: string; limit: number; before?: { createdAt: string; id: string } },
) {
  return db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(
      and(
        eq(webhookEndpoints.partnerId, scope.partnerId),
        eq(webhookDeliveries.eventId, params.eventId),
        deliveriesBefore(params.before),
      ),
    )
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(params.limit + 1);
}

export function findDelivery(db: DbExecutor, scope: PartnerScope, deliveryId: string) {
  return db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .innerJoin(events, eq(events.id, webhookDeliveries.eventId))
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(and(eq(webhookEndpoints.partnerId, scope.partnerId), eq(webhookDeliveries.id, deliveryId)))
    .then((rows) => rows[0]);
}

export function listAttempts(db: DbExecutor, scope: PartnerScope, params: { deliveryId: string; limit: number; after?: number }) {
  return db
    .select({
      id: webhookAttempts.id,
      attemptNumber: webhookAttempts.attemptNumber,
      startedAt: webhookAttempts.startedAt,
      durationMs: webhookAttempts.durationMs,
      responseStatus: webhookAttempts.responseStatus,
      error: webhookAttempts.error,
      responseBodyExcerpt: webhookAttempts.responseBodyExcerpt,
    })
    .from(webhookAttempts)
    .where(
      and(
        eq(webhookAttempts.deliveryId, params.deliveryId),
        ofOwnDelivery(scope),
        params.after === undefined ? undefined : gt(webhookAttempts.attemptNumber, params.after),
      ),
    )
    .orderBy(asc(webhookAttempts.attemptNumber))
    .limit(params.limit + 1);
}

/**
 * A new attempt series for a finished (or waiting) delivery: due now, for the relay to pick up.
 * The attempt count carries on, so attempt numbers stay unique. An enqueued delivery is left
 * alone: a worker may be sending it at this moment.
 */
export function redeliver(db: DbExecutor, scope: PartnerScope, deliveryId: string) {
  return db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: sql`now()`, enqueuedAt: null, updatedAt: sql`now()` })
    .where(and(eq(webhookDeliveries.id, deliveryId), inArray(webhookDeliveries.status, ['pending', 'delivered', 'failed']), ofOwnEndpoint(scope)))
    .returning({ id: webhookDeliveries.id })
    .then((rows) => rows[0]);
}

/** Every failed delivery of the endpoint created since `since`, due again now; answers how many. */
export function replayFailedDeliveries(db: DbExecutor, scope: PartnerScope, params: { endpointId: string; since: string }) {
  return db
    .update(webhookDeliveries)
    .set({ status: 'pending', nextAttemptAt: sql`now()`, enqueuedAt: null, updatedAt: sql`now()` })
    .where(
      and(
        eq(webhookDeliveries.endpointId, params.endpointId),
        ofOwnEndpoint(scope),
        eq(webhookDeliveries.status, 'failed'),
        sql`${webhookDeliveries.createdAt} >= ${params.since}::timestamptz`,
      ),
    )
    .returning({ id: webhookDeliveries.id })
    .then((rows) => rows.length);
}
