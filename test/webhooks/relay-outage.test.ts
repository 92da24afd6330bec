import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { deliveryWorld, registerEndpoint, webhookTestEnv } from './delivery-world.ts';

/**
 * Nothing lost when Redis goes away: the test runs its own Redis (no persistence), stops it while
 * bookings keep coming, and starts it again empty. Every booking must succeed, and every event must
 * reach the receiver afterwards (duplicates allowed, loss not).
 */
const redis = await startPrivateRedis(t);
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
const { app, adminKey, db } = await buildTestApp(t, webhookTestEnv(prefix, {
  REDIS_URL: redis.url,
  WEBHOOK_RETRY_SCHEDULE: '0,200ms,400ms,400ms,400ms',
  // Jobs that vanished with Redis are looked for after a second.
  WEBHOOK_STALE_AFTER_MS: '1000',
}));
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(app, adminKey, db);

t.test('Redis stopped mid-run: bookings succeed, deliveries wait, every event arrives after the restart', async (t) => {
  const theatre = await world.theatrePartner('Outage Cinemas');
  await registerEndpoint(app, theatre.owner, receiver.endpoint('/outage'), ['booking.confirmed']);
  const TOTAL = 30;
  const eventIds: string[] = [];
  const failures: string[] = [];
  let pendingDuringOutage = -1;
  // Two clients booking one after another; Redis goes away after 8 bookings, comes back after 20.
  const booked = () => eventIds.length + failures.length;
  let started = 0;
  const client = async () => {
    while (started < TOTAL) {
      started += 1;
      try {
        eventIds.push((await theatre.book()).eventId);
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  };
  const undelivered = async () => {
    const [row] = await db.execute<{ count: number }>(sql`
      select count(*)::int as count from webhook_deliveries d join events e on e.id = d.event_id
      where e.type = 'booking.confirmed' and d.status <> 'delivered'`);
    return row!.count;
  };
  const outage = (async () => {
    await waitUntil('8 bookings', booked, (count) => count >= 8, { timeoutMs: 60_000, intervalMs: 10 });
    await redis.stop();
    await waitUntil('20 bookings', booked, (count) => count >= 20, { timeoutMs: 60_000, intervalMs: 10 });
    // The relay kept working without Redis: every event so far has its feed position and its
    // delivery row, and the rows of the bookings made since the stop wait in the database.
    const snapshot = [...eventIds];
    await waitUntil('the relay to fan out the bookings made during the outage', async () => {
      const [row] = await db.execute<{ count: number }>(sql`
        select count(distinct e.id)::int as count from events e join webhook_deliveries d on d.event_id = e.id
        where e.id in ${snapshot} and e.sequence is not null`);
      return row!.count;
    }, (fannedOut) => fannedOut === snapshot.length);
    pendingDuringOutage = await undelivered();
    await redis.start();
  })();
  await Promise.all([client(), client(), outage]);

  t.same(failures, [], 'no booking failed');
  t.equal(eventIds.length, TOTAL);
  t.ok(pendingDuringOutage >= 10, `deliveries waited in the database while Redis was down (${pendingDuringOutage})`);
  const expected = new Set(eventIds);
  const arrived = () => new Set(receiver.on('/outage').map((request) => String(request.headers['webhook-id'])));
  // Judged just below, naming what is missing.
  await receiver.waitFor('/outage', () => [...expected].every((id) => arrived().has(id)), 30_000).catch(() => undefined);
  const missing = [...expected].filter((id) => !arrived().has(id));
  t.same(missing, [], 'every event arrived after Redis came back');
  t.comment(`${receiver.on('/outage').length} requests for ${TOTAL} events (duplicates are allowed)`);
  // The row is updated just after the receiver answers.
  const open = await waitUntil('every delivery row to say delivered', undelivered, (count) => count === 0, { timeoutMs: 5_000 });
  t.equal(open, 0, 'every delivery row says delivered');
  const [unsequenced] = await db.execute<{ count: number }>(sql`select count(*)::int as count from events where sequence is null`);
  t.equal(unsequenced!.count, 0, 'every event has its feed position (the relay kept fanning out without Redis)');
});
