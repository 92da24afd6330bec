import type { PriceRow } from '../../db/queries/schedule-sync.ts';
import type { ShowtimeRow } from '../../db/queries/showtimes.ts';
import type { TheatreRow } from '../../db/queries/theatres.ts';
import { recordEvents, type EventInput } from '../outbox.ts';
import type { PartnerWriter } from '../partner-writer.ts';
import { audienceOf, toShowtime } from '../showtimes.ts';
import type { ShowtimePlan } from './plan-showtimes.ts';

/** Prices in the order a showtime read gives them, so an event's snapshot equals a later GET. */
const inReadOrder = (prices: PriceRow[]) =>
  [...prices].sort((a, b) => a.amount - b.amount || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));

/**
 * One event per changed showtime, each carrying the showtime as it now is (the same snapshot the
 * single-showtime operations send), all written in one insert.
 */
export async function showtimeEvents(
  w: PartnerWriter,
  theatre: TheatreRow,
  plan: ShowtimePlan,
  rows: { created: ShowtimeRow[]; revised: ShowtimeRow[]; cancelled: ShowtimeRow[] },
  heldPrices: Map<string, PriceRow[]>,
) {
  const pricesOf = new Map(heldPrices);
  for (const item of plan.created) pricesOf.set(item.row.id, item.prices);
  for (const item of plan.updated) if (item.prices) pricesOf.set(item.held.id, item.prices);

  const audience = audienceOf(theatre, w.scope);
  const event = (type: EventInput['type'], row: ShowtimeRow): EventInput => {
    const showtime = toShowtime(row, theatre, inReadOrder(pricesOf.get(row.id) ?? []));
    return { type, aggregate: { type: 'showtime', id: row.id, version: row.version }, data: showtime, audience };
  };
  await recordEvents(w.tx, [
    ...rows.cancelled.map((row) => event('showtime.cancelled', row)),
    ...rows.revised.map((row) => event('showtime.updated', row)),
    ...rows.created.map((row) => event('showtime.created', row)),
  ]);
}
