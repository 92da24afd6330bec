import { sql } from 'drizzle-orm';
import { param, prepared } from '../prepared.ts';
import { events } from '../schema/events.ts';

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
