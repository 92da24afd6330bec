import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api } from '../../helpers/typed-client.ts';

// Events come from real domain actions (showtimes, a hold and a booking); the relay is not
// part of this test, so feed positions are handed out here the way it does, in write order.
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Feed City' });
const movie = await fixture.movie({ title: 'Feed Me', durationMinutes: 90 });
const owner = await onboardPartner(app, adminKey, { name: 'Feed Cinemas' });
const otherOwner = await onboardPartner(app, adminKey, { name: 'Other Cinemas' });
const seller = await onboardPartner(app, adminKey, { name: 'Feed Tickets', kind: 'aggregator' });
const otherSeller = await onboardPartner(app, adminKey, { name: 'Other Tickets', kind: 'aggregator' });
const readOnly = await onboardPartner(app, adminKey, { name: 'Feed Reader', scopes: ['read'] });

const asOwner = typedClient(app, owner.headers);
const asSeller = typedClient(app, seller.headers);
/** Awaits a call that must create something, and answers its body. */
async function created(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const assignPositions = () => db.execute(sql`
  update events set sequence = s.position
  from (select id, nextval('event_sequence') as position from events where sequence is null order by created_at, id) s
  where events.id = s.id`);
type FeedQuery = { after?: string; limit?: number; type?: string };
const events = (client: Api, query: FeedQuery = {}) => answer(client.GET('/v1/events', { params: { query } }));
async function feed(headers: Record<string, string>, query: FeedQuery = {}) {
  const response = await events(typedClient(app, headers), query);
  if (response.statusCode !== 200) throw new Error(`feed answered ${response.statusCode}: ${response.body}`);
  return response.json() as { data: { id: string; type: string; position: string; aggregate: { id: string }; data: Record<string, unknown> }[]; nextCursor: string | null };
}
const types = (page: { data: { type: string }[] }) => page.data.map((event) => event.type);

const theatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'f1', name: 'Feed Hall', cityId: city.id, address: '1 Feed Rd', status: 'live' } }));
const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', {
  params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats: [1, 2, 3, 4].map((n) => ({ number: n, category: 'standard' as const })) }] },
}));
const showtime = await created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
  params: { path: { theatreId: theatre.id } },
  body: {
    externalRef: 'sh-1', screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt: '2030-07-01T10:00:00Z',
    prices: [{ category: 'standard', price: { amount: 20_000, currency: 'INR' } }],
  },
}));
const hold = await created('POST /v1/holds', asSeller.POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef: 'cust-1', seats: ['A1', 'A2'] } }));
const booking = await created('POST /v1/bookings', asSeller.POST('/v1/bookings', { body: { holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-1' } } }));
await assignPositions();

t.test('who sees what', async (t) => {
  t.same(types(await feed(owner.headers)), ['showtime.created', 'booking.confirmed', 'inventory.updated'], 'the theatre partner: everything at its theatres');
  t.same(types(await feed(seller.headers)), ['showtime.created', 'booking.confirmed', 'inventory.updated'], 'the seller: public events and its own booking');
  t.same(types(await feed(otherSeller.headers)), ['showtime.created', 'inventory.updated'], "another aggregator: public events, not the seller's booking");
  t.same(types(await feed(otherOwner.headers)), [], "another theatre partner: nothing of the first one's");
  const confirmed = (await feed(seller.headers)).data[1]!;
  t.equal(confirmed.aggregate.id, booking.id);
  t.match(confirmed, { id: /^evt_/, createdAt: String, aggregate: { type: 'booking', version: Number }, data: Object });
});

t.test('the cursor: page by page, nothing skipped, caught up is null, new events follow', async (t) => {
  const all = await feed(owner.headers);
  t.equal(all.nextCursor, null, 'caught up');
  const seen: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await feed(owner.headers, { limit: 1, ...(after ? { after } : {}) });
    seen.push(...page.data.map((event) => event.id));
    if (page.nextCursor === null) break;
    t.equal(page.nextCursor, page.data.at(-1)!.position, 'nextCursor is the last position');
    after = page.nextCursor;
  }
  t.same(seen, all.data.map((event) => event.id), 'one page at a time gives the same events in the same order');
  const last = all.data.at(-1)!.position;
  t.same((await feed(owner.headers, { after: last })).data, [], 'nothing after the last');

  await answer(asSeller.POST('/v1/bookings/{bookingId}/cancel', { params: { path: { bookingId: booking.id } }, body: { reason: 'Changed plans' } }));
  t.same((await feed(owner.headers, { after: last })).data, [], 'an event without a position is not in the feed yet');
  await assignPositions();
  t.same(types(await feed(owner.headers, { after: last })), ['booking.cancelled', 'inventory.updated'], 'reading on from the kept position');
  t.same(types(await feed(owner.headers, { type: 'booking.cancelled' })), ['booking.cancelled'], 'filtered by type');
  t.same(types(await feed(otherSeller.headers, { type: 'booking.cancelled' })), [], 'the filter keeps visibility');
});

t.test('bad positions and parameters are 400s', async (t) => {
  // `colour` is a parameter outside the contract, sent on purpose.
  for (const query of [{ after: 'nonsense' }, { after: Buffer.from('["x"]').toString('base64url') }, { limit: 0 }, { limit: 101 }, { type: 'Booking' }, invalid({ colour: 'red' })]) {
    const response = await events(asOwner, query);
    t.equal(response.statusCode, 400, JSON.stringify(query));
    t.equal(response.json().code, 'validation_failed');
  }
});

t.test('access: the read scope is enough; the admin and anonymous callers are refused', async (t) => {
  t.equal((await events(typedClient(app, readOnly.headers))).statusCode, 200);
  const noRead = await onboardPartner(app, adminKey, { name: 'No Read', scopes: ['webhooks:manage'] });
  t.equal((await events(typedClient(app, noRead.headers))).statusCode, 403);
  t.equal((await events(typedClient(app, { authorization: `Bearer ${adminKey}` }))).statusCode, 403);
  t.equal((await events(typedClient(app))).statusCode, 401);
});
