import type postgres from 'postgres';
import { saleAnomalies } from '../helpers/api-processes.ts';
import type { SaleResult } from './sale-clients.ts';

/**
 * What the database says was sold, checked after every booking run: it must agree with what the
 * clients counted (and, for a finished sell-out, nothing may be left), and no seat may be sold twice.
 * Returns what is wrong, or undefined.
 */
export async function saleProblems(sql: postgres.Sql, showtimeIds: string[], result: SaleResult, expectSoldOut: boolean): Promise<string | undefined> {
  const [row] = await sql`select
      (select count(*)::int from seat_inventory where showtime_id in ${sql(showtimeIds)} and state = 'booked') as booked,
      (select count(*)::int from seat_inventory where showtime_id in ${sql(showtimeIds)} and state <> 'booked') as unsold,
      (select count(*)::int from booked_seats where showtime_id in ${sql(showtimeIds)}) as booked_seats,
      (select count(*)::int from bookings where showtime_id in ${sql(showtimeIds)}) as bookings,
      (select count(*)::int from holds where showtime_id in ${sql(showtimeIds)} and status = 'active') as active_holds`;
  const counts = row as { booked: number; unsold: number; booked_seats: number; bookings: number; active_holds: number };
  const problems: string[] = [];
  const agrees = counts.booked === result.seatsSold && counts.booked_seats === result.seatsSold && counts.bookings === result.bookings && counts.active_holds === 0;
  if (!agrees || (expectSoldOut && counts.unsold !== 0)) {
    problems.push(`the database says ${JSON.stringify(counts)}; the clients counted ${result.seatsSold} seats in ${result.bookings} bookings`);
  }
  for (const showtimeId of showtimeIds) {
    const anomalies = await saleAnomalies(sql, showtimeId);
    const found = Object.entries(anomalies).filter(([, count]) => count !== 0);
    if (found.length > 0) problems.push(`DOUBLE SALE or disagreement on ${showtimeId}: ${JSON.stringify(Object.fromEntries(found))}`);
  }
  return problems.length === 0 ? undefined : problems.join('; ');
}
