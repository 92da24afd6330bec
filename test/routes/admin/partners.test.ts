import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient } from '../../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t);
const admin = { authorization: `Bearer ${adminKey}` };
const api = typedClient(app, admin);
const suspend = (partnerId: string) => answer(api.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId } } }));
const reinstate = (partnerId: string) => answer(api.POST('/v1/admin/partners/{partnerId}/reinstate', { params: { path: { partnerId } } }));
const auditLog = async (query: { partnerId?: string; from?: string; limit?: number; cursor?: string }) =>
  (await answer(api.GET('/v1/admin/audit-log', { params: { query } }))).json();

t.test('onboarding: create, read, list and filter partners', async (t) => {
  const created = await answer(api.POST('/v1/admin/partners', { body: { name: 'Lumière', kind: 'theatre' } }));
  t.equal(created.statusCode, 201);
  const partner = created.json();
  t.match(partner, { id: /^ptn_[0-9A-Z]{26}$/, name: 'Lumière', kind: 'theatre', status: 'active' });
  await answer(api.POST('/v1/admin/partners', { body: { name: 'TicketHub', kind: 'aggregator' } }));

  t.same((await answer(api.GET('/v1/admin/partners/{partnerId}', { params: { path: { partnerId: partner.id } } }))).json(), partner);
  const aggregators = (await answer(api.GET('/v1/admin/partners', { params: { query: { kind: 'aggregator' } } }))).json();
  t.same(aggregators.data.map((p: { name: string }) => p.name), ['TicketHub']);
  const firstPage = (await answer(api.GET('/v1/admin/partners', { params: { query: { limit: 1 } } }))).json();
  t.equal(firstPage.data[0].name, 'TicketHub', 'newest first');
  const secondPage = (await answer(api.GET('/v1/admin/partners', { params: { query: { limit: 1, cursor: firstPage.nextCursor } } }))).json();
  t.equal(secondPage.data[0].name, 'Lumière');
});

t.test('bad input is a 400 listing every field; unknown ids are 404', async (t) => {
  // Bodies outside the contract on purpose, typed or not: the server's validation is what is tested.
  const bad = await answer(api.POST('/v1/admin/partners', { body: invalid({ name: '', kind: 'cinema', extra: true }) }));
  t.equal(bad.statusCode, 400);
  t.same(
    bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/body/extra unknown_field', '/body/kind invalid_value', '/body/name too_short'],
  );
  const wrongType = await answer(api.POST('/v1/admin/partners', { body: invalid({ name: 42, kind: 'theatre' }) }));
  t.same(wrongType.json().errors, [{ path: '/body/name', message: 'must be string', code: 'invalid_type' }], 'no coercion of bodies');
  // Raw on purpose: broken JSON and a text body are outside what the typed client can send.
  const notJson = await app.inject({ method: 'POST', url: '/v1/admin/partners', headers: { ...admin, 'content-type': 'application/json' }, payload: '{"name":' });
  t.equal(notJson.statusCode, 400);
  t.equal(notJson.json().code, 'invalid_json');
  const text = await app.inject({ method: 'POST', url: '/v1/admin/partners', headers: { ...admin, 'content-type': 'text/plain' }, payload: 'hello' });
  t.equal(text.statusCode, 415);
  t.equal(text.json().code, 'unsupported_media_type');
  const badScopes = await answer(api.POST('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: 'ptn_x' } }, body: invalid({ name: 'k', scopes: ['read', 'read', 'root'] }) }));
  t.same(
    badScopes.json().errors.map((issue: { path: string }) => issue.path).sort(),
    ['/body/scopes', '/body/scopes/2'],
  );
  for (const [url, request] of [
    ['/v1/admin/partners/ptn_missing', () => answer(api.GET('/v1/admin/partners/{partnerId}', { params: { path: { partnerId: 'ptn_missing' } } }))],
    ['/v1/admin/partners/ptn_missing/keys', () => answer(api.GET('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: 'ptn_missing' } } }))],
  ] as const) {
    const response = await request();
    t.equal(response.statusCode, 404, url);
    t.equal(response.json().code, 'not_found');
  }
  const suspendMissing = await suspend('ptn_missing');
  t.equal(suspendMissing.statusCode, 404);
});

t.test('a key secret is shown once, and keys of one partner are not another\'s to revoke', async (t) => {
  const a = await onboardPartner(app, adminKey, { name: 'A' });
  const b = await onboardPartner(app, adminKey, { name: 'B' });
  t.match(a.secret, /^mq_test_[A-Za-z0-9_-]{54}$/);
  t.equal(a.key.prefix, a.secret.slice(0, 18), 'the prefix is the non-secret start of the key');
  const listed = (await answer(api.GET('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: a.partner.id } } }))).json();
  t.equal(listed.data.length, 1);
  t.notOk('secret' in listed.data[0]);
  t.notMatch(JSON.stringify(listed), a.secret.slice(18));
  const crossed = await answer(api.POST('/v1/admin/partners/{partnerId}/keys/{keyId}/revoke', { params: { path: { partnerId: b.partner.id, keyId: a.key.id } } }));
  t.equal(crossed.statusCode, 404);
  t.equal((await answer(typedClient(app, a.headers).GET('/v1/partner'))).statusCode, 200, 'still valid');
});

t.test('every mutation leaves an audit record; admins filter it, partners see their own', async (t) => {
  const started = new Date().toISOString();
  const a = await onboardPartner(app, adminKey, { name: 'Audited A' });
  const b = await onboardPartner(app, adminKey, { name: 'Audited B' });
  await suspend(a.partner.id);
  await reinstate(a.partner.id);

  // Raw on purpose: a JSON content type with no body at all is an odd request the typed client does not make.
  const again = await app.inject({ method: 'POST', url: `/v1/admin/partners/${a.partner.id}/reinstate`, headers: { ...admin, 'content-type': 'application/json' } });
  t.equal(again.statusCode, 200, 'a body-less POST may still say it is JSON');
  t.equal(again.json().status, 'active');

  const forA = await auditLog({ partnerId: a.partner.id, from: started });
  t.same(
    forA.data.map((record: { action: string }) => record.action),
    ['partner.reinstated', 'partner.suspended', 'api_key.issued', 'partner.created'],
    'reinstating an active partner changed nothing and recorded nothing',
  );
  const issued = forA.data.find((record: { action: string }) => record.action === 'api_key.issued');
  t.match(issued, { actorType: 'admin', actorId: 'admin', partnerId: a.partner.id, targetType: 'api_key', targetIds: [a.key.id], requestId: /^req_/ });
  t.notMatch(JSON.stringify(forA), a.secret, 'no secret in the audit trail');

  const future = await auditLog({ from: new Date(Date.now() + 60_000).toISOString() });
  t.same(future.data, [], 'the time filter applies');

  const paged = await auditLog({ partnerId: a.partner.id, limit: 3 });
  const rest = await auditLog({ partnerId: a.partner.id, limit: 3, cursor: paged.nextCursor });
  t.same([...paged.data, ...rest.data].map((record: { id: string }) => record.id), forA.data.map((record: { id: string }) => record.id));

  const ownOfB = (await answer(typedClient(app, b.headers).GET('/v1/partner/audit-log'))).json();
  t.ok(ownOfB.data.length >= 2);
  t.ok(ownOfB.data.every((record: { partnerId: string }) => record.partnerId === b.partner.id), 'B sees only B');
});
