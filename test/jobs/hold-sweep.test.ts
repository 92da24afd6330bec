import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/** The hold sweep runs by itself on a BullMQ job scheduler: nobody calls it in this test. */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
const { app, adminKey, db } = await buildTestApp(t, { JOBS_ENABLED: 'true', QUEUE_PREFIX: prefix, HOLD_SWEEP_INTERVAL_MS: '500' });
// The scheduler must stop before its keys go, or it writes them again.
t.teardown(async () => {
  await app.close();
  await deleteQueueKeys(prefix);
});

const city = await catalogueFixture(app, adminKey).city({ name: 'Sweep City' });
const movie = await catalogueFixture(app, adminKey).movie({ title: 'Sweep', durationMinutes: 90 });
const theatrePartner = await onboardPartner(app, adminKey, { name: 'Sweep Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'Sweep Seller', kind: 'aggregator' });

const asOwner = typedClient(app, theatrePartner.headers);
/** Awaits a call that must create something, and answers its body. */
async function created(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode !== 201) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

t.test('a lapsed hold is expired by the scheduler, its seats freed, one event written', async (t) => {
  const theatre = await created('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'sw', name: 'Sweep One', cityId: city.id, address: '1 Road', status: 'live' } }));
  const screen = await created('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
  await created('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', {
    params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] },
  }));
  const showtime = await created('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: theatre.id } },
    body: {
      externalRef: 'sw-1', screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt: '2030-06-01T10:00:00Z',
      prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
    },
  }));
  const hold = await created('POST /v1/holds', typedClient(app, aggregator.headers).POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef: 'cust-1', seats: ['A1', 'A2'] } }));
  // No API makes a lapsed hold (HOLD_TTL_SECONDS is at least 30): its expiry is wound back.
  await db.execute(sql`update holds set expires_at = now() - interval '1 second' where id = ${hold.id}`);
  await db.execute(sql`update seat_inventory set held_until = now() - interval '1 second' where hold_id = ${hold.id}`);

  const status = await waitUntil('the scheduled sweep to expire the hold', async () => {
    const [row] = await db.execute<{ status: string }>(sql`select status from holds where id = ${hold.id}`);
    return row!.status;
  }, (current) => current !== 'active', { timeoutMs: 15_000, intervalMs: 100 });
  t.equal(status, 'expired', 'expired by the scheduled sweep within 15 s');
  const [seats] = await db.execute<{ states: string[] }>(sql`select array_agg(state order by seat_id) as states from seat_inventory where showtime_id = ${showtime.id}`);
  t.same(seats!.states, ['available', 'available']);
  const expiredEvents = await db.execute(sql`select id from events where type = 'hold.expired' and aggregate_id = ${hold.id}`);
  t.equal(expiredEvents.length, 1, 'one hold.expired event');
});
