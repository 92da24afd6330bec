import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { startWebhookReceiver, type ReceivedWebhook } from '../helpers/webhook-receiver.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { deliveryWorld, webhookTestEnv } from './delivery-world.ts';

/**
 * Webhooks as a partner uses them, through the public API only: register an endpoint, receive a
 * signed booking, rotate the secret, fail until the retries run out, replay, redeliver, read the
 * feed and the attempts. Real Postgres, real Redis, a real receiver, the `standardwebhooks` verifier.
 */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
const { app, adminKey, db } = await buildTestApp(t, webhookTestEnv(prefix, { WEBHOOK_RETRY_SCHEDULE: '0,200ms,200ms' }));
t.teardown(() => deleteQueueKeys(prefix));
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(app, adminKey, db);
const theatre = await world.theatrePartner('End To End Cinemas');
const api = typedClient(app, theatre.owner.headers);

/** Awaits a call that must succeed, and answers its body. */
const succeeded = async (what: string, pending: Promise<{ response: Response }>) => {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
};
const verify = (secret: string, request: ReceivedWebhook) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { id: string; type: string; data: { id: string } };

let failing = true;
const endpoint = await succeeded('POST /v1/webhooks/endpoints', api.POST('/v1/webhooks/endpoints', {
  body: {
    url: receiver.endpoint('/pos', () => (failing ? { status: 503, body: 'maintenance' } : { status: 204 })),
    eventTypes: ['booking.confirmed', 'webhook_endpoint.test'],
    description: 'box office',
  },
}));
const endpointPath = { params: { path: { endpointId: endpoint.id as string } } };

t.test('a booking, signed with the secret shown at registration, delivered after the retries and a replay', async (t) => {
  const since = new Date(Date.now() - 1000).toISOString();
  const { bookingId, eventId } = await theatre.book();
  // Three attempts (0, 200 ms, 200 ms), all refused: the delivery fails for good.
  const deliveries = await waitUntil(
    'the delivery to fail for good',
    () => succeeded('GET …/deliveries', api.GET('/v1/webhooks/endpoints/{endpointId}/deliveries', endpointPath)),
    (page) => page.data.some((delivery: { eventId: string; status: string }) => delivery.eventId === eventId && delivery.status === 'failed'),
  );
  const delivery = deliveries.data.find((item: { eventId: string }) => item.eventId === eventId);
  t.match(delivery, { status: 'failed', attemptCount: 3 });
  const deliveryPath = { params: { path: { deliveryId: delivery.id as string } } };
  const attempts = await succeeded('GET …/attempts', api.GET('/v1/webhooks/deliveries/{deliveryId}/attempts', deliveryPath));
  t.same(attempts.data.map((attempt: { responseStatus: number }) => attempt.responseStatus), [503, 503, 503]);
  t.equal(attempts.data[0].responseBodyExcerpt, 'maintenance', 'the response is kept for the partner to read');
  for (const request of receiver.on('/pos')) t.equal(verify(endpoint.secret, request).id, eventId, 'every attempt is signed and carries the event id');

  failing = false;
  const replayed = await succeeded('POST …/replay', api.POST('/v1/webhooks/endpoints/{endpointId}/replay', { ...endpointPath, body: { since } }));
  t.equal(replayed.replayed, 1);
  const received = await receiver.waitFor('/pos', (requests) => requests.length >= 4);
  t.match(verify(endpoint.secret, received[3]!), { id: eventId, type: 'booking.confirmed', data: { id: bookingId } });
  const settled = await waitUntil('the replay to be delivered', () => succeeded('GET …/deliveries', api.GET('/v1/events/{eventId}/deliveries', { params: { path: { eventId } } })), (page) => page.data[0]?.status === 'delivered');
  t.equal(settled.data[0].status, 'delivered');

  const redelivered = await answer(api.POST('/v1/webhooks/deliveries/{deliveryId}/redeliver', deliveryPath));
  t.equal(redelivered.statusCode, 202, redelivered.body);
  const again = await receiver.waitFor('/pos', (requests) => requests.length >= 5);
  t.equal(again[4]!.headers['webhook-id'], eventId, 'a redelivery keeps the webhook-id, so the receiver can drop it');

  const feed = await succeeded('GET /v1/events', api.GET('/v1/events', { params: { query: { type: 'booking.confirmed' } } }));
  t.ok(feed.data.some((event: { id: string }) => event.id === eventId), 'the event is in the feed too');
});

t.test('after a rotation both secrets sign, and the test event says so', async (t) => {
  const before = receiver.on('/pos').length;
  const rotated = await succeeded('POST …/rotate-secret', api.POST('/v1/webhooks/endpoints/{endpointId}/rotate-secret', endpointPath));
  t.match(rotated.secret, /^whsec_/);
  t.not(rotated.secret, endpoint.secret);
  const sent = await answer(api.POST('/v1/webhooks/endpoints/{endpointId}/test', endpointPath));
  t.equal(sent.statusCode, 202, sent.body);
  const [request] = (await receiver.waitFor('/pos', (requests) => requests.length > before)).slice(before);
  t.equal(String(request!.headers['webhook-signature']).split(' ').length, 2, 'two signatures');
  t.equal(verify(rotated.secret, request!).type, 'webhook_endpoint.test');
  t.equal(verify(endpoint.secret, request!).type, 'webhook_endpoint.test', 'the old secret still verifies for 24 h');
});
