import postgres from 'postgres';
import t from 'tap';
import {
  StatusTally, createSaleFixture, httpClient, saleAnomalies, saleTotals, startApiProcesses, type ApiResponse,
} from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';

/**
 * The contention proof, over real HTTP: two API processes on one database, 200 clients buying
 * pairs of seats of one 300-seat showtime until it is sold out. Clients choose at random among the
 * seats the map shows available, so they keep colliding; the database must sell each seat once.
 */

const CLIENTS = 200;
const ROWS = 12;
const SEATS_PER_ROW = 25;
const SEATS_PER_BOOKING = 2;
/** A client that needs more rounds than this is stuck, not unlucky. */
const MAX_ROUNDS_PER_CLIENT = 400;

const database = await createTestDatabase(t);
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
t.teardown(() => sql.end());
const api = await startApiProcesses(t, { databaseUrl: database.url, count: 2 });
const [first, second] = api.processes.map((process) => process.baseUrl) as [string, string];
const call = httpClient(t, CLIENTS + 56);
const fixture = await createSaleFixture(call, first, api.adminKey);
const sellerHeaders = fixture.aggregatorHeaders;

function pickAtRandom<T>(items: T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(pool.splice(Math.floor(Math.random() * pool.length), 1)[0]!);
  return picked;
}

/** A transport failure is an outcome too: it is counted, never thrown past the other clients. */
async function tracked(tally: StatusTally, operation: string, response: Promise<ApiResponse>): Promise<ApiResponse> {
  try {
    return tally.record(operation, await response);
  } catch (error) {
    return tally.record(operation, { status: 0, body: { code: (error as { code?: string }).code ?? String(error) } });
  }
}

t.test(`${CLIENTS} clients on two processes sell out a ${ROWS * SEATS_PER_ROW}-seat showtime, each seat once`, async (t) => {
  const showtime = await fixture.showtime(ROWS, SEATS_PER_ROW);
  const tally = new StatusTally();
  const bookingsConfirmedBy = [0, 0];
  const stuckClients: number[] = [];

  /**
   * Holds on one process and confirms on the other, so every sale also crosses processes: the
   * hold one process wrote is what the other must find.
   */
  async function buyUntilSoldOut(client: number) {
    const [holdAt, bookAt] = client % 2 === 0 ? [first, second] : [second, first];
    let customerRef = `fan-${client}`;
    for (let round = 1; round <= MAX_ROUNDS_PER_CLIENT; round += 1) {
      const map = await tracked(tally, 'seat-map', call(holdAt, 'GET', `/v1/showtimes/${showtime.id}/seat-map`));
      if (map.status !== 200) continue;
      const available = (map.body.seats as { label: string; status: string }[]).filter((seat) => seat.status === 'available');
      if (available.length === 0) return;
      const seats = pickAtRandom(available, SEATS_PER_BOOKING).map((seat) => seat.label);
      const hold = await tracked(tally, 'hold', call(holdAt, 'POST', '/v1/holds', { headers: sellerHeaders, body: { showtimeId: showtime.id, customerRef, seats } }));
      if (hold.status !== 201) continue;
      const payment = { method: 'partner_collected', reference: `pay-${hold.body.id}` };
      const booking = await tracked(tally, 'booking', call(bookAt, 'POST', '/v1/bookings', { headers: sellerHeaders, body: { holdId: hold.body.id, payment } }));
      if (booking.status === 201) bookingsConfirmedBy[bookAt === first ? 0 : 1]! += 1;
      // A hold left active would block this customer's next one: carry on as another customer.
      else customerRef = `fan-${client}-${round}`;
    }
    stuckClients.push(client);
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => buyUntilSoldOut(client)));
  const seconds = (Date.now() - started) / 1000;
  t.comment(`sold out in ${seconds.toFixed(1)} s; responses: ${JSON.stringify(tally)}; bookings confirmed per process: ${bookingsConfirmedBy.join(' / ')}`);
  const diagnostics = { tally: tally.toJSON(), output: api.output().slice(-20_000) };

  t.same(tally.matching(/^\S+ (5\d\d|0)\b/), {}, 'no 5xx and no dropped connection, ever', diagnostics);
  t.same(tally.matching(/^(?!seat-map 200$|hold 201$|booking 201$|hold 409 seats_unavailable$)/), {}, 'the only refusals are 409 seats_unavailable on holds', diagnostics);
  t.same(stuckClients, [], 'every client saw the sell-out');
  const bookingsConfirmed = tally.counts.get('booking 201') ?? 0;
  t.equal(bookingsConfirmed, ROWS * SEATS_PER_ROW / SEATS_PER_BOOKING, 'every pair of seats became one booking');
  t.equal(tally.counts.get('hold 201'), bookingsConfirmed, 'and every hold granted was confirmed');
  t.ok((tally.counts.get('hold 409 seats_unavailable') ?? 0) > 0, 'clients did collide: some holds were refused');
  t.ok(bookingsConfirmedBy.every((count) => count > 0), 'both processes confirmed bookings');

  const seats = showtime.labels.length;
  t.same(await saleTotals(sql, showtime.id), {
    bookedInInventory: seats, seatsOfConfirmedBookings: seats, liveBookedSeatRows: seats, confirmedBookings: seats / SEATS_PER_BOOKING, activeHolds: 0,
  }, `counted in SQL: ${seats} seats booked, in ${seats / SEATS_PER_BOOKING} confirmed bookings, no hold left`);
  t.same(await saleAnomalies(sql, showtime.id), {
    seatsInTwoLiveBookings: 0, seatsInTwoHolds: 0, bookedSeatsWithoutOneLiveRow: 0, liveRowsOfSeatsNotBooked: 0,
    bookingsNotMatchingTheirSeatsOrHold: 0, convertedHoldsWithoutBooking: 0,
  }, 'no seat sold twice; inventory, booked seats, bookings and holds agree');

  for (const baseUrl of [first, second]) {
    const map = await call(baseUrl, 'GET', `/v1/showtimes/${showtime.id}/seat-map`);
    t.same(map.body.counts, [{ category: 'standard', total: seats, available: 0 }], `${baseUrl} shows the sell-out`);
  }
});
