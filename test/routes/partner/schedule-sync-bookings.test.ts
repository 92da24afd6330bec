import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

/**
 * A showtime the document drops that has bookings: the sync is refused unless the caller forces
 * it, and then the bookings are cancelled and refunded as when a theatre cancels a showtime.
 */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Force City' });
const movie = await fixture.movie({ title: 'Sold Out', languages: ['hi'], durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Force Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });

const api = typedClient(app, owner.headers);
const seller = typedClient(app, aggregator.headers);
/** Awaits a call that must create something, and answers its body. */
async function created201(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`a setup call answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const theatre = await created201(api.POST('/v1/partner/theatres', { body: { externalRef: 'f1', name: 'Force One', cityId: city.id, address: '1 Road', status: 'live' } }));
const sync = (body: Schema<'ScheduleIn'>) => answer(api.PUT('/v1/partner/theatres/{theatreId}/schedule', { params: { path: { theatreId: theatre.id } }, body }));

const window = { from: '2030-07-01T00:00:00Z', to: '2030-07-02T00:00:00Z' };
const screens: Schema<'ScheduleScreenIn'>[] = [{ externalRef: 'audi-1', name: 'Audi 1', layout: { rows: [{ label: 'A', seats: [1, 2, 3, 4].map((number) => ({ number, category: 'standard' as const })) }] } }];
const show = (externalRef: string, startsAt: string): Schema<'ScheduleShowtimeIn'> => ({
  externalRef, screenExternalRef: 'audi-1', movieId: movie.id, startsAt, language: 'hi', format: '2D', prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
});
const created = await sync({ window, screens, showtimes: [show('sold', '2030-07-01T05:00:00Z'), show('kept', '2030-07-01T09:00:00Z')] });
if (created.statusCode !== 200) throw new Error(created.body);
const soldId = created.json().showtimes.created[0].id as string;
const keptId = created.json().showtimes.created[1].id as string;

const held = await created201(seller.POST('/v1/holds', { body: { showtimeId: soldId, customerRef: 'cust-1', seats: ['A1', 'A2'] } }));
const booking = await created201(seller.POST('/v1/bookings', { body: { holdId: held.id, payment: { method: 'partner_collected', reference: 'pg_txn_1' } } }));
const readBooking = async () => (await answer(seller.GET('/v1/bookings/{bookingId}', { params: { path: { bookingId: booking.id } } }))).json();
const readShowtime = async (id: string) => (await answer(api.GET('/v1/partner/showtimes/{showtimeId}', { params: { path: { showtimeId: id } } }))).json();
const eventCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from events`))[0]!.n;
const withoutSold = { window, screens, showtimes: [show('kept', '2030-07-01T09:00:00Z')] };

t.test('by default a sync that would cancel a showtime with bookings is refused, item by item', async (t) => {
  const events = await eventCount();
  const response = await sync(withoutSold);
  t.equal(response.statusCode, 409, response.body);
  t.match(response.json(), {
    code: 'schedule_conflict',
    errors: [{ path: '/body/showtimes', code: 'has_bookings', message: /'sold'.*1 booking.*cancelMissing: force/ }],
    conflicts: [soldId],
  });
  t.equal(response.json().errors.length, 1);
  t.same(await sync({ ...withoutSold, cancelMissing: 'refuse' }).then((again) => again.json().errors), response.json().errors, '`refuse` is the default');
  t.match(await readShowtime(soldId), { status: 'scheduled', version: 1 });
  t.equal((await readBooking()).status, 'confirmed');
  t.equal(await eventCount(), events, 'no event');
});

t.test('a forced dry run shows what would be cancelled and refunded, and applies nothing', async (t) => {
  const events = await eventCount();
  const response = await sync({ ...withoutSold, cancelMissing: 'force', dryRun: true });
  t.equal(response.statusCode, 200, response.body);
  t.match(response.json(), { dryRun: true, bookingsCancelled: 1, showtimes: { cancelled: [{ id: soldId, externalRef: 'sold' }], unchanged: [{ id: keptId }] } });
  t.equal((await readBooking()).status, 'confirmed');
  t.equal(await eventCount(), events);
});

t.test('forced: the showtime is cancelled, its bookings cancelled and refunded, with their events', async (t) => {
  const events = await eventCount();
  const response = await sync({ ...withoutSold, cancelMissing: 'force' });
  t.equal(response.statusCode, 200, response.body);
  t.match(response.json(), { dryRun: false, bookingsCancelled: 1, showtimes: { counts: { cancelled: 1, unchanged: 1, created: 0, updated: 0 } } });
  t.match(await readShowtime(soldId), { status: 'cancelled', version: 2 });
  t.match(await readShowtime(keptId), { status: 'scheduled', version: 1 });
  t.match(await readBooking(), {
    status: 'cancelled',
    payment: { status: 'refunded' },
    cancellation: { cause: 'showtime_cancelled', refund: { amount: { amount: 50_000, currency: 'INR' }, status: 'succeeded' } },
  });
  const [states] = await db.execute<{ states: string[] }>(sql`select array_agg(distinct state) as states from seat_inventory where showtime_id = ${soldId}`);
  t.same(states!.states, ['blocked'], 'every seat, sold or not, is off sale');
  const written = await db.execute<{ type: string; aggregateId: string; aggregatorPartnerId: string | null }>(sql`
    select type, aggregate_id as "aggregateId", aggregator_partner_id as "aggregatorPartnerId" from events order by id offset ${events}`);
  t.same([...written], [
    { type: 'booking.cancelled', aggregateId: booking.id, aggregatorPartnerId: aggregator.partner.id },
    { type: 'showtime.cancelled', aggregateId: soldId, aggregatorPartnerId: null },
  ], 'the seller hears of its booking; everyone of the showtime');
  const [audit] = await db.execute<{ details: { showtimes: unknown; bookingsCancelled: number } }>(sql`
    select details from audit_log where action = 'schedule.synced' order by created_at desc, id desc limit 1`);
  t.match(audit!.details, { bookingsCancelled: 1, showtimes: { cancelled: 1 } });
});
