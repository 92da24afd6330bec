import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { newSigningSecret } from '../../webhooks/secrets.ts';
import { buildTestApp } from '../helpers/app.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { startWebhookReceiver, type ReceivedWebhook } from '../helpers/webhook-receiver.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { deliveryWorld, registerEndpoint, settledDeliveries, webhookTestEnv } from './delivery-world.ts';

/**
 * The delivery pipeline end to end: bookings through the API, the relay and worker running in the
 * app (WEBHOOKS_ENABLED), real Redis, a real HTTP receiver, signatures checked by the third-party
 * `standardwebhooks` library. The retry schedule and the failing limit are shrunk.
 */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
const SCHEDULE = [0, 300, 600, 1000, 1000];
const DISABLE_AFTER_MS = 2500;
const { app, adminKey, db } = await buildTestApp(t, webhookTestEnv(prefix, {
  WEBHOOK_RETRY_SCHEDULE: SCHEDULE.map((ms) => `${ms}ms`).join(','),
  WEBHOOK_DISABLE_AFTER_MS: String(DISABLE_AFTER_MS),
}));
t.teardown(() => deleteQueueKeys(prefix));
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(app, adminKey, db);

const verify = (secret: string, request: ReceivedWebhook) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { id: string; type: string };
const deliveryOf = async (eventId: string, endpointId: string) => {
  const [row] = await db.execute<{ id: string; status: string; attempt_count: number; last_error: string | null }>(
    sql`select id, status, attempt_count, last_error from webhook_deliveries where event_id = ${eventId} and endpoint_id = ${endpointId}`);
  return row;
};
const attemptsOf = (deliveryId: string) => db.execute<{ attempt_number: number; response_status: number | null; duration_ms: number | null; response_body_excerpt: string | null; error: string | null; started_at: string }>(
  sql`select attempt_number, response_status, duration_ms, response_body_excerpt, error, started_at from webhook_attempts where delivery_id = ${deliveryId} order by attempt_number`);

t.test('a confirmed booking reaches the theatre partner, signed as Standard Webhooks says', async (t) => {
  const theatre = await world.theatrePartner('Signed Cinemas');
  const endpoint = await registerEndpoint(app, theatre.owner, receiver.endpoint('/signed'), ['booking.confirmed']);
  const { bookingId, eventId } = await theatre.book();

  const [request] = await receiver.waitFor('/signed', (requests) => requests.length >= 1);
  t.equal(request!.headers['content-type'], 'application/json');
  t.equal(request!.headers['webhook-id'], eventId, 'webhook-id is the event id');
  t.ok(Math.abs(Number(request!.headers['webhook-timestamp']) - Date.now() / 1000) < 10, 'a current timestamp');
  t.match(request!.headers['webhook-signature'], /^v1,[A-Za-z0-9+/]+=*$/, 'one signature');
  const payload = verify(endpoint.secret, request!);
  t.match(payload, { id: eventId, type: 'booking.confirmed', createdAt: /Z$/, aggregate: { type: 'booking', id: bookingId, version: 1 }, data: { id: bookingId } });
  t.throws(() => verify(newSigningSecret(), request!), 'another secret does not verify');
  t.throws(() => new Webhook(endpoint.secret).verify(`${request!.body} `, request!.headers as Record<string, string>), 'the signature covers the exact bytes');

  const delivery = await waitUntil('the delivery to succeed', () => deliveryOf(eventId, endpoint.id), (row) => row?.status === 'delivered');
  t.match(delivery, { status: 'delivered', attempt_count: 1, last_error: null });
  const attempts = await attemptsOf(delivery!.id);
  t.match(attempts, [{ attempt_number: 1, response_status: 200, error: null }]);
  t.ok(attempts[0]!.duration_ms !== null && attempts[0]!.duration_ms >= 0, 'its duration is logged');
  const [event] = await db.execute<{ sequence: string | null }>(sql`select sequence from events where id = ${eventId}`);
  t.ok(event!.sequence !== null, 'the event has its feed position');
  t.same((await settledDeliveries(db, endpoint.id)).map((row) => [row.status, row.attempt_count]), [['delivered', 1]], 'nothing left to send it');
  t.equal(receiver.on('/signed').length, 1, 'delivered once');
});

t.test('failures are retried on the schedule, every attempt logged, until one succeeds', async (t) => {
  const theatre = await world.theatrePartner('Flaky Cinemas');
  const bigBody = 'x'.repeat(5000);
  const url = receiver.endpoint('/flaky', (_, count) => (count <= 2 ? { status: 500, body: count === 1 ? bigBody : 'try later' } : { status: 204 }));
  const endpoint = await registerEndpoint(app, theatre.owner, url, ['booking.confirmed']);
  const { eventId } = await theatre.book();

  const requests = await receiver.waitFor('/flaky', (all) => all.length >= 3);
  t.same(requests.map((request) => request.headers['webhook-id']), [eventId, eventId, eventId], 'the same webhook-id on every attempt');
  for (const request of requests) verify(endpoint.secret, request);
  const gaps = [requests[1]!.at - requests[0]!.at, requests[2]!.at - requests[1]!.at];
  // Never early (the lower bounds follow the schedule step by step); the upper bound only says
  // "this step, not a later one of minutes", with room for a machine busy running every test file.
  const LATE_ALLOWANCE_MS = 2500;
  t.ok(gaps[0]! >= SCHEDULE[1]! - 20 && gaps[0]! < SCHEDULE[1]! * 1.2 + LATE_ALLOWANCE_MS, `second attempt after ~${SCHEDULE[1]} ms (${gaps[0]} ms)`);
  t.ok(gaps[1]! >= SCHEDULE[2]! - 20 && gaps[1]! < SCHEDULE[2]! * 1.2 + LATE_ALLOWANCE_MS, `third attempt after ~${SCHEDULE[2]} ms (${gaps[1]} ms)`);

  const delivery = await waitUntil('the delivery to succeed', () => deliveryOf(eventId, endpoint.id), (row) => row?.status === 'delivered');
  t.match(delivery, { status: 'delivered', attempt_count: 3, last_error: null });
  const attempts = await attemptsOf(delivery!.id);
  t.match(attempts, [
    { attempt_number: 1, response_status: 500, error: null },
    { attempt_number: 2, response_status: 500, response_body_excerpt: 'try later' },
    { attempt_number: 3, response_status: 204 },
  ]);
  t.equal(attempts[0]!.response_body_excerpt, bigBody.slice(0, 1024), 'the first 1 KB of the response is kept');
  t.ok(attempts.every((attempt) => attempt.duration_ms !== null && attempt.started_at), 'start and duration of each');
  const [health] = await db.execute<{ failing_since: string | null }>(sql`select failing_since from webhook_endpoints where id = ${endpoint.id}`);
  t.equal(health!.failing_since, null, 'a success clears failing_since');
  t.same((await settledDeliveries(db, endpoint.id)).map((row) => [row.status, row.attempt_count]), [['delivered', 3]], 'nothing left to send it');
  t.equal(receiver.on('/flaky').length, 3, 'no attempt after the success');
});

t.test('Retry-After is a lower bound for the next attempt', async (t) => {
  const theatre = await world.theatrePartner('Busy Cinemas');
  const url = receiver.endpoint('/busy', (_, count) => (count === 1 ? { status: 503, headers: { 'retry-after': '2' } } : { status: 200 }));
  await registerEndpoint(app, theatre.owner, url, ['booking.confirmed']);
  await theatre.book();
  const requests = await receiver.waitFor('/busy', (all) => all.length >= 2);
  const gap = requests[1]!.at - requests[0]!.at;
  t.ok(gap >= 1980, `waited for Retry-After: 2 rather than ${SCHEDULE[1]} ms (${gap} ms)`);
});

t.test('a redirect is not followed: a 3xx is a failed attempt', async (t) => {
  const theatre = await world.theatrePartner('Moved Cinemas');
  receiver.endpoint('/moved-here');
  const url = receiver.endpoint('/moved', (_, count) => (count === 1 ? { status: 302, headers: { location: `${receiver.base}/moved-here` } } : { status: 200 }));
  const endpoint = await registerEndpoint(app, theatre.owner, url, ['booking.confirmed']);
  const { eventId } = await theatre.book();
  await receiver.waitFor('/moved', (all) => all.length >= 2);
  const delivery = await waitUntil('the delivery to succeed', () => deliveryOf(eventId, endpoint.id), (row) => row?.status === 'delivered');
  const attempts = await attemptsOf(delivery!.id);
  t.match(attempts, [{ response_status: 302 }, { response_status: 200 }]);
  t.equal(receiver.on('/moved-here').length, 0, 'the Location was never requested');
});

t.test('410 Gone disables the endpoint at once and tells its owner', async (t) => {
  const theatre = await world.theatrePartner('Gone Cinemas');
  const gone = await registerEndpoint(app, theatre.owner, receiver.endpoint('/gone', () => ({ status: 410 })), ['booking.confirmed']);
  const notices = await registerEndpoint(app, theatre.owner, receiver.endpoint('/gone-notices'), ['webhook_endpoint.disabled']);
  const { eventId } = await theatre.book();

  const [notice] = await receiver.waitFor('/gone-notices', (all) => all.length >= 1);
  const payload = verify(notices.secret, notice!) as unknown as { type: string; data: Record<string, unknown>; aggregate: { id: string } };
  t.match(payload, { type: 'webhook_endpoint.disabled', aggregate: { type: 'webhook_endpoint', id: gone.id }, data: { endpointId: gone.id, reason: 'endpoint_gone', status: 'disabled' } });
  const [endpoint] = await db.execute<{ status: string; disabled_reason: string }>(sql`select status, disabled_reason from webhook_endpoints where id = ${gone.id}`);
  t.same(endpoint, { status: 'disabled', disabled_reason: 'endpoint_gone' });
  t.match(await deliveryOf(eventId, gone.id), { status: 'failed', attempt_count: 1 });
  t.equal(receiver.on('/gone').length, 1, 'one attempt only');

  const later = await theatre.book();
  await settledDeliveries(db, gone.id);
  t.equal(await deliveryOf(later.eventId, gone.id), undefined, 'no delivery is written for a disabled endpoint');
  t.equal(receiver.on('/gone').length, 1, 'a disabled endpoint receives nothing more');
});

t.test('an endpoint failing for longer than the limit is disabled', async (t) => {
  const theatre = await world.theatrePartner('Broken Cinemas');
  const broken = await registerEndpoint(app, theatre.owner, receiver.endpoint('/broken', () => ({ status: 500 })), ['booking.confirmed']);
  const notices = await registerEndpoint(app, theatre.owner, receiver.endpoint('/broken-notices'), ['webhook_endpoint.disabled']);
  const { eventId } = await theatre.book();

  const [notice] = await receiver.waitFor('/broken-notices', (all) => all.length >= 1);
  t.match(verify(notices.secret, notice!), { type: 'webhook_endpoint.disabled', data: { endpointId: broken.id, reason: 'endpoint_failing' } });
  const requests = receiver.on('/broken');
  t.ok(requests.at(-1)!.at - requests[0]!.at >= DISABLE_AFTER_MS - 50, `disabled once failing for ${DISABLE_AFTER_MS} ms`);
  const [endpoint] = await db.execute<{ status: string; disabled_reason: string }>(sql`select status, disabled_reason from webhook_endpoints where id = ${broken.id}`);
  t.same(endpoint, { status: 'disabled', disabled_reason: 'endpoint_failing' });
  const delivery = await deliveryOf(eventId, broken.id);
  t.equal(delivery!.status, 'failed');
  t.equal((await attemptsOf(delivery!.id)).length, requests.length, 'every attempt logged');
});

t.test('after a rotation both secrets sign, and each signature verifies', async (t) => {
  const theatre = await world.theatrePartner('Rotating Cinemas');
  const registered = await registerEndpoint(app, theatre.owner, receiver.endpoint('/rotated'), ['booking.confirmed']);
  const rotation = await answer(typedClient(app, theatre.owner.headers).POST('/v1/webhooks/endpoints/{endpointId}/rotate-secret', { params: { path: { endpointId: registered.id } } }));
  t.equal(rotation.statusCode, 200, rotation.body);
  const endpoint = { id: registered.id, secret: rotation.json().secret as string };
  const previous = registered.secret;
  await theatre.book();
  const [request] = await receiver.waitFor('/rotated', (all) => all.length >= 1);
  const signatures = String(request!.headers['webhook-signature']).split(' ');
  t.equal(signatures.length, 2, 'two signatures');
  t.ok(signatures.every((signature) => signature.startsWith('v1,')));
  t.ok(verify(endpoint.secret, request!), 'the new secret verifies');
  t.ok(verify(previous, request!), 'the previous secret verifies');
  // Each signature on its own verifies with its own secret.
  for (const [index, secret] of [endpoint.secret, previous].entries()) {
    const single = { ...request!, headers: { ...request!.headers, 'webhook-signature': signatures[index]! } };
    t.ok(verify(secret, single), `signature ${index + 1} alone`);
  }

  // The previous secret signs for 24 hours after a rotation: its expiry is wound back past now (no API shortens it).
  await db.execute(sql`update webhook_endpoints set previous_secret_expires_at = now() - interval '1 second' where id = ${endpoint.id}`);
  await theatre.book();
  const [, later] = await receiver.waitFor('/rotated', (all) => all.length >= 2);
  t.equal(String(later!.headers['webhook-signature']).split(' ').length, 1, 'an expired previous secret no longer signs');
  t.throws(() => verify(previous, later!));
});
