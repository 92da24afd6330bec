import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { startPrivateRedis } from '../helpers/private-redis.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { deliveryWorld, insertEndpoint, webhookTestEnv } from './delivery-world.ts';

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
  await insertEndpoint(db, theatre.owner.partner.id, receiver.endpoint('/outage'), ['booking.confirmed']);
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
  const outage = (async () => {
    while (booked() < 8) await sleep(10);
    await redis.stop();
    while (booked() < 20) await sleep(10);
    // Long enough for several relay passes and stale scans to meet a dead Redis.
    await sleep(1500);
    const [waiting] = await db.execute<{ count: number }>(sql`
      select count(*)::int as count from webhook_deliveries d join events e on e.id = d.event_id
      where e.type = 'booking.confirmed' and d.status <> 'delivered'`);
    pendingDuringOutage = waiting!.count;
    await redis.start();
  })();
  await Promise.all([client(), client(), outage]);

  t.same(failures, [], 'no booking failed');
  t.equal(eventIds.length, TOTAL);
  t.ok(pendingDuringOutage >= 10, `deliveries waited in the database while Redis was down (${pendingDuringOutage})`);
  const expected = new Set(eventIds);
  const arrived = () => new Set(receiver.on('/outage').map((request) => String(request.headers['webhook-id'])));
  await receiver.waitFor('/outage', () => [...expected].every((id) => arrived().has(id)), 30_000).catch(() => undefined);
  const missing = [...expected].filter((id) => !arrived().has(id));
  t.same(missing, [], 'every event arrived after Redis came back');
  t.comment(`${receiver.on('/outage').length} requests for ${TOTAL} events (duplicates are allowed)`);
  // The row is updated just after the receiver answers.
  let open = -1;
  for (let tries = 0; tries < 100 && open !== 0; tries++) {
    if (tries > 0) await sleep(50);
    const [row] = await db.execute<{ count: number }>(sql`
      select count(*)::int as count from webhook_deliveries d join events e on e.id = d.event_id
      where e.type = 'booking.confirmed' and d.status <> 'delivered'`);
    open = row!.count;
  }
  t.equal(open, 0, 'every delivery row says delivered');
  const [unsequenced] = await db.execute<{ count: number }>(sql`select count(*)::int as count from events where sequence is null`);
  t.equal(unsequenced!.count, 0, 'every event has its feed position (the relay kept fanning out without Redis)');
});
