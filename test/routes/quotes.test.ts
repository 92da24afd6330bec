import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { AFTERNOON, THIRD_TICKET, inr, pricingWorld } from '../helpers/pricing-world.ts';
import { answer, invalid, typedClient, type Schema } from '../helpers/typed-client.ts';

/**
 * The pricing engine through HTTP: the public quote, holds and bookings all price the same way,
 * with the seeded offers and with offers an admin creates at run time.
 */
const { app, adminKey, db } = await buildTestApp(t);
const world = await pricingWorld(app, adminKey, 'Quote');
const mumbai = await world.city('Quote Mumbai');
const pune = await world.city('Quote Pune');
const newYork = await world.city('Quote New York', 'America/New_York');
const theatre = await world.theatre({ city: mumbai });
const puneTheatre = await world.theatre({ city: pune });
const nyTheatre = await world.theatre({ city: newYork, timeZone: 'America/New_York' });

const anyone = typedClient(app);
const asAdmin = typedClient(app, world.admin);
const seller = typedClient(app, world.aggregator.headers);
const quote = (showtimeId: string, seats: string[]) => answer(anyone.POST('/v1/showtimes/{showtimeId}/quote', { params: { path: { showtimeId } }, body: { seats } }));
const quoted = async (showtimeId: string, seats: string[]) => {
  const response = await quote(showtimeId, seats);
  if (response.statusCode !== 200) throw new Error(`quote answered ${response.statusCode}: ${response.body}`);
  return response.json();
};
const createOffer = async (body: Schema<'OfferIn'>) => {
  const response = await answer(asAdmin.POST('/v1/admin/offers', { body }));
  if (response.statusCode !== 201) throw new Error(`createOffer answered ${response.statusCode}: ${response.body}`);
  return response.json();
};
const setStatus = (offerId: string, action: 'disable' | 'enable') =>
  answer(action === 'disable'
    ? asAdmin.POST('/v1/admin/offers/{offerId}/disable', { params: { path: { offerId } } })
    : asAdmin.POST('/v1/admin/offers/{offerId}/enable', { params: { path: { offerId } } }));
const offersFor = async (query: { showtimeId?: string; cityId?: string }) =>
  (await answer(anyone.GET('/v1/offers', { params: { query } }))).json().data.map((o: { id: string }) => o.id);
const line = (label: string, category: string, base: number, discounts: [{ id: string; name: string }, number][], price: number) => ({
  label,
  category,
  basePrice: inr(base),
  discounts: discounts.map(([offer, amount]) => ({ offerId: offer.id, description: offer.name, amount: inr(amount) })),
  price: inr(price),
});

t.test('a morning show: the seeded third ticket is half price, lines by base price then label', async (t) => {
  const show = await world.showtime(theatre, '2030-03-13T10:00');
  const body = await quoted(show.id, ['A2', 'C1', 'A10', 'B1']);
  t.same(body, {
    lines: [
      line('C1', 'recliner', 60_000, [], 60_000),
      line('B1', 'premium', 40_000, [], 40_000),
      line('A2', 'standard', 25_000, [[THIRD_TICKET, 12_500]], 12_500),
      line('A10', 'standard', 25_000, [], 25_000),
    ],
    total: inr(137_500),
  });
  t.same((await quoted(show.id, ['A1', 'A2'])).total, inr(50_000), 'two tickets: no third, no discount');
});

t.test('an afternoon show: 20% on every line, and the third line compounds both offers', async (t) => {
  const show = await world.showtime(theatre, '2030-03-13T14:00');
  const body = await quoted(show.id, ['A3', 'A1', 'A2']);
  t.same(body, {
    lines: [
      line('A1', 'standard', 25_000, [[AFTERNOON, 5_000]], 20_000),
      line('A2', 'standard', 25_000, [[AFTERNOON, 5_000]], 20_000),
      line('A3', 'standard', 25_000, [[AFTERNOON, 5_000], [THIRD_TICKET, 10_000]], 10_000),
    ],
    total: inr(50_000),
  });
  const edges = [['2030-03-17T12:00', true], ['2030-03-18T16:59', true], ['2030-03-19T17:00', false], ['2030-03-21T11:59', false]] as const;
  for (const [startsAtLocal, afternoon] of edges) {
    const edge = await world.showtime(theatre, startsAtLocal);
    const [first] = (await quoted(edge.id, ['A1'])).lines;
    t.same(first.discounts.map((d: { offerId: string }) => d.offerId), afternoon ? [AFTERNOON.id] : [], `${startsAtLocal} local is ${afternoon ? 'inside' : 'outside'} [12:00, 17:00)`);
  }
});

t.test('rounding half-up to a minor unit, alone and compounded', async (t) => {
  const morning = await world.showtime(theatre, '2030-03-15T09:00', { standard: 333, premium: 40_000, recliner: 60_000 });
  t.same((await quoted(morning.id, ['A1', 'A2', 'A3'])).lines[2], line('A3', 'standard', 333, [[THIRD_TICKET, 167]], 166), '333 × 50% = 166.5 → 167');
  const afternoon = await world.showtime(theatre, '2030-03-15T13:00', { standard: 333, premium: 40_000, recliner: 60_000 });
  const body = await quoted(afternoon.id, ['A1', 'A2', 'A3']);
  t.same(body.lines, [
    line('A1', 'standard', 333, [[AFTERNOON, 67]], 266),
    line('A2', 'standard', 333, [[AFTERNOON, 67]], 266),
    // 20% of 333 = 66.6 → 67; then 50% of what is left (266) = 133.
    line('A3', 'standard', 333, [[AFTERNOON, 67], [THIRD_TICKET, 133]], 133),
  ]);
  t.same(body.total, inr(665));
});

t.test('a repeating nth offer gives to every multiple; priority orders the compounding', async (t) => {
  const everySecond = await createOffer({
    name: 'Every second ticket: 10% off', kind: 'nth_ticket', nth: 2, repeats: true, percentOff: 10,
    scope: 'theatres', scopeIds: [puneTheatre.id], priority: 300,
  });
  const show = await world.showtime(puneTheatre, '2030-03-13T10:00');
  const tenOff = { id: everySecond.id, name: everySecond.name };
  t.same((await quoted(show.id, ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'])).lines, [
    line('A1', 'standard', 25_000, [], 25_000),
    line('A2', 'standard', 25_000, [[tenOff, 2_500]], 22_500),
    line('A3', 'standard', 25_000, [[THIRD_TICKET, 12_500]], 12_500),
    line('A4', 'standard', 25_000, [[tenOff, 2_500]], 22_500),
    line('A5', 'standard', 25_000, [], 25_000),
    // The seeded third ticket does not repeat: the sixth line has only the 10%.
    line('A6', 'standard', 25_000, [[tenOff, 2_500]], 22_500),
  ]);
  t.equal((await quoted(show.id, ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'])).total.amount, 130_000);
  const other = await world.showtime(theatre, '2030-03-20T10:00');
  t.same((await quoted(other.id, ['A1', 'A2'])).total, inr(50_000), 'the theatre-scoped offer does not reach another theatre');
  await setStatus(everySecond.id, 'disable');
});

t.test('validity is judged on the show\'s local date in its theatre\'s zone, not on the UTC date', async (t) => {
  const oneDay = await createOffer({
    name: 'Ides of March: 10% off', kind: 'time_window', windowStart: '00:00', windowEnd: '12:00', percentOff: 10,
    scope: 'theatres', scopeIds: [nyTheatre.id], validFrom: '2030-03-15', validUntil: '2030-03-15',
  });
  const lateOnThe15th = await world.showtime(nyTheatre, '2030-03-15T11:30'); // 15:30 UTC on the 15th
  const ides = { id: oneDay.id, name: oneDay.name };
  t.same((await quoted(lateOnThe15th.id, ['A1'])).lines, [line('A1', 'standard', 25_000, [[ides, 2_500]], 22_500)]);
  // 23:30 local on the 14th is 03:30 UTC on the 15th: the UTC date is valid, the local one is not.
  const lateOnThe14th = await world.showtime(nyTheatre, '2030-03-14T23:30');
  t.equal(lateOnThe14th.startsAt, '2030-03-15T03:30:00.000Z');
  t.same((await quoted(lateOnThe14th.id, ['A1'])).lines[0].discounts, []);
  const earlyOnThe16th = await world.showtime(nyTheatre, '2030-03-16T00:30');
  t.same((await quoted(earlyOnThe16th.id, ['A1'])).lines[0].discounts, [], 'the day after the last valid day');
  const listed = await offersFor({ showtimeId: lateOnThe15th.id });
  t.same(listed, [oneDay.id, THIRD_TICKET.id], 'the public list for a showtime names exactly the offers that price it');
});

t.test('a disabled offer prices nothing; enabled again, it does', async (t) => {
  const show = await world.showtime(theatre, '2030-03-22T15:00');
  t.equal((await setStatus(AFTERNOON.id, 'disable')).statusCode, 200);
  t.teardown(() => setStatus(AFTERNOON.id, 'enable'));
  t.same((await quoted(show.id, ['A1'])).total, inr(25_000));
  t.same(await offersFor({ showtimeId: show.id }), [THIRD_TICKET.id]);
  t.equal((await setStatus(AFTERNOON.id, 'enable')).statusCode, 200);
  t.same((await quoted(show.id, ['A1'])).total, inr(20_000));
});

t.test('a new city-scoped weekday-morning offer, made through the admin API only, prices quotes and holds', async (t) => {
  const created = await createOffer({
    name: 'Weekday mornings in Mumbai: 30% off', kind: 'time_window', windowStart: '09:00', windowEnd: '12:00',
    daysOfWeek: [1, 2, 3, 4, 5], percentOff: 30, scope: 'cities', scopeIds: [mumbai.id], priority: 50,
  });
  const mornings = { id: created.id, name: created.name };
  const monday = await world.showtime(theatre, '2030-04-01T09:30');
  const saturday = await world.showtime(theatre, '2030-03-16T09:30');
  const puneMonday = await world.showtime(puneTheatre, '2030-04-01T09:30');
  t.same((await quoted(monday.id, ['B1', 'B2', 'B3'])).lines, [
    line('B1', 'premium', 40_000, [[mornings, 12_000]], 28_000),
    line('B2', 'premium', 40_000, [[mornings, 12_000]], 28_000),
    line('B3', 'premium', 40_000, [[mornings, 12_000], [THIRD_TICKET, 14_000]], 14_000),
  ]);
  t.same((await quoted(saturday.id, ['B1'])).lines[0].discounts, [], 'not on a Saturday');
  t.same((await quoted(puneMonday.id, ['B1'])).lines[0].discounts, [], 'not in another city');
  t.same(await offersFor({ cityId: mumbai.id }), [created.id, AFTERNOON.id, THIRD_TICKET.id]);

  const hold = await answer(seller.POST('/v1/holds', { body: { showtimeId: monday.id, customerRef: 'morning-1', seats: ['B3', 'B1', 'B2'] } }));
  t.equal(hold.statusCode, 201, hold.body);
  t.same(hold.json().quote, await quoted(monday.id, ['B1', 'B2', 'B3']), 'the hold carries the same quote');
  t.same(hold.json().quote.total, inr(70_000));
});

t.test('a hold fixes its quote; its booking keeps it, down to booked_seats', async (t) => {
  const show = await world.showtime(theatre, '2030-03-27T14:30');
  const created = await answer(seller.POST('/v1/holds', { body: { showtimeId: show.id, customerRef: 'cust-q', seats: ['A5', 'C2', 'B4'] } }));
  t.equal(created.statusCode, 201, created.body);
  const hold = created.json();
  const expected = {
    lines: [
      line('C2', 'recliner', 60_000, [[AFTERNOON, 12_000]], 48_000),
      line('B4', 'premium', 40_000, [[AFTERNOON, 8_000]], 32_000),
      line('A5', 'standard', 25_000, [[AFTERNOON, 5_000], [THIRD_TICKET, 10_000]], 10_000),
    ],
    total: inr(90_000),
  };
  t.same(hold.quote, expected);
  t.same(hold.seats, expected.lines.map(({ label, category, price }) => ({ label, category, price })), 'the seats follow the quote\'s order');

  // An offer disabled after the hold was made changes nothing the hold promised.
  await setStatus(AFTERNOON.id, 'disable');
  t.teardown(() => setStatus(AFTERNOON.id, 'enable'));
  t.same((await answer(seller.GET('/v1/holds/{holdId}', { params: { path: { holdId: hold.id } } }))).json().quote, expected);
  t.same((await quoted(show.id, ['A5', 'C2', 'B4'])).total, inr(112_500), 'a new quote no longer has it');

  const booked = await answer(seller.POST('/v1/bookings', { body: { holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-q' } } }));
  t.equal(booked.statusCode, 201, booked.body);
  const booking = booked.json();
  t.same(booking.priceLines, expected.lines);
  t.same(booking.total, inr(90_000));
  t.same(booking.seats, [{ label: 'C2', category: 'recliner' }, { label: 'B4', category: 'premium' }, { label: 'A5', category: 'standard' }]);
  const rows = await db.execute(sql`select label, base_amount, discount_amount, amount from booked_seats where booking_id = ${booking.id} order by label`);
  t.same(
    rows.map((row) => ({ ...row })),
    [
      { label: 'A5', base_amount: 25_000, discount_amount: 15_000, amount: 10_000 },
      { label: 'B4', base_amount: 40_000, discount_amount: 8_000, amount: 32_000 },
      { label: 'C2', base_amount: 60_000, discount_amount: 12_000, amount: 48_000 },
    ],
  );
  const [total] = await db.execute(sql`select total_amount from bookings where id = ${booking.id}`);
  t.equal(total!.total_amount, 90_000);
});

t.test('quote refusals: unknown seats, bad bodies, unknown, draft, cancelled and started showtimes', async (t) => {
  const show = await world.showtime(theatre, '2030-03-29T10:00');
  const unknown = await quote(show.id, ['A1', 'Z9', 'A11']);
  t.equal(unknown.statusCode, 400);
  t.match(unknown.json(), {
    code: 'validation_failed',
    errors: [
      { path: '/body/seats/1', code: 'unknown_seat' },
      { path: '/body/seats/2', code: 'unknown_seat' },
    ],
  });
  // Bodies outside the contract on purpose: the server's validation is what is tested.
  for (const payload of [{ seats: [] }, { seats: ['A1', 'A1'] }, { seats: ['a1'] }, { seats: ['A1'], extra: 1 }, {}]) {
    const response = await answer(anyone.POST('/v1/showtimes/{showtimeId}/quote', { params: { path: { showtimeId: show.id } }, body: invalid(payload) }));
    t.equal(response.statusCode, 400, JSON.stringify(payload));
    t.equal(response.json().code, 'validation_failed');
  }
  t.equal((await quote('shw_nope', ['A1'])).statusCode, 404);
  const draft = await world.theatre({ city: mumbai, status: 'draft' });
  const hidden = await world.showtime(draft, '2030-03-29T10:00');
  t.match((await quote(hidden.id, ['A1'])).json(), { status: 404, code: 'not_found' });

  const cancelled = await world.showtime(theatre, '2030-03-30T10:00');
  const cancel = await answer(typedClient(app, world.owner.headers).POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: cancelled.id } } }));
  t.equal(cancel.statusCode, 200, cancel.body);
  t.match((await quote(cancelled.id, ['A1'])).json(), { status: 409, code: 'showtime_cancelled' });

  const started = await world.showtime(theatre, '2030-03-31T10:00');
  // No API schedules a showtime in the past: this one is moved to have started 5 minutes ago.
  await db.execute(sql`update showtimes set starts_at = now() - interval '5 minutes', ends_at = now() + interval '2 hours' where id = ${started.id}`);
  t.match((await quote(started.id, ['A1'])).json(), { status: 409, code: 'showtime_started' });
});
