import { and, eq, sql } from 'drizzle-orm';
import t from 'tap';
import { events } from '../../../server/db/schema/events.ts';
import { seatInventory } from '../../../server/db/schema/inventory.ts';
import { showtimes } from '../../../server/db/schema/showtimes.ts';
import { layoutSeats } from '../../../server/db/schema/theatres.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Chennai' });
const movie = await fixture.movie({ title: 'Kaala' });
const owner = await onboardPartner(app, adminKey, { name: 'Sathyam' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const readOnlyKey = await answer(typedClient(app, { authorization: `Bearer ${adminKey}` }).POST('/v1/admin/partners/{partnerId}/keys', {
  params: { path: { partnerId: owner.partner.id } }, body: { name: 'dashboard', scopes: ['read'] },
}));
const ownerReadOnly = { authorization: `Bearer ${readOnlyKey.json().secret}` };
const api = typedClient(app, owner.headers);
const seller = typedClient(app, aggregator.headers);

/** Awaits a call that must create something, and answers its body. */
async function created(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`a setup call answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

// Live, so that an aggregator's customers can hold and book its seats.
const theatre = await created(api.POST('/v1/partner/theatres', { body: { externalRef: 'sathyam-1', name: 'Sathyam', cityId: city.id, address: '8 Thiru Vi Ka Road', status: 'live' } }));
const screen = await created(api.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 'SANTHAM', name: 'Santham' } }));
// Three rows of ten: label order (A1, A10, A2 …) is not seat-map order.
const rows = ['A', 'B', 'C'].map((label) => ({ label, seats: Array.from({ length: 10 }, (_, n) => ({ number: n + 1, category: label === 'C' ? 'premium' as const : 'standard' as const })) }));
const layout = await created(api.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows } }));
const venues = fixture.venues(owner);
let nextStart = Date.parse('2030-01-01T10:00:00Z');

/** A showtime with its inventory, both made by the showtimes API; cancelled through it if asked. */
async function showtimeWithSeats(status: 'scheduled' | 'cancelled' = 'scheduled') {
  nextStart += 86_400_000;
  const showtime = await venues.showtime({ theatre, screen: { id: screen.id, categories: ['standard', 'premium'] }, movie, startsAt: new Date(nextStart), status });
  return showtime.id;
}

const seatIdOf = async (showtimeId: string, label: string) =>
  (await db.select({ id: layoutSeats.id }).from(layoutSeats).where(and(eq(layoutSeats.layoutId, layout.id), eq(layoutSeats.label, label))))[0]!.id;

let customers = 0;

/** An aggregator's customer holds the seat through the API (which moves its version on). */
async function holdSeat(showtimeId: string, label: string, options: { lapsed?: boolean } = {}) {
  customers += 1;
  const hold = await created(seller.POST('/v1/holds', { body: { showtimeId, customerRef: `seats-customer-${customers}`, seats: [label] } }));
  if (options.lapsed) {
    // No API makes a lapsed hold (HOLD_TTL_SECONDS is at least 30): its expiry is wound back.
    await db.execute(sql`with h as (update holds set expires_at = now() - interval '1 second' where id = ${hold.id} returning id)
      update seat_inventory set held_until = now() - interval '1 second' where hold_id in (select id from h)`);
  }
  return hold.id as string;
}

async function bookSeat(showtimeId: string, label: string) {
  const booking = await created(seller.POST('/v1/bookings', { body: { holdId: await holdSeat(showtimeId, label), payment: { method: 'partner_collected', reference: `pay-${label}` } } }));
  return booking.id as string;
}

/** Blocks seats as the theatre does, through the API, expecting success. */
async function blockSeats(showtimeId: string, seats: string[], reason: string) {
  const response = await block(showtimeId, { seats, reason });
  if (response.statusCode !== 200) throw new Error(`block answered ${response.statusCode}: ${response.body}`);
}

const onShowtime = (showtimeId: string) => ({ params: { path: { showtimeId } } });
const readSeats = (showtimeId: string, headers: Record<string, string> = owner.headers) =>
  answer(typedClient(app, headers).GET('/v1/partner/showtimes/{showtimeId}/seats', onShowtime(showtimeId)));
function block(showtimeId: string, body: Schema<'SeatBlockIn'>, headers: Record<string, string> = owner.headers) {
  return answer(typedClient(app, headers).POST('/v1/partner/showtimes/{showtimeId}/seats/block', { ...onShowtime(showtimeId), body }));
}
const release = (showtimeId: string, body: Schema<'SeatReleaseIn'>, headers: Record<string, string> = owner.headers) =>
  answer(typedClient(app, headers).POST('/v1/partner/showtimes/{showtimeId}/seats/release', { ...onShowtime(showtimeId), body }));

async function seatStates(showtimeId: string) {
  const inventory = (await readSeats(showtimeId)).json();
  return Object.fromEntries(inventory.seats.map((seat: { label: string; state: string; version: number }) => [seat.label, `${seat.state}@${seat.version}`]));
}

const eventsOf = (showtimeId: string) => db.select().from(events).where(eq(events.aggregateId, showtimeId)).orderBy(events.id);
/** A reader of the showtime's events written from now on: the setup's own (its creation, its sales) are left out. */
async function eventsFromNow(showtimeId: string) {
  const before = new Set((await eventsOf(showtimeId)).map((event) => event.id));
  return async () => (await eventsOf(showtimeId)).filter((event) => !before.has(event.id));
}
const showtimeVersion = async (showtimeId: string) => (await db.select({ version: showtimes.version }).from(showtimes).where(eq(showtimes.id, showtimeId)))[0]!.version;

async function auditRecords(since: string) {
  const log = await answer(api.GET('/v1/partner/audit-log', { params: { query: { from: since, limit: 100 } } }));
  return log.json().data.reverse() as { action: string; targetIds: string[]; details: Record<string, unknown> }[];
}

t.test('reads every seat in seat-map order with counts, an expired hold as available, never who holds', async (t) => {
  const showtimeId = await showtimeWithSeats();
  const liveHold = await holdSeat(showtimeId, 'A2');
  const expiredHold = await holdSeat(showtimeId, 'A3', { lapsed: true });
  const booking = await bookSeat(showtimeId, 'A4');
  await blockSeats(showtimeId, ['A5'], 'house seats');

  const response = await readSeats(showtimeId);
  t.equal(response.statusCode, 200);
  const inventory = response.json();
  t.equal(inventory.showtimeId, showtimeId);
  t.same(inventory.seats.slice(0, 11).map((seat: { label: string }) => seat.label), ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'B1'], 'row by row, then across');
  t.same(inventory.seats[0], { seatId: await seatIdOf(showtimeId, 'A1'), label: 'A1', row: 'A', category: 'standard', state: 'available', blockedReason: null, version: 1 });
  t.same(inventory.seats.slice(1, 5).map((seat: { state: string }) => seat.state), ['held', 'available', 'booked', 'blocked']);
  t.equal(inventory.seats[4].blockedReason, 'house seats');
  t.equal(inventory.seats[29].category, 'premium');
  t.same(inventory.counts, { available: 27, held: 1, booked: 1, blocked: 1 });
  for (const secret of [liveHold, expiredHold, booking, aggregator.partner.id]) t.notMatch(response.body, secret, 'no hold, booking or seller');
});

t.test('block is all or nothing: a held or booked seat refuses the whole request', async (t) => {
  const showtimeId = await showtimeWithSeats();
  await holdSeat(showtimeId, 'B2');
  await bookSeat(showtimeId, 'B4');
  const before = await seatStates(showtimeId);
  const newEvents = await eventsFromNow(showtimeId);

  const refused = await block(showtimeId, { seats: ['B1', 'B2', 'B3', 'B4'], reason: 'sold at box office' });
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'seats_unavailable', conflicts: ['B2', 'B4'] });
  t.same(refused.json().errors, [
    { path: '/body/seats/1', message: "'B2' is held", code: 'seat_held' },
    { path: '/body/seats/3', message: "'B4' is booked", code: 'seat_booked' },
  ]);
  t.same(await seatStates(showtimeId), before, 'nothing applied');
  t.same(await newEvents(), [], 'and no event');
});

t.test('block changes available seats and clears expired holds; a repeat writes nothing', async (t) => {
  const showtimeId = await showtimeWithSeats();
  await holdSeat(showtimeId, 'C2', { lapsed: true });
  // C3 blocked, released and blocked again: kept back at version 4.
  await blockSeats(showtimeId, ['C3'], 'house seats');
  t.equal((await release(showtimeId, { seats: ['C3'] })).statusCode, 200);
  await blockSeats(showtimeId, ['C3'], 'house seats');
  const since = new Date().toISOString();
  const newEvents = await eventsFromNow(showtimeId);

  const blocked = await block(showtimeId, { seats: ['C3', 'C2', 'C1'], reason: 'sold at box office' });
  t.equal(blocked.statusCode, 200);
  const result = blocked.json();
  t.same(result.changed, ['C1', 'C2'], 'the already blocked seat is left alone');
  t.same(result.seats.map((seat: { label: string; state: string; blockedReason: string; version: number }) => [seat.label, seat.state, seat.blockedReason, seat.version]), [
    ['C1', 'blocked', 'sold at box office', 2],
    ['C2', 'blocked', 'sold at box office', 3], // held (2), then blocked (3)
    ['C3', 'blocked', 'house seats', 4],
  ]);
  const [row] = await db.select().from(seatInventory).where(and(eq(seatInventory.showtimeId, showtimeId), eq(seatInventory.seatId, await seatIdOf(showtimeId, 'C2'))));
  t.match(row, { state: 'blocked', holdId: null, heldUntil: null }, 'the expired hold is cleared');

  const written = await newEvents();
  t.equal(written.length, 1, 'one event for the change');
  t.match(written[0], { type: 'inventory.updated', aggregateType: 'showtime', aggregateId: showtimeId, aggregateVersion: 3, theatrePartnerId: owner.partner.id, isPublic: true }, 'the highest version of the seats it reports');
  t.same(written[0]!.data, {
    showtimeId,
    seats: [
      { seatId: await seatIdOf(showtimeId, 'C1'), label: 'C1', state: 'blocked', version: 2 },
      { seatId: await seatIdOf(showtimeId, 'C2'), label: 'C2', state: 'blocked', version: 3 },
    ],
  });
  t.equal(await showtimeVersion(showtimeId), 1, 'the showtime itself is untouched');
  t.match(await auditRecords(since), [{ action: 'inventory.blocked', targetIds: [showtimeId], details: { labels: ['C1', 'C2'], reason: 'sold at box office' } }]);

  const repeat = await block(showtimeId, { seats: ['C1', 'C2'], reason: 'another reason' });
  t.equal(repeat.statusCode, 200);
  t.same(repeat.json().changed, []);
  t.equal(repeat.json().seats[0].blockedReason, 'sold at box office');
  t.equal((await newEvents()).length, 1, 'no event when nothing changed');
  t.equal((await auditRecords(since)).length, 1, 'and no audit record');
});

t.test('release makes blocked seats available, leaves available ones, refuses held and booked', async (t) => {
  const showtimeId = await showtimeWithSeats();
  await holdSeat(showtimeId, 'A5');
  await bookSeat(showtimeId, 'A6');
  const newEvents = await eventsFromNow(showtimeId);
  t.equal((await block(showtimeId, { seats: ['A1', 'A2'] })).statusCode, 200);
  const since = new Date().toISOString();

  for (const label of ['A5', 'A6']) {
    const refused = await release(showtimeId, { seats: ['A1', label] });
    t.equal(refused.statusCode, 409, `release with ${label}`);
    t.match(refused.json(), { code: 'seats_unavailable', conflicts: [label], errors: [{ path: '/body/seats/1' }] });
  }
  t.match(await seatStates(showtimeId), { A1: 'blocked@2', A2: 'blocked@2' }, 'nothing released');

  const released = await release(showtimeId, { seats: ['A3', 'A1'] });
  t.equal(released.statusCode, 200);
  t.same(released.json().changed, ['A1']);
  t.same(released.json().seats.map((seat: { label: string; state: string; blockedReason: null; version: number }) => [seat.label, seat.state, seat.blockedReason, seat.version]), [
    ['A1', 'available', null, 3],
    ['A3', 'available', null, 1],
  ]);
  const written = await newEvents();
  t.equal(written.length, 2, 'the block and the release');
  t.match(written[1], { aggregateVersion: 3, data: { seats: [{ label: 'A1', state: 'available', version: 3 }] } });
  t.match(await auditRecords(since), [{ action: 'inventory.released', details: { labels: ['A1'] } }]);

  t.same((await release(showtimeId, { seats: ['A1'] })).json().changed, [], 'a repeat is a no-op');
  t.equal((await newEvents()).length, 2);
  t.equal(await showtimeVersion(showtimeId), 1);
});

t.test('refusals: 400 listing each bad seat, 404, 409 on a cancelled showtime, idempotency', async (t) => {
  const showtimeId = await showtimeWithSeats();
  const newEvents = await eventsFromNow(showtimeId);
  const unknown = await block(showtimeId, { seats: ['A1', 'Z9', 'A11'] });
  t.equal(unknown.statusCode, 400);
  t.match(unknown.json(), { code: 'validation_failed', errors: [{ path: '/body/seats/1', code: 'unknown_seat' }, { path: '/body/seats/2', code: 'unknown_seat' }] });
  t.equal(unknown.json().errors.length, 2);

  const cases: [object, string[]][] = [
    [{ seats: [] }, ['/body/seats too_few_items']],
    [{ seats: ['A1', 'A1'] }, ['/body/seats duplicate_items']],
    [{ seats: ['a1', 'A0'], colour: 'red' }, ['/body/colour unknown_field', '/body/seats/0 invalid_format', '/body/seats/1 invalid_format']],
    [{ seats: ['A1'], reason: 'x'.repeat(201) }, ['/body/reason too_long']],
    [{ seats: Array.from({ length: 501 }, (_, n) => `A${n + 1}`) }, ['/body/seats too_many_items']],
    [{ seats: 'A1' }, ['/body/seats invalid_type']],
  ];
  for (const [payload, expected] of cases) {
    const response = await block(showtimeId, invalid(payload));
    t.equal(response.statusCode, 400, JSON.stringify(payload).slice(0, 60));
    const found = response.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort();
    t.same(found, expected);
  }
  t.equal((await release(showtimeId, invalid({ seats: ['B1'], reason: 'x' }))).statusCode, 400, 'release takes no reason');

  for (const response of [
    await readSeats('shw_missing'),
    await block('shw_missing', { seats: ['A1'] }),
    await release('shw_missing', { seats: ['A1'] }),
  ]) t.match(response.json(), { status: 404, code: 'not_found' });

  const cancelled = await showtimeWithSeats('cancelled');
  for (const response of [await block(cancelled, { seats: ['A1'] }), await release(cancelled, { seats: ['A1'] })]) {
    t.match(response.json(), { status: 409, code: 'showtime_cancelled' });
  }
  t.equal((await readSeats(cancelled)).statusCode, 200, 'a cancelled showtime can still be read');

  const keyed = { ...owner.headers, 'idempotency-key': 'block-A7-once' };
  const first = await block(showtimeId, { seats: ['A7'] }, keyed);
  const replay = await block(showtimeId, { seats: ['A7'] }, keyed);
  t.equal(replay.statusCode, 200);
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.equal(replay.body, first.body, 'the first answer, changed seats included');
  t.equal((await block(showtimeId, { seats: ['A8'] }, keyed)).statusCode, 422);
  t.equal((await newEvents()).length, 1, 'the replay changed nothing');
});

t.test("another theatre partner gets 404, an aggregator 403, a read-only key can only read", async (t) => {
  const showtimeId = await showtimeWithSeats();
  const newEvents = await eventsFromNow(showtimeId);
  for (const [headers, status, code] of [[rival.headers, 404, 'not_found'], [aggregator.headers, 403, 'insufficient_scope']] as const) {
    for (const response of [
      await readSeats(showtimeId, headers),
      await block(showtimeId, { seats: ['A1'] }, headers),
      await release(showtimeId, { seats: ['A1'] }, headers),
    ]) {
      t.match(response.json(), { status, code });
      t.notMatch(response.body, /\bA1\b/, 'no seat named (ids are random text, so a word match)');
    }
  }
  t.equal((await readSeats(showtimeId, ownerReadOnly)).statusCode, 200, "the owner's read-only key reads");
  t.match((await block(showtimeId, { seats: ['A1'] }, ownerReadOnly)).json(), { status: 403, code: 'insufficient_scope' });
  t.match((await release(showtimeId, { seats: ['A1'] }, ownerReadOnly)).json(), { status: 403, code: 'insufficient_scope' });
  t.same(await newEvents(), []);
  t.equal((await seatStates(showtimeId)).A1, 'available@1');
});

t.test('20 concurrent blocks of overlapping seats: each seat blocked once, by a request that got 200, none half-applied', async (t) => {
  const showtimeId = await showtimeWithSeats();
  const labels = ['A', 'B', 'C'].flatMap((row) => Array.from({ length: 10 }, (_, n) => `${row}${n + 1}`));
  await holdSeat(showtimeId, 'B10');
  const newEvents = await eventsFromNow(showtimeId);
  // Windows of six seats moving three at a time, so each seat is named by about two requests;
  // the windows that reach B10 must fail as a whole.
  const requests = Array.from({ length: 20 }, (_, i) => labels.slice((i * 3) % 25, ((i * 3) % 25) + 6).reverse());
  const responses = await Promise.all(requests.map((seats) => block(showtimeId, { seats, reason: 'counter sale' })));

  const ok = responses.flatMap((response, i) => (response.statusCode === 200 ? [{ seats: requests[i]!, changed: response.json().changed as string[] }] : []));
  responses.forEach((response, i) => {
    const wantsHeld = requests[i]!.includes('B10');
    t.equal(response.statusCode, wantsHeld ? 409 : 200, `request ${i} (${requests[i]!.join(' ')})`);
  });
  const changedBy = new Map<string, number>();
  for (const { changed } of ok) for (const label of changed) changedBy.set(label, (changedBy.get(label) ?? 0) + 1);
  const blockedByOk = new Set(ok.flatMap(({ seats }) => seats));
  t.same([...changedBy.values()].filter((count) => count !== 1), [], 'no seat was blocked twice');
  t.same([...changedBy.keys()].sort(), [...blockedByOk].sort(), 'every seat of a successful request was blocked by one of them');

  const states = await seatStates(showtimeId);
  for (const label of labels) {
    const expected = blockedByOk.has(label) ? 'blocked@2' : label === 'B10' ? 'held@2' : 'available@1';
    if (states[label] !== expected) t.fail(`${label} is ${states[label]}, expected ${expected}`);
  }
  const written = await newEvents();
  t.equal(written.length, ok.filter(({ changed }) => changed.length > 0).length, 'one event per request that changed seats');
  const eventSeats = written.flatMap((event) => (event.data as { seats: { label: string; version: number }[] }).seats);
  t.same(eventSeats.map((seat) => seat.label).sort(), [...blockedByOk].sort(), 'the events report each change once');
  t.ok(eventSeats.every((seat) => seat.version === 2) && written.every((event) => event.aggregateVersion === 2));
  t.equal(await showtimeVersion(showtimeId), 1);
});
