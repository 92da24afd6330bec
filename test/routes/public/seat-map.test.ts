import { eq, sql } from 'drizzle-orm';
import t from 'tap';
import { holds } from '../../../server/db/schema/booking.ts';
import { seatInventory } from '../../../server/db/schema/inventory.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';
import { waitUntil } from '../../helpers/wait-until.ts';

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Seat Map City' });
const movie = await fixture.movie({ title: 'Aisle Seat', languages: ['hi'], durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Mapmakers' });

const partner = typedClient(app, owner.headers);
const anyone = typedClient(app);

/** Awaits a partner call that must succeed, and answers its body. */
async function succeeded(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${response.response.url || 'a partner call'} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const onShowtime = (showtimeId: string) => ({ params: { path: { showtimeId } } });

/** Row A: four standard seats with an aisle after A2; a cross aisle; row B: premium, a wheelchair place and its companion. */
const layoutDocument: Schema<'SeatLayoutIn'> = {
  rows: [
    { label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }, { number: 3, category: 'standard', x: 3 }, { number: 4, category: 'standard' }] },
    {
      label: 'B',
      y: 2,
      seats: [
        { number: 1, category: 'premium', wheelchair: true },
        { number: 2, category: 'premium', companion: true },
        { number: 3, category: 'premium', x: 3 },
        { number: 4, category: 'premium' },
      ],
    },
  ],
};
const prices: Schema<'SeatCategoryPrice'>[] = [
  { category: 'standard', price: { amount: 25_000, currency: 'INR' } },
  { category: 'premium', price: { amount: 40_000, currency: 'INR' } },
];

async function theatreWithScreen(externalRef: string, status: 'live' | 'draft') {
  const theatre = await succeeded(partner.POST('/v1/partner/theatres', { body: { externalRef, name: `Mapmakers ${externalRef}`, cityId: city.id, address: '1 Road', status, cleaningBufferMinutes: 15 } }));
  const screen = await succeeded(partner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
  await succeeded(partner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: layoutDocument }));
  return { theatre, screen };
}

const live = await theatreWithScreen('live-1', 'live');
const draft = await theatreWithScreen('draft-1', 'draft');
let day = 0;
async function newShowtime(place = live) {
  day += 1;
  const startsAtLocal = `2030-03-${String(day).padStart(2, '0')}T14:30`;
  return succeeded(partner.POST('/v1/partner/theatres/{theatreId}/showtimes', { params: { path: { theatreId: place.theatre.id } }, body: {
    externalRef: `sh-${day}`, screenId: place.screen.id, movieId: movie.id, language: 'hi', format: '2D', startsAtLocal, prices,
  } })) as Promise<{ id: string; startsAt: string }>;
}

const getMap = (showtimeId: string, headers: Record<string, string> = {}) => answer(anyone.GET('/v1/showtimes/{showtimeId}/seat-map', { ...onShowtime(showtimeId), headers }));
async function statuses(showtimeId: string) {
  const response = await getMap(showtimeId);
  const map = response.json();
  return { etag: String(response.headers.etag), map, of: (label: string) => map.seats.find((seat: { label: string }) => seat.label === label).status };
}

const seller = await onboardPartner(app, adminKey, { name: 'Map Tickets', kind: 'aggregator' });
let customers = 0;

/**
 * An aggregator's customer holds a seat through the API. `lapsesInMs` then winds the hold's expiry
 * to that long after the database's now: no API makes so short a hold (HOLD_TTL_SECONDS ≥ 30).
 */
async function holdSeat(showtimeId: string, label: string, lapsesInMs?: number) {
  customers += 1;
  const response = await answer(typedClient(app, seller.headers).POST('/v1/holds', { body: { showtimeId, customerRef: `map-customer-${customers}`, seats: [label] } }));
  if (response.statusCode !== 201) throw new Error(`hold answered ${response.statusCode}: ${response.body}`);
  const holdId = response.json().id as string;
  if (lapsesInMs !== undefined) {
    await db.execute(sql`with h as (update holds set expires_at = now() + make_interval(secs => ${lapsesInMs / 1000}) where id = ${holdId} returning id, expires_at)
      update seat_inventory set held_until = h.expires_at from h where seat_inventory.hold_id = h.id`);
  }
  const [hold] = await db.select({ customerId: holds.customerId }).from(holds).where(eq(holds.id, holdId));
  return { holdId, customerId: hold!.customerId };
}

t.test('the map of a showtime made through the partner API: places, prices, counts, cache headers', async (t) => {
  const showtime = await newShowtime();
  const response = await getMap(showtime.id);
  t.equal(response.statusCode, 200);
  t.match(response.headers.etag, /^"[A-Za-z0-9_-]+"$/, 'a strong ETag');
  t.equal(response.headers['cache-control'], 'public, max-age=2');
  const seat = (label: string, x: number, y: number, category: string, flags: { wheelchair?: boolean; companion?: boolean } = {}) => ({
    label, row: label[0], number: Number(label.slice(1)), x, y, category, wheelchair: flags.wheelchair ?? false, companion: flags.companion ?? false, status: 'available',
  });
  t.same(response.json(), {
    showtime: { id: showtime.id, startsAt: '2030-03-01T09:00:00.000Z', startsAtLocal: '2030-03-01T14:30:00+05:30', timeZone: 'Asia/Kolkata', status: 'scheduled' },
    grid: { columns: 5, rows: 3 },
    rows: [{ label: 'A', y: 0 }, { label: 'B', y: 2 }],
    seats: [
      seat('A1', 0, 0, 'standard'), seat('A2', 1, 0, 'standard'), seat('A3', 3, 0, 'standard'), seat('A4', 4, 0, 'standard'),
      seat('B1', 0, 2, 'premium', { wheelchair: true }), seat('B2', 1, 2, 'premium', { companion: true }), seat('B3', 3, 2, 'premium'), seat('B4', 4, 2, 'premium'),
    ],
    prices,
    counts: [{ category: 'standard', total: 4, available: 4 }, { category: 'premium', total: 4, available: 4 }],
  });
  t.equal((await getMap(showtime.id)).headers.etag, response.headers.etag, 'the same state, the same ETag');
});

t.test('a seat blocked by the theatre shows unavailable, and the ETag changes', async (t) => {
  const showtime = await newShowtime();
  const before = await statuses(showtime.id);
  await succeeded(partner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { ...onShowtime(showtime.id), body: { seats: ['A2'], reason: 'sold at box office' } }));
  const after = await statuses(showtime.id);
  t.equal(after.of('A2'), 'unavailable');
  t.equal(after.of('A1'), 'available');
  t.not(after.etag, before.etag);
  t.same(after.map.counts[0], { category: 'standard', total: 4, available: 3 });
  t.notMatch(JSON.stringify(after.map), /sold at box office|blocked/, 'never why');

  await succeeded(partner.POST('/v1/partner/showtimes/{showtimeId}/seats/release', { ...onShowtime(showtime.id), body: { seats: ['A2'] } }));
  const released = await statuses(showtime.id);
  t.equal(released.of('A2'), 'available');
  t.not(released.etag, before.etag, 'released: the same seats as at first, yet a new ETag (versions only grow)');
  t.not(released.etag, after.etag);
});

t.test('a held seat is unavailable until its hold runs out, with a new ETag each time, never naming the hold', async (t) => {
  const showtime = await newShowtime();
  const initial = await statuses(showtime.id);
  const { holdId, customerId } = await holdSeat(showtime.id, 'B3');
  const held = await statuses(showtime.id);
  t.equal(held.of('B3'), 'unavailable');
  t.not(held.etag, initial.etag);
  t.same(held.map.counts[1], { category: 'premium', total: 4, available: 3 });
  const body = JSON.stringify(held.map);
  for (const secret of [holdId, customerId, owner.partner.id, seller.partner.id]) t.notOk(body.includes(secret), 'no hold, customer or partner id');
  t.notMatch(body, /hold|book|partner|customer|blocked/i, 'no word for who or why');

  // Extending a hold moves `held_until` without a seat version: the map is the same, the ETag moves anyway (never stale).
  const extension = await answer(typedClient(app, seller.headers).POST('/v1/holds/{holdId}/extend', { params: { path: { holdId } }, body: {} }));
  t.equal(extension.statusCode, 200, extension.body);
  const extended = await statuses(showtime.id);
  t.equal(extended.of('B3'), 'unavailable');
  t.not(extended.etag, held.etag, 'an extension changes the ETag');

  // The hold ran out and the sweep has not cleared it yet (no API makes a lapsed hold: wound back).
  await db.update(seatInventory).set({ heldUntil: new Date(Date.now() - 1_000) }).where(eq(seatInventory.holdId, holdId));
  const lapsed = await statuses(showtime.id);
  t.equal(lapsed.of('B3'), 'available', 'an expired hold is available');
  t.not(lapsed.etag, extended.etag);
  t.not(lapsed.etag, initial.etag);
  t.same(lapsed.map.counts[1], { category: 'premium', total: 4, available: 4 });
});

t.test('If-None-Match with the current ETag answers 304 with no body; anything else the map', async (t) => {
  const showtime = await newShowtime();
  const first = await getMap(showtime.id);
  const etag = String(first.headers.etag);

  const notModified = await getMap(showtime.id, { 'if-none-match': etag });
  t.equal(notModified.statusCode, 304);
  t.equal(notModified.body, '', 'no body');
  t.equal(notModified.headers.etag, etag);
  t.equal(notModified.headers['cache-control'], 'public, max-age=2');
  t.equal((await getMap(showtime.id, { 'if-none-match': `W/${etag}` })).statusCode, 304, 'weak comparison');
  t.equal((await getMap(showtime.id, { 'if-none-match': `"other", ${etag}` })).statusCode, 304, 'one of a list');
  t.equal((await getMap(showtime.id, { 'if-none-match': '*' })).statusCode, 304, '* matches a map that exists');

  for (const other of ['"stale"', 'not a tag', '']) {
    const fresh = await getMap(showtime.id, { 'if-none-match': other });
    t.equal(fresh.statusCode, 200, `${JSON.stringify(other)} is simply not a match`);
    t.same(fresh.json(), first.json());
  }

  await succeeded(partner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { ...onShowtime(showtime.id), body: { seats: ['B4'] } }));
  const changed = await getMap(showtime.id, { 'if-none-match': etag });
  t.equal(changed.statusCode, 200, 'a stale ETag gets the new map');
  t.not(changed.headers.etag, etag);
});

t.test('prices and cancellation change the map and its ETag; a cancelled showtime sells nothing', async (t) => {
  const showtime = await newShowtime();
  const before = await statuses(showtime.id);
  const repriced = [prices[0]!, { category: 'premium', price: { amount: 45_000, currency: 'INR' } }];
  await succeeded(partner.PATCH('/v1/partner/showtimes/{showtimeId}', { ...onShowtime(showtime.id), body: { prices: repriced } }));
  const after = await statuses(showtime.id);
  t.same(after.map.prices, repriced);
  t.not(after.etag, before.etag, 'a new price, a new ETag');

  await succeeded(partner.POST('/v1/partner/showtimes/{showtimeId}/cancel', onShowtime(showtime.id)));
  const cancelled = await statuses(showtime.id);
  t.equal(cancelled.map.showtime.status, 'cancelled');
  t.ok(cancelled.map.seats.every((seat: { status: string }) => seat.status === 'unavailable'), 'every seat unavailable');
  t.same(cancelled.map.counts.map((count: { available: number }) => count.available), [0, 0]);
  t.not(cancelled.etag, after.etag);
});

t.test('404 for unknown ids, showtimes of draft theatres and malformed ids; 400 for an over-long id', async (t) => {
  const hidden = await newShowtime(draft);
  for (const id of ['shw_00000000000000000000000000', hidden.id, 'not-an-id', "' or 1=1 --", '%00']) {
    const response = await getMap(id); // the client percent-encodes the path parameter
    t.equal(response.statusCode, 404, id);
    t.match(response.headers['content-type'], /^application\/problem\+json/);
    t.equal(response.json().code, 'not_found');
    t.notOk(response.headers.etag, 'no ETag on a problem');
  }
  const tooLong = await getMap('x'.repeat(65));
  t.equal(tooLong.statusCode, 400);
  t.equal(tooLong.json().errors[0].path, '/params/showtimeId');

  // Published, the same showtime is public at once.
  await succeeded(partner.PATCH('/v1/partner/theatres/{theatreId}', { params: { path: { theatreId: draft.theatre.id } }, body: { status: 'live' } }));
  t.equal((await getMap(hidden.id)).statusCode, 200);
});

t.test('time alone, with no write at all, frees a lapsed hold\'s seat and changes the ETag', async (t) => {
  const showtime = await newShowtime();
  // On the database's clock, which decides expiry.
  const { holdId } = await holdSeat(showtime.id, 'A4', 1_500);
  const held = await statuses(showtime.id);
  t.equal(held.of('A4'), 'unavailable', 'read well before the hold runs out');
  const [before] = await db.select({ version: seatInventory.version, heldUntil: seatInventory.heldUntil }).from(seatInventory).where(eq(seatInventory.holdId, holdId));

  // Waits for the database clock, which decides expiry, to pass it; then one read must show it.
  await waitUntil('the database clock to pass the hold\'s expiry', async () => {
    const [row] = await db.execute<{ lapsed: boolean }>(sql`select clock_timestamp() > held_until as lapsed from seat_inventory where hold_id = ${holdId}`);
    return row!.lapsed;
  }, Boolean, { timeoutMs: 5_000 });
  const lapsed = await statuses(showtime.id);
  t.equal(lapsed.of('A4'), 'available');
  t.not(lapsed.etag, held.etag, 'a new ETag although nothing was written');
  const [after] = await db.select({ version: seatInventory.version, heldUntil: seatInventory.heldUntil }).from(seatInventory).where(eq(seatInventory.holdId, holdId));
  t.same(after, before, 'the seat row is untouched: still held, same version, same expiry');
  t.equal((await getMap(showtime.id, { 'if-none-match': held.etag })).statusCode, 200, 'the old ETag no longer matches');
});
