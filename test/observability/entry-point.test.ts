import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { createSaleFixture, httpClient } from '../helpers/api-processes.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { freePort } from '../helpers/free-port.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { parseSamples, valueOf } from './prometheus-text.ts';

/**
 * The real entry point (`server/main.ts`) with everything an operator switches on: tracing to a
 * local OTLP/HTTP collector, metrics on METRICS_PORT, logs at `trace`, the webhook pipeline in
 * process. A whole flow runs through it (admin onboarding, a theatre, a showtime, a webhook
 * endpoint and its secret rotated, a hold, a booking, a cancellation, a customer's hold); then its
 * spans, its metrics and every line it logged are examined.
 */
await requireRedis();
const repository = fileURLToPath(new URL('../..', import.meta.url));

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}
const SERVER = 2;
const CLIENT = 3;
const PRODUCER = 4;
const CONSUMER = 5;

// A collector of our own: OTLP/HTTP with JSON bodies, as the exporter sends them.
const spans: OtlpSpan[] = [];
const collector = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { resourceSpans?: { scopeSpans?: { spans?: OtlpSpan[] }[] }[] };
    for (const resource of body.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
});
collector.listen(0, '127.0.0.1');
await once(collector, 'listening');
t.teardown(() => collector.close());

const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const provider = await startOidcProvider(t);
const database = await createTestDatabase(t);
const prefix = `marquee-test-observe-${randomUUID()}`;
t.teardown(() => deleteQueueKeys(prefix));

const adminKey = `mq_admin_test_${randomBytes(24).toString('base64url')}`;
const sealingKey = randomBytes(32).toString('base64');
const [port, metricsPort] = [await freePort(), await freePort()];
const environment: Record<string, string | undefined> = { ...process.env };
for (const name of ['DATABASE_URL', 'ADMIN_API_KEY', 'WEBHOOK_SECRETS_KEY', 'LOAD_DEMO_DATA']) delete environment[name];
Object.assign(environment, {
  DATABASE_URL: database.url,
  HOST: '127.0.0.1',
  PORT: String(port),
  ADMIN_API_KEY: adminKey,
  WEBHOOK_SECRETS_KEY: sealingKey,
  REDIS_URL: TEST_REDIS_URL,
  QUEUE_PREFIX: prefix,
  JOBS_ENABLED: 'false',
  WEBHOOKS_ENABLED: 'true',
  WEBHOOK_ALLOW_HTTP: 'true',
  WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  OIDC_ISSUER: provider.issuer,
  OIDC_AUDIENCE: provider.audience,
  LOG_LEVEL: 'trace',
  METRICS_PORT: String(metricsPort),
  OTEL_TRACING_ENABLED: 'true',
  OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
  // The SDK's own setting: export every 200 ms rather than every 5 s.
  OTEL_BSP_SCHEDULE_DELAY: '200',
});
const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: repository, env: environment });
let output = '';
child.stdout.on('data', (chunk) => (output += chunk));
child.stderr.on('data', (chunk) => (output += chunk));
t.teardown(() => child.kill('SIGKILL'));
const baseUrl = `http://127.0.0.1:${port}`;
await waitUntil('the API to be ready', async () => {
  if (child.exitCode !== null) throw new Error(`the API exited early:\n${output}`);
  return fetch(`${baseUrl}/readyz`).then((response) => response.status, () => 0);
}, (status) => status === 200, { timeoutMs: 90_000, intervalMs: 250 });

/** The flow's own steps must succeed; the assertions that matter come after it, in the subtests. */
function expectStatus(response: { status: number; body: unknown }, status: number, what: string) {
  if (response.status !== status) throw new Error(`${what}: answered ${response.status}, not ${status}: ${JSON.stringify(response.body)}`);
}

// The flow. Every secret it makes or uses is kept, to look for in the logs afterwards.
const secrets: Record<string, string> = { adminKey, sealingKey, sealingKeyHex: Buffer.from(sealingKey, 'base64').toString('hex') };
const call = httpClient(t, 8);
const sale = await createSaleFixture(call, baseUrl, adminKey);
secrets.aggregatorKey = sale.aggregatorHeaders.authorization!.slice('Bearer '.length);
secrets.theatreKey = sale.ownerHeaders.authorization!.slice('Bearer '.length);
const showtime = await sale.showtime(1, 4);
const endpoint = await call(baseUrl, 'POST', '/v1/webhooks/endpoints', { headers: sale.ownerHeaders, body: { url: receiver.endpoint('/pos'), eventTypes: ['booking.confirmed', 'booking.cancelled'] } });
expectStatus(endpoint, 201, 'a webhook endpoint registered');
secrets.webhookSecret = endpoint.body.secret;
const rotated = await call(baseUrl, 'POST', `/v1/webhooks/endpoints/${endpoint.body.id}/rotate-secret`, { headers: sale.ownerHeaders, body: {} });
expectStatus(rotated, 200, 'and its secret rotated');
secrets.rotatedWebhookSecret = rotated.body.secret;
const hold = await call(baseUrl, 'POST', '/v1/holds', { headers: { ...sale.aggregatorHeaders, 'idempotency-key': randomUUID() }, body: { showtimeId: showtime.id, seats: ['A1', 'A2'], customerRef: 'cust-1' } });
expectStatus(hold, 201, 'seats held');
const booking = await call(baseUrl, 'POST', '/v1/bookings', { headers: sale.aggregatorHeaders, body: { holdId: hold.body.id, payment: { method: 'partner_collected', reference: 'psp-1' } } });
expectStatus(booking, 201, 'booked');
const cancelled = await call(baseUrl, 'POST', `/v1/bookings/${booking.body.id}/cancel`, { headers: sale.aggregatorHeaders, body: { reason: 'changed plans' } });
expectStatus(cancelled, 200, 'cancelled');
secrets.customerToken = await provider.tokenFor('alice@example.test');
const customerHold = await call(baseUrl, 'POST', '/v1/holds', { headers: { authorization: `Bearer ${secrets.customerToken}` }, body: { showtimeId: showtime.id, seats: ['A3'] } });
expectStatus(customerHold, 201, 'a signed-in customer holds a seat');
const refused = await call(baseUrl, 'GET', '/v1/partner', { headers: { authorization: `Bearer mq_test_${randomBytes(32).toString('base64url')}` } });
expectStatus(refused, 401, 'an unknown key is refused');
await receiver.waitFor('/pos', (requests) => requests.length >= 2, 30_000);

t.test('traces: an HTTP request with its PostgreSQL statements, a delivery job with its producer and its statements', async (t) => {
  const attribute = (span: OtlpSpan, key: string) => span.attributes?.find((entry) => entry.key === key)?.value.stringValue;
  const bookingSpan = await waitUntil('the server span of POST /v1/bookings', () =>
    spans.find((span) => span.kind === SERVER && (attribute(span, 'url.path') ?? attribute(span, 'http.target')) === '/v1/bookings'), Boolean);
  const inBookingTrace = () => spans.filter((span) => span.traceId === bookingSpan!.traceId);
  const statements = await waitUntil('the booking\'s PostgreSQL statements', () => inBookingTrace().filter((span) => span.kind === CLIENT && span.name.startsWith('pg ')), (found) => found.length >= 2);
  t.ok(statements.length >= 2, `the booking's statements are spans of its trace (${statements.map((span) => span.name).join(', ')})`);
  t.ok(statements.every((span) => attribute(span, 'db.system.name') === 'postgresql'));
  t.ok(inBookingTrace().some((span) => span.name.includes('handler') || attribute(span, 'http.route') === '/v1/bookings'), 'with Fastify\'s route spans');

  const consumer = await waitUntil('a delivery job\'s consumer span', () =>
    spans.find((span) => span.kind === CONSUMER && span.name.includes('webhook-deliveries') && spans.some((other) => other.traceId === span.traceId && other.kind === PRODUCER)), Boolean);
  t.ok(consumer, 'a delivery job is processed in the trace of the add that queued it');
  const jobStatements = await waitUntil('the delivery\'s statements', () =>
    spans.filter((span) => span.traceId === consumer!.traceId && span.name.startsWith('pg ')), (found) => found.length >= 1);
  t.ok(jobStatements.length >= 1, 'and its PostgreSQL statements are spans of that trace');
  t.notOk(spans.some((span) => (attribute(span, 'db.query.text') ?? '').includes(secrets.theatreKey!.slice(-20))), 'no statement span carries a value');
});

t.test('metrics on METRICS_PORT, not on the API port', async (t) => {
  const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
  t.equal(response.status, 200);
  const samples = parseSamples(await response.text());
  t.ok((valueOf(samples, 'marquee_webhook_deliveries_total', { outcome: 'delivered' }) ?? 0) >= 2, 'webhook deliveries by outcome');
  t.equal(valueOf(samples, 'marquee_bookings_confirmed_total'), 1);
  t.equal(valueOf(samples, 'marquee_http_request_duration_seconds_count', { route: '/v1/bookings', method: 'POST', status: '201' }), 1);
  t.equal(valueOf(samples, 'marquee_db_pool_max', { pool: 'webhooks' }), 5, 'the in-process pipeline\'s pool too');
  t.equal((await fetch(`${baseUrl}/metrics`)).status, 404);
});

t.test('logs: no secret anywhere, and the caller on every line of an authenticated request', async (t) => {
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  t.equal(code, 0, 'the process stops cleanly, its log flushed');
  for (const [name, secret] of Object.entries(secrets)) {
    if (!secret) continue;
    t.notOk(output.includes(secret), `${name} is not in the log`);
    // The random part alone, in case something printed it without its prefix.
    const tail = secret.slice(-24);
    t.notOk(output.includes(tail), `nor the end of ${name}`);
  }

  const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  const requestLines = lines.filter((line) => typeof line.reqId === 'string');
  const accessLines = requestLines.filter((line) => line.msg === 'request');
  t.ok(accessLines.length >= 15, `the flow's requests were logged (${accessLines.length} access lines at trace level)`);
  const authenticated = new Set(accessLines.filter((line) => String(line.route).match(/^\/v1\/(admin|partner|holds|bookings|webhooks)/) && Number(line.status) < 400).map((line) => line.reqId));
  t.ok(authenticated.size >= 12, `authenticated requests (${authenticated.size})`);
  const linesOf = requestLines.filter((line) => authenticated.has(line.reqId));
  const missing = linesOf.filter((line) => typeof line.principal !== 'string' || (line.principal === 'partner' && typeof line.partnerId !== 'string'));
  t.same(missing, [], 'each of their lines names the principal, and a partner\'s its partner id');
  const kinds = new Set(linesOf.map((line) => line.principal));
  t.same([...kinds].sort(), ['admin', 'customer', 'partner'], 'admin, partner and customer callers all appear');
  const partnerLines = linesOf.filter((line) => line.principal === 'partner');
  t.ok(partnerLines.every((line) => /^ptn_/.test(String(line.partnerId)) && /^key_/.test(String(line.apiKeyId))), 'partner lines carry the partner and key ids');
  t.ok(linesOf.filter((line) => line.principal === 'customer').every((line) => /^cus_/.test(String(line.customerId))), 'customer lines carry the customer id');
  const unknownKeyLine = accessLines.find((line) => line.route === '/v1/partner' && line.status === 401);
  t.ok(unknownKeyLine && unknownKeyLine.principal === undefined, 'a refused credential names nobody');
});
