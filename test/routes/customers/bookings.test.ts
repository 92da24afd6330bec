import { and, eq } from 'drizzle-orm';
import t from 'tap';
import { bookings, customers, holds } from '../../../server/db/schema/booking.ts';
import { events } from '../../../server/db/schema/events.ts';
import { auditLog } from '../../../server/db/schema/platform.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { startOidcProvider } from '../../helpers/oidc-provider.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { twoTheatres } from '../../helpers/two-theatres.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

// End customers signed in with a real OpenID Provider: they hold, book (direct, paying at the
// venue), list, read and cancel their own bookings, and nobody else's.
const provider = await startOidcProvider(t);
const { app, adminKey, db } = await buildTestApp(t, { OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience });
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Direct City' });
const movie = await fixture.movie({ title: 'Self Service', durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Direct Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const alice = bearer(await provider.tokenFor('alice@example.test'));
const bob = bearer(await provider.tokenFor('bob@example.test'));

// 20:00 in Kolkata: evening shows, priced at their base price.
const { venue, online, showtime } = await twoTheatres(app, owner, { cityId: city.id, movieId: movie.id, refPrefix: 'c', firstStartsAt: '2030-06-01T14:30:00Z' });
type Headers = Record<string, string>;
const as = (headers: Headers) => typedClient(app, headers);
const holdFor = (headers: Headers, body: Schema<'HoldIn'>) => answer(as(headers).POST('/v1/holds', { body }));
const book = (headers: Headers, body: Schema<'BookingIn'>) => answer(as(headers).POST('/v1/bookings', { body }));
const readHold = (headers: Headers, holdId: string) => answer(as(headers).GET('/v1/holds/{holdId}', { params: { path: { holdId } } }));
const extendHold = (headers: Headers, holdId: string, body: Schema<'HoldExtendIn'>) => answer(as(headers).POST('/v1/holds/{holdId}/extend', { params: { path: { holdId } }, body }));
const releaseHold = (headers: Headers, holdId: string) => answer(as(headers).POST('/v1/holds/{holdId}/release', { params: { path: { holdId } } }));
const readBooking = (headers: Headers, bookingId: string) => answer(as(headers).GET('/v1/bookings/{bookingId}', { params: { path: { bookingId } } }));
const cancelBooking = (headers: Headers, bookingId: string, body: Schema<'BookingCancelIn'>) =>
  answer(as(headers).POST('/v1/bookings/{bookingId}/cancel', { params: { path: { bookingId } }, body }));
const listBookings = (headers: Headers) => answer(as(headers).GET('/v1/bookings'));
/** Awaits a call that must create something, and answers its body. */
async function created201(pending: Promise<{ statusCode: number; body: string; json(): any }>) {
  const response = await pending;
  if (response.statusCode !== 201) throw new Error(`a setup call answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const payAtVenue: Schema<'BookingPaymentIn'> = { method: 'pay_at_venue' };
const customerIdOf = async (subject: string) =>
  (await db.select({ id: customers.id }).from(customers).where(and(eq(customers.oidcIssuer, provider.issuer), eq(customers.oidcSubject, subject))))[0]?.id;

t.test('a customer holds, books at the venue, lists, reads and cancels its own booking', async (t) => {
  const showtimeId = await showtime();
  const held = await holdFor(alice, { showtimeId, seats: ['A2', 'A1'] });
  t.equal(held.statusCode, 201, held.body);
  const hold = held.json();
  t.match(hold, { id: /^hld_/, showtimeId, customerRef: null, status: 'active', quote: { total: { amount: 50_000, currency: 'INR' } } });
  t.same(hold.seats.map((seat: { label: string }) => seat.label), ['A1', 'A2']);
  const aliceId = await customerIdOf('alice@example.test');
  t.match(aliceId, /^cus_/, 'the customer is known by (issuer, subject)');
  t.same(await db.select({ customerId: holds.customerId, partnerId: holds.partnerId }).from(holds).where(eq(holds.id, hold.id)), [{ customerId: aliceId, partnerId: null }], 'a direct hold');

  t.same((await readHold(alice, hold.id)).json(), hold);
  const extended = await extendHold(alice, hold.id, { seconds: 60 });
  t.equal(extended.statusCode, 200, extended.body);
  t.ok(Date.parse(extended.json().expiresAt) > Date.parse(hold.expiresAt));

  const created = await book(alice, { holdId: hold.id, payment: payAtVenue });
  t.equal(created.statusCode, 201, created.body);
  const booking = created.json();
  t.match(booking, {
    id: /^bkg_/, showtimeId, theatreId: venue.id, channel: { type: 'direct', partnerId: null }, customerRef: null, status: 'confirmed',
    total: { amount: 50_000, currency: 'INR' }, payment: { method: 'pay_at_venue', status: 'pending', amount: { amount: 50_000, currency: 'INR' }, reference: null },
  });
  t.same(await db.select({ channel: bookings.channelPartnerId, customerId: bookings.customerId }).from(bookings).where(eq(bookings.id, booking.id)), [{ channel: null, customerId: aliceId }]);

  const [confirmed] = await db.select().from(events).where(and(eq(events.aggregateId, booking.id), eq(events.type, 'booking.confirmed')));
  t.match(confirmed, { theatrePartnerId: owner.partner.id, aggregatorPartnerId: null, isPublic: false, data: { id: booking.id, customerRef: null, channel: { type: 'direct' } } });
  t.notOk(JSON.stringify(confirmed!.data).includes('alice') || JSON.stringify(confirmed!.data).includes(aliceId!), 'the event never says who the customer is');
  const audited = await db.select({ action: auditLog.action, actorType: auditLog.actorType, actorId: auditLog.actorId, partnerId: auditLog.partnerId }).from(auditLog).where(eq(auditLog.actorId, aliceId!)).orderBy(auditLog.createdAt);
  t.same(audited.map((entry) => entry.action), ['hold.created', 'hold.extended', 'booking.confirmed']);
  t.ok(audited.every((entry) => entry.actorType === 'customer' && entry.partnerId === null), 'audited as the customer');

  const listed = await listBookings(alice);
  t.equal(listed.statusCode, 200);
  t.same(listed.json(), { data: [booking], nextCursor: null });
  t.same((await readBooking(alice, booking.id)).json(), booking);

  // The theatre partner sees it, as a direct booking; the aggregator does not.
  const forTheatre = await readBooking(owner.headers, booking.id);
  t.equal(forTheatre.statusCode, 200);
  t.match(forTheatre.json(), { id: booking.id, channel: { type: 'direct', partnerId: null }, customerRef: null });
  t.ok((await answer(as(owner.headers).GET('/v1/partner/bookings'))).json().data.some((row: { id: string }) => row.id === booking.id));
  t.equal((await readBooking(aggregator.headers, booking.id)).statusCode, 404);
  t.notOk((await listBookings(aggregator.headers)).json().data.some((row: { id: string }) => row.id === booking.id));
  t.equal((await readHold(aggregator.headers, hold.id)).statusCode, 404);

  const cancelled = await cancelBooking(alice, booking.id, { reason: 'Plans changed' });
  t.equal(cancelled.statusCode, 200, cancelled.body);
  t.match(cancelled.json(), { id: booking.id, status: 'cancelled', payment: { method: 'pay_at_venue', status: 'voided' }, cancellation: { cause: 'requested', reason: 'Plans changed', refund: null } });
  const [cancelEvent] = await db.select().from(events).where(and(eq(events.aggregateId, booking.id), eq(events.type, 'booking.cancelled')));
  t.match(cancelEvent, { theatrePartnerId: owner.partner.id, aggregatorPartnerId: null, data: { customerRef: null } });
  const again = await cancelBooking(alice, booking.id, {});
  t.match(again.json(), { status: 409, code: 'booking_cancelled' });
});

t.test('another customer, an aggregator and a theatre partner see only what is theirs', async (t) => {
  const showtimeId = await showtime();
  const hold = (await holdFor(alice, { showtimeId, seats: ['A5'] })).json();
  const booking = (await book(alice, { holdId: hold.id, payment: payAtVenue })).json();
  const second = (await holdFor(alice, { showtimeId, seats: ['A6'] })).json();
  t.equal(second.status, 'active', 'the first hold became a booking, so another may be made');
  const third = await holdFor(alice, { showtimeId, seats: ['A8'] });
  t.match(third.json(), { status: 409, code: 'hold_limit_reached' }, 'one active hold per customer and showtime');

  // Bob, signed in with the same issuer, is another customer: alice's things do not exist for him.
  for (const [what, request] of [
    [`GET /v1/holds/${second.id}`, () => readHold(bob, second.id)],
    [`POST /v1/holds/${second.id}/extend`, () => extendHold(bob, second.id, {})],
    [`POST /v1/holds/${second.id}/release`, () => releaseHold(bob, second.id)],
    [`GET /v1/bookings/${booking.id}`, () => readBooking(bob, booking.id)],
    [`POST /v1/bookings/${booking.id}/cancel`, () => cancelBooking(bob, booking.id, {})],
  ] as const) {
    const response = await request();
    t.equal(response.statusCode, 404, what);
    t.equal(response.json().code, 'not_found');
  }
  const booked = await book(bob, { holdId: second.id, payment: payAtVenue });
  t.match(booked.json(), { status: 404, code: 'not_found' }, "bob cannot book alice's hold");
  t.same((await listBookings(bob)).json(), { data: [], nextCursor: null });
  t.match(await customerIdOf('bob@example.test'), /^cus_/);

  // An aggregator's own customer bookings stay out of every customer's list, and the reverse.
  const aggregatorHold = await created201(holdFor(aggregator.headers, { showtimeId, customerRef: 'alice@example.test', seats: ['A7'] }));
  t.equal(aggregatorHold.customerRef, 'alice@example.test');
  const aggregatorBooking = await created201(book(aggregator.headers, { holdId: aggregatorHold.id, payment: { method: 'partner_collected', reference: 'pg-1' } }));
  t.equal((await readBooking(alice, aggregatorBooking.id)).statusCode, 404);
  t.equal((await readHold(alice, aggregatorHold.id)).statusCode, 404);
  t.notOk((await listBookings(alice)).json().data.some((row: { id: string }) => row.id === aggregatorBooking.id));
  t.ok((await listBookings(aggregator.headers)).json().data.some((row: { id: string }) => row.id === aggregatorBooking.id));

  const released = await releaseHold(alice, second.id);
  t.equal(released.statusCode, 200, released.body);
  t.equal(released.json().status, 'released');
});

t.test('customers pay at the venue, where the theatre allows it, and nothing else', async (t) => {
  const showtimeId = await showtime();
  const hold = (await holdFor(alice, { showtimeId, seats: ['A3'] })).json();
  const collected = await book(alice, { holdId: hold.id, payment: { method: 'partner_collected', reference: 'pg-9' } });
  t.equal(collected.statusCode, 409);
  t.match(collected.json(), { code: 'payment_method_unavailable', detail: /card gateway/ });
  t.equal((await readHold(alice, hold.id)).json().status, 'active', 'nothing was booked');

  const onlineShow = await showtime(online);
  const onlineHold = (await holdFor(alice, { showtimeId: onlineShow, seats: ['A3'] })).json();
  const refused = await book(alice, { holdId: onlineHold.id, payment: payAtVenue });
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'payment_method_unavailable', detail: 'This theatre does not take payment at the venue.' });
  t.same(await db.select().from(bookings).where(eq(bookings.holdId, onlineHold.id)), []);
});

t.test('customerRef: aggregators must name their customer; customers must not', async (t) => {
  const showtimeId = await showtime();
  const withRef = await holdFor(alice, { showtimeId, customerRef: 'someone-else', seats: ['A9'] });
  t.equal(withRef.statusCode, 400);
  t.match(withRef.json(), { code: 'validation_failed', errors: [{ path: '/body/customerRef', code: 'not_allowed' }] });
  const withoutRef = await holdFor(aggregator.headers, { showtimeId, seats: ['A9'] });
  t.equal(withoutRef.statusCode, 400);
  t.match(withoutRef.json(), { code: 'validation_failed', errors: [{ path: '/body/customerRef', code: 'required' }] });
  t.same(await db.select().from(holds).where(eq(holds.showtimeId, showtimeId)), [], 'nothing held');
});

t.test("idempotency keys are each customer's own", async (t) => {
  const showtimeId = await showtime();
  const key = { 'idempotency-key': 'same-key' };
  const first = await holdFor({ ...alice, ...key }, { showtimeId, seats: ['A10'] });
  t.equal(first.statusCode, 201);
  const replay = await holdFor({ ...alice, ...key }, { showtimeId, seats: ['A10'] });
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.same(replay.json(), first.json());
  const reused = await holdFor({ ...alice, ...key }, { showtimeId, seats: ['A11'] });
  t.equal(reused.statusCode, 422);
  const bobs = await holdFor({ ...bob, ...key }, { showtimeId, seats: ['A11'] });
  t.equal(bobs.statusCode, 201, "bob's key is not alice's");
  t.equal(bobs.headers['idempotent-replayed'], undefined);
});

t.test('customers cannot call partner, bulk or admin operations', async (t) => {
  const showtimeId = await showtime();
  const asAlice = as(alice);
  for (const [what, request] of [
    ['GET /v1/partner/theatres', () => answer(asAlice.GET('/v1/partner/theatres'))],
    ['GET /v1/partner/bookings', () => answer(asAlice.GET('/v1/partner/bookings'))],
    ['POST /v1/bookings/bulk', () => answer(asAlice.POST('/v1/bookings/bulk', { body: { items: [{ holdId: 'hld_x', payment: payAtVenue }] } }))],
    ['POST /v1/bookings/bulk-cancel', () => answer(asAlice.POST('/v1/bookings/bulk-cancel', { body: { bookingIds: ['bkg_x'] } }))],
    ['GET /v1/admin/partners', () => answer(asAlice.GET('/v1/admin/partners'))],
    [`GET /v1/partner/showtimes/${showtimeId}/seats`, () => answer(asAlice.GET('/v1/partner/showtimes/{showtimeId}/seats', { params: { path: { showtimeId } } }))],
  ] as const) {
    const response = await request();
    t.equal(response.statusCode, 403, what);
    t.match(response.json(), { code: 'insufficient_scope', detail: 'This operation is not available to customers.' });
  }
  const garbage = await answer(as(bearer('not-a-jwt')).GET('/v1/partner/theatres'));
  t.match(garbage.json(), { status: 401, code: 'invalid_token' });
  // Theatre partners still cannot hold: a customer path does not open the route to them.
  t.equal((await holdFor(owner.headers, { showtimeId, customerRef: 'x', seats: ['A1'] })).statusCode, 403);
});
