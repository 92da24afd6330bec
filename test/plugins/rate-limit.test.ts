import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Redis } from 'ioredis';
import { register } from 'prom-client';
import t from 'tap';
import { callerOf, rateLimitGroupOf } from '../../server/plugins/rate-limit-policy.ts';
import { buildTestApp } from '../helpers/app.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

await requireRedis();
const counters = new Redis(TEST_REDIS_URL);
t.teardown(() => counters.disconnect());
// The counters live under the queue prefix: this file's own, so no other test spends its budgets.
const prefix = `test-rate-limit-${randomBytes(4).toString('hex')}`;
t.teardown(() => deleteQueueKeys(prefix));
const { app, adminKey } = await buildTestApp(t, {
  QUEUE_PREFIX: prefix,
  RATE_LIMIT_PUBLIC_MAX: '3',
  RATE_LIMIT_PUBLIC_WINDOW_SECONDS: '30',
  RATE_LIMIT_BOOKING_MAX: '2',
  RATE_LIMIT_PARTNER_MAX: '4',
  // The admin onboards the partners below: its budget is left generous, and shown, not spent.
  RATE_LIMIT_ADMIN_MAX: '1000',
});

/** The value of a counter (or of one of its labelled series) on the global registry. */
async function counterValue(name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = register.getSingleMetric(name);
  if (!metric) return 0;
  const { values } = await metric.get();
  const series = values.find((value) => Object.entries(labels).every(([label, wanted]) => value.labels[label] === wanted));
  return series?.value ?? 0;
}

/** A public read from a client address of the test's choosing: light-my-request sets the socket's address. */
const fromAddress = (remoteAddress: string, headers: Record<string, string> = {}) =>
  // Raw on purpose: the typed client cannot choose the connection's remote address.
  app.inject({ method: 'GET', url: '/v1/cities', remoteAddress, headers });

t.test('anonymous public reads spend their client address\'s budget, then get a 429 problem with Retry-After', async (t) => {
  const refusedBefore = await counterValue('marquee_rate_limited_requests_total', { group: 'public' });
  for (let n = 1; n <= 3; n++) {
    const response = await fromAddress('203.0.113.7');
    t.equal(response.statusCode, 200, `read ${n} is within the budget`);
    t.equal(response.headers['ratelimit-policy'], '3;w=30', 'the policy: 3 requests per 30 s');
    t.match(response.headers['ratelimit'], new RegExp(`^limit=3, remaining=${3 - n}, reset=([1-9]|[12][0-9]|30)$`), `read ${n}: what is left of it`);
  }
  const refused = await fromAddress('203.0.113.7');
  t.equal(refused.statusCode, 429);
  t.match(refused.headers['content-type'], /^application\/problem\+json/);
  const problem = refused.json();
  t.match(problem, { type: 'urn:marquee:problem:rate_limited', title: 'Too many requests', status: 429, code: 'rate_limited', requestId: refused.headers['request-id'] });
  t.match(problem.detail, /public budget of 3 requests per 30 s/);
  const retryAfter = Number(refused.headers['retry-after']);
  t.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 30, `Retry-After is whole seconds within the window (${refused.headers['retry-after']})`);
  t.match(refused.headers['ratelimit'], /^limit=3, remaining=0, reset=\d+$/);
  t.equal(refused.headers['ratelimit-policy'], '3;w=30');
  t.equal(await counterValue('marquee_rate_limited_requests_total', { group: 'public' }), refusedBefore + 1, 'the refusal is counted for its group');

  t.equal((await fromAddress('203.0.113.8')).statusCode, 200, 'another address has a budget of its own');
  const spoofed = await fromAddress('203.0.113.7', { 'x-forwarded-for': '198.51.100.1' });
  t.equal(spoofed.statusCode, 429, 'X-Forwarded-For from an untrusted client changes nothing (TRUST_PROXY is unset)');
});

t.test('a second process spends the same public budget: reads are counted in Redis in batches', async (t) => {
  // Another API process of the deployment: same Redis, same prefix, same budgets.
  const other = await buildTestApp(t, { QUEUE_PREFIX: prefix, RATE_LIMIT_PUBLIC_MAX: '3', RATE_LIMIT_PUBLIC_WINDOW_SECONDS: '30' });
  const readThere = () => other.app.inject({ method: 'GET', url: '/v1/cities', remoteAddress: '203.0.113.9' });
  const sharedCount = async () => Number((await counters.get(`${prefix}:rate-limit:public:ip:203.0.113.9`)) ?? 0);
  t.equal((await readThere()).statusCode, 200);
  t.equal((await readThere()).statusCode, 200);
  // The deployment's shared count, which the other process sends every 50 ms.
  await waitUntil('the other process\'s reads to reach Redis', sharedCount, (count) => count === 2, { timeoutMs: 5000 });
  const first = await fromAddress('203.0.113.9');
  t.equal(first.statusCode, 200, 'counted here first: this process has not heard of the other\'s reads yet');
  await waitUntil('this read to reach Redis', sharedCount, (count) => count === 3, { timeoutMs: 5000 });
  const second = await fromAddress('203.0.113.9');
  t.equal(second.statusCode, 429, 'the second read here is over the budget both processes spent (alone it would be the second of three)');
  t.match(second.headers['ratelimit'], /^limit=3, remaining=0, reset=\d+$/);
});

t.test('partner keys spend one budget per key and route group', async (t) => {
  const first = await onboardPartner(app, adminKey, { name: 'First Seller', kind: 'aggregator' });
  const second = await onboardPartner(app, adminKey, { name: 'Second Seller', kind: 'aggregator' });
  const bookingsOf = (headers: Record<string, string>) => answer(typedClient(app, headers).GET('/v1/bookings'));

  const spent = [await bookingsOf(first.headers), await bookingsOf(first.headers)];
  t.same(spent.map((response) => response.statusCode), [200, 200]);
  t.same(spent.map((response) => response.headers['ratelimit-policy']), ['2;w=60', '2;w=60'], 'booking routes show the booking budget');
  t.match(spent[1]!.headers['ratelimit'], /^limit=2, remaining=0, reset=\d+$/);
  const refused = await bookingsOf(first.headers);
  t.equal(refused.statusCode, 429, 'the key\'s booking budget is spent');
  t.equal(refused.json().code, 'rate_limited');

  t.equal((await bookingsOf(second.headers)).statusCode, 200, 'another key of another partner is not affected');
  const partnerRoute = await answer(typedClient(app, first.headers).GET('/v1/partner'));
  t.equal(partnerRoute.statusCode, 200, 'the same key still has its partner budget');
  t.equal(partnerRoute.headers['ratelimit-policy'], '4;w=60');
  t.match(partnerRoute.headers['ratelimit'], /^limit=4, remaining=3, reset=\d+$/);
});

t.test('the admin has a budget of its own; probes, the contract and the docs are not limited', async (t) => {
  const admin = await answer(typedClient(app, { authorization: `Bearer ${adminKey}` }).GET('/v1/admin/partners'));
  t.equal(admin.statusCode, 200);
  t.equal(admin.headers['ratelimit-policy'], '1000;w=60');
  t.match(admin.headers['ratelimit'], /^limit=1000, remaining=\d+, reset=\d+$/);
  for (const url of ['/healthz', '/readyz', '/openapi.json', '/docs/']) {
    // Raw on purpose: outside the contract's /v1 operations.
    const response = await app.inject({ method: 'GET', url });
    t.equal(response.statusCode, 200, url);
    t.notOk(response.headers['ratelimit-policy'], `${url} has no budget`);
  }
});

t.test('a failed authentication spends nothing and says nothing about budgets', async (t) => {
  const refused = await answer(typedClient(app, { authorization: 'Bearer mq_test_unknown' }).GET('/v1/bookings'));
  t.equal(refused.statusCode, 401);
  t.notOk(refused.headers['ratelimit'], 'no count was taken for a caller that is not known');
});

t.test('each route falls in its group and each caller spends its own budget', async (t) => {
  const partner = { principals: ['partner'] as const };
  const seller = { principals: ['partner', 'customer'] as const };
  t.equal(rateLimitGroupOf({ url: '/v1/showtimes/:showtimeId/seat-map' }), 'public');
  t.equal(rateLimitGroupOf({ url: '/v1/showtimes/:showtimeId/quote' }), 'public');
  t.equal(rateLimitGroupOf({ url: '/v1/holds', config: { access: seller } }), 'booking');
  t.equal(rateLimitGroupOf({ url: '/v1/bookings/:bookingId/cancel', config: { access: seller } }), 'booking');
  t.equal(rateLimitGroupOf({ url: '/v1/bookings/bulk-cancel', config: { access: partner } }), 'booking');
  t.equal(rateLimitGroupOf({ url: '/v1/partner/theatres/:theatreId/schedule', config: { access: partner } }), 'partner');
  t.equal(rateLimitGroupOf({ url: '/v1/partner/bookings', config: { access: partner } }), 'partner', 'a partner reading its theatres\' bookings is partner sync');
  t.equal(rateLimitGroupOf({ url: '/v1/events', config: { access: partner } }), 'partner');
  t.equal(rateLimitGroupOf({ url: '/v1/admin/partners', config: { access: { principals: ['admin'] } } }), 'admin');
  t.equal(rateLimitGroupOf({ url: '/healthz' }), undefined);

  const request = (principal: FastifyRequest['principal'], ip = '127.0.0.1') => ({ principal, ip }) as FastifyRequest;
  t.equal(callerOf(request({ kind: 'partner', partnerId: 'ptn_1', partnerKind: 'aggregator', keyId: 'key_1', scopes: [] })), 'key:key_1', 'per API key, not per partner');
  t.equal(callerOf(request({ kind: 'customer', issuer: 'https://id.example', subject: 's', customerId: 'cus_1' })), 'customer:cus_1');
  t.equal(callerOf(request({ kind: 'admin' })), 'admin');
  t.equal(callerOf(request(undefined, '203.0.113.7')), 'ip:203.0.113.7');
  t.equal(callerOf(request(undefined, '2001:db8:1:2:3:4:5:6')), callerOf(request(undefined, '2001:db8:1:2:ffff::1')), 'an IPv6 client is counted by its /64');
});
