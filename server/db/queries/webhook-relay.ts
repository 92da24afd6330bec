import { and, asc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { DbExecutor, DbTransaction } from '../client.ts';
import { events, eventSequence, webhookDeliveries, webhookEndpoints } from '../schema/events.ts';
import { partners } from '../schema/partners.ts';
import type { AllTenants } from '../scope.ts';
import { bare, intArray, nowPlusMs, textArray } from '../sql-parts.ts';

/**
 * The relay's statements (`webhooks/relay.ts`, `webhooks/fan-out.ts`): feed positions for new
 * events, one delivery row per receiving endpoint, and the deliveries due for the queue. They act
 * for the platform, across partners (each takes `AllTenants` to say so): the receivers are whoever
 * the event's audience names.
 */

/** Serializes relays across processes: feed positions must follow commit order. */
const FAN_OUT_LOCK = 8307731990415;

/** Held until the transaction ends: one relay at a time hands out feed positions. */
export async function lockFanOut(tx: DbTransaction, _tenants: AllTenants): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(FAN_OUT_LOCK))})`);
}

/** Committed events without a feed position, oldest first; rows another relay holds are skipped. */
export function eventsAwaitingFanOut(tx: DbTransaction, _tenants: AllTenants, limit: number) {
  return tx
    .select({ id: events.id })
    .from(events)
    .where(isNull(events.sequence))
    .orderBy(asc(events.createdAt), asc(events.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

/**
 * A block of `count` feed positions; answers the first. Only relays draw from this sequence, and
 * they take turns under the lock, so the block is contiguous.
 */
export async function reserveFeedPositions(tx: DbTransaction, _tenants: AllTenants, count: number): Promise<number> {
  const [reserved] = await tx.execute<{ last: string }>(
    sql`select setval(${eventSequence.seqName}, nextval(${eventSequence.seqName}) + ${count - 1}) as last`,
  );
  return Number(reserved!.last) - count + 1;
}

/** Gives `eventIds` the positions `first`, `first + 1` … in the order given. */
export async function assignFeedPositions(tx: DbTransaction, _tenants: AllTenants, eventIds: readonly string[], first: number): Promise<void> {
  await tx
    .update(events)
    .set({ sequence: sql`${first - 1} + p.position` })
    .from(sql`unnest(${textArray(eventIds)}) with ordinality as p(id, position)`)
    .where(sql`${events.id} = p.id`);
}

/**
 * Each event with each endpoint that receives it: enabled endpoints of active partners wanting
 * its type (an empty list wants all), owned by the event's theatre partner, its aggregator, or
 * any aggregator when the event is public; `webhook_endpoint.test` goes to `data.endpointId` only.
 */
export function receiversOf(tx: DbTransaction, _tenants: AllTenants, eventIds: readonly string[]) {
  return tx
    .select({ eventId: events.id, endpointId: webhookEndpoints.id })
    .from(events)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.status, 'enabled'))
    .innerJoin(partners, and(eq(partners.id, webhookEndpoints.partnerId), eq(partners.status, 'active')))
    .where(
      and(
        sql`${events.id} = any(${textArray(eventIds)})`,
        sql`case
          when ${events.type} = 'webhook_endpoint.test' then ${webhookEndpoints.id} = ${events.data}->>'endpointId'
          else (cardinality(${webhookEndpoints.eventTypes}) = 0 or ${events.type} = any(${webhookEndpoints.eventTypes}))
            and (${webhookEndpoints.partnerId} = ${events.theatrePartnerId}
              or ${webhookEndpoints.partnerId} = ${events.aggregatorPartnerId}
              or (${events.isPublic} and ${partners.kind} = 'aggregator'))
        end`,
      ),
    )
    .orderBy(asc(events.createdAt), asc(events.id), asc(webhookEndpoints.id));
}

/**
 * Pending deliveries, first attempt due after `firstAttemptDelayMs`; a pair that already has one
 * is skipped. Answers the ids written. Three array parameters whatever the number of rows.
 */
export function insertDeliveries(
  tx: DbTransaction, _tenants: AllTenants,
  rows: { id: string; endpointId: string; eventId: string }[],
  firstAttemptDelayMs: number,
) {
  const d = webhookDeliveries;
  return tx.execute<{ id: string }>(sql`
    insert into ${d} (${bare(d.id)}, ${bare(d.endpointId)}, ${bare(d.eventId)}, ${bare(d.status)}, ${bare(d.nextAttemptAt)})
    select r.id, r.endpoint_id, r.event_id, 'pending', ${nowPlusMs(firstAttemptDelayMs)}
    from unnest(${textArray(rows.map((row) => row.id))}, ${textArray(rows.map((row) => row.endpointId))},
                ${textArray(rows.map((row) => row.eventId))}) as r(id, endpoint_id, event_id)
    on conflict (${bare(d.endpointId)}, ${bare(d.eventId)}) do nothing
    returning ${bare(d.id)}`);
}

/** What the relay needs of a delivery to hand it to the queue. */
const queueColumns = { id: webhookDeliveries.id, attemptCount: webhookDeliveries.attemptCount, enqueuedAt: webhookDeliveries.enqueuedAt };

export type QueueableDelivery = { id: string; attemptCount: number; enqueuedAt: Date | null };

/** Pending deliveries whose attempt is due, the longest waiting first. */
export function dueDeliveries(db: DbExecutor, _tenants: AllTenants, limit: number): Promise<QueueableDelivery[]> {
  return db
    .select(queueColumns)
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'pending'), lte(webhookDeliveries.nextAttemptAt, sql`now()`)))
    .orderBy(asc(webhookDeliveries.nextAttemptAt))
    .limit(limit);
}

/** Deliveries `enqueued` for longer than `staleAfterMs`: their job may be lost. */
export function staleDeliveries(db: DbExecutor, _tenants: AllTenants, staleAfterMs: number, limit: number): Promise<QueueableDelivery[]> {
  return db
    .select(queueColumns)
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.status, 'enqueued'), lt(webhookDeliveries.enqueuedAt, sql`now() - ${staleAfterMs} * interval '1 millisecond'`)))
    .orderBy(asc(webhookDeliveries.enqueuedAt))
    .limit(limit);
}

/** Marks rows enqueued unless a worker has moved them on since they were read (`attemptCount` fences). */
export async function markEnqueued(db: DbExecutor, _tenants: AllTenants, rows: { id: string; attemptCount: number }[], from: 'pending' | 'enqueued'): Promise<void> {
  if (rows.length === 0) return;
  await db
    .update(webhookDeliveries)
    .set({ status: 'enqueued', enqueuedAt: sql`now()`, updatedAt: sql`now()` })
    .from(sql`unnest(${textArray(rows.map((row) => row.id))}, ${intArray(rows.map((row) => row.attemptCount))}) as v(id, attempt_count)`)
    .where(and(sql`${webhookDeliveries.id} = v.id`, eq(webhookDeliveries.status, from), sql`${webhookDeliveries.attemptCount} = v.attempt_count`));
}

/** Milliseconds until the next pending delivery is due (negative: overdue); null when none waits. */
export function msUntilNextDue(db: DbExecutor, _tenants: AllTenants): Promise<number | null> {
  return db
    .select({ ms: sql<number | null>`extract(epoch from min(${webhookDeliveries.nextAttemptAt}) - clock_timestamp()) * 1000`.mapWith(Number) })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, 'pending'))
    .then((rows) => rows[0]?.ms ?? null);
}
