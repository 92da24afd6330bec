import { and, eq, sql } from 'drizzle-orm';
import t from 'tap';
import { holds } from '../../server/db/schema/booking.ts';
import { events } from '../../server/db/schema/events.ts';
import { seatInventory } from '../../server/db/schema/inventory.ts';
import { layoutSeats } from '../../server/db/schema/theatres.ts';
import { sweepExpiredHolds } from '../../server/domain/holds.ts';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, invalid, typedClient, type Schema } from '../helpers/typed-client.ts';

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Hold City' });
const movie = await fixture.movie({ title: 'Hold Tight', durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Hold Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const rivalAggregator = await onboardPartner(app, adminKey, { name: 'SeatSeller', kind: 'aggregator' });
const readOnly = await onboardPartner(app, adminKey, { name: 'Browser', kind: 'aggregator', scopes: ['read'] });

const api = (headers: Record<string, string>) => typedClient(app, headers);
const asOwner = api(owner.headers);
/** Awaits a call that must create something, and answers its body. */
async function created(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const theatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'h1', name: 'Hold One', cityId: city.id, address: '1 Road', status: 'live' } }));
const draftTheatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'h2', name: 'Hold Draft', cityId: city.id, address: '2 Road' } }));
const rows: Schema<'SeatLayoutIn'>['rows'] = [
  { label: 'A', seats: Array.from({ length: 12 }, (_, n) => ({ number: n + 1, category: 'standard' as const })) },
  { label: 'B', seats: [1, 2, 3].map((number) => ({ number, category: 'premium' as const })) },
];
const prices: Schema<'ShowtimeIn'>['prices'] = [
  { category: 'standard', price: { amount: 25_000, currency: 'INR' } },
  { category: 'premium', price: { amount: 40_000, currency: 'INR' } },
];
const screens = await Promise.all(
  [theatre, draftTheatre].map(async (th) => {
    const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: th.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
    await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows } }));
    return screen;
  }),
);
let day = 0;

/** A fresh showtime, a day after the last one so none overlap. */
async function showtime(theatreIndex = 0) {
  day += 1;
  const th = [theatre, draftTheatre][theatreIndex]!;
  return (await created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: th.id } },
    body: {
      externalRef: `sh-${day}`, screenId: screens[theatreIndex]!.id, movieId: movie.id, language: 'en', format: '2D', prices,
      // 09:30 in Kolkata: a morning show, so the seeded afternoon offer stays out of these tests.
      startsAt: new Date(Date.parse('2030-06-01T04:00:00Z') + day * 86_400_000).toISOString(),
    },
  }))).id as string;
}

const hold = (body: Schema<'HoldIn'>, headers: Record<string, string> = aggregator.headers) => answer(api(headers).POST('/v1/holds', { body }));
const extend = (holdId: string, body: Schema<'HoldExtendIn'>, headers: Record<string, string> = aggregator.headers) =>
  answer(api(headers).POST('/v1/holds/{holdId}/extend', { params: { path: { holdId } }, body }));
const release = (holdId: string, headers: Record<string, string> = aggregator.headers) =>
  answer(api(headers).POST('/v1/holds/{holdId}/release', { params: { path: { holdId } } }));
const read = (holdId: string, headers: Record<string, string> = aggregator.headers) => answer(api(headers).GET('/v1/holds/{holdId}', { params: { path: { holdId } } }));

async function states(showtimeId: string) {
  const inventory = (await answer(asOwner.GET('/v1/partner/showtimes/{showtimeId}/seats', { params: { path: { showtimeId } } }))).json();
  return Object.fromEntries(inventory.seats.map((seat: { label: string; state: string }) => [seat.label, seat.state]));
}
const seatRow = async (showtimeId: string, label: string) =>
  (await db.select({ holdId: seatInventory.holdId, heldUntil: seatInventory.heldUntil, state: seatInventory.state }).from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId)).where(and(eq(seatInventory.showtimeId, showtimeId), eq(layoutSeats.label, label))))[0]!;
/** Winds a hold's clock back so that it lapsed a second ago. */
// No API makes a lapsed hold (HOLD_TTL_SECONDS is at least 30): its expiry is wound back.
const lapse = (holdId: string) => db.execute(sql`with h as (update holds set expires_at = now() - interval '1 second', created_at = now() - interval '601 seconds' where id = ${holdId} returning id)
  update seat_inventory set held_until = now() - interval '1 second' where hold_id in (select id from h)`);
const holdEvents = () => db.select().from(events).where(eq(events.aggregateType, 'hold')).orderBy(events.id);

t.test('hold, read, extend up to the limit, release; no event on the way', async (t) => {
  const showtimeId = await showtime();
  const created = await hold({ showtimeId, customerRef: 'cust-1', seats: ['B1', 'A2', 'A1'] }, { ...aggregator.headers, 'idempotency-key': 'hold-1' });
  t.equal(created.statusCode, 201, created.body);
  const body = created.json();
  const inr = (amount: number) => ({ amount, currency: 'INR' });
  t.match(body, { id: /^hld_/, showtimeId, customerRef: 'cust-1', status: 'active' });
  // The quote's order (base price, highest first, then label); the third line gets the seeded 50% off.
  t.same(body.seats, [{ label: 'B1', category: 'premium', price: inr(40_000) }, { label: 'A1', category: 'standard', price: inr(25_000) }, { label: 'A2', category: 'standard', price: inr(12_500) }], 'quote order');
  const third = { offerId: 'off_01JDQ90000000000000000003T', description: 'Third ticket: 50% off', amount: inr(12_500) };
  t.same(body.quote, {
    lines: [
      { label: 'B1', category: 'premium', basePrice: inr(40_000), discounts: [], price: inr(40_000) },
      { label: 'A1', category: 'standard', basePrice: inr(25_000), discounts: [], price: inr(25_000) },
      { label: 'A2', category: 'standard', basePrice: inr(25_000), discounts: [third], price: inr(12_500) },
    ],
    total: inr(77_500),
  });
  t.equal(Date.parse(body.expiresAt) - Date.parse(body.createdAt), 600_000, 'ten minutes by default');
  t.match(await states(showtimeId), { A1: 'held', A2: 'held', B1: 'held', A3: 'available' });
  t.equal((await seatRow(showtimeId, 'A1')).heldUntil?.toISOString(), body.expiresAt);

  const replay = await hold({ showtimeId, customerRef: 'cust-1', seats: ['B1', 'A2', 'A1'] }, { ...aggregator.headers, 'idempotency-key': 'hold-1' });
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.same(replay.json(), body);
  const reused = await hold({ showtimeId, customerRef: 'cust-1', seats: ['A3'] }, { ...aggregator.headers, 'idempotency-key': 'hold-1' });
  t.equal(reused.statusCode, 422);

  t.same((await read(body.id)).json(), body);

  const once = await extend(body.id, {});
  t.equal(once.statusCode, 200, once.body);
  t.equal(Date.parse(once.json().expiresAt) - Date.parse(body.createdAt), 1_200_000, 'by the hold TTL');
  t.equal((await seatRow(showtimeId, 'B1')).heldUntil?.toISOString(), once.json().expiresAt, 'the seats move with it');
  const capped = await extend(body.id, { seconds: 3600 });
  t.equal(Date.parse(capped.json().expiresAt) - Date.parse(body.createdAt), 1_800_000, 'never past 30 minutes in all');
  const refused = await extend(body.id, { seconds: 60 });
  t.equal(refused.statusCode, 409);
  t.equal(refused.json().code, 'hold_extension_limit');

  const released = await release(body.id);
  t.equal(released.statusCode, 200, released.body);
  t.equal(released.json().status, 'released');
  t.match(await states(showtimeId), { A1: 'available', A2: 'available', B1: 'available' });
  t.equal((await release(body.id)).json().status, 'released', 'releasing again answers the same');
  t.equal((await extend(body.id, {})).json().code, 'hold_expired');
  t.equal((await read(body.id)).json().status, 'released');
  t.same(await holdEvents(), [], 'holds write no event while they live');
});

t.test('all or nothing: held, booked and blocked seats refuse the request; an expired hold\'s seat is free', async (t) => {
  const showtimeId = await showtime();
  const other = (await hold({ showtimeId, customerRef: 'other', seats: ['A2'] })).json();
  const lapsed = (await hold({ showtimeId, customerRef: 'lapsed', seats: ['A5'] })).json();
  await lapse(lapsed.id);
  t.equal((await answer(asOwner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { params: { path: { showtimeId } }, body: { seats: ['A4'] } }))).statusCode, 200);
  const sold = (await hold({ showtimeId, customerRef: 'buyer', seats: ['A3'] })).json();
  const booked = await answer(api(aggregator.headers).POST('/v1/bookings', { body: { holdId: sold.id, payment: { method: 'partner_collected', reference: 'pay-A3' } } }));
  t.equal(booked.statusCode, 201, booked.body);
  const before = await states(showtimeId);

  const refused = await hold({ showtimeId, customerRef: 'greedy', seats: ['A1', 'A2', 'A3', 'A4', 'A5'] });
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'seats_unavailable', conflicts: ['A2', 'A3', 'A4'] });
  t.same(refused.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`), ['/body/seats/1 seat_held', '/body/seats/2 seat_booked', '/body/seats/3 seat_blocked']);
  t.notMatch(refused.body, other.id, 'never whose hold');
  t.same(await states(showtimeId), before, 'nothing held');
  t.equal((await db.select().from(holds).where(eq(holds.showtimeId, showtimeId))).length, 3, 'and no hold row left behind (other, lapsed and the sold seat\'s)');

  const taken = await hold({ showtimeId, customerRef: 'greedy', seats: ['A1', 'A5'] });
  t.equal(taken.statusCode, 201, 'the expired hold\'s seat counts as available');
  t.equal((await seatRow(showtimeId, 'A5')).holdId, taken.json().id);
  t.equal((await read(lapsed.id)).json().status, 'expired', 'a lapsed hold reads as expired before any sweep');
});

t.test('limits: seats per hold, one active hold per customer and showtime, also when racing', async (t) => {
  const showtimeId = await showtime();
  const tooMany = await hold({ showtimeId, customerRef: 'c', seats: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'A11'] });
  t.equal(tooMany.statusCode, 400);
  t.same(tooMany.json().errors, [{ path: '/body/seats', message: 'must have at most 10 seats', code: 'too_many_seats' }]);
  t.equal((await hold({ showtimeId, customerRef: 'c', seats: ['A1', 'A1'] })).statusCode, 400, 'each seat once');

  const first = await hold({ showtimeId, customerRef: 'c', seats: ['A1'] });
  t.equal(first.statusCode, 201);
  const second = await hold({ showtimeId, customerRef: 'c', seats: ['A2'] });
  t.equal(second.statusCode, 409);
  t.equal(second.json().code, 'hold_limit_reached');
  t.equal((await hold({ showtimeId, customerRef: 'c', seats: ['A2'] }, rivalAggregator.headers)).statusCode, 201, "another aggregator's customer 'c' is someone else");
  t.equal((await hold({ showtimeId: await showtime(), customerRef: 'c', seats: ['A2'] })).statusCode, 201, 'another showtime');

  await lapse(first.json().id);
  const afterLapse = await hold({ showtimeId, customerRef: 'c', seats: ['A1', 'A3'] });
  t.equal(afterLapse.statusCode, 201, 'a lapsed hold no longer counts');
  t.equal((await read(first.json().id)).json().status, 'expired');
  t.same((await holdEvents()).map((event) => [event.type, event.aggregateId]), [['hold.expired', first.json().id]], 'its expiry is reported once');

  const racingShowtime = await showtime();
  const racing = await Promise.all(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10'].map((label) => hold({ showtimeId: racingShowtime, customerRef: 'racer', seats: [label] })));
  t.same(racing.map((response) => response.statusCode).sort(), [201, ...Array(9).fill(409)], racing.map((r) => r.body).join('\n').slice(0, 500));
  t.same(racing.filter((response) => response.statusCode === 409).map((response) => response.json().code), Array(9).fill('hold_limit_reached'));
  t.equal(Object.values(await states(racingShowtime)).filter((state) => state === 'held').length, 1);
});

t.test("50 aggregators' customers race for one seat: one wins, 49 hear 409", async (t) => {
  const showtimeId = await showtime();
  const sellers = [];
  for (let index = 0; index < 50; index += 1) sellers.push(await onboardPartner(app, adminKey, { name: `Racer ${index}`, kind: 'aggregator' }));
  const responses = await Promise.all(sellers.map((seller, index) => hold({ showtimeId, customerRef: `fan-${index}`, seats: ['B2'] }, seller.headers)));
  const codes = responses.map((response) => response.statusCode);
  t.equal(codes.filter((code) => code === 201).length, 1, responses.filter((r) => r.statusCode >= 500).map((r) => r.body).join('\n').slice(0, 500));
  t.equal(codes.filter((code) => code === 409).length, 49);
  t.ok(responses.filter((response) => response.statusCode === 409).every((response) => response.json().code === 'seats_unavailable'));
  t.equal((await db.select().from(holds).where(eq(holds.showtimeId, showtimeId))).length, 1, 'one hold row');
});

t.test('the sweep expires lapsed holds, frees the seats they still own, one event each', async (t) => {
  await sweepExpiredHolds(db, { limit: 100 }); // what earlier tests left lapsed
  const before = (await holdEvents()).length;
  const showtimeId = await showtime();
  const lapsed = (await hold({ showtimeId, customerRef: 'sleepy', seats: ['A1', 'A2'] })).json();
  const live = (await hold({ showtimeId, customerRef: 'awake', seats: ['A3'] })).json();
  await lapse(lapsed.id);
  const retaken = (await hold({ showtimeId, customerRef: 'quick', seats: ['A2'] }, rivalAggregator.headers)).json();

  t.same(await sweepExpiredHolds(db, { limit: 100 }), { expired: 1 });
  t.equal((await read(lapsed.id)).json().status, 'expired');
  t.match(await states(showtimeId), { A1: 'available', A2: 'held', A3: 'held' });
  t.equal((await seatRow(showtimeId, 'A1')).holdId, null);
  t.equal((await seatRow(showtimeId, 'A2')).holdId, retaken.id, 'a seat re-held since is not freed');
  t.equal((await read(live.id)).json().status, 'active');
  const [event, ...more] = (await holdEvents()).slice(before);
  t.same(more, []);
  t.match(event, {
    type: 'hold.expired', aggregateType: 'hold', aggregateId: lapsed.id, aggregateVersion: 2,
    theatrePartnerId: owner.partner.id, aggregatorPartnerId: aggregator.partner.id,
    data: { id: lapsed.id, showtimeId, status: 'expired', releasedSeats: ['A1'] },
  });
  t.notMatch(JSON.stringify(event!.data), 'sleepy', 'never who the customer is');
  t.same(await sweepExpiredHolds(db, { limit: 100 }), { expired: 0 }, 'a second sweep finds nothing');
});

t.test('isolation: another aggregator gets 404, a theatre partner or a read-only key 403', async (t) => {
  const showtimeId = await showtime();
  const mine = (await hold({ showtimeId, customerRef: 'private', seats: ['A1'] })).json();
  for (const response of [await read(mine.id, rivalAggregator.headers), await extend(mine.id, {}, rivalAggregator.headers), await release(mine.id, rivalAggregator.headers)]) {
    t.equal(response.statusCode, 404);
    t.notMatch(response.body, 'private');
  }
  t.equal((await read(mine.id)).json().status, 'active', 'untouched');
  t.equal((await hold({ showtimeId, customerRef: 'x', seats: ['A2'] }, owner.headers)).statusCode, 403);
  t.equal((await read(mine.id, owner.headers)).statusCode, 403);
  t.equal((await hold({ showtimeId, customerRef: 'x', seats: ['A2'] }, readOnly.headers)).json().code, 'insufficient_scope');
  t.equal((await hold({ showtimeId, customerRef: 'x', seats: ['A2'] }, {})).statusCode, 401);
});

t.test('bad input, unknown and unsellable showtimes', async (t) => {
  const showtimeId = await showtime();
  // A body outside the contract on purpose: the server's validation is what is tested.
  const malformed = await hold(invalid({ showtimeId, customerRef: '', seats: [], extra: 1 }));
  t.equal(malformed.statusCode, 400);
  t.same(malformed.json().errors.map((issue: { path: string }) => issue.path).sort(), ['/body/customerRef', '/body/extra', '/body/seats']);
  const unknownSeat = await hold({ showtimeId, customerRef: 'c', seats: ['A1', 'Z9'] });
  t.equal(unknownSeat.statusCode, 400);
  t.same(unknownSeat.json().errors, [{ path: '/body/seats/1', message: "'Z9' is not a seat of this showtime's layout", code: 'unknown_seat' }]);
  t.equal((await extend('hld_missing', { seconds: 0 })).statusCode, 400);
  t.equal((await extend('hld_missing', {})).statusCode, 404);
  t.equal((await read('hld_missing')).statusCode, 404);
  t.equal((await hold({ showtimeId: 'shw_missing', customerRef: 'c', seats: ['A1'] })).statusCode, 404);
  t.equal((await hold({ showtimeId: await showtime(1), customerRef: 'c', seats: ['A1'] })).statusCode, 404, 'a draft theatre is not on sale');

  const cancelled = await showtime();
  t.equal((await answer(asOwner.POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: cancelled } } }))).statusCode, 200);
  t.equal((await hold({ showtimeId: cancelled, customerRef: 'c', seats: ['A1'] })).json().code, 'showtime_cancelled');
  const started = await showtime();
  // No API schedules a showtime in the past: this one is moved to have started 5 minutes ago.
  await db.execute(sql`update showtimes set starts_at = now() - interval '5 minutes', ends_at = now() + interval '2 hours' where id = ${started}`);
  t.equal((await hold({ showtimeId: started, customerRef: 'c', seats: ['A1'] })).json().code, 'showtime_started');

  const lapsed = (await hold({ showtimeId, customerRef: 'late', seats: ['A1'] })).json();
  await lapse(lapsed.id);
  t.equal((await extend(lapsed.id, {})).json().code, 'hold_expired');
  t.equal((await release(lapsed.id)).json().code, 'hold_expired');
});
