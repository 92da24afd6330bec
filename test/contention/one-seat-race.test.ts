import postgres from 'postgres';
import t from 'tap';
import {
  StatusTally, createSaleFixture, httpClient, saleAnomalies, startApiProcesses, type ApiResponse, type Call,
} from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';

/**
 * Fifty clients, half on each of two API processes, fire at once for the same thing: one seat,
 * or the confirmation of one hold. Exactly one wins; the others hear why, and nothing is left
 * behind by the losers.
 */

const RACERS = 50;
const database = await createTestDatabase(t);
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
t.teardown(() => sql.end());
const api = await startApiProcesses(t, { databaseUrl: database.url, count: 2 });
const baseUrls = api.processes.map((process) => process.baseUrl);
const call: Call = httpClient(t, RACERS + 14);
const fixture = await createSaleFixture(call, baseUrls[0]!, api.adminKey);
const headers = fixture.aggregatorHeaders;
const showtime = await fixture.showtime(12, 25);

/**
 * Opens a connection per racer first, so the race is decided at the database and not by who got
 * a TCP handshake done first.
 */
async function warmConnections() {
  await Promise.all(Array.from({ length: RACERS }, (_, racer) => call(baseUrls[racer % 2]!, 'GET', '/healthz')));
}

async function race(request: (racer: number, baseUrl: string) => Promise<ApiResponse>): Promise<ApiResponse[]> {
  await warmConnections();
  return Promise.all(Array.from({ length: RACERS }, (_, racer) => request(racer, baseUrls[racer % 2]!)));
}

function tallyOf(operation: string, responses: ApiResponse[]) {
  const tally = new StatusTally();
  for (const response of responses) tally.record(operation, response);
  return tally.toJSON();
}

t.test(`${RACERS} clients on two processes race for one seat: one hold, the rest seats_unavailable`, async (t) => {
  for (const seat of ['A1', 'F13', 'L25']) {
    const responses = await race((racer, baseUrl) =>
      call(baseUrl, 'POST', '/v1/holds', { headers, body: { showtimeId: showtime.id, customerRef: `racer-${seat}-${racer}`, seats: [seat] } }));
    t.same(tallyOf('hold', responses), { 'hold 201': 1, 'hold 409 seats_unavailable': RACERS - 1 }, `${seat}: one winner`, { output: api.output().slice(-10_000) });
    const winner = responses.find((response) => response.status === 201)!;
    const losers = responses.filter((response) => response.status === 409);
    t.ok(losers.every((response) => response.body.conflicts?.length === 1 && response.body.conflicts[0] === seat), `${seat}: every loser is told the seat`);

    const holders = await sql<{ holdId: string; state: string }[]>`
      select si.hold_id as "holdId", si.state from seat_inventory si join layout_seats ls on ls.id = si.seat_id
      where si.showtime_id = ${showtime.id} and ls.label = ${seat}`;
    t.same(holders, [{ holdId: winner.body?.id, state: 'held' }], `${seat}: the seat is held by the winner`);
    const [left] = await sql<{ holds: number }[]>`
      select count(*)::int as holds from holds h join customers c on c.id = h.customer_id
      where h.showtime_id = ${showtime.id} and c.external_ref like ${`racer-${seat}-%`}`;
    t.equal(left!.holds, 1, `${seat}: the losers left no hold row behind`);
  }
});

t.test(`${RACERS} confirmations of one hold on two processes make one booking`, async (t) => {
  const hold = await call(baseUrls[0]!, 'POST', '/v1/holds', { headers, body: { showtimeId: showtime.id, customerRef: 'confirmer', seats: ['C7', 'C8'] } });
  t.equal(hold.status, 201, 'the hold to confirm', { body: hold.body });
  const responses = await race((racer, baseUrl) =>
    call(baseUrl, 'POST', '/v1/bookings', { headers, body: { holdId: hold.body.id, payment: { method: 'partner_collected', reference: `pay-${racer}` } } }));
  t.same(tallyOf('booking', responses), { 'booking 201': 1, 'booking 409 hold_converted': RACERS - 1 }, 'one booking; the rest hear the hold was converted', { output: api.output().slice(-10_000) });

  const winner = responses.find((response) => response.status === 201)!;
  const [sold] = await sql<{ bookings: number; payments: number; bookedByWinner: number }[]>`
    select (select count(*) from bookings where hold_id = ${hold.body.id})::int as bookings,
      (select count(*) from payments p join bookings b on b.id = p.booking_id where b.hold_id = ${hold.body.id})::int as payments,
      (select count(*) from seat_inventory where showtime_id = ${showtime.id} and state = 'booked' and booking_id = ${winner.body.id})::int as "bookedByWinner"`;
  t.same(sold, { bookings: 1, payments: 1, bookedByWinner: 2 }, 'one booking, one payment, both seats booked by it');
  t.same(await saleAnomalies(sql, showtime.id), {
    seatsInTwoLiveBookings: 0, seatsInTwoHolds: 0, bookedSeatsWithoutOneLiveRow: 0, liveRowsOfSeatsNotBooked: 0,
    bookingsNotMatchingTheirSeatsOrHold: 0, convertedHoldsWithoutBooking: 0,
  }, 'inventory, booked seats, bookings and holds agree');
});
