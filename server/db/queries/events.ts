import { and, asc, eq, inArray, isNotNull, lt, notExists, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants } from '../scope.ts';
import { param, prepared } from '../prepared.ts';
import { events, webhookDeliveries } from '../schema/events.ts';

/** Outbox rows as columns: one statement inserts any number of events. */
export interface EventColumns {
  eventIds: string[];
  eventTypes: string[];
  aggregateTypes: string[];
  aggregateIds: string[];
  aggregateVersions: number[];
  theatrePartnerIds: (string | null)[];
  aggregatorPartnerIds: (string | null)[];
  /** `true` / `false` as text: postgres.js would declare a JS boolean array a single boolean. */
  isPublic: ('true' | 'false')[];
  /** Each event's data as JSON text. */
  eventData: string[];
}

/** The insert of the events (parameters `EventColumns`), for statements that write them beside their change. */
export const eventsInsertSql = sql`
  insert into ${events} (id, type, aggregate_type, aggregate_id, aggregate_version, theatre_partner_id, aggregator_partner_id, is_public, data)
  select id, type, aggregate_type, aggregate_id, aggregate_version, theatre_partner_id, aggregator_partner_id, is_public::boolean, data::jsonb
  from unnest(${param('eventIds')}::text[], ${param('eventTypes')}::text[], ${param('aggregateTypes')}::text[], ${param('aggregateIds')}::text[],
    ${param('aggregateVersions')}::int[], ${param('theatrePartnerIds')}::text[], ${param('aggregatorPartnerIds')}::text[],
    ${param('isPublic')}::text[], ${param('eventData')}::text[])
    as e(id, type, aggregate_type, aggregate_id, aggregate_version, theatre_partner_id, aggregator_partner_id, is_public, data)`;

export const insertEvents = prepared<EventColumns, never>(eventsInsertSql);

/**
 * The PostgreSQL channel the webhook relay listens on. A NOTIFY is sent after a commit, never
 * inside the transaction: there it takes a global lock at commit and would serialize every booking.
 */
export const RELAY_CHANNEL = 'marquee_outbox';

export async function notifyRelay(db: DbExecutor): Promise<void> {
  await db.execute(sql`select pg_notify(${RELAY_CHANNEL}, '')`);
}

/**
 * Retention: removes events older than `olderThanDays` together with their deliveries (and, by
 * cascade, their attempts), `limit` at a time. An event is kept while the relay has not fanned it
 * out or any of its deliveries is still open, so pruning never loses an undelivered event.
 */
export async function pruneEvents(db: DbExecutor, _tenants: AllTenants, options: { olderThanDays: number; limit: number }): Promise<{ pruned: number }> {
  const doomed = db
    .select({ id: events.id })
    .from(events)
    .where(
      and(
        lt(events.createdAt, sql`now() - ${options.olderThanDays} * interval '1 day'`),
        isNotNull(events.sequence),
        notExists(
          db
            .select({ one: sql`1` })
            .from(webhookDeliveries)
            .where(and(eq(webhookDeliveries.eventId, events.id), inArray(webhookDeliveries.status, ['pending', 'enqueued']))),
        ),
      ),
    )
    .orderBy(asc(events.createdAt))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  const inDoomed = (column: typeof events.id | typeof webhookDeliveries.eventId) => sql`${column} in (select ${sql.identifier('id')} from doomed)`;
  const rows = await db.execute<{ id: string }>(sql`
    with doomed as (${doomed.getSQL()}),
    deliveries as (${db.delete(webhookDeliveries).where(inDoomed(webhookDeliveries.eventId)).getSQL()})
    ${db.delete(events).where(inDoomed(events.id)).returning({ id: events.id }).getSQL()}`);
  return { pruned: rows.length };
}
