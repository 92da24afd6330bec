import postgres from 'postgres';
import t from 'tap';
import {
  StatusTally, createSaleFixture, httpClient, saleAnomalies, startApiProcesses, type ApiResponse,
} from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';

/**
 * Best available under contention, over real HTTP: two API processes on one database, 100
 * clients asking for 2–4 best-available seats of one 300-seat showtime until it is sold out. They
 * all want the same centre seats, so choices keep colliding between choosing and locking; the
 * server must choose again, never hold part of a choice, never sell a seat twice, and refuse only
 * with `best_available_unavailable`.
 */

const CLIENTS = 100;
const ROWS = 12;
const SEATS_PER_ROW = 25;
/** A client that needs more rounds than this is stuck, not unlucky. */
const MAX_ROUNDS_PER_CLIENT = 300;

const database = await createTestDatabase(t);
const sql = postgres(database.url, { max: 2, onnotice: () => {} });
t.teardown(() => sql.end());
const api = await startApiProcesses(t, { databaseUrl: database.url, count: 2 });
const [first, second] = api.processes.map((process) => process.baseUrl) as [string, string];
const call = httpClient(t, CLIENTS + 16);
const fixture = await createSaleFixture(call, first, api.adminKey);

async function tracked(tally: StatusTally, response: Promise<ApiResponse>): Promise<ApiResponse> {
  try {
    return tally.record('hold', await response);
  } catch (error) {
    return tally.record('hold', { status: 0, body: { code: (error as { code?: string }).code ?? String(error) } });
  }
}

t.test(`${CLIENTS} clients on two processes hold best-available seats until a ${ROWS * SEATS_PER_ROW}-seat showtime is gone, each seat once`, async (t) => {
  const showtime = await fixture.showtime(ROWS, SEATS_PER_ROW);
  const tally = new StatusTally();
  const granted: { holdId: string; asked: number; seats: { label: string; category: string }[] }[] = [];
  const stuck: number[] = [];
  const badAlternatives: unknown[] = [];

  /**
   * Asks for 2–4 seats; when refused, asks for what the 409 says the category can still give,
   * until it says nothing can be given. A fresh customer each round, so the one-hold-per-customer
   * rule never refuses.
   */
  async function holdUntilGone(client: number) {
    const at = client % 2 === 0 ? first : second;
    let quantity = 2 + (client % 3);
    for (let round = 1; round <= MAX_ROUNDS_PER_CLIENT; round += 1) {
      const body = { showtimeId: showtime.id, customerRef: `fan-${client}-${round}`, bestAvailable: { category: 'standard', quantity } };
      const response = await tracked(tally, call(at, 'POST', '/v1/holds', { headers: fixture.aggregatorHeaders, body }));
      if (response.status === 201) {
        granted.push({ holdId: response.body.id, asked: quantity, seats: response.body.seats });
        quantity = 2 + ((client + round) % 3);
        continue;
      }
      if (response.status !== 409 || response.body.code !== 'best_available_unavailable') continue;
      const alternatives = response.body.alternatives as { category: string; quantity: number }[];
      if (alternatives.some((alternative) => alternative.category !== 'standard' || alternative.quantity >= quantity)) badAlternatives.push(alternatives);
      if (alternatives.length === 0) return;
      quantity = alternatives[0]!.quantity;
    }
    stuck.push(client);
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, client) => holdUntilGone(client)));
  const seconds = (Date.now() - started) / 1000;
  const diagnostics = { tally: tally.toJSON(), output: api.output().slice(-20_000) };
  t.comment(`sold out in ${seconds.toFixed(1)} s: ${granted.length} holds, ${(granted.length / seconds).toFixed(0)} holds/s; responses ${JSON.stringify(tally)}`);

  t.same(tally.matching(/^hold (5\d\d|0)\b/), {}, 'no 5xx and no dropped connection', diagnostics);
  t.same(tally.matching(/^(?!hold 201$|hold 409 best_available_unavailable$)/), {}, 'the only refusal is best_available_unavailable (never seats_unavailable)', diagnostics);
  t.same(stuck, [], 'every client saw the end');
  t.same(badAlternatives, [], 'alternatives only ever offered fewer standard seats');

  const everySeat = granted.flatMap((hold) => hold.seats.map((seat) => seat.label));
  t.same(granted.filter((hold) => hold.seats.length !== hold.asked || hold.seats.some((seat) => seat.category !== 'standard')), [], 'every hold has exactly the seats asked for, all standard');
  t.equal(new Set(everySeat).size, everySeat.length, 'no seat was granted twice');
  t.same([...everySeat].sort(), [...showtime.labels].sort(), 'and every seat was granted once: sold out');

  const [counts] = await sql<{ heldSeats: number; activeHolds: number; seatsOfActiveHolds: number; seatsNotOwnedByTheirHold: number }[]>`
    select
      (select count(*) from seat_inventory where showtime_id = ${showtime.id} and state = 'held')::int as "heldSeats",
      (select count(*) from holds where showtime_id = ${showtime.id} and status = 'active')::int as "activeHolds",
      (select coalesce(sum(seat_count), 0) from holds where showtime_id = ${showtime.id} and status = 'active')::int as "seatsOfActiveHolds",
      (select count(*) from seat_inventory si join layout_seats ls on ls.id = si.seat_id
         where si.showtime_id = ${showtime.id} and not exists (
           select 1 from holds h, jsonb_array_elements(h.quote->'lines') line
           where h.id = si.hold_id and h.status = 'active' and line->>'label' = ls.label))::int as "seatsNotOwnedByTheirHold"`;
  t.same(counts, { heldSeats: showtime.labels.length, activeHolds: granted.length, seatsOfActiveHolds: showtime.labels.length, seatsNotOwnedByTheirHold: 0 },
    'counted in SQL: every seat held, by the one hold whose quote lists it; no hold left over from a lost race');
  t.match(await saleAnomalies(sql, showtime.id), { seatsInTwoHolds: 0 }, 'no seat in two live holds');
  const attempts = await sql<{ attempts: number; holds: number }[]>`
    select (details->'bestAvailable'->>'attempts')::int as attempts, count(*)::int as holds from audit_log
    where action = 'hold.created' and details->>'showtimeId' = ${showtime.id} group by 1 order by 1`;
  t.comment(`holds by attempts needed: ${attempts.map((row) => `${row.attempts}: ${row.holds}`).join(', ')}`);
  t.ok(attempts.some((row) => row.attempts > 1), 'choices did collide, and the losers chose again');
});
