import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Showtime City' });
const movie = await fixture.movie({ title: 'Monsoon', languages: ['hi', 'en'], durationMinutes: 100, externalId: 'tt9900001' });
const owner = await onboardPartner(app, adminKey, { name: 'Scheduler' });

const api = typedClient(app, owner.headers);

const theatre = (await answer(api.POST('/v1/partner/theatres', { body: { externalRef: 't1', name: 'Scheduler One', cityId: city.id, address: '1 Road', status: 'live', cleaningBufferMinutes: 15 } }))).json();
const screen = (await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }))).json();
const layout = await answer(api.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: {
  rows: [
    { label: 'A', seats: [1, 2, 3].map((number) => ({ number, category: 'standard' as const })) },
    { label: 'B', seats: [1, 2].map((number) => ({ number, category: 'premium' as const })) },
  ],
} }));
t.equal(layout.statusCode, 201, layout.body);
const prices: Schema<'SeatCategoryPrice'>[] = [
  { category: 'standard', price: { amount: 25_000, currency: 'INR' } },
  { category: 'premium', price: { amount: 40_000, currency: 'INR' } },
];
const base = { screenId: screen.id, movieId: movie.id, language: 'hi', format: '2D' as const, prices };
const inTheatre = { params: { path: { theatreId: theatre.id as string } } };
const ofShowtime = (showtimeId: string) => ({ params: { path: { showtimeId } } });
const createShowtime = (body: Schema<'ShowtimeIn'>) => answer(api.POST('/v1/partner/theatres/{theatreId}/showtimes', { ...inTheatre, body }));
const patchShowtime = (showtimeId: string, body: Schema<'ShowtimePatch'>, headers: Record<string, string> = {}) =>
  answer(api.PATCH('/v1/partner/showtimes/{showtimeId}', { ...ofShowtime(showtimeId), body, headers }));

async function eventsOf(showtimeId: string) {
  return db.execute<{ type: string; version: number }>(sql`select type, aggregate_version as version from events where aggregate_id = ${showtimeId} order by id`);
}

t.test('schedule by local time: UTC stored, both returned, seats created, an event written', async (t) => {
  const created = await createShowtime({ ...base, externalRef: 'sh-1', startsAtLocal: '2030-03-10T14:30' });
  t.equal(created.statusCode, 201, created.body);
  const showtime = created.json();
  t.match(showtime, {
    startsAt: '2030-03-10T09:00:00.000Z', startsAtLocal: '2030-03-10T14:30:00+05:30',
    endsAt: '2030-03-10T10:55:00.000Z', localDate: '2030-03-10', timeZone: 'Asia/Kolkata', status: 'scheduled', version: 1,
  });
  t.same(showtime.prices, prices);
  t.equal(created.headers.etag, `"${showtime.id}.1"`);
  const [seats] = await db.execute<{ count: number }>(sql`select count(*)::int as count from seat_inventory where showtime_id = ${showtime.id} and state = 'available'`);
  t.equal(seats!.count, 5, 'one available seat per layout seat');
  t.same(await eventsOf(showtime.id), [{ type: 'showtime.created', version: 1 }]);
  t.equal((await answer(typedClient(app).GET('/v1/showtimes/{showtimeId}', ofShowtime(showtime.id)))).json().startsAtLocal, '2030-03-10T14:30:00+05:30', 'public at once (the theatre is live)');

  const byExternalId = await createShowtime({ ...base, movieId: undefined, movieExternalId: 'tt9900001', externalRef: 'sh-ext', startsAt: '2030-03-11T09:00:00Z' });
  t.equal(byExternalId.statusCode, 201, 'the movie by its external id');
});

t.test('bad input lists every problem', async (t) => {
  const bad = await createShowtime({
    ...base, externalRef: 'sh-bad', movieId: undefined, language: 'ta', startsAt: '2030-03-12T09:00:00Z', startsAtLocal: '2030-03-12T14:30',
    prices: [{ category: 'recliner', price: { amount: 1, currency: 'INR' } }],
  });
  t.equal(bad.statusCode, 400);
  t.same(
    bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/body/movieId one_of_required', '/body/prices missing_category', '/body/prices/0/category unknown_category', '/body/startsAt one_of_required'],
  );
  const wrongLanguage = await createShowtime({ ...base, externalRef: 'sh-lang', language: 'ta', startsAt: '2030-03-12T09:00:00Z' });
  t.same(wrongLanguage.json().errors.map((issue: { path: string }) => issue.path), ['/body/language']);
});

t.test('overlaps are refused by the database, naming the clash; 20 racing creations make one', async (t) => {
  const first = (await createShowtime({ ...base, externalRef: 'sh-o1', startsAt: '2030-04-01T09:00:00Z' })).json();
  const clash = await createShowtime({ ...base, externalRef: 'sh-o2', startsAt: '2030-04-01T10:50:00Z' });
  t.equal(clash.statusCode, 409, 'ends at 10:55 including the cleaning buffer');
  t.equal(clash.json().code, 'showtime_overlap');
  t.same(clash.json().conflicts, [first.id]);
  t.equal((await createShowtime({ ...base, externalRef: 'sh-o3', startsAt: '2030-04-01T10:55:00Z' })).statusCode, 201, 'back to back is fine');

  const racing = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      createShowtime({ ...base, externalRef: `race-${index}`, startsAt: `2030-05-01T09:${String(index).padStart(2, '0')}:00Z` }),
    ),
  );
  const statuses = racing.map((response) => response.statusCode);
  t.equal(statuses.filter((status) => status === 201).length, 1, 'exactly one created');
  t.equal(statuses.filter((status) => status === 409).length, 19, 'the others refused as overlaps');
  const [count] = await db.execute<{ count: number }>(sql`select count(*)::int as count from showtimes where external_ref like 'race-%'`);
  t.equal(count!.count, 1);
});

t.test('moving and repricing: If-Match, overlap re-checked, no-op writes nothing', async (t) => {
  const showtime = (await createShowtime({ ...base, externalRef: 'sh-move', startsAt: '2030-06-01T09:00:00Z' })).json();
  await createShowtime({ ...base, externalRef: 'sh-neighbour', startsAt: '2030-06-01T12:00:00Z' });
  const stale = await patchShowtime(showtime.id, { startsAt: '2030-06-01T08:00:00Z' }, { 'if-match': `"${showtime.id}.7"` });
  t.equal(stale.statusCode, 412);
  const onNeighbour = await patchShowtime(showtime.id, { startsAt: '2030-06-01T11:00:00Z' });
  t.equal(onNeighbour.statusCode, 409);
  t.equal(onNeighbour.json().code, 'showtime_overlap');
  const moved = await patchShowtime(showtime.id, { startsAtLocal: '2030-06-01T13:00', prices: [prices[0]!, { category: 'premium', price: { amount: 45_000, currency: 'INR' } }] }, { 'if-match': `"${showtime.id}.1"` });
  t.equal(moved.statusCode, 200, moved.body);
  t.match(moved.json(), { startsAt: '2030-06-01T07:30:00.000Z', endsAt: '2030-06-01T09:25:00.000Z', version: 2 });
  t.equal(moved.json().prices[1].price.amount, 45_000);
  const same = await patchShowtime(showtime.id, { format: '2D' });
  t.equal(same.json().version, 2, 'no change, no version');
  t.same((await eventsOf(showtime.id)).map((event) => event.type), ['showtime.created', 'showtime.updated']);
});

t.test('PUT by reference creates, then updates', async (t) => {
  const put = (body: Schema<'ShowtimeUpsert'>) =>
    answer(api.PUT('/v1/partner/theatres/{theatreId}/showtimes/by-ref/{externalRef}', { params: { path: { theatreId: theatre.id, externalRef: 'pos-77' } }, body }));
  const created = await put({ ...base, startsAt: '2030-07-01T09:00:00Z' });
  t.equal(created.statusCode, 201);
  const updated = await put({ ...base, startsAt: '2030-07-01T10:00:00Z' });
  t.equal(updated.statusCode, 200);
  t.match(updated.json(), { id: created.json().id, startsAt: '2030-07-01T10:00:00.000Z', version: 2 });
  const again = await put({ ...base, startsAt: '2030-07-01T10:00:00Z' });
  t.equal(again.json().version, 2, 'the same document changes nothing');
});

/** An aggregator's customer books seat A1, through the API. */
async function bookOneSeat(showtimeId: string) {
  const seller = await onboardPartner(app, adminKey, { name: `Seller for ${showtimeId}`, kind: 'aggregator' });
  const sellerApi = typedClient(app, seller.headers);
  const hold = await answer(sellerApi.POST('/v1/holds', { body: { showtimeId, customerRef: 'buyer', seats: ['A1'] } }));
  if (hold.statusCode !== 201) throw new Error(`hold answered ${hold.statusCode}: ${hold.body}`);
  const booking = await answer(sellerApi.POST('/v1/bookings', { body: { holdId: hold.json().id, payment: { method: 'partner_collected', reference: 'pay-1' } } }));
  if (booking.statusCode !== 201) throw new Error(`booking answered ${booking.statusCode}: ${booking.body}`);
}

t.test('a showtime that sold seats cannot be deleted; cancelled, every unsold seat is blocked', async (t) => {
  const sold = (await createShowtime({ ...base, externalRef: 'sh-sold', startsAt: '2030-08-01T09:00:00Z' })).json();
  await bookOneSeat(sold.id);
  t.equal((await answer(api.DELETE('/v1/partner/showtimes/{showtimeId}', ofShowtime(sold.id)))).json().code, 'showtime_has_sales');
  // Cancelling a showtime with bookings (refunds, events) is tested through real bookings in test/routes/cancellations.test.ts.

  const quiet = (await createShowtime({ ...base, externalRef: 'sh-quiet', startsAt: '2030-08-02T09:00:00Z' })).json();
  const cancelled = await answer(api.POST('/v1/partner/showtimes/{showtimeId}/cancel', { ...ofShowtime(quiet.id), headers: { 'if-match': `"${quiet.id}.1"` } }));
  t.equal(cancelled.statusCode, 200);
  t.match(cancelled.json(), { status: 'cancelled', version: 2, cancelledAt: /^\d{4}-/ });
  const [states] = await db.execute<{ states: string[] }>(sql`select array_agg(distinct state) as states from seat_inventory where showtime_id = ${quiet.id}`);
  t.same(states!.states, ['blocked']);
  t.same((await eventsOf(quiet.id)).map((event) => `${event.type}@${event.version}`), ['showtime.created@1', 'showtime.cancelled@2']);
  t.equal((await createShowtime({ ...base, externalRef: 'sh-after', startsAt: '2030-08-02T09:00:00Z' })).statusCode, 201, 'its slot is free again');
});

t.test('delete for the day when nothing was sold', async (t) => {
  const showtime = (await createShowtime({ ...base, externalRef: 'sh-del', startsAt: '2030-09-01T09:00:00Z' })).json();
  const deleted = await answer(api.DELETE('/v1/partner/showtimes/{showtimeId}', ofShowtime(showtime.id)));
  t.equal(deleted.statusCode, 204);
  t.equal((await answer(api.GET('/v1/partner/showtimes/{showtimeId}', ofShowtime(showtime.id)))).statusCode, 404);
  t.same((await eventsOf(showtime.id)).map((event) => event.type), ['showtime.created', 'showtime.cancelled'], 'receivers hear it is gone');
  const list = (await answer(api.GET('/v1/partner/theatres/{theatreId}/showtimes', { params: { path: { theatreId: theatre.id }, query: { from: '2030-03-10', to: '2030-03-10' } } }))).json();
  t.same(list.data.map((item: { externalRef: string }) => item.externalRef), ['sh-1']);
});
