import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { register } from 'prom-client';
import t, { type Test } from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/**
 * Booking must not stop because Redis did: with the limiter's Redis hung or gone, holds and
 * bookings still go through, uncounted, and the metric says how many did.
 */
const redis = await startPrivateRedis(t);
const { app, adminKey } = await buildTestApp(t, { REDIS_URL: redis.url, QUEUE_PREFIX: `test-fail-open-${randomBytes(4).toString('hex')}` });

const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Open City' });
const movie = await fixture.movie({ title: 'Open Doors' });
const owner = await onboardPartner(app, adminKey, { name: 'Open Cinemas' });
const seller = typedClient(app, (await onboardPartner(app, adminKey, { name: 'Open Tickets', kind: 'aggregator' })).headers);
const venues = fixture.venues(owner);
const theatre = await venues.theatre({ cityId: city.id, name: 'Open One' });
const screen = await venues.screen(theatre.id, 'Screen 1', 12);
const showtime = await venues.showtime({ theatre, screen, movie, startsAt: new Date(Date.now() + 7 * 86_400_000) });

async function failOpenCount(): Promise<number> {
  const metric = register.getSingleMetric('marquee_rate_limit_fail_open_total');
  return metric ? ((await metric.get()).values[0]?.value ?? 0) : 0;
}

/** Holds a seat and books it, as an aggregator does: both must succeed. */
async function holdAndBook(t: Test, seat: string, customerRef: string) {
  const hold = await answer(seller.POST('/v1/holds', { body: { showtimeId: showtime.id, customerRef, seats: [seat] } }));
  t.equal(hold.statusCode, 201, `${seat} is held: ${hold.body}`);
  const booking = await answer(seller.POST('/v1/bookings', { body: { holdId: hold.json().id, payment: { method: 'partner_collected', reference: `pay-${seat}` } } }));
  t.equal(booking.statusCode, 201, `${seat} is booked: ${booking.body}`);
  return [hold, booking];
}

t.test('with Redis answering, booking calls are counted', async (t) => {
  const before = await failOpenCount();
  const answers = await holdAndBook(t, 'A1', 'cust-1');
  for (const response of answers) t.match(response.headers['ratelimit'], /^limit=\d+, remaining=\d+, reset=\d+$/);
  t.equal(await failOpenCount(), before, 'nothing failed open');
});

t.test('a hung Redis costs a request its timeout, not its answer', async (t) => {
  const control = new Redis(redis.url);
  t.teardown(() => control.disconnect());
  const before = await failOpenCount();
  // Every other client's commands wait 3 s: longer than RATE_LIMIT_REDIS_TIMEOUT_MS (250 ms).
  await control.client('PAUSE', 3000, 'ALL');
  const started = performance.now();
  const answers = await holdAndBook(t, 'A2', 'cust-2');
  const elapsed = performance.now() - started;
  t.ok(elapsed < 2500, `both answered before Redis woke (${Math.round(elapsed)} ms)`);
  for (const response of answers) {
    t.match(response.headers['ratelimit-policy'], /^\d+;w=\d+$/, 'the policy is still shown');
    t.notOk(response.headers['ratelimit'], 'no count is claimed that was not taken');
  }
  t.equal(await failOpenCount(), before + 2, 'both requests are counted as failed open');
  await control.client('UNPAUSE');
});

t.test('a stopped Redis: booking still works and every request is counted as failed open', async (t) => {
  await redis.stop();
  const before = await failOpenCount();
  const answers = await holdAndBook(t, 'A3', 'cust-3');
  for (const response of answers) t.match(response.headers['ratelimit-policy'], /^\d+;w=\d+$/, 'the policy is still shown');
  const seatMap = await answer(typedClient(app).GET('/v1/showtimes/{showtimeId}/seat-map', { params: { path: { showtimeId: showtime.id } } }));
  t.equal(seatMap.statusCode, 200, 'public reads too');
  // The public read's count goes to Redis with its batch (every 50 ms): it fails open then.
  t.equal(await waitUntil('the public read\'s batch to fail', failOpenCount, (count) => count >= before + 3, { timeoutMs: 5000 }), before + 3, 'each one counted');

  await redis.start();
  // Its connection reconnects in the background, within about 2 s.
  const counted = await waitUntil('the limiter to count again', () => answer(seller.GET('/v1/bookings')), (response) => response.headers['ratelimit'] !== undefined);
  t.match(counted.headers['ratelimit'], /^limit=\d+, remaining=\d+, reset=\d+$/, 'counting resumes once Redis is back');
});
