import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api } from '../../helpers/typed-client.ts';

// The relay and worker are not part of this test: deliveries and attempts are written here in
// the states they leave them in (no API makes a delivery or an attempt), and the recovery routes
// must change exactly those rows.
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Recovery City' });
const movie = await fixture.movie({ title: 'Second Chance', durationMinutes: 90 });
const owner = await onboardPartner(app, adminKey, { name: 'Recovery Cinemas' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'Recovery Tickets', kind: 'aggregator' });

const asOwner = typedClient(app, owner.headers);
/** Awaits a call that must succeed, and answers its body. */
async function succeeded(what: string, pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`${what} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const theatre = await succeeded('POST /v1/partner/theatres', asOwner.POST('/v1/partner/theatres', { body: { externalRef: 'r1', name: 'Recovery Hall', cityId: city.id, address: '1 Road' } }));
const screen = await succeeded('POST …/screens', asOwner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }));
await succeeded('POST …/layouts', asOwner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }] }] } }));
const showtimeIds: string[] = [];
for (const day of [1, 2, 3]) {
  showtimeIds.push((await succeeded('POST …/showtimes', asOwner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: theatre.id } },
    body: {
      externalRef: `sh-${day}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt: `2030-08-0${day}T10:00:00Z`,
      prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
    },
  }))).id);
}
const eventRows = await db.execute<{ id: string }>(sql`select id from events where theatre_partner_id = ${owner.partner.id} order by created_at, id`);
const [first, second, third] = eventRows.map((row) => row.id) as [string, string, string];
// Feed positions, as the relay (not running here) hands them out.
await db.execute(sql`update events set sequence = nextval('event_sequence') where sequence is null`);

const createEndpoint = (client: Api, url: string) => succeeded('POST /v1/webhooks/endpoints', client.POST('/v1/webhooks/endpoints', { body: { url } }));
const endpoint = await createEndpoint(asOwner, 'https://93.184.215.30/hooks');
const spare = await createEndpoint(asOwner, 'https://93.184.215.31/hooks');
const rivalEndpoint = await createEndpoint(typedClient(app, rival.headers), 'https://93.184.215.32/hooks');

// Three deliveries to the endpoint, an hour apart, one of each finished state and one waiting.
await db.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, status, attempt_count, next_attempt_at, enqueued_at, delivered_at, last_error, created_at) values
  ('dlv_A_FAILED', ${endpoint.id}, ${first}, 'failed', 8, null, now() - interval '3 hours', null, 'HTTP 500', now() - interval '3 hours'),
  ('dlv_B_DELIVERED', ${endpoint.id}, ${second}, 'delivered', 2, null, now() - interval '2 hours', now() - interval '2 hours', null, now() - interval '2 hours'),
  ('dlv_C_FAILED', ${endpoint.id}, ${third}, 'failed', 8, null, now() - interval '1 hour', null, 'timeout', now() - interval '1 hour'),
  ('dlv_D_SPARE', ${spare.id}, ${first}, 'enqueued', 1, null, now(), null, null, now() - interval '3 hours')`);
await db.execute(sql`insert into webhook_attempts (id, delivery_id, attempt_number, started_at, duration_ms, response_status, error, response_body_excerpt) values
  ('att_1', 'dlv_B_DELIVERED', 1, now() - interval '2 hours', 15000, null, 'timeout after 15000 ms', null),
  ('att_2', 'dlv_B_DELIVERED', 2, now() - interval '2 hours' + interval '5 seconds', 42, 200, null, 'ok')`);

const deliveryRow = (id: string) =>
  db.execute<{ status: string; attempt_count: number; next_attempt_at: Date | null; enqueued_at: Date | null; due: boolean }>(sql`
    select status, attempt_count, next_attempt_at, enqueued_at, next_attempt_at <= now() as due from webhook_deliveries where id = ${id}`).then((rows) => rows[0]!);
type ListQuery = { status?: 'pending' | 'enqueued' | 'delivered' | 'failed'; limit?: number; cursor?: string };
const deliveriesOf = (endpointId: string, query: ListQuery = {}, client: Api = asOwner) =>
  answer(client.GET('/v1/webhooks/endpoints/{endpointId}/deliveries', { params: { path: { endpointId }, query } }));
const eventDeliveries = (eventId: string, client: Api = asOwner) => answer(client.GET('/v1/events/{eventId}/deliveries', { params: { path: { eventId } } }));
const attemptsOf = (deliveryId: string, query: { limit?: number; cursor?: string } = {}, client: Api = asOwner) =>
  answer(client.GET('/v1/webhooks/deliveries/{deliveryId}/attempts', { params: { path: { deliveryId }, query } }));
const redeliver = (deliveryId: string, client: Api = asOwner) => answer(client.POST('/v1/webhooks/deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId } } }));
const replay = (endpointId: string, since: string, client: Api = asOwner) =>
  answer(client.POST('/v1/webhooks/endpoints/{endpointId}/replay', { params: { path: { endpointId } }, body: { since } }));

t.test("an endpoint's deliveries: newest first, by status, page by page", async (t) => {
  const all = await deliveriesOf(endpoint.id);
  t.equal(all.statusCode, 200, all.body);
  t.same(all.json().data.map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_B_DELIVERED', 'dlv_A_FAILED']);
  t.match(all.json().data[1], { endpointId: endpoint.id, eventId: second, eventType: 'showtime.created', status: 'delivered', attemptCount: 2, deliveredAt: String, lastError: null });
  const failed = await deliveriesOf(endpoint.id, { status: 'failed' });
  t.same(failed.json().data.map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_A_FAILED']);
  const page1 = (await deliveriesOf(endpoint.id, { limit: 2 })).json();
  const page2 = (await deliveriesOf(endpoint.id, { limit: 2, cursor: page1.nextCursor })).json();
  t.same([...page1.data, ...page2.data].map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_B_DELIVERED', 'dlv_A_FAILED']);
  t.equal(page2.nextCursor, null);
  t.equal((await deliveriesOf(endpoint.id, { status: invalid('lost') })).statusCode, 400, 'a status outside the contract, on purpose');
});

t.test("one event's deliveries: to the caller's endpoints only", async (t) => {
  const response = await eventDeliveries(first);
  t.equal(response.statusCode, 200, response.body);
  t.same(response.json().data.map((d: { id: string }) => d.id).sort(), ['dlv_A_FAILED', 'dlv_D_SPARE']);
  t.equal((await eventDeliveries(first, typedClient(app, rival.headers))).statusCode, 404, "a rival never learns of another partner's event");
  t.equal((await eventDeliveries(first, typedClient(app, aggregator.headers))).statusCode, 404, "a draft theatre's showtime is not public");
  t.equal((await eventDeliveries('evt_NOPE')).statusCode, 404);
});

t.test("a delivery's attempts: oldest first, with what the endpoint answered", async (t) => {
  const response = await attemptsOf('dlv_B_DELIVERED');
  t.equal(response.statusCode, 200, response.body);
  t.match(response.json().data, [
    { id: 'att_1', attemptNumber: 1, durationMs: 15000, responseStatus: null, error: /timeout/, responseBodyExcerpt: null },
    { id: 'att_2', attemptNumber: 2, durationMs: 42, responseStatus: 200, error: null, responseBodyExcerpt: 'ok' },
  ]);
  const page = (await attemptsOf('dlv_B_DELIVERED', { limit: 1 })).json();
  t.equal(page.data[0].id, 'att_1');
  t.equal((await attemptsOf('dlv_B_DELIVERED', { cursor: page.nextCursor })).json().data[0].id, 'att_2');
});

t.test('redeliver: a new series due now, the attempt count kept; not while in flight', async (t) => {
  const response = await redeliver('dlv_B_DELIVERED');
  t.equal(response.statusCode, 202, response.body);
  t.match(response.json(), { id: 'dlv_B_DELIVERED', status: 'pending', attemptCount: 2, nextAttemptAt: String });
  t.match(await deliveryRow('dlv_B_DELIVERED'), { status: 'pending', attempt_count: 2, enqueued_at: null, due: true });
  const busy = await redeliver('dlv_D_SPARE');
  t.equal(busy.statusCode, 409);
  t.equal(busy.json().code, 'webhook_delivery_in_flight');
  t.match(await deliveryRow('dlv_D_SPARE'), { status: 'enqueued', attempt_count: 1 }, 'an enqueued delivery is left alone');
});

t.test('replay: the failed deliveries since a time, and only those', async (t) => {
  const since = new Date(Date.now() - 90 * 60_000).toISOString();
  const response = await replay(endpoint.id, since);
  t.equal(response.statusCode, 202, response.body);
  t.same(response.json(), { replayed: 1 });
  t.match(await deliveryRow('dlv_C_FAILED'), { status: 'pending', attempt_count: 8, enqueued_at: null, due: true });
  t.match(await deliveryRow('dlv_A_FAILED'), { status: 'failed' }, 'older than `since`: untouched');
  const again = await replay(endpoint.id, '2000-01-01T00:00:00Z');
  t.same(again.json(), { replayed: 1 }, 'the rest of the failed ones');
  t.match(await deliveryRow('dlv_A_FAILED'), { status: 'pending' });
  t.equal((await replay(endpoint.id, 'yesterday')).statusCode, 400);
});

t.test('a disabled endpoint is neither replayed nor redelivered to', async (t) => {
  await succeeded('POST …/disable', asOwner.POST('/v1/webhooks/endpoints/{endpointId}/disable', { params: { path: { endpointId: spare.id } } }));
  const replayed = await replay(spare.id, '2000-01-01T00:00:00Z');
  t.equal(replayed.statusCode, 409);
  t.equal(replayed.json().code, 'webhook_endpoint_disabled');
  const redelivered = await redeliver('dlv_D_SPARE');
  t.equal(redelivered.json().code, 'webhook_endpoint_disabled');
  t.match(await deliveryRow('dlv_D_SPARE'), { status: 'failed' }, 'disabling failed its open delivery');
});

t.test('another partner reaches none of it: 404, nothing changed', async (t) => {
  const before = await db.execute(sql`select id, status, next_attempt_at from webhook_deliveries order by id`);
  for (const intruder of [rival, aggregator]) {
    const as = typedClient(app, intruder.headers);
    for (const [what, request] of [
      [`GET /v1/webhooks/endpoints/${endpoint.id}/deliveries`, () => deliveriesOf(endpoint.id, {}, as)],
      ['GET /v1/webhooks/deliveries/dlv_B_DELIVERED/attempts', () => attemptsOf('dlv_B_DELIVERED', {}, as)],
      ['POST /v1/webhooks/deliveries/dlv_A_FAILED/redeliver', () => redeliver('dlv_A_FAILED', as)],
      [`POST /v1/webhooks/endpoints/${endpoint.id}/replay`, () => replay(endpoint.id, '2000-01-01T00:00:00Z', as)],
    ] as const) {
      const response = await request();
      t.equal(response.statusCode, 404, `${intruder.partner.name}: ${what}`);
    }
  }
  t.same(await db.execute(sql`select id, status, next_attempt_at from webhook_deliveries order by id`), before);
  const own = await deliveriesOf(rivalEndpoint.id, {}, typedClient(app, rival.headers));
  t.same(own.json(), { data: [], nextCursor: null }, "the rival's own endpoint has no deliveries of the owner's");
});
