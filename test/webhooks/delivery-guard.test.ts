import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { deliveryWorld, insertEndpoint, webhookTestEnv } from './delivery-world.ts';

/**
 * The target guard runs again before every attempt: an endpoint whose address has turned private
 * since it was registered (DNS rebinding) is never contacted. Private targets are NOT allowed here.
 */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
const { app, adminKey, db } = await buildTestApp(t, webhookTestEnv(prefix, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false', WEBHOOK_RETRY_SCHEDULE: '0,100ms' }));
t.teardown(() => deleteQueueKeys(prefix));
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(app, adminKey, db);

t.test('a target that resolves to a private address at delivery time is refused, never contacted', async (t) => {
  const theatre = await world.theatrePartner('Rebound Cinemas');
  // Registration would refuse this URL; the row stands for one that was public when registered.
  const endpoint = await insertEndpoint(db, theatre.owner.partner.id, receiver.endpoint('/inside'));
  const registered = await answer(typedClient(app, theatre.owner.headers).POST('/v1/webhooks/endpoints', { body: { url: receiver.endpoint('/inside') } }));
  t.equal(registered.statusCode, 422, 'the API refuses the same URL');
  const { eventId } = await theatre.book();

  const delivery = await waitUntil('the delivery to fail', async () => {
    const [row] = await db.execute<{ id: string; status: string }>(sql`select id, status from webhook_deliveries where event_id = ${eventId} and endpoint_id = ${endpoint.id}`);
    return row;
  }, (row) => row?.status === 'failed', { timeoutMs: 15_000 });
  t.equal(delivery?.status, 'failed', 'both attempts refused');
  const attempts = await db.execute<{ error: string | null; response_status: number | null }>(
    sql`select error, response_status from webhook_attempts where delivery_id = ${delivery!.id} order by attempt_number`);
  t.equal(attempts.length, 2);
  for (const attempt of attempts) {
    t.match(attempt.error, /unsafe target \(private_address\)/);
    t.equal(attempt.response_status, null);
  }
  t.equal(receiver.on('/inside').length, 0, 'the receiver never saw a request');
});
