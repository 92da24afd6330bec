import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { AFTERNOON, THIRD_TICKET, pricingWorld } from '../../helpers/pricing-world.ts';
import { answer, invalid, typedClient, type Schema } from '../../helpers/typed-client.ts';

/** `GET /v1/offers`: what applies to a city, a theatre or a showtime, for anyone, no credentials. */
const { app, adminKey } = await buildTestApp(t);
const world = await pricingWorld(app, adminKey, 'Public Offers');
const delhi = await world.city('Offers Delhi');
const chennai = await world.city('Offers Chennai');
const theatre = await world.theatre({ city: delhi });
const otherTheatre = await world.theatre({ city: delhi });
const chennaiTheatre = await world.theatre({ city: chennai });
const draft = await world.theatre({ city: delhi, status: 'draft' });

const admin = typedClient(app, world.admin);
const anyone = typedClient(app);
type OfferQuery = { cityId?: string; theatreId?: string; showtimeId?: string };
const queryText = (query: OfferQuery) => Object.entries(query).map(([name, value]) => `${name}=${value}`).join('&');
const offers = (query: OfferQuery) => answer(anyone.GET('/v1/offers', { params: { query } }));
const create = async (body: Schema<'OfferIn'>) => {
  const response = await answer(admin.POST('/v1/admin/offers', { body }));
  if (response.statusCode !== 201) throw new Error(`POST /v1/admin/offers answered ${response.statusCode}: ${response.body}`);
  return response.json();
};
const idsOf = async (query: OfferQuery) => {
  const response = await offers(query);
  if (response.statusCode !== 200) throw new Error(`GET /v1/offers?${queryText(query)} answered ${response.statusCode}: ${response.body}`);
  const body = response.json();
  t.equal(body.nextCursor, null);
  return body.data.map((offer: { id: string }) => offer.id);
};

const forDelhi = await create({ name: 'Delhi: 10% off', kind: 'nth_ticket', nth: 2, percentOff: 10, scope: 'cities', scopeIds: [delhi.id], priority: 10 });
const forTheatre = await create({ name: 'One theatre: 5% off evenings', kind: 'time_window', windowStart: '18:00', windowEnd: '23:00', percentOff: 5, scope: 'theatres', scopeIds: [theatre.id], priority: 150 });
const ended = await create({ name: 'Ended', kind: 'nth_ticket', nth: 2, percentOff: 10, validUntil: '2020-01-01' });
const later = await create({ name: 'Starts in 2031', kind: 'nth_ticket', nth: 5, percentOff: 10, validFrom: '2031-01-01', priority: 500 });
const disabled = await create({ name: 'Disabled', kind: 'nth_ticket', nth: 2, percentOff: 10, status: 'disabled' });

t.test('a city lists offers for all, for itself and for its live theatres, in the order they apply', async (t) => {
  t.same(await idsOf({ cityId: delhi.id }), [forDelhi.id, AFTERNOON.id, forTheatre.id, THIRD_TICKET.id, later.id]);
  t.same(await idsOf({ cityId: chennai.id }), [AFTERNOON.id, THIRD_TICKET.id, later.id]);
  const [first] = (await offers({ cityId: delhi.id })).json().data;
  t.same(first, {
    id: forDelhi.id, name: 'Delhi: 10% off', description: null, kind: 'nth_ticket', percentOff: 10, nth: 2, repeats: false,
    windowStart: null, windowEnd: null, daysOfWeek: null, scope: 'cities', scopeIds: [delhi.id], validFrom: null, validUntil: null, priority: 10,
  }, 'no status, version or timestamps for the public');
  t.notOk((await idsOf({ cityId: delhi.id })).includes(ended.id), 'an ended offer is not listed');
  t.notOk((await idsOf({ cityId: delhi.id })).includes(disabled.id), 'a disabled offer is not listed');
});

t.test('a theatre lists offers for all, its city and itself', async (t) => {
  t.same(await idsOf({ theatreId: theatre.id }), [forDelhi.id, AFTERNOON.id, forTheatre.id, THIRD_TICKET.id, later.id]);
  t.same(await idsOf({ theatreId: otherTheatre.id }), [forDelhi.id, AFTERNOON.id, THIRD_TICKET.id, later.id]);
  t.same(await idsOf({ theatreId: chennaiTheatre.id }), [AFTERNOON.id, THIRD_TICKET.id, later.id]);
});

t.test('a showtime lists exactly the offers that would price it', async (t) => {
  const evening = await world.showtime(theatre, '2030-06-03T19:00');
  t.same(await idsOf({ showtimeId: evening.id }), [forDelhi.id, forTheatre.id, THIRD_TICKET.id]);
  const afternoon = await world.showtime(otherTheatre, '2030-06-03T13:00');
  t.same(await idsOf({ showtimeId: afternoon.id }), [forDelhi.id, AFTERNOON.id, THIRD_TICKET.id]);
  const in2031 = await world.showtime(chennaiTheatre, '2031-02-03T10:00');
  t.same(await idsOf({ showtimeId: in2031.id }), [THIRD_TICKET.id, later.id], 'valid from 2031 on');
});

t.test('refusals: not exactly one filter, unknown or hidden places, a cancelled showtime', async (t) => {
  const none = await offers({});
  t.equal(none.statusCode, 400);
  t.same(none.json().errors.map((e: { path: string; code: string }) => `${e.path} ${e.code}`), [
    '/query/cityId one_filter_required', '/query/theatreId one_filter_required', '/query/showtimeId one_filter_required',
  ]);
  const two = await offers({ cityId: delhi.id, theatreId: theatre.id });
  t.equal(two.statusCode, 400);
  t.same(two.json().errors.map((e: { path: string }) => e.path), ['/query/cityId', '/query/theatreId']);
  t.equal((await offers(invalid({ cityId: delhi.id, extra: 1 }))).statusCode, 400);
  t.equal((await offers({ cityId: '' })).statusCode, 400);

  for (const query of [{ cityId: 'cty_missing' }, { theatreId: 'thr_missing' }, { theatreId: draft.id }, { showtimeId: 'shw_missing' }]) {
    const response = await offers(query);
    t.equal(response.statusCode, 404, queryText(query));
    t.equal(response.json().code, 'not_found');
  }
  const hidden = await world.showtime(draft, '2030-06-03T10:00');
  t.equal((await offers({ showtimeId: hidden.id })).statusCode, 404, 'a draft theatre\'s showtime');

  const cancelled = await world.showtime(theatre, '2030-06-04T10:00');
  await answer(typedClient(app, world.owner.headers).POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: cancelled.id } } }));
  const refused = await offers({ showtimeId: cancelled.id });
  t.equal(refused.statusCode, 409);
  t.equal(refused.json().code, 'showtime_cancelled');
});

t.test('credentials are not needed, and a partner key changes nothing', async (t) => {
  const anonymous = (await offers({ cityId: chennai.id })).json();
  const withKey = (await answer(typedClient(app, world.aggregator.headers).GET('/v1/offers', { params: { query: { cityId: chennai.id } } }))).json();
  t.same(withKey, anonymous);
});
