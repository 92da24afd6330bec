import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client.ts';
import { newId } from '../server/db/ids.ts';

/** Serializes relays across processes: feed positions must follow commit order. */
const FAN_OUT_LOCK = sql`8307731990415`;

export interface FannedOut {
  /** Events that got their feed position in this call. */
  events: number;
  /** Deliveries written for them (one per event and endpoint that receives it). */
  deliveries: { id: string; attemptCount: number; enqueuedAt: Date | null }[];
}

/**
 * Takes up to `limit` committed events that have no feed position yet, in the order they were
 * written, and in one transaction gives each the next `events.sequence` and writes one pending
 * delivery per endpoint that should receive it. One relay at a time holds the advisory lock, so
 * positions are handed out in the order events became visible: a reader of the feed never sees a
 * position appear below one it has already read.
 *
 * Who receives an event: enabled endpoints of active partners that want its type (an empty list
 * wants all), owned by the event's theatre partner, its aggregator, or any aggregator when the
 * event is public; `webhook_endpoint.test` goes to the one endpoint in `data.endpointId` only.
 */
export async function fanOutEvents(db: Db, options: { limit: number; firstAttemptDelayMs: number }): Promise<FannedOut> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FAN_OUT_LOCK})`);
    const picked = await tx.execute<{ id: string }>(sql`
      select id from events where sequence is null
      order by created_at, id limit ${options.limit}
      for update skip locked`);
    if (picked.length === 0) return { events: 0, deliveries: [] };
    const ids = picked.map((row) => row.id);
    // A block of positions, handed out in the order picked (only relays draw from this sequence,
    // and they take turns under the lock).
    const [reserved] = await tx.execute<{ last: string }>(
      sql`select setval('event_sequence', nextval('event_sequence') + ${ids.length - 1}) as last`,
    );
    const first = Number(reserved!.last) - ids.length + 1;
    await tx.execute(sql`
      update events e set sequence = ${first} - 1 + p.position
      from unnest(${toTextArray(ids)}::text[]) with ordinality as p(id, position)
      where e.id = p.id`);

    const pairs = await tx.execute<{ event_id: string; endpoint_id: string }>(sql`
      select e.id as event_id, w.id as endpoint_id
      from events e
      join webhook_endpoints w on w.status = 'enabled'
      join partners p on p.id = w.partner_id and p.status = 'active'
      where e.id = any(${toTextArray(ids)}::text[])
        and case
          when e.type = 'webhook_endpoint.test' then w.id = e.data->>'endpointId'
          else (cardinality(w.event_types) = 0 or e.type = any(w.event_types))
            and (w.partner_id = e.theatre_partner_id
              or w.partner_id = e.aggregator_partner_id
              or (e.is_public and p.kind = 'aggregator'))
        end
      order by e.created_at, e.id, w.id`);
    if (pairs.length === 0) return { events: ids.length, deliveries: [] };
    const deliveryIds = pairs.map(() => newId('dlv'));
    const inserted = await tx.execute<{ id: string }>(sql`
      insert into webhook_deliveries (id, endpoint_id, event_id, status, next_attempt_at)
      select d.id, d.endpoint_id, d.event_id, 'pending', now() + ${options.firstAttemptDelayMs} * interval '1 millisecond'
      from unnest(${toTextArray(deliveryIds)}::text[], ${toTextArray(pairs.map((pair) => pair.endpoint_id))}::text[],
                  ${toTextArray(pairs.map((pair) => pair.event_id))}::text[]) as d(id, endpoint_id, event_id)
      on conflict (endpoint_id, event_id) do nothing
      returning id`);
    return { events: ids.length, deliveries: inserted.map((row) => ({ id: row.id, attemptCount: 0, enqueuedAt: null })) };
  });
}

/** A Postgres text[] literal; drizzle would otherwise spread a JS array into a row of params. */
export function toTextArray(values: readonly string[]) {
  return `{${values.map((value) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
