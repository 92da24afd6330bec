import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import t from 'tap';
import { Webhook } from 'standardwebhooks';
import { auditLog as auditRecords, idempotencyRecords } from '../../../server/db/schema/platform.ts';
import { events, webhookEndpoints } from '../../../server/db/schema/events.ts';
import { openSecret } from '../../../webhooks/secrets.ts';
import { secretsKeyRing } from '../../../webhooks/secrets-key-ring.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api, type Schema } from '../../helpers/typed-client.ts';

// Tests run with the production defaults (https only, public targets only) so every refusal is
// the real one; receivers are public IP literals, which need no DNS and are never contacted.
const secretsKey = randomBytes(32);
const ring = secretsKeyRing([secretsKey]);
const { app, adminKey, db } = await buildTestApp(t, { WEBHOOK_SECRETS_KEY: secretsKey.toString('base64') });
const theatre = await onboardPartner(app, adminKey, { name: 'Hook Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'Hook Tickets', kind: 'aggregator' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });

const PUBLIC_URL = 'https://93.184.215.14/marquee/hooks';
const asTheatre = typedClient(app, theatre.headers);

function register(body: Schema<'WebhookEndpointIn'>, headers: Record<string, string> = theatre.headers) {
  return answer(typedClient(app, headers).POST('/v1/webhooks/endpoints', { body }));
}
async function registered(payload: Schema<'WebhookEndpointIn'> = { url: PUBLIC_URL }, headers: Record<string, string> = theatre.headers) {
  const response = await register(payload, headers);
  if (response.statusCode !== 201) throw new Error(`register answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const endpointPath = (endpointId: string) => ({ params: { path: { endpointId } } });
const readEndpoint = (endpointId: string, client: Api = asTheatre) => answer(client.GET('/v1/webhooks/endpoints/{endpointId}', endpointPath(endpointId)));
const listEndpoints = (query: { limit?: number; cursor?: string } = {}, client: Api = asTheatre) =>
  answer(client.GET('/v1/webhooks/endpoints', { params: { query } }));
// Reads of the stored row: what the database holds (sealed secrets, untouched columns) is what these assertions are about.
const storedEndpoint = (id: string) => db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id)).then((rows) => rows[0]!);

t.test('register: 201 with the secret once; stored sealed; readable, listable, without the secret', async (t) => {
  const response = await register({ url: PUBLIC_URL, eventTypes: ['booking.confirmed', 'booking.cancelled'], description: 'POS Bandra' });
  t.equal(response.statusCode, 201, 'registered');
  const created = response.json();
  t.match(created, {
    id: /^whe_/, url: PUBLIC_URL, description: 'POS Bandra', eventTypes: ['booking.confirmed', 'booking.cancelled'],
    status: 'enabled', disabledReason: null, failingSince: null, previousSecretExpiresAt: null, version: 1, secret: /^whsec_/,
  });
  t.equal(response.headers.location, `/v1/webhooks/endpoints/${created.id}`);
  t.equal(response.headers.etag, `"${created.id}.1"`);
  t.doesNotThrow(() => new Webhook(created.secret), 'the secret is what Standard Webhooks libraries take');

  const row = await storedEndpoint(created.id);
  t.notMatch(row.secretCiphertext, created.secret.slice(6), 'the database holds no plaintext');
  t.equal(openSecret(row.secretCiphertext, ring), created.secret, 'the ciphertext opens to the secret under the configured key');
  t.equal(row.partnerId, theatre.partner.id);

  const read = await readEndpoint(created.id);
  t.equal(read.statusCode, 200);
  t.notOk('secret' in read.json(), 'reads never show the secret');
  t.same(read.json(), (({ secret, ...rest }) => rest)(created));
  t.equal(read.headers.etag, `"${created.id}.1"`);

  const all = await registered({ url: 'https://93.184.215.15/all' });
  t.same(all.eventTypes, [], 'omitted event types mean all');
  const page = await listEndpoints({ limit: 1 });
  t.same(page.json().data.map((e: { id: string }) => e.id), [all.id], 'newest first');
  t.notOk('secret' in page.json().data[0]);
  const next = await listEndpoints({ limit: 1, cursor: page.json().nextCursor });
  t.equal(next.json().data[0].id, created.id);

  const audit = await db.select().from(auditRecords).where(eq(auditRecords.action, 'webhook_endpoint.created'));
  t.ok(audit.some((record) => record.targetIds.includes(created.id)), 'audited');
  t.notMatch(JSON.stringify(audit), /whsec_/, 'the audit never holds a secret');
  t.notMatch(JSON.stringify(audit), /marquee\/hooks/, 'nor the URL path, where receivers sometimes put tokens');
});

t.test('an idempotent replay of a registration answers secret: null and registers nothing more', async (t) => {
  const headers = { ...aggregator.headers, 'idempotency-key': 'register-once' };
  const first = await register({ url: 'https://93.184.215.16/agg' }, headers);
  const second = await register({ url: 'https://93.184.215.16/agg' }, headers);
  t.equal(first.statusCode, 201);
  t.match(first.json().secret, /^whsec_/);
  t.equal(second.statusCode, 201);
  t.equal(second.headers['idempotent-replayed'], 'true');
  t.same(second.json(), { ...first.json(), secret: null });
  const [stored] = await db.select({ body: idempotencyRecords.responseBody }).from(idempotencyRecords).where(eq(idempotencyRecords.key, 'register-once'));
  t.match(stored?.body, /"secret":null/);
  t.notMatch(stored?.body, /whsec_/, 'the stored replay holds no secret');
  const rows = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.partnerId, aggregator.partner.id));
  t.equal(rows.length, 1);
});

t.test('bad input is a 400 naming the field', async (t) => {
  // The first, second and fourth bodies are outside the contract's types on purpose; the others fit
  // the types and break only its formats and limits.
  const table: [Schema<'WebhookEndpointIn'>, string][] = [
    [invalid({}), '/body/url'],
    [invalid({ url: PUBLIC_URL, extra: 1 }), '/body/extra'],
    [{ url: 'not a url' }, '/body/url'],
    [{ url: PUBLIC_URL, eventTypes: invalid(['booking.exploded']) }, '/body/eventTypes/0'],
    [{ url: PUBLIC_URL, eventTypes: ['booking.confirmed', 'booking.confirmed'] }, '/body/eventTypes'],
    [{ url: PUBLIC_URL, description: 'line\nbreak' }, '/body/description'],
    [{ url: `https://93.184.215.14/${'x'.repeat(2048)}` }, '/body/url'],
  ];
  for (const [payload, path] of table) {
    const response = await register(payload);
    t.equal(response.statusCode, 400, JSON.stringify(payload).slice(0, 80));
    t.ok(response.json().errors.some((e: { path: string }) => e.path === path), `${path} is named`);
  }
});

/** One IP literal per forbidden range. */
const forbiddenTargets = [
  '0.0.0.0', '10.0.0.1', '100.64.0.1', '127.0.0.1', '169.254.169.254', '169.254.10.10', '172.16.5.4', '192.168.1.1',
  '198.18.0.1', '224.0.0.1', '240.0.0.1', '255.255.255.255', '[::]', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:10.0.0.1]',
  '[fc00::1]', '[fd00:ec2::254]', '[fe80::1]', '[ff02::1]', '[64:ff9b::a9fe:a9fe]', '[2001:db8::1]', 'localhost',
];

t.test('registration refuses every forbidden range with 422 unsafe_webhook_target, saying only which rule', async (t) => {
  for (const host of forbiddenTargets) {
    const response = await register({ url: `https://${host}:8443/hooks` });
    t.equal(response.statusCode, 422, host);
    t.match(response.json(), { code: 'unsafe_webhook_target', errors: [{ path: '/body/url', code: 'private_address' }] }, host);
    if (host !== 'localhost') t.notMatch(response.body, host.replace(/[[\]]/g, ''), `${host}: the answer does not echo the address`);
  }
  for (const [url, reason] of [
    ['http://93.184.215.14/hooks', 'scheme_not_allowed'],
    ['ftp://93.184.215.14/hooks', 'scheme_not_allowed'],
    ['https://user:secret@93.184.215.14/hooks', 'credentials_not_allowed'],
    ['https://no-such-host.invalid/hooks', 'unresolvable'],
  ] as const) {
    const response = await register({ url });
    t.equal(response.statusCode, 422, url);
    t.equal(response.json().errors[0].code, reason, url);
    t.notMatch(response.body, /secret@/, 'credentials are never echoed');
  }
  const count = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.partnerId, theatre.partner.id));
  t.equal(count.length, 2, 'nothing refused was stored');
});

t.test('the relax flags let local receivers in, each only for its own rule', async (t) => {
  const relaxed = await buildTestApp(t, { WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  const local = await onboardPartner(relaxed.app, relaxed.adminKey, { name: 'Local Dev' });
  const asLocal = typedClient(relaxed.app, local.headers);
  for (const host of forbiddenTargets.filter((h) => !['0.0.0.0', '224.0.0.1', '[ff02::1]', '[::]'].includes(h)).concat(['localhost'])) {
    const response = await answer(asLocal.POST('/v1/webhooks/endpoints', { body: { url: `http://${host}:9000/hooks` } }));
    t.equal(response.statusCode, 201, `${host} with both flags: ${response.body.slice(0, 100)}`);
  }
  const httpOnly = await buildTestApp(t, { WEBHOOK_ALLOW_HTTP: 'true' });
  const partner = await onboardPartner(httpOnly.app, httpOnly.adminKey, { name: 'Http Only' });
  const asHttpOnly = typedClient(httpOnly.app, partner.headers);
  const registerThere = (url: string) => answer(asHttpOnly.POST('/v1/webhooks/endpoints', { body: { url } }));
  t.equal((await registerThere('http://93.184.215.14/hooks')).statusCode, 201, 'http to a public address');
  t.equal((await registerThere('http://127.0.0.1:9000/hooks')).json().errors[0].code, 'private_address', 'allowing http keeps private targets out');
  const privateOnly = await buildTestApp(t, { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  const other = await onboardPartner(privateOnly.app, privateOnly.adminKey, { name: 'Private Only' });
  const asOther = typedClient(privateOnly.app, other.headers);
  const refused = await answer(asOther.POST('/v1/webhooks/endpoints', { body: { url: 'http://127.0.0.1:9000/hooks' } }));
  t.equal(refused.json().errors[0].code, 'scheme_not_allowed', 'allowing private targets keeps http out');
  t.equal((await answer(asOther.POST('/v1/webhooks/endpoints', { body: { url: 'https://127.0.0.1:9443/hooks' } }))).statusCode, 201);
});

t.test('update: fields, If-Match, URL checked again, nothing-changed is no new version', async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.20/a', description: 'before' });
  const patch = (body: Schema<'WebhookEndpointPatch'>, headers: Record<string, string> = {}) =>
    answer(asTheatre.PATCH('/v1/webhooks/endpoints/{endpointId}', { ...endpointPath(endpoint.id), headers, body }));
  const changed = await patch({ url: 'https://93.184.215.21/b', eventTypes: ['showtime.created'], description: null }, { 'if-match': `"${endpoint.id}.1"` });
  t.equal(changed.statusCode, 200, changed.body);
  t.match(changed.json(), { url: 'https://93.184.215.21/b', eventTypes: ['showtime.created'], description: null, version: 2 });
  t.equal(changed.headers.etag, `"${endpoint.id}.2"`);
  const stale = await patch({ description: 'late' }, { 'if-match': `"${endpoint.id}.1"` });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'precondition_failed');
  const unsafe = await patch({ url: 'https://169.254.169.254/latest/meta-data' });
  t.equal(unsafe.statusCode, 422);
  t.equal(unsafe.json().errors[0].code, 'private_address');
  t.equal((await storedEndpoint(endpoint.id)).url, 'https://93.184.215.21/b', 'a refused URL changes nothing');
  const same = await patch({ eventTypes: ['showtime.created'] });
  t.equal(same.json().version, 2, 'equal fields make no new version');
  t.equal((await patch({})).statusCode, 400, 'an empty patch is refused');
  const secretBefore = (await storedEndpoint(endpoint.id)).secretCiphertext;
  await patch({ description: 'after' });
  t.equal((await storedEndpoint(endpoint.id)).secretCiphertext, secretBefore, 'an update never touches the secret');
});

t.test('rotate: a new secret once; the old one kept 24 hours for the second signature', async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.22/rotate' });
  const rotate = () => answer(asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/rotate-secret', endpointPath(endpoint.id)));
  const response = await rotate();
  t.equal(response.statusCode, 200, 'rotated');
  const rotated = response.json();
  t.match(rotated.secret, /^whsec_/);
  t.not(rotated.secret, endpoint.secret);
  t.equal(rotated.version, 2);
  const expiresIn = Date.parse(rotated.previousSecretExpiresAt) - Date.now();
  t.ok(expiresIn > 23.9 * 3600_000 && expiresIn <= 24 * 3600_000, `the previous secret expires in 24 h (${expiresIn} ms)`);
  const row = await storedEndpoint(endpoint.id);
  t.equal(openSecret(row.secretCiphertext, ring), rotated.secret, 'the new secret signs');
  t.equal(openSecret(row.previousSecretCiphertext!, ring), endpoint.secret, 'the old one is kept, sealed');
  const read = await readEndpoint(endpoint.id);
  t.notOk('secret' in read.json());
  t.equal(read.json().previousSecretExpiresAt, rotated.previousSecretExpiresAt);

  const again = (await rotate()).json();
  const twice = await storedEndpoint(endpoint.id);
  t.equal(openSecret(twice.previousSecretCiphertext!, ring), rotated.secret, 'a second rotation keeps only the one it replaced');
  t.equal(openSecret(twice.secretCiphertext, ring), again.secret);
  const audit = await db.select().from(auditRecords).where(eq(auditRecords.action, 'webhook_endpoint.secret_rotated'));
  t.equal(audit.length, 2);
  t.notMatch(JSON.stringify(audit), /whsec_|v1\./, 'no secret, plain or sealed, in the audit');
});

t.test('disable and enable: state, reason, failingSince cleared, open deliveries failed', async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.23/toggle' });
  // What an hour of failed deliveries leaves (the pipeline is off here): a failing endpoint with a waiting delivery.
  // The event is the endpoint's test event, made through the API; failing_since and the delivery are written as
  // rows, because only the relay and failed attempts over time make them and neither runs here.
  const event = (await answer(asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/test', endpointPath(endpoint.id)))).json();
  await db.update(webhookEndpoints).set({ failingSince: new Date(Date.now() - 3600_000) }).where(eq(webhookEndpoints.id, endpoint.id));
  await db.execute(sql`insert into webhook_deliveries (id, endpoint_id, event_id, status, next_attempt_at)
    values ('dlv_TOGGLE', ${endpoint.id}, ${event.id}, 'pending', now() + interval '1 hour')`);
  const actions: Record<'disable' | 'enable' | 'test', () => Promise<{ response: Response }>> = {
    disable: () => asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/disable', endpointPath(endpoint.id)),
    enable: () => asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/enable', endpointPath(endpoint.id)),
    test: () => asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/test', endpointPath(endpoint.id)),
  };
  const call = (action: keyof typeof actions) => answer(actions[action]());
  const disabled = await call('disable');
  t.equal(disabled.statusCode, 200, disabled.body);
  t.match(disabled.json(), { status: 'disabled', disabledReason: 'disabled_by_partner', version: 2 });
  const [delivery] = await db.execute<{ status: string; next_attempt_at: Date | null; last_error: string }>(sql`select status, next_attempt_at, last_error from webhook_deliveries where id = 'dlv_TOGGLE'`);
  t.match(delivery, { status: 'failed', next_attempt_at: null, last_error: /disabled/ }, 'waiting deliveries fail, for a replay to send later');
  t.equal((await call('disable')).json().version, 2, 'disabling again changes nothing');
  t.equal((await call('test')).statusCode, 409, 'a disabled endpoint gets no test');
  const enabled = await call('enable');
  t.match(enabled.json(), { status: 'enabled', disabledReason: null, failingSince: null, version: 3 });
  t.equal((await storedEndpoint(endpoint.id)).failingSince, null, 'enabling clears failing_since');
  t.equal((await call('enable')).json().version, 3, 'enabling again changes nothing');
});

t.test('test: one webhook_endpoint.test event for this endpoint, for its owner', async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.24/test', eventTypes: ['booking.confirmed'] });
  const response = await answer(asTheatre.POST('/v1/webhooks/endpoints/{endpointId}/test', endpointPath(endpoint.id)));
  t.equal(response.statusCode, 202, response.body);
  const event = response.json();
  t.match(event, { id: /^evt_/, type: 'webhook_endpoint.test', aggregate: { type: 'webhook_endpoint', id: endpoint.id, version: 1 }, data: { endpointId: endpoint.id } });
  const [row] = await db.select().from(events).where(eq(events.id, event.id));
  t.match(row, { theatrePartnerId: theatre.partner.id, aggregatorPartnerId: null, isPublic: false, sequence: null });
  t.equal(row!.createdAt.toISOString(), event.createdAt);

  const aggEndpoint = (await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.partnerId, aggregator.partner.id)))[0]!;
  const aggTest = await answer(typedClient(app, aggregator.headers).POST('/v1/webhooks/endpoints/{endpointId}/test', endpointPath(aggEndpoint.id)));
  const [aggRow] = await db.select().from(events).where(eq(events.id, aggTest.json().id));
  t.match(aggRow, { theatrePartnerId: null, aggregatorPartnerId: aggregator.partner.id }, "an aggregator's test is addressed to it as aggregator");
});

t.test('delete: gone with its deliveries; If-Match honoured', async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.25/delete' });
  const remove = (headers: Record<string, string> = {}) =>
    answer(asTheatre.DELETE('/v1/webhooks/endpoints/{endpointId}', { ...endpointPath(endpoint.id), headers }));
  t.equal((await remove({ 'if-match': `"${endpoint.id}.9"` })).statusCode, 412);
  const deleted = await remove({ 'if-match': `"${endpoint.id}.1"` });
  t.equal(deleted.statusCode, 204);
  t.equal((await readEndpoint(endpoint.id)).statusCode, 404);
  t.equal((await remove()).statusCode, 404);
});

t.test("another partner's endpoint is 404 for every operation, and stays as it was", async (t) => {
  const endpoint = await registered({ url: 'https://93.184.215.26/mine' });
  const before = await storedEndpoint(endpoint.id);
  const base = `/v1/webhooks/endpoints/${endpoint.id}`;
  const path = endpointPath(endpoint.id);
  const calls: { method: string; url: string; send: (api: Api) => Promise<{ response: Response }> }[] = [
    { method: 'GET', url: base, send: (api) => api.GET('/v1/webhooks/endpoints/{endpointId}', path) },
    { method: 'PATCH', url: base, send: (api) => api.PATCH('/v1/webhooks/endpoints/{endpointId}', { ...path, body: { description: 'mine now' } }) },
    { method: 'DELETE', url: base, send: (api) => api.DELETE('/v1/webhooks/endpoints/{endpointId}', path) },
    { method: 'POST', url: `${base}/disable`, send: (api) => api.POST('/v1/webhooks/endpoints/{endpointId}/disable', path) },
    { method: 'POST', url: `${base}/enable`, send: (api) => api.POST('/v1/webhooks/endpoints/{endpointId}/enable', path) },
    { method: 'POST', url: `${base}/rotate-secret`, send: (api) => api.POST('/v1/webhooks/endpoints/{endpointId}/rotate-secret', path) },
    { method: 'POST', url: `${base}/test`, send: (api) => api.POST('/v1/webhooks/endpoints/{endpointId}/test', path) },
    { method: 'GET', url: `${base}/deliveries`, send: (api) => api.GET('/v1/webhooks/endpoints/{endpointId}/deliveries', path) },
    { method: 'POST', url: `${base}/replay`, send: (api) => api.POST('/v1/webhooks/endpoints/{endpointId}/replay', { ...path, body: { since: '2020-01-01T00:00:00Z' } }) },
  ];
  for (const intruder of [rival, aggregator]) {
    const api = typedClient(app, intruder.headers);
    for (const call of calls) {
      const response = await answer(call.send(api));
      t.equal(response.statusCode, 404, `${intruder.partner.name}: ${call.method} ${call.url}`);
      t.equal(response.json().code, 'not_found');
    }
  }
  const list = await listEndpoints({}, typedClient(app, rival.headers));
  t.same(list.json().data, [], "the rival's list is its own");
  t.same(await storedEndpoint(endpoint.id), before, 'nothing changed');
});

t.test('scopes: webhooks:manage for endpoints, for both partner kinds', async (t) => {
  const readOnly = await onboardPartner(app, adminKey, { name: 'Read Only', scopes: ['read'] });
  const asReadOnly = typedClient(app, readOnly.headers);
  const requests: (() => Promise<{ response: Response }>)[] = [
    () => asReadOnly.GET('/v1/webhooks/endpoints'),
    () => asReadOnly.POST('/v1/webhooks/endpoints', { body: { url: PUBLIC_URL } }),
  ];
  for (const request of requests) {
    const response = await answer(request());
    t.equal(response.statusCode, 403);
    t.match(response.json().detail, /webhooks:manage/);
  }
  t.equal((await listEndpoints({}, typedClient(app, { authorization: `Bearer ${adminKey}` }))).statusCode, 403, 'not the admin');
  t.equal((await listEndpoints({}, typedClient(app))).statusCode, 401);
});
