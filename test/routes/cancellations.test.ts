import { eq, inArray, sql } from 'drizzle-orm';
import t from 'tap';
import { auditLog } from '../../server/db/schema/platform.ts';
import { bookedSeats, refunds } from '../../server/db/schema/booking.ts';
import { events } from '../../server/db/schema/events.ts';
import { seatInventory } from '../../server/db/schema/inventory.ts';
import { layoutSeats } from '../../server/db/schema/theatres.ts';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { waitUntilLockWaiting } from '../helpers/lock-waits.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, invalid, typedClient, type Schema } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/** Cancelling bookings one at a time, in bulk and by cancelling the showtime; bulk booking. */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Cancel City' });
const movie = await fixture.movie({ title: 'Second Thoughts', durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Refund Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const rival = await onboardPartner(app, adminKey, { name: 'SeatSeller', kind: 'aggregator' });
const readOnly = await onboardPartner(app, adminKey, { name: 'Browser', kind: 'aggregator', scopes: ['read'] });

const api = (headers: Record<string, string>) => typedClient(app, headers);
const asOwner = api(owner.headers);
const seller = api(aggregator.headers);
/** Awaits a call that must create something, and answers its body. */
async function created(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const theatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', {
  body: { externalRef: 'c1', name: 'Pay Here', cityId: city.id, address: '1 Road', status: 'live', payAtVenue: true, cancellationCutoffMinutes: 60 },
}));
let screens = 0;
async function newScreen() {
  screens += 1;
  const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: `s${screens}`, name: `Screen ${screens}` } }));
  await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', {
    params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats: Array.from({ length: 12 }, (_, n) => ({ number: n + 1, category: 'standard' as const })) }] },
  }));
  return screen.id as string;
}
const screenId = await newScreen();
const prices: Schema<'ShowtimeIn'>['prices'] = [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }];
let day = 0;
/** A fresh showtime a day after the last; or starting at `startsAt`, on a screen of its own. */
async function showtime(startsAt?: Date) {
  day += 1;
  return (await created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: theatre.id } },
    body: {
      externalRef: `sh-${day}`, screenId: startsAt ? await newScreen() : screenId, movieId: movie.id, language: 'en', format: '2D', prices,
      // By default 09:30 in Kolkata: a morning show, so the seeded afternoon offer stays out of these tests.
      startsAt: (startsAt ?? new Date(Date.parse('2030-06-01T04:00:00Z') + day * 86_400_000)).toISOString(),
    },
  }))).id as string;
}
let customers = 0;
const holdAs = (headers: Record<string, string>, body: Schema<'HoldIn'>) => created('POST /v1/holds', api(headers).POST('/v1/holds', { body }));
const hold = async (showtimeId: string, seats: string[]) => holdAs(aggregator.headers, { showtimeId, customerRef: `cust-${(customers += 1)}`, seats });
const bookAs = (headers: Record<string, string>, body: Schema<'BookingIn'>) => created('POST /v1/bookings', api(headers).POST('/v1/bookings', { body }));
const partnerCollected: Schema<'BookingPaymentIn'> = { method: 'partner_collected', reference: 'pg_txn_1' };
async function booking(showtimeId: string, seats: string[], payment: Schema<'BookingPaymentIn'> = partnerCollected) {
  const held = await hold(showtimeId, seats);
  return bookAs(aggregator.headers, { holdId: held.id, payment });
}
const cancel = (bookingId: string, body: Schema<'BookingCancelIn'> = {}, headers: Record<string, string> = aggregator.headers) =>
  answer(api(headers).POST('/v1/bookings/{bookingId}/cancel', { params: { path: { bookingId } }, body }));
const bulkCancel = (body: Schema<'BulkCancellationIn'>, headers: Record<string, string> = aggregator.headers) =>
  answer(api(headers).POST('/v1/bookings/bulk-cancel', { body }));
const bulkBook = (body: Schema<'BulkBookingIn'>, headers: Record<string, string> = aggregator.headers) =>
  answer(api(headers).POST('/v1/bookings/bulk', { body }));
const cancelShowtime = (showtimeId: string) => answer(asOwner.POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId } } }));
const read = async (bookingId: string, headers: Record<string, string> = aggregator.headers) =>
  (await answer(api(headers).GET('/v1/bookings/{bookingId}', { params: { path: { bookingId } } }))).json();
const seatMapEtag = async (showtimeId: string) => (await answer(typedClient(app).GET('/v1/showtimes/{showtimeId}/seat-map', { params: { path: { showtimeId } } }))).headers.etag;
const seatStates = async (showtimeId: string) =>
  Object.fromEntries((await db.select({ label: layoutSeats.label, state: seatInventory.state }).from(seatInventory)
    .innerJoin(layoutSeats, eq(layoutSeats.id, seatInventory.seatId)).where(eq(seatInventory.showtimeId, showtimeId))).map((seat) => [seat.label, seat.state]));
const eventsOf = async (aggregateIds: string[]) =>
  (await db.select().from(events).where(inArray(events.aggregateId, aggregateIds)).orderBy(events.id)).map((event) => `${event.type}:${event.aggregateId}`);
// No API makes a lapsed hold (HOLD_TTL_SECONDS is at least 30): its expiry is wound back.
const lapse = (holdId: string) => db.execute(sql`with h as (update holds set expires_at = now() - interval '1 second' where id = ${holdId} returning id)
  update seat_inventory set held_until = now() - interval '1 second' where hold_id in (select id from h)`);
const inr = (amount: number) => ({ amount, currency: 'INR' });

t.test('cancel before the cut-off: full refund, seats back on sale, events, audit, idempotent', async (t) => {
  const showtimeId = await showtime();
  const sold = await booking(showtimeId, ['A1', 'A2']);
  t.match(sold, { status: 'confirmed', cancellation: null, cancellableUntil: new Date(Date.parse('2030-06-01T04:00:00Z') + day * 86_400_000 - 3_600_000).toISOString().replace('.000', '') }, 'cancellable until an hour before the show');
  const etagBefore = await seatMapEtag(showtimeId);
  const headers = { ...aggregator.headers, 'idempotency-key': 'cancel-1' };

  const cancelled = await cancel(sold.id, { reason: 'Customer changed plans' }, headers);
  t.equal(cancelled.statusCode, 200, cancelled.body);
  const body = cancelled.json();
  t.match(body, {
    id: sold.id, status: 'cancelled', customerRef: sold.customerRef, cancellableUntil: null,
    payment: { method: 'partner_collected', status: 'refunded', amount: inr(50_000) },
    cancellation: { cause: 'requested', reason: 'Customer changed plans', refund: { amount: inr(50_000), status: 'succeeded' } },
  });
  t.ok(Date.parse(body.cancellation.cancelledAt) > Date.parse(sold.createdAt) - 1);
  t.same(await read(sold.id), body, 'reading it back gives the same booking');
  t.match(await seatStates(showtimeId), { A1: 'available', A2: 'available' });
  t.not(await seatMapEtag(showtimeId), etagBefore, 'the seat map changed');
  const [refund] = await db.select().from(refunds).where(eq(refunds.bookingId, sold.id));
  t.match(refund, { amount: 50_000, currency: 'INR', status: 'succeeded', reason: 'Customer changed plans' });
  const seats = await db.select({ cancelledAt: bookedSeats.cancelledAt }).from(bookedSeats).where(eq(bookedSeats.bookingId, sold.id));
  t.ok(seats.length === 2 && seats.every((seat) => seat.cancelledAt !== null), 'the booked seats are no longer live');
  t.same(await eventsOf([sold.id]), [`booking.confirmed:${sold.id}`, `booking.cancelled:${sold.id}`]);
  const [cancelledEvent] = await db.select().from(events).where(sql`${events.aggregateId} = ${sold.id} and ${events.type} = 'booking.cancelled'`);
  t.match(cancelledEvent, { aggregateVersion: 2, aggregatorPartnerId: aggregator.partner.id, theatrePartnerId: owner.partner.id, data: { status: 'cancelled', customerRef: null } });
  const inventory = await db.select().from(events).where(sql`${events.aggregateId} = ${showtimeId} and ${events.type} = 'inventory.updated'`).orderBy(events.id);
  t.match(inventory.at(-1)!.data, { showtimeId, seats: [{ state: 'available' }, { state: 'available' }] });
  t.equal(inventory.at(-1)!.isPublic, true, 'every aggregator learns the seats are back');
  const [audit] = await db.select().from(auditLog).where(sql`${auditLog.action} = 'booking.cancelled' and ${sold.id} = any(${auditLog.targetIds})`);
  t.match(audit, { details: { cause: 'requested', seats: 2 } });

  const replay = await cancel(sold.id, { reason: 'Customer changed plans' }, headers);
  t.equal(replay.statusCode, 200);
  t.equal(replay.body, cancelled.body, 'the same key replays the first answer');
  const again = await cancel(sold.id);
  t.equal(again.statusCode, 409);
  t.equal(again.json().code, 'booking_cancelled');
  t.equal((await hold(showtimeId, ['A1', 'A2'])).status, 'active', 'the seats can be held again');
});

t.test('pay at the venue: nothing was taken, so the payment is voided and no refund recorded', async (t) => {
  const sold = await booking(await showtime(), ['A3'], { method: 'pay_at_venue' });
  const body = (await cancel(sold.id)).json();
  t.match(body, { status: 'cancelled', payment: { method: 'pay_at_venue', status: 'voided' }, cancellation: { cause: 'requested', reason: null, refund: null } });
  t.equal((await db.select().from(refunds).where(eq(refunds.bookingId, sold.id))).length, 0);
});

t.test('refusals: past the cut-off, another seller, the theatre, a read-only key, bad input', async (t) => {
  // Starts in 30 minutes; the theatre's cut-off is 60, so it closed half an hour ago.
  const soon = await showtime(new Date(Date.now() + 30 * 60_000));
  const late = await booking(soon, ['A1']);
  t.ok(Date.parse(late.cancellableUntil) < Date.now(), 'the booking says the window has closed');
  const closed = await cancel(late.id);
  t.equal(closed.statusCode, 409);
  t.match(closed.json(), { code: 'cancellation_closed', detail: /cut-off/ });
  t.match(await read(late.id), { status: 'confirmed', payment: { status: 'captured' } }, 'nothing changed');
  t.match(await seatStates(soon), { A1: 'booked' });

  const sold = await booking(await showtime(), ['A4']);
  t.equal((await cancel(sold.id, {}, rival.headers)).statusCode, 404, "another seller's booking does not exist for it");
  t.equal((await cancel('bkg_unknown')).statusCode, 404);
  t.equal((await cancel(sold.id, {}, owner.headers)).statusCode, 403, 'the theatre cancels showtimes, not single sales');
  t.equal((await cancel(sold.id, {}, readOnly.headers)).statusCode, 403);
  const tooLong = await cancel(sold.id, { reason: 'x'.repeat(501) });
  t.equal(tooLong.statusCode, 400);
  t.equal(tooLong.json().errors[0].path, '/body/reason');
  t.equal((await cancel(sold.id, invalid({ why: 'no' }))).statusCode, 400, 'a field the contract does not have, sent on purpose');
  t.equal((await read(sold.id)).status, 'confirmed');
});

t.test('cancelling a showtime cancels and refunds every booking with it, cut-off or not', async (t) => {
  const showtimeId = await showtime(new Date(Date.now() + 30 * 60_000));
  const collected = await booking(showtimeId, ['A1', 'A2']);
  const atVenue = await booking(showtimeId, ['A3'], { method: 'pay_at_venue' });
  await hold(showtimeId, ['A5']);

  const response = await cancelShowtime(showtimeId);
  t.equal(response.statusCode, 200, response.body);
  t.equal(response.json().status, 'cancelled');
  t.same(new Set(Object.values(await seatStates(showtimeId))), new Set(['blocked']), 'sold seats are blocked too, never on sale again');
  t.match(await read(collected.id), {
    status: 'cancelled', payment: { status: 'refunded' },
    // The show starts in 30 minutes, whatever the hour: the afternoon offer may price it, so the refund is the total paid.
    cancellation: { cause: 'showtime_cancelled', refund: { amount: collected.total, status: 'succeeded' } },
  });
  t.match(await read(atVenue.id), { status: 'cancelled', payment: { status: 'voided' }, cancellation: { cause: 'showtime_cancelled', refund: null } });
  const theatreView = await read(collected.id, owner.headers);
  t.equal(theatreView.customerRef, null, 'the theatre partner still never sees the customer');
  const emitted = await eventsOf([collected.id, atVenue.id, showtimeId]);
  t.same(emitted.filter((event) => event.startsWith('booking.cancelled')).sort(), [`booking.cancelled:${atVenue.id}`, `booking.cancelled:${collected.id}`].sort());
  t.equal(emitted.at(-1), `showtime.cancelled:${showtimeId}`);
  t.equal(emitted.filter((event) => event.startsWith('inventory.updated')).length, 2, 'only the two sales: the cancellation itself is the showtime event');
  const listed = (await answer(asOwner.GET('/v1/partner/bookings', { params: { query: { showtimeId, status: 'cancelled' } } }))).json();
  t.equal(listed.data.length, 2);
  t.equal((await cancel(collected.id)).json().code, 'booking_cancelled');
});

t.test('bulk cancellation: each booking its own outcome, in the order asked', async (t) => {
  const showtimeId = await showtime();
  const [first, second, third] = [await booking(showtimeId, ['A1']), await booking(showtimeId, ['A2', 'A3']), await booking(showtimeId, ['A4'])];
  await cancel(second.id);
  const late = await booking(await showtime(new Date(Date.now() + 20 * 60_000)), ['A1']);
  const theirs = (await (async () => {
    const held = await holdAs(rival.headers, { showtimeId, customerRef: 'theirs', seats: ['A9'] });
    return bookAs(rival.headers, { holdId: held.id, payment: partnerCollected });
  })());

  const response = await bulkCancel({ bookingIds: [third.id, 'bkg_missing', second.id, late.id, first.id, theirs.id], reason: 'Group trip called off' });
  t.equal(response.statusCode, 200, response.body);
  const outcomes = response.json().data;
  t.same(outcomes.map((outcome: { bookingId: string; outcome: string; refusal: { code: string } | null }) => [outcome.bookingId, outcome.outcome, outcome.refusal?.code ?? null]), [
    [third.id, 'cancelled', null],
    ['bkg_missing', 'refused', 'not_found'],
    [second.id, 'refused', 'booking_cancelled'],
    [late.id, 'refused', 'cancellation_closed'],
    [first.id, 'cancelled', null],
    [theirs.id, 'refused', 'not_found'],
  ]);
  t.match(outcomes[0].booking, { status: 'cancelled', customerRef: third.customerRef, cancellation: { reason: 'Group trip called off' } });
  t.match(outcomes[2], { booking: null, refusal: { status: 409, code: 'booking_cancelled' } });
  t.match(await seatStates(showtimeId), { A1: 'available', A4: 'available', A9: 'booked' });
  t.equal((await read(late.id)).status, 'confirmed');
  t.equal((await read(theirs.id, rival.headers)).status, 'confirmed', "another seller's booking is untouched");

  const duplicate = await bulkCancel({ bookingIds: [first.id, first.id] });
  t.equal(duplicate.statusCode, 400);
  t.equal(duplicate.json().errors[0].path, '/body/bookingIds');
  t.equal((await bulkCancel({ bookingIds: Array.from({ length: 101 }, (_, n) => `bkg_${n}`) })).statusCode, 400);
  t.equal((await bulkCancel({ bookingIds: [] })).statusCode, 400);
  t.equal((await bulkCancel({ bookingIds: [first.id] }, readOnly.headers)).statusCode, 403);
});

t.test('bulk booking: all or nothing, every refusal named, in the order asked', async (t) => {
  const [one, two] = [await showtime(), await showtime()];
  const holds = [await hold(one, ['A1', 'A2']), await hold(two, ['A1']), await hold(one, ['A3'])];
  const created = await bulkBook({ items: holds.map((held, n) => ({ holdId: held.id, payment: { method: 'partner_collected', reference: `pay-${n}` } })) }, { ...aggregator.headers, 'idempotency-key': 'bulk-1' });
  t.equal(created.statusCode, 201, created.body);
  const booked = created.json().data;
  t.same(booked.map((item: { showtimeId: string; seats: { label: string }[] }) => [item.showtimeId, item.seats.map((seat) => seat.label)]), [[one, ['A1', 'A2']], [two, ['A1']], [one, ['A3']]]);
  t.same(booked.map((item: { payment: { reference: string } }) => item.payment.reference), ['pay-0', 'pay-1', 'pay-2']);
  t.match(await seatStates(one), { A1: 'booked', A2: 'booked', A3: 'booked' });
  const replay = await bulkBook({ items: holds.map((held, n) => ({ holdId: held.id, payment: { method: 'partner_collected', reference: `pay-${n}` } })) }, { ...aggregator.headers, 'idempotency-key': 'bulk-1' });
  t.equal(replay.body, created.body, 'the same key replays, never books twice');

  const good = await hold(one, ['A5']);
  const expired = await hold(two, ['A5']);
  await lapse(expired.id);
  const converted = holds[0];
  const theirs = await holdAs(rival.headers, { showtimeId: two, customerRef: 'theirs', seats: ['A7'] });
  const refused = await bulkBook({ items: [good, expired, converted, theirs].map((held) => ({ holdId: held.id, payment: partnerCollected })) });
  t.equal(refused.statusCode, 409, refused.body);
  t.match(refused.json(), { code: 'bulk_booking_refused', detail: '3 of 4 holds could not be booked; nothing was booked.' });
  t.same(refused.json().errors.map((issue: { path: string; code: string }) => [issue.path, issue.code]), [
    ['/body/items/1', 'hold_expired'], ['/body/items/2', 'hold_converted'], ['/body/items/3', 'not_found'],
  ]);
  t.match(await seatStates(one), { A5: 'held' }, 'the good hold was not booked either');
  t.equal((await answer(seller.GET('/v1/holds/{holdId}', { params: { path: { holdId: good.id } } }))).json().status, 'active');
  t.equal((await bookAs(aggregator.headers, { holdId: good.id, payment: partnerCollected })).status, 'confirmed', 'and can still be booked');

  const another = await hold(two, ['A9']);
  const duplicate = await bulkBook({ items: [another, another].map((held) => ({ holdId: held.id, payment: partnerCollected })) });
  t.equal(duplicate.statusCode, 400);
  t.same(duplicate.json().errors, [{ path: '/body/items/1/holdId', message: 'repeats items/0', code: 'duplicate' }]);
  t.equal((await bulkBook({ items: Array.from({ length: 51 }, () => ({ holdId: another.id, payment: partnerCollected })) })).statusCode, 400);
  t.equal((await bulkBook({ items: [{ holdId: another.id, payment: partnerCollected }] }, owner.headers)).statusCode, 403);
});

t.test('concurrent bulk calls over the same rows, in opposite orders, never answer 5xx', async (t) => {
  const showtimeIds = [await showtime(), await showtime(), await showtime()];
  const sales = [];
  for (const showtimeId of showtimeIds) for (const seat of ['A1', 'A2', 'A3', 'A4']) sales.push(await booking(showtimeId, [seat]));
  const ids = sales.map((sale) => sale.id);
  const responses = await Promise.all([
    bulkCancel({ bookingIds: ids }),
    bulkCancel({ bookingIds: [...ids].reverse() }),
    bulkCancel({ bookingIds: ids.filter((_, n) => n % 2 === 0) }),
    ...showtimeIds.map((showtimeId) => cancelShowtime(showtimeId)),
  ]);
  t.same(responses.map((response) => response.statusCode).filter((status) => status >= 500), [], 'no 5xx');
  t.ok(responses.every((response) => response.statusCode === 200), responses.map((response) => response.statusCode).join(','));
  const cancelledBy = new Map<string, number>();
  for (const response of responses.slice(0, 3)) {
    for (const outcome of response.json().data) if (outcome.outcome === 'cancelled') cancelledBy.set(outcome.bookingId, (cancelledBy.get(outcome.bookingId) ?? 0) + 1);
  }
  t.ok([...cancelledBy.values()].every((count) => count === 1), 'no booking was cancelled twice');
  const [settled] = await db.execute<{ cancelled: number; refunds: number }>(sql`select
    (select count(*)::int from bookings where id in ${ids} and status = 'cancelled') as cancelled,
    (select count(*)::int from refunds where booking_id in ${ids}) as refunds`);
  t.same(settled, { cancelled: 12, refunds: 12 }, 'every booking cancelled and refunded exactly once');
});

t.test('a deadlock is retried once, invisibly to the caller', async (t) => {
  const showtimeId = await showtime();
  const sold = await booking(showtimeId, ['A6']);
  let answered: Awaited<ReturnType<typeof cancel>> | undefined;
  await db.transaction(async (tx) => {
    // Our detector waits longer than the server's (1 s), so the server's transaction is the victim.
    await tx.execute(sql`set local deadlock_timeout = '10s'`);
    await tx.execute(sql`select id from bookings where id = ${sold.id} for update`);
    const pending = cancel(sold.id).then((response) => (answered = response));
    // The cancellation now shares the showtime's lock and waits for the booking's.
    await waitUntilLockWaiting(db, 'the cancellation\'s lock on the booking', { query: '%from "bookings"%for update%' });
    // Closing the cycle: we wait for its shared showtime lock while it waits for our booking lock.
    await tx.execute(sql`select id from showtimes where id = ${showtimeId} for update`);
    t.notOk(answered, 'the first attempt lost the deadlock and the retry is waiting for us');
    void pending;
  });
  await waitUntil('the retried cancellation to answer', () => answered, Boolean, { timeoutMs: 5_000 });
  t.equal(answered?.statusCode, 200, answered?.body ?? 'no answer');
  t.equal((await read(sold.id)).status, 'cancelled');
});

t.test('a cancellation that waited for another one sees it: refused, not reported cancelled twice', async (t) => {
  const showtimeId = await showtime();
  const sold = await booking(showtimeId, ['A7']);
  let answered: Awaited<ReturnType<typeof cancel>> | undefined;
  await db.transaction(async (tx) => {
    // Another cancellation, caught between its lock and its commit: the row is changed, not yet
    // visible. No API pauses a cancellation there, so this transaction plays that cancellation.
    await tx.execute(sql`select id from bookings where id = ${sold.id} for update`);
    await tx.execute(sql`update bookings set status = 'cancelled', cancelled_at = now(), cancellation_cause = 'requested', version = version + 1 where id = ${sold.id}`);
    const pending = cancel(sold.id).then((response) => (answered = response));
    await waitUntilLockWaiting(db, 'the cancellation\'s lock on the booking', { query: '%from "bookings"%for update%' });
    t.notOk(answered, 'the cancellation waits for the row');
    void pending;
  });
  await waitUntil('the waiting cancellation to answer', () => answered, Boolean, { timeoutMs: 5_000 });
  t.equal(answered?.statusCode, 409, answered?.body ?? 'no answer');
  t.equal(answered?.json().code, 'booking_cancelled', 'it read the row as the other cancellation left it');
});
