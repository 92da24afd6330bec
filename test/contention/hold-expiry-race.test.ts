import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import t from 'tap';
import {
  StatusTally, createSaleFixture, httpClient, saleAnomalies, startApiProcesses,
} from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/**
 * A hold that runs out while its owner confirms it must end one way only: a booking, or a 409
 * `hold_expired` with nothing sold and the seats free. Each trial winds a fresh hold's expiry to a
 * few milliseconds ahead, then fires the owner's confirmation on one process and a rival's hold on
 * the same seats on the other, while both processes run the expiry sweep every 500 ms.
 */

await requireRedis();
const LANES = 12;
const TRIALS_PER_LANE = 10;
/** Both outcomes must each show up this often, or the trials never hit the moment of expiry. */
const MIN_TRIALS_PER_OUTCOME = 5;
/**
 * The staircase: a booking moves the next expiry closer, an expiry moves it further; the step
 * doubles while the outcome repeats (a busy machine moves the moment of expiry) and halves when
 * it flips, so each lane settles on the moment wherever it is.
 */
const START_OFFSET_MS = 20;
const START_STEP_MS = 4;
const MIN_STEP_MS = 1;
const MAX_STEP_MS = 64;

const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
t.teardown(() => deleteQueueKeys(prefix));
const database = await createTestDatabase(t);
const sql = postgres(database.url, { max: 4, onnotice: () => {} });
t.teardown(() => sql.end());
const api = await startApiProcesses(t, {
  databaseUrl: database.url,
  count: 2,
  env: { JOBS_ENABLED: 'true', QUEUE_PREFIX: prefix, HOLD_SWEEP_INTERVAL_MS: '500' },
});
const [first, second] = api.processes.map((process) => process.baseUrl) as [string, string];
const call = httpClient(t, 64);
const fixture = await createSaleFixture(call, first, api.adminKey);
const headers = fixture.aggregatorHeaders;

type Outcome = 'booked' | 'expired' | 'broken';

/**
 * Moves the hold's expiry, and its seats' with it, to `offsetMs` after the database's now: no API
 * makes a hold that lapses within milliseconds (HOLD_TTL_SECONDS is at least 30).
 */
async function windExpiry(holdId: string, offsetMs: number) {
  await sql`
    with wound as (update holds set expires_at = clock_timestamp() + make_interval(secs => ${offsetMs / 1000}) where id = ${holdId} returning expires_at)
    update seat_inventory set held_until = (select expires_at from wound) where hold_id = ${holdId}`;
}

async function holdRecord(holdId: string) {
  const [row] = await sql<{ status: string; lapsed: boolean; bookings: number; bookingId: string | null }[]>`
    select h.status, h.expires_at <= now() as lapsed,
      (select count(*) from bookings b where b.hold_id = h.id)::int as bookings,
      (select b.id from bookings b where b.hold_id = h.id) as "bookingId"
    from holds h where h.id = ${holdId}`;
  return row!;
}

/** The seats' states and owners, as `label state owner`. */
async function seatStates(showtimeId: string, labels: string[]) {
  const rows = await sql<{ label: string; state: string; bookingId: string | null; holdId: string | null }[]>`
    select ls.label, si.state, si.booking_id as "bookingId", si.hold_id as "holdId"
    from seat_inventory si join layout_seats ls on ls.id = si.seat_id
    where si.showtime_id = ${showtimeId} and ls.label in ${sql(labels)} order by ls.label`;
  return rows;
}

t.test('a hold expiring while it is confirmed gives a booking or hold_expired, never both', async (t) => {
  const showtime = await fixture.showtime(12, 25);
  const tally = new StatusTally();
  const outcomes: Record<Outcome, number> = { booked: 0, expired: 0, broken: 0 };
  const broken: object[] = [];
  const finalOffsets: number[] = [];

  async function trial(lane: number, index: number, offsetMs: number): Promise<Outcome> {
    const [holdAt, confirmAt] = lane % 2 === 0 ? [first, second] : [second, first];
    const pair = (lane * TRIALS_PER_LANE + index) * 2;
    const seats = showtime.labels.slice(pair, pair + 2);
    const hold = tally.record('hold', await call(holdAt, 'POST', '/v1/holds', { headers, body: { showtimeId: showtime.id, customerRef: `owner-${lane}-${index}`, seats } }));
    if (hold.status !== 201) return report('the owner could not hold fresh seats', { hold });

    await windExpiry(hold.body.id, offsetMs);
    const [confirm, rival] = await Promise.all([
      call(confirmAt, 'POST', '/v1/bookings', { headers, body: { holdId: hold.body.id, payment: { method: 'partner_collected', reference: `pay-${hold.body.id}` } } }),
      call(holdAt, 'POST', '/v1/holds', { headers, body: { showtimeId: showtime.id, customerRef: `rival-${lane}-${index}`, seats } }),
    ]);
    tally.record('confirm', confirm);
    tally.record('rival hold', rival);
    const record = await holdRecord(hold.body.id);
    const states = await seatStates(showtime.id, seats);

    if (confirm.status === 201) {
      const sold = record.status === 'converted' && record.bookings === 1 && record.bookingId === confirm.body.id
        && states.every((seat) => seat.state === 'booked' && seat.bookingId === confirm.body.id)
        && rival.status === 409 && rival.body.code === 'seats_unavailable';
      return sold ? 'booked' : report('booked, but the database or the rival disagrees', { confirm, rival, record, states });
    }
    if (confirm.status === 409 && confirm.body.code === 'hold_expired') {
      const nothingSold = record.bookings === 0 && record.lapsed && ['active', 'expired'].includes(record.status) && states.every((seat) => seat.state !== 'booked');
      if (!nothingSold) return report('hold_expired, yet something was sold or the hold had not lapsed', { confirm, record, states });
      const freeAgain = rival.status === 201 || (rival.status === 409 && rival.body.code === 'seats_unavailable'
        && tally.record('hold again', await call(confirmAt, 'POST', '/v1/holds', { headers, body: { showtimeId: showtime.id, customerRef: `late-${lane}-${index}`, seats } })).status === 201);
      return freeAgain ? 'expired' : report('hold_expired, yet the seats cannot be held again', { confirm, rival, states: await seatStates(showtime.id, seats) });
    }
    return report('neither a booking nor hold_expired', { confirm, rival, record, states });
  }

  function report(problem: string, details: Record<string, unknown>): Outcome {
    broken.push({ problem, ...details });
    return 'broken';
  }

  /** Each lane homes in on the moment of expiry as seen from its own process pair. */
  async function runLane(lane: number) {
    let offsetMs = START_OFFSET_MS;
    let stepMs = START_STEP_MS;
    let previous: Outcome | undefined;
    for (let index = 0; index < TRIALS_PER_LANE; index += 1) {
      const outcome = await trial(lane, index, offsetMs);
      outcomes[outcome] += 1;
      if (previous !== undefined) stepMs = outcome === previous ? Math.min(MAX_STEP_MS, stepMs * 2) : Math.max(MIN_STEP_MS, stepMs / 2);
      previous = outcome;
      offsetMs = Math.max(0, offsetMs + (outcome === 'booked' ? -stepMs : stepMs));
    }
    finalOffsets.push(offsetMs);
  }

  const started = Date.now();
  await Promise.all(Array.from({ length: LANES }, (_, lane) => runLane(lane)));
  t.comment(`${LANES * TRIALS_PER_LANE} trials in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(outcomes)}; final offsets (ms): ${finalOffsets.join(' ')}; responses: ${JSON.stringify(tally)}`);
  const diagnostics = { tally: tally.toJSON(), output: api.output().slice(-20_000) };

  t.same(broken, [], 'every trial ended in exactly one clean outcome', diagnostics);
  t.same(tally.matching(/^\S+ 5\d\d\b/), {}, 'no 5xx', diagnostics);
  t.ok(outcomes.booked >= MIN_TRIALS_PER_OUTCOME, `confirmations won the race (${outcomes.booked})`);
  t.ok(outcomes.expired >= MIN_TRIALS_PER_OUTCOME, `expiries won the race (${outcomes.expired})`);
  t.same(await saleAnomalies(sql, showtime.id), {
    seatsInTwoLiveBookings: 0, seatsInTwoHolds: 0, bookedSeatsWithoutOneLiveRow: 0, liveRowsOfSeatsNotBooked: 0,
    bookingsNotMatchingTheirSeatsOrHold: 0, convertedHoldsWithoutBooking: 0,
  }, 'inventory, booked seats, bookings and holds agree');

  const unconvertedOwnerHolds = await sql`select id from holds where showtime_id = ${showtime.id} and customer_id in
    (select id from customers where external_ref like 'owner-%') and status <> 'converted'`;
  t.equal(unconvertedOwnerHolds.length, outcomes.expired, 'each expired trial left its owner\'s hold unconverted');
  t.equal(await sweptWithinSeconds(showtime.id, unconvertedOwnerHolds.map((row) => row.id as string), 10), unconvertedOwnerHolds.length, 'the sweep expires every lapsed hold');
  const [expiry] = await sql<{ expired: number; notReportedOnce: number }[]>`
    select count(*)::int as expired,
      count(*) filter (where (select count(*) from events e where e.type = 'hold.expired' and e.aggregate_id = h.id) <> 1)::int as "notReportedOnce"
    from holds h where h.showtime_id = ${showtime.id} and h.status = 'expired'`;
  t.ok(expiry!.expired >= outcomes.expired, `every lapsed owner's hold is expired (${expiry!.expired} holds in all)`);
  t.equal(expiry!.notReportedOnce, 0, 'each expired hold is reported by exactly one hold.expired event');
  const [converted] = await sql<{ events: number }[]>`
    select count(*)::int as events from events e join holds h on h.id = e.aggregate_id
    where e.type = 'hold.expired' and h.status = 'converted'`;
  t.equal(converted!.events, 0, 'no converted hold is reported expired');
});

/** How many of `holdIds` the sweep has marked expired, waiting up to `seconds` for all of them. */
async function sweptWithinSeconds(showtimeId: string, holdIds: string[], seconds: number): Promise<number> {
  if (holdIds.length === 0) return 0;
  return waitUntil('the sweep to expire every lapsed hold', async () => {
    const [row] = await sql<{ swept: number }[]>`
      select count(*)::int as swept from holds where showtime_id = ${showtimeId} and id in ${sql(holdIds)} and status = 'expired'`;
    return row!.swept;
  }, (swept) => swept === holdIds.length, { timeoutMs: seconds * 1000, intervalMs: 250 });
}
