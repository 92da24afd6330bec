import { and, asc, eq, gt, isNotNull, or, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { PartnerScope } from '../scope.ts';
import { events } from '../schema/events.ts';

/**
 * Who sees an event: a theatre partner the events of its own theatres; an aggregator the events
 * of its own bookings and holds, and every public one (showtimes of live theatres, inventory).
 */
export function visibleTo(partner: PartnerScope): SQL {
  return partner.partnerKind === 'theatre'
    ? eq(events.theatrePartnerId, partner.partnerId)
    : or(eq(events.aggregatorPartnerId, partner.partnerId), eq(events.isPublic, true))!;
}

const feedColumns = {
  id: events.id,
  type: events.type,
  createdAt: events.createdAt,
  aggregateType: events.aggregateType,
  aggregateId: events.aggregateId,
  aggregateVersion: events.aggregateVersion,
  data: events.data,
  sequence: events.sequence,
};

export type FeedRow = Awaited<ReturnType<typeof listFeed>>[number];

/** Only events the relay has given a position: the feed never shows a gap it later fills. */
export function listFeed(
  db: DbExecutor,
  scope: PartnerScope,
  params: { after?: number; type?: string; limit: number },
) {
  return db
    .select(feedColumns)
    .from(events)
    .where(
      and(
        visibleTo(scope),
        isNotNull(events.sequence),
        params.after === undefined ? undefined : gt(events.sequence, params.after),
        params.type === undefined ? undefined : eq(events.type, params.type),
      ),
    )
    .orderBy(asc(events.sequence))
    .limit(params.limit + 1);
}

export function findVisibleEvent(db: DbExecutor, partner: PartnerScope, eventId: string) {
  return db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.id, eventId), visibleTo(partner)))
    .then((rows) => rows[0]);
}

export function findEvent(db: DbExecutor, scope: PartnerScope, eventId: string) {
  return db.select(feedColumns).from(events).where(and(eq(events.id, eventId), visibleTo(scope))).then((rows) => rows[0]);
}
