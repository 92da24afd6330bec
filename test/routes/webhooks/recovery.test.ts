import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';

// The relay and worker are not part of this test: deliveries and attempts are written here in
// the states they leave them in, and the recovery routes must change exactly those rows.
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Recovery City' });
const movie = await fixture.movie({ title: 'Second Chance', durationMinutes: 90 });
const owner = await onboardPartner(app, adminKey, { name: 'Recovery Cinemas' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'Recovery Tickets', kind: 'aggregator' });

async function post(url: string, payload: object | undefined, headers: Record<string, string> = owner.headers) {
  const response = await app.inject({ method: 'POST', url, headers, payload });
  if (response.statusCode >= 300) throw new Error(`POST ${url} answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const theatre = await post('/v1/partner/theatres', { externalRef: 'r1', name: 'Recovery Hall', cityId: city.id, address: '1 Road' });
const screen = await post(`/v1/partner/theatres/${theatre.id}/screens`, { externalRef: 's1', name: 'Screen 1' });
await post(`/v1/partner/screens/${screen.id}/layouts`, { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }] }] });
const showtimeIds: string[] = [];
for (const day of [1, 2, 3]) {
  showtimeIds.push((await post(`/v1/partner/theatres/${theatre.id}/showtimes`, {
    externalRef: `sh-${day}`, screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt: `2030-08-0${day}T10:00:00Z`,
    prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
  })).id);
}
const eventRows = await db.execute<{ id: string }>(sql`select id from events where theatre_partner_id = ${owner.partner.id} order by created_at, id`);
const [first, second, third] = eventRows.map((row) => row.id) as [string, string, string];
// Feed positions, as the relay (not running here) hands them out.
await db.execute(sql`update events set sequence = nextval('event_sequence') where sequence is null`);

const endpoint = await post('/v1/webhooks/endpoints', { url: 'https://93.184.215.30/hooks' });
const spare = await post('/v1/webhooks/endpoints', { url: 'https://93.184.215.31/hooks' });
const rivalEndpoint = await post('/v1/webhooks/endpoints', { url: 'https://93.184.215.32/hooks' }, rival.headers);

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
const get = (url: string, headers: Record<string, string> = owner.headers) => app.inject({ url, headers });

t.test("an endpoint's deliveries: newest first, by status, page by page", async (t) => {
  const all = await get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries`);
  t.equal(all.statusCode, 200, all.body);
  t.same(all.json().data.map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_B_DELIVERED', 'dlv_A_FAILED']);
  t.match(all.json().data[1], { endpointId: endpoint.id, eventId: second, eventType: 'showtime.created', status: 'delivered', attemptCount: 2, deliveredAt: String, lastError: null });
  const failed = await get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries?status=failed`);
  t.same(failed.json().data.map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_A_FAILED']);
  const page1 = (await get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries?limit=2`)).json();
  const page2 = (await get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries?limit=2&cursor=${page1.nextCursor}`)).json();
  t.same([...page1.data, ...page2.data].map((d: { id: string }) => d.id), ['dlv_C_FAILED', 'dlv_B_DELIVERED', 'dlv_A_FAILED']);
  t.equal(page2.nextCursor, null);
  t.equal((await get(`/v1/webhooks/endpoints/${endpoint.id}/deliveries?status=lost`)).statusCode, 400);
});

t.test("one event's deliveries: to the caller's endpoints only", async (t) => {
  const response = await get(`/v1/events/${first}/deliveries`);
  t.equal(response.statusCode, 200, response.body);
  t.same(response.json().data.map((d: { id: string }) => d.id).sort(), ['dlv_A_FAILED', 'dlv_D_SPARE']);
  t.equal((await get(`/v1/events/${first}/deliveries`, rival.headers)).statusCode, 404, "a rival never learns of another partner's event");
  t.equal((await get(`/v1/events/${first}/deliveries`, aggregator.headers)).statusCode, 404, "a draft theatre's showtime is not public");
  t.equal((await get('/v1/events/evt_NOPE/deliveries')).statusCode, 404);
});

t.test("a delivery's attempts: oldest first, with what the endpoint answered", async (t) => {
  const response = await get('/v1/webhooks/deliveries/dlv_B_DELIVERED/attempts');
  t.equal(response.statusCode, 200, response.body);
  t.match(response.json().data, [
    { id: 'att_1', attemptNumber: 1, durationMs: 15000, responseStatus: null, error: /timeout/, responseBodyExcerpt: null },
    { id: 'att_2', attemptNumber: 2, durationMs: 42, responseStatus: 200, error: null, responseBodyExcerpt: 'ok' },
  ]);
  const page = (await get('/v1/webhooks/deliveries/dlv_B_DELIVERED/attempts?limit=1')).json();
  t.equal(page.data[0].id, 'att_1');
  t.equal((await get(`/v1/webhooks/deliveries/dlv_B_DELIVERED/attempts?cursor=${page.nextCursor}`)).json().data[0].id, 'att_2');
});

t.test('redeliver: a new series due now, the attempt count kept; not while in flight', async (t) => {
  const response = await app.inject({ method: 'POST', url: '/v1/webhooks/deliveries/dlv_B_DELIVERED/redeliver', headers: owner.headers });
  t.equal(response.statusCode, 202, response.body);
  t.match(response.json(), { id: 'dlv_B_DELIVERED', status: 'pending', attemptCount: 2, nextAttemptAt: String });
  t.match(await deliveryRow('dlv_B_DELIVERED'), { status: 'pending', attempt_count: 2, enqueued_at: null, due: true });
  const busy = await app.inject({ method: 'POST', url: '/v1/webhooks/deliveries/dlv_D_SPARE/redeliver', headers: owner.headers });
  t.equal(busy.statusCode, 409);
  t.equal(busy.json().code, 'webhook_delivery_in_flight');
  t.match(await deliveryRow('dlv_D_SPARE'), { status: 'enqueued', attempt_count: 1 }, 'an enqueued delivery is left alone');
});

t.test('replay: the failed deliveries since a time, and only those', async (t) => {
  const since = new Date(Date.now() - 90 * 60_000).toISOString();
  const response = await app.inject({ method: 'POST', url: `/v1/webhooks/endpoints/${endpoint.id}/replay`, headers: owner.headers, payload: { since } });
  t.equal(response.statusCode, 202, response.body);
  t.same(response.json(), { replayed: 1 });
  t.match(await deliveryRow('dlv_C_FAILED'), { status: 'pending', attempt_count: 8, enqueued_at: null, due: true });
  t.match(await deliveryRow('dlv_A_FAILED'), { status: 'failed' }, 'older than `since`: untouched');
  const again = await app.inject({ method: 'POST', url: `/v1/webhooks/endpoints/${endpoint.id}/replay`, headers: owner.headers, payload: { since: '2000-01-01T00:00:00Z' } });
  t.same(again.json(), { replayed: 1 }, 'the rest of the failed ones');
  t.match(await deliveryRow('dlv_A_FAILED'), { status: 'pending' });
  t.equal((await app.inject({ method: 'POST', url: `/v1/webhooks/endpoints/${endpoint.id}/replay`, headers: owner.headers, payload: { since: 'yesterday' } })).statusCode, 400);
});

t.test('a disabled endpoint is neither replayed nor redelivered to', async (t) => {
  await post(`/v1/webhooks/endpoints/${spare.id}/disable`, undefined);
  const replay = await app.inject({ method: 'POST', url: `/v1/webhooks/endpoints/${spare.id}/replay`, headers: owner.headers, payload: { since: '2000-01-01T00:00:00Z' } });
  t.equal(replay.statusCode, 409);
  t.equal(replay.json().code, 'webhook_endpoint_disabled');
  const redeliver = await app.inject({ method: 'POST', url: '/v1/webhooks/deliveries/dlv_D_SPARE/redeliver', headers: owner.headers });
  t.equal(redeliver.json().code, 'webhook_endpoint_disabled');
  t.match(await deliveryRow('dlv_D_SPARE'), { status: 'failed' }, 'disabling failed its open delivery');
});

t.test('another partner reaches none of it: 404, nothing changed', async (t) => {
  const before = await db.execute(sql`select id, status, next_attempt_at from webhook_deliveries order by id`);
  for (const intruder of [rival, aggregator]) {
    for (const request of [
      { method: 'GET', url: `/v1/webhooks/endpoints/${endpoint.id}/deliveries` },
      { method: 'GET', url: '/v1/webhooks/deliveries/dlv_B_DELIVERED/attempts' },
      { method: 'POST', url: '/v1/webhooks/deliveries/dlv_A_FAILED/redeliver' },
      { method: 'POST', url: `/v1/webhooks/endpoints/${endpoint.id}/replay`, payload: { since: '2000-01-01T00:00:00Z' } },
    ] as const) {
      const response = await app.inject({ ...request, headers: intruder.headers });
      t.equal(response.statusCode, 404, `${intruder.partner.name}: ${request.method} ${request.url}`);
    }
  }
  t.same(await db.execute(sql`select id, status, next_attempt_at from webhook_deliveries order by id`), before);
  const own = await get(`/v1/webhooks/endpoints/${rivalEndpoint.id}/deliveries`, rival.headers);
  t.same(own.json(), { data: [], nextCursor: null }, "the rival's own endpoint has no deliveries of the owner's");
});
