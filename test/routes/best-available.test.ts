import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, invalid, typedClient, type Schema } from '../helpers/typed-client.ts';

/**
 * Best-available holds through HTTP: a theatre partner builds the layouts and showtimes and blocks
 * seats with its own API, an aggregator asks for N seats of a category, and each answer names the
 * exact seats the contract's rules give (worked out by hand in the comments). Quote totals are not
 * asserted: offers discount them.
 */

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Best City' });
const movie = await fixture.movie({ title: 'Best Seats', durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Best Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'BestTickets', kind: 'aggregator' });

const asOwner = typedClient(app, owner.headers);
const seller = typedClient(app, aggregator.headers);
/** Awaits a call that must succeed, and answers its body. */
async function succeeded(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

type SeatIn = Schema<'SeatLayoutIn'>['rows'][number]['seats'][number];
const seatsOf = (numbers: number[], category: SeatIn['category'], firstX?: number): SeatIn[] =>
  numbers.map((number, index) => ({ number, category, ...(index === 0 && firstX !== undefined ? { x: firstX } : {}) }));

/**
 * Hall: rows A–E standard, 4 seats | aisle | 8 seats | aisle | 4 seats (x 0–3, 5–12, 14–17), and a
 * premium row F of 4 seats at x 7–10. Row E's outer seats are wheelchair places (E1, E16) with a
 * companion seat beside each (E2, E15). Centre line x 8.5; depth y/5, so row D (0.6) is preferred.
 */
const hallRows: Schema<'SeatLayoutIn'>['rows'] = [
  ...'ABCD'.split('').map((label) => ({ label, seats: [...seatsOf([1, 2, 3, 4], 'standard'), ...seatsOf([5, 6, 7, 8, 9, 10, 11, 12], 'standard', 5), ...seatsOf([13, 14, 15, 16], 'standard', 14)] })),
  {
    label: 'E',
    seats: [
      { number: 1, category: 'standard', wheelchair: true }, { number: 2, category: 'standard', companion: true }, ...seatsOf([3, 4], 'standard'),
      ...seatsOf([5, 6, 7, 8, 9, 10, 11, 12], 'standard', 5),
      ...seatsOf([13, 14], 'standard', 14), { number: 15, category: 'standard', companion: true }, { number: 16, category: 'standard', wheelchair: true },
    ],
  },
  { label: 'F', seats: seatsOf([1, 2, 3, 4], 'premium', 7) },
];
/** One row A of 10 standard seats (x 0–9, centre 4.5). */
const lineRows: Schema<'SeatLayoutIn'>['rows'] = [{ label: 'A', seats: seatsOf([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'standard') }];
/** Rows A–C of 6 standard seats (x 0–5, centre 2.5); depth y/2, so B (0.5) is nearest 0.6, then C, then A. */
const gridRows: Schema<'SeatLayoutIn'>['rows'] = 'ABC'.split('').map((label) => ({ label, seats: seatsOf([1, 2, 3, 4, 5, 6], 'standard') }));
/** One row: a wheelchair place, its companion seat, two standard seats. */
const smallRows: Schema<'SeatLayoutIn'>['rows'] = [{ label: 'A', seats: [{ number: 1, category: 'standard', wheelchair: true }, { number: 2, category: 'standard', companion: true }, ...seatsOf([3, 4], 'standard')] }];

const theatre = await succeeded('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'b1', name: 'Best One', cityId: city.id, address: '1 Best Road', status: 'live' } }));
const screens: Record<string, string> = {};
for (const [name, rows] of Object.entries({ hall: hallRows, line: lineRows, grid: gridRows, small: smallRows })) {
  const screen = await succeeded('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: name, name } }));
  await succeeded('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows } }));
  screens[name] = screen.id;
}
const prices: Schema<'ShowtimeIn'>['prices'] = [
  { category: 'standard', price: { amount: 25_000, currency: 'INR' } },
  { category: 'premium', price: { amount: 40_000, currency: 'INR' } },
];
let day = 0;
async function showtime(screen: string, blocked: string[] = []) {
  day += 1;
  const created = await succeeded('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: theatre.id } },
    body: {
      externalRef: `ba-${day}`, screenId: screens[screen]!, movieId: movie.id, language: 'en', format: '2D',
      prices: screen === 'hall' ? prices : prices.filter((price) => price.category === 'standard'),
      startsAt: new Date(Date.parse('2030-07-01T04:00:00Z') + day * 86_400_000).toISOString(),
    },
  }));
  if (blocked.length > 0) await succeeded('POST …/seats/block', asOwner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { params: { path: { showtimeId: created.id } }, body: { seats: blocked } }));
  return created.id as string;
}

let customer = 0;
const hold = (body: Schema<'HoldIn'>) => answer(seller.POST('/v1/holds', { body: { customerRef: `fan-${(customer += 1)}`, ...body } }));
async function best(showtimeId: string, bestAvailable: Schema<'BestAvailableIn'>): Promise<string[]> {
  const response = await hold({ showtimeId, bestAvailable });
  if (response.statusCode !== 201) throw new Error(`best available answered ${response.statusCode}: ${response.body}`);
  return response.json().seats.map((seat: { label: string }) => seat.label);
}
const refusal = async (payload: Schema<'HoldIn'>) => {
  const response = await hold(payload);
  return { status: response.statusCode, body: response.json() };
};

t.test('together, nearest the centre line and the preferred row depth', async (t) => {
  const showtimeId = await showtime('hall');
  // Row D is at the preferred depth; x 8 and 9 straddle the centre line 8.5.
  t.same(await best(showtimeId, { category: 'standard', quantity: 2 }), ['D8', 'D9']);
  // D's middle block now has 3 | 2 held | 3: D5–D7 (7.5/8.5 off centre) beats C/E's best three (2.5/8.5 + 0.2 off depth); D10–D12 ties, the left-most wins.
  t.same(await best(showtimeId, { category: 'standard', quantity: 3 }), ['D5', 'D6', 'D7']);
  // Premium is row F alone (x 7–10): the centred F2–F3 would strand F1 and F4, so F1–F2 (tied with F3–F4, left-most).
  t.same(await best(showtimeId, { category: 'premium', quantity: 2 }), ['F1', 'F2'], 'the category decides the row');
  // Front of the hall: row A at depth 0.
  t.same(await best(showtimeId, { category: 'standard', quantity: 4, preferredRowDepth: 0 }), ['A7', 'A8', 'A9', 'A10']);
  const states = (await answer(asOwner.GET('/v1/partner/showtimes/{showtimeId}/seats', { params: { path: { showtimeId } } }))).json().seats
    .filter((seat: { state: string }) => seat.state !== 'available').map((seat: { label: string }) => seat.label).sort();
  t.same(states, ['A10', 'A7', 'A8', 'A9', 'D5', 'D6', 'D7', 'D8', 'D9', 'F1', 'F2'], 'exactly those seats are held');
});

t.test('never a single seat stranded when another block exists', async (t) => {
  // A3 and A8 blocked: free A1–A2 | A4–A7 | A9–A10. The centred pair A5–A6 would strand A4 and A7.
  const showtimeId = await showtime('line', ['A3', 'A8']);
  t.same(await best(showtimeId, { category: 'standard', quantity: 2 }), ['A4', 'A5'], 'A4–A5 and A6–A7 tie off centre; the left-most wins');
  t.same(await best(showtimeId, { category: 'standard', quantity: 2 }), ['A6', 'A7']);
  t.same(await best(showtimeId, { category: 'standard', quantity: 1 }), ['A2'], 'one seat: every choice strands one; A2 and A9 tie nearest the centre, the left-most wins');
});

t.test('split over the fewest blocks when no row has the seats together', async (t) => {
  // Free: A1–A2 | A5–A6, B1–B3 | B5–B6, C1 | C3–C4 | C6. Four together is nowhere; of the two-block
  // splits that strand nothing, B5–B6 (1.8) + C3–C4 (1.2) scores best.
  const showtimeId = await showtime('grid', ['A3', 'A4', 'B4', 'C2', 'C5']);
  t.same(await best(showtimeId, { category: 'standard', quantity: 4 }), ['B5', 'B6', 'C3', 'C4']);
});

t.test('wheelchair places with their companion seats; ordinary requests never take either', async (t) => {
  const showtimeId = await showtime('hall');
  // E1 and E16 tie; the left-most place wins, with its companion beside it.
  t.same(await best(showtimeId, { category: 'standard', quantity: 2, wheelchair: 1 }), ['E1', 'E2']);
  // The other place, its companion, then the nearest seat in the same row.
  t.same(await best(showtimeId, { category: 'standard', quantity: 3, wheelchair: 1 }), ['E14', 'E15', 'E16']);
  const none = await refusal({ showtimeId, bestAvailable: { category: 'standard', quantity: 2, wheelchair: 2 } });
  t.equal(none.status, 409);
  t.match(none.body, { code: 'best_available_unavailable', detail: /2 of them wheelchair places/ });
  t.same(none.body.alternatives, [], 'no category has two wheelchair places free');

  // A1 wheelchair, A2 companion, A3 blocked: only A4 is open to an ordinary request.
  const small = await showtime('small', ['A3']);
  const refused = await refusal({ showtimeId: small, bestAvailable: { category: 'standard', quantity: 2 } });
  t.equal(refused.status, 409);
  t.same(refused.body.alternatives, [{ category: 'standard', quantity: 1, together: true }], 'A1 and A2 stay for those who need them');
  t.same(await best(small, { category: 'standard', quantity: 2, wheelchair: 1 }), ['A1', 'A2']);
});

t.test('nothing fits: 409 with what could be held instead, and nothing held', async (t) => {
  const showtimeId = await showtime('hall', ['F1', 'F4']);
  const refused = await refusal({ showtimeId, bestAvailable: { category: 'premium', quantity: 3 } });
  t.equal(refused.status, 409);
  t.same(refused.body, {
    type: 'urn:marquee:problem:best_available_unavailable',
    title: 'No seats can be found that meet the best-available request',
    status: 409,
    detail: `Showtime '${showtimeId}' has no 3 free premium seats that meet the request; nothing was held.`,
    code: 'best_available_unavailable',
    requestId: refused.body.requestId,
    alternatives: [{ category: 'premium', quantity: 2, together: true }, { category: 'standard', quantity: 3, together: true }],
  });
  const holds = await db.execute(sql`select count(*)::int as n from holds where showtime_id = ${showtimeId}`);
  t.equal((holds as unknown as { n: number }[])[0]!.n, 0, 'no hold row was left behind');
});

t.test('refusals: the request shape, the limits, the showtime', async (t) => {
  const showtimeId = await showtime('hall');
  const issue = async (payload: Schema<'HoldIn'>) => {
    const { status, body } = await refusal(payload);
    return { status, code: body.code, errors: body.errors };
  };
  t.same(await issue({ showtimeId }), { status: 400, code: 'validation_failed', errors: [{ path: '/body/seats', message: 'must be given, or else `bestAvailable`', code: 'required' }] });
  t.same(await issue({ showtimeId, seats: ['A1'], bestAvailable: { category: 'standard', quantity: 1 } }), {
    status: 400, code: 'validation_failed', errors: [{ path: '/body/bestAvailable', message: 'must be absent when `seats` is given', code: 'not_allowed' }],
  });
  t.same(await issue({ showtimeId, bestAvailable: { category: 'balcony', quantity: 1 } }), {
    status: 400, code: 'validation_failed', errors: [{ path: '/body/bestAvailable/category', message: "'balcony' is not a seat category of this showtime's layout", code: 'unknown_category' }],
  });
  t.same(await issue({ showtimeId, bestAvailable: { category: 'standard', quantity: 11 } }), {
    status: 400, code: 'validation_failed', errors: [{ path: '/body/bestAvailable/quantity', message: 'must be at most 10', code: 'too_many_seats' }],
  });
  t.same(await issue({ showtimeId, bestAvailable: { category: 'standard', quantity: 2, wheelchair: 3 } }), {
    status: 400, code: 'validation_failed', errors: [{ path: '/body/bestAvailable/wheelchair', message: 'must be at most quantity (2)', code: 'too_large' }],
  });
  const shape = async (bestAvailable: Schema<'BestAvailableIn'>) => (await issue({ showtimeId, bestAvailable })).errors.map((error: { path: string; code: string }) => `${error.path} ${error.code}`);
  t.same(await shape({ category: 'standard', quantity: 101 }), ['/body/bestAvailable/quantity too_large']);
  t.same(await shape({ category: 'standard', quantity: 0 }), ['/body/bestAvailable/quantity too_small']);
  t.same(await shape({ category: 'standard', quantity: 2, preferredRowDepth: 1.5 }), ['/body/bestAvailable/preferredRowDepth too_large']);
  t.same(await shape({ category: 'Standard', quantity: 2 }), ['/body/bestAvailable/category invalid_format']);
  // Three shapes outside the contract on purpose: a string quantity, an unknown field, no category.
  t.same(await shape(invalid({ category: 'standard', quantity: '2' })), ['/body/bestAvailable/quantity invalid_type']);
  t.same(await shape(invalid({ category: 'standard', quantity: 2, near: 'exit' })), ['/body/bestAvailable/near unknown_field']);
  t.same(await shape(invalid({ quantity: 2 })), ['/body/bestAvailable/category required']);

  t.equal((await issue({ showtimeId: 'shw_nope', bestAvailable: { category: 'standard', quantity: 1 } })).status, 404);
  const cancelled = await showtime('hall');
  t.equal((await answer(asOwner.POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: cancelled } } }))).statusCode, 200);
  t.same(await issue({ showtimeId: cancelled, bestAvailable: { category: 'standard', quantity: 1 } }), { status: 409, code: 'showtime_cancelled', errors: undefined });
  const started = await showtime('hall');
  // No API schedules a showtime in the past: this one is moved to have started 5 minutes ago.
  await db.execute(sql`update showtimes set starts_at = now() - interval '5 minutes', ends_at = now() + interval '2 hours' where id = ${started}`);
  t.same(await issue({ showtimeId: started, bestAvailable: { category: 'standard', quantity: 1 } }), { status: 409, code: 'showtime_started', errors: undefined });
  const unauthenticated = await answer(typedClient(app).POST('/v1/holds', { body: { showtimeId, customerRef: 'x', bestAvailable: { category: 'standard', quantity: 1 } } }));
  t.equal(unauthenticated.statusCode, 401);
});

t.test('idempotent: a replay answers the first hold, and a second hold of the customer is refused', async (t) => {
  const showtimeId = await showtime('hall');
  const payload = { showtimeId, customerRef: 'replayer', bestAvailable: { category: 'standard', quantity: 2 } };
  const headers = { 'idempotency-key': 'best-1' };
  const first = await answer(seller.POST('/v1/holds', { headers, body: payload }));
  t.equal(first.statusCode, 201, first.body);
  const replay = await answer(seller.POST('/v1/holds', { headers, body: payload }));
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.same(replay.json(), first.json(), 'the same seats, not the next best');
  const reused = await answer(seller.POST('/v1/holds', { headers, body: { ...payload, bestAvailable: { category: 'standard', quantity: 3 } } }));
  t.equal(reused.statusCode, 422);
  const again = await answer(seller.POST('/v1/holds', { body: payload }));
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'hold_limit_reached', 'one active hold per customer, best available or not');
  const audit = await db.execute(sql`select count(*)::int as n from holds where showtime_id = ${showtimeId}`);
  t.equal((audit as unknown as { n: number }[])[0]!.n, 1);
});

t.test('a lapsed hold gives its seats to the next best-available request', async (t) => {
  const showtimeId = await showtime('line');
  const first = await hold({ showtimeId, bestAvailable: { category: 'standard', quantity: 2 } });
  t.same(first.json().seats.map((seat: { label: string }) => seat.label), ['A5', 'A6']);
  // No API makes a lapsed hold (HOLD_TTL_SECONDS is at least 30): its expiry is wound back.
  await db.execute(sql`with h as (update holds set expires_at = now() - interval '1 second', created_at = now() - interval '601 seconds' where id = ${first.json().id} returning id)
    update seat_inventory set held_until = now() - interval '1 second' where hold_id in (select id from h)`);
  t.same(await best(showtimeId, { category: 'standard', quantity: 2 }), ['A5', 'A6'], 'the lapsed seats are free again, swept or not');
});
