import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Queue, type ConnectionOptions } from 'bullmq';
import { Redis } from 'ioredis';
import t from 'tap';
import { startMetricsServer } from '../../server/observability/metrics-server.ts';
import { DELIVERY_QUEUE } from '../../webhooks/pipeline.ts';
import { createSaleFixture, httpClient } from '../helpers/api-processes.ts';
import { buildTestApp } from '../helpers/app.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';
import { parseSamples, valueOf, type Sample } from './prometheus-text.ts';

/**
 * The metrics of a real app over real HTTP: counters move once per committed change (never for a
 * refusal or an idempotent replay), latency is labelled by route pattern, the scrape-time gauges
 * read the database and the queues, and the dashboard lets the admin key alone in.
 */
await requireRedis();
const prefix = `marquee-test-metrics-${randomUUID()}`;
t.teardown(() => deleteQueueKeys(prefix));
const { app, adminKey } = await buildTestApp(t, { QUEUE_PREFIX: prefix });
await app.listen({ host: '127.0.0.1', port: 0 });
const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const metricsServer = await startMetricsServer({ host: '127.0.0.1', port: 0 });
t.teardown(() => metricsServer.close());
const call = httpClient(t, 8);

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`http://127.0.0.1:${metricsServer.port}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return parseSamples(await response.text());
}

const sale = await createSaleFixture(call, baseUrl, adminKey);
const showtime = await sale.showtime(1, 6);
const asAggregator = sale.aggregatorHeaders;

t.test('sales counters move once per committed change: not for refusals, not for replays', async (t) => {
  const before = await scrape();
  const count = (samples: Sample[], name: string, labels?: Record<string, string>) => valueOf(samples, name, labels) ?? 0;

  const hold = await call(baseUrl, 'POST', '/v1/holds', { headers: asAggregator, body: { showtimeId: showtime.id, seats: ['A1', 'A2'], customerRef: 'c-1' } });
  t.equal(hold.status, 201, 'a hold of two seats');
  const taken = await call(baseUrl, 'POST', '/v1/holds', { headers: asAggregator, body: { showtimeId: showtime.id, seats: ['A2', 'A3'], customerRef: 'c-2' } });
  t.equal(taken.status, 409, 'a hold of a held seat is refused');
  const booking = { headers: { ...asAggregator, 'idempotency-key': randomUUID() }, body: { holdId: hold.body.id, payment: { method: 'partner_collected', reference: 'pay-1' } } };
  const booked = await call(baseUrl, 'POST', '/v1/bookings', booking);
  t.equal(booked.status, 201, 'booked');
  const replayed = await call(baseUrl, 'POST', '/v1/bookings', booking);
  t.equal(replayed.status, 201, 'the retry is answered');
  t.same(replayed.body, booked.body, 'with the first answer (a replay)');
  const cancelled = await call(baseUrl, 'POST', `/v1/bookings/${booked.body.id}/cancel`, { headers: asAggregator, body: {} });
  t.equal(cancelled.status, 200, 'cancelled');
  const second = await call(baseUrl, 'POST', '/v1/holds', { headers: asAggregator, body: { showtimeId: showtime.id, seats: ['A5'], customerRef: 'c-3' } });
  const released = await call(baseUrl, 'POST', `/v1/holds/${second.body.id}/release`, { headers: asAggregator, body: {} });
  t.equal(released.status, 200, 'a second hold released');

  const after = await scrape();
  const delta = (name: string, labels?: Record<string, string>) => count(after, name, labels) - count(before, name, labels);
  t.equal(delta('marquee_holds_created_total'), 2, 'two holds created; the refused one is not counted');
  t.equal(delta('marquee_holds_released_total'), 1);
  t.equal(delta('marquee_bookings_confirmed_total'), 1, 'one booking, its replay not counted again');
  t.equal(delta('marquee_seats_sold_total'), 2, 'two seats sold');
  t.equal(delta('marquee_bookings_cancelled_total', { cause: 'requested' }), 1);
  t.equal(delta('marquee_seats_cancelled_total', { cause: 'requested' }), 2);
});

t.test('request latency is labelled by route pattern, method and status, never by URL', async (t) => {
  const unknownShowtime = await call(baseUrl, 'GET', '/v1/showtimes/shw_00000000000000000000000000/seat-map');
  t.equal(unknownShowtime.status, 404);
  const nowhere = await call(baseUrl, 'GET', `/no/such/path/${randomUUID()}`);
  t.equal(nowhere.status, 404);
  const samples = await scrape();
  const count = (labels: Record<string, string>) => valueOf(samples, 'marquee_http_request_duration_seconds_count', labels);
  t.equal(count({ route: '/v1/holds', method: 'POST', status: '201' }), 2, 'both holds under the route of holds');
  t.equal(count({ route: '/v1/holds', method: 'POST', status: '409' }), 1, 'the refusal under its own status');
  t.equal(count({ route: '/v1/bookings/:bookingId/cancel', method: 'POST', status: '200' }), 1, 'the pattern, not the booking id');
  t.equal(count({ route: '/v1/showtimes/:showtimeId/seat-map', method: 'GET', status: '404' }), 1);
  t.equal(count({ route: '', method: 'GET', status: '404' }), 1, 'an unmatched URL counts under route=""');
  const routes = new Set(samples.filter((sample) => sample.name.startsWith('marquee_http_request_duration_seconds')).map((sample) => sample.labels.route));
  t.notOk([...routes].some((route) => /(bkg|hld|shw)_[0-9A-Z]/.test(route ?? '') || route?.startsWith('/no/')), 'no id or raw URL in any label', { routes: [...routes] });
  const le1ms = valueOf(samples, 'marquee_http_request_duration_seconds_bucket', { route: '/v1/holds', method: 'POST', status: '201', le: '+Inf' });
  t.equal(le1ms, 2, 'histogram buckets are exposed');
});

t.test('scrape-time gauges: queue depth and age, outbox lag, database connections and pools', async (t) => {
  // No relay runs in this app (WEBHOOKS_ENABLED=false): the events of the sales above wait.
  const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  t.teardown(() => connection.disconnect());
  const queue = new Queue(DELIVERY_QUEUE, { connection: connection as ConnectionOptions, prefix });
  t.teardown(() => queue.close());
  await queue.add('deliver', { deliveryId: 'dlv_metrics_test' });
  await new Promise((resolve) => setTimeout(resolve, 1100));

  const samples = await scrape();
  t.equal(valueOf(samples, 'marquee_queue_jobs', { queue: DELIVERY_QUEUE, state: 'waiting' }), 1, 'the job waiting in the delivery queue');
  t.equal(valueOf(samples, 'marquee_queue_jobs', { queue: 'scheduled-jobs', state: 'waiting' }), 0, 'and the scheduled jobs queue, empty');
  const age = valueOf(samples, 'marquee_queue_oldest_waiting_seconds', { queue: DELIVERY_QUEUE }) ?? -1;
  t.ok(age >= 1 && age < 60, `the oldest waiting job's age (${age} s)`);
  const lag = valueOf(samples, 'marquee_outbox_lag_seconds') ?? -1;
  t.ok(lag > 0, `events wait in the outbox with no relay running (lag ${lag} s)`);
  const apiConnections = samples.filter((sample) => sample.name === 'marquee_db_connections' && sample.labels.application === 'marquee-api');
  t.ok(apiConnections.reduce((sum, sample) => sum + sample.value, 0) >= 1, 'the API pool\'s connections, as PostgreSQL sees them');
  t.equal(valueOf(samples, 'marquee_db_pool_max', { pool: 'api' }), 5);
  t.equal(valueOf(samples, 'marquee_db_pool_max', { pool: 'seat-map' }), 2);
  t.ok(valueOf(samples, 'process_cpu_user_seconds_total') !== undefined, "and Node's own process metrics");

  const other = await fetch(`http://127.0.0.1:${metricsServer.port}/elsewhere`);
  t.equal(other.status, 404, 'the metrics listener serves /metrics only');
  t.equal((await call(baseUrl, 'GET', '/metrics')).status, 404, 'and the API port does not serve metrics');
});

t.test('the queue dashboard: the admin key only, and absent from the OpenAPI document', async (t) => {
  const anonymous = await fetch(`${baseUrl}/admin/queues`);
  t.equal(anonymous.status, 401);
  t.match(anonymous.headers.get('content-type'), /application\/problem\+json/);
  t.match(await anonymous.json(), { code: 'invalid_api_key', status: 401 });
  const partner = await onboardPartner(app, adminKey, { name: 'Curious Cinemas' });
  const asPartner = await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: partner.headers });
  t.equal(asPartner.status, 403, 'a partner key is refused');
  t.match(await asPartner.json(), { code: 'insufficient_scope' });

  const admin = { authorization: `Bearer ${adminKey}` };
  const page = await fetch(`${baseUrl}/admin/queues`, { headers: admin });
  t.equal(page.status, 200, 'the admin sees the dashboard');
  t.match(page.headers.get('content-type'), /text\/html/);
  const queues = await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: admin });
  t.equal(queues.status, 200);
  const names = ((await queues.json()) as { queues: { name: string; readOnlyMode: boolean }[] }).queues.map((queue) => queue.name).sort();
  t.same(names, [DELIVERY_QUEUE, 'scheduled-jobs'].sort(), "Marquee's queues");

  const document = (await (await fetch(`${baseUrl}/openapi.json`)).json()) as { paths: Record<string, unknown> };
  t.notOk(Object.keys(document.paths).some((path) => path.startsWith('/admin/queues')), 'no dashboard path in the contract');
});
