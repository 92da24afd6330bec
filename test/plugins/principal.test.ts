import { fileURLToPath } from 'node:url';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import t from 'tap';
import { touchKeyLastUsed } from '../../server/db/queries/api-keys.ts';
import { buildTestApp } from '../helpers/app.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

const { app, adminKey, db } = await buildTestApp(t);
const asAdmin = typedClient(app, { authorization: `Bearer ${adminKey}` });
/** `GET /v1/partner` (whose key is this) with these headers. */
const whoAmI = (headers: Record<string, string>) => answer(typedClient(app, headers).GET('/v1/partner'));
const keysOf = (partnerId: string) => answer(asAdmin.GET('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId } } }));

const contract = (await $RefParser.dereference(fileURLToPath(new URL('../../openapi/openapi.yaml', import.meta.url)))) as any;
const securedOperations = Object.entries<Record<string, any>>(contract.paths).flatMap(([path, item]) =>
  Object.entries<any>(item)
    .filter(([, operation]) => (operation.security ?? contract.security ?? []).length > 0)
    .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
);
const urlOf = (path: string) => `/v1${path.replace(/^\/v1/, '')}`.replace(/\{[^}]+\}/g, 'xyz_0000000000000000000000000');

t.test('every secured operation refuses a missing or made-up credential before looking at the input', async (t) => {
  t.ok(securedOperations.length >= 10, `the contract has secured operations (${securedOperations.length})`);
  const madeUpKey = `mq_test_${'A'.repeat(54)}`;
  // Raw on purpose: every operation of the contract, walked from the YAML, with hostile input
  // outside it; the typed client takes only paths and bodies written out in the test.
  for (const { method, path } of securedOperations) {
    const hostile = method === 'GET' ? { url: `${urlOf(path)}?limit=banana&unknown=1` } : { url: urlOf(path), payload: { unknownField: [1, 2, 3] } };
    for (const [label, headers, code] of [
      ['no credential', {}, 'invalid_api_key'],
      ['a made-up key', { authorization: `Bearer ${madeUpKey}` }, 'invalid_api_key'],
      ['a key of the wrong shape', { authorization: 'Bearer mq_live_short' }, 'invalid_api_key'],
      ['a token that is no API key', { authorization: 'Bearer eyJhbGciOiJub25lIn0.e30.' }, 'invalid_token'],
    ] as const) {
      const response = await app.inject({ method: method as 'GET', headers, ...hostile });
      t.equal(response.statusCode, 401, `${method} ${path} with ${label}`);
      t.equal(response.json().code, code, `${method} ${path} with ${label}: ${code}`);
    }
  }
});

t.test('every public operation answers without credentials', async (t) => {
  const publicOperations = Object.entries<Record<string, any>>(contract.paths).flatMap(([path, item]) =>
    Object.entries<any>(item)
      .filter(([, operation]) => (operation.security ?? contract.security ?? []).length === 0)
      .map(([method]) => ({ method: method.toUpperCase(), path })),
  );
  t.ok(publicOperations.length >= 9);
  // Raw on purpose: each operation is walked from the contract, its path written out by the loop.
  for (const { method, path } of publicOperations) {
    const response = await app.inject({ method: method as 'GET', url: path.replace(/\{[^}]+\}/g, 'xyz_1') });
    t.not(response.statusCode, 401, `${method} ${path} needs no credentials`);
    t.not(response.statusCode, 403, `${method} ${path} needs no credentials`);
  }
});

t.test('scopes and caller kinds', async (t) => {
  const readOnly = await onboardPartner(app, adminKey, { scopes: ['read'] });
  const writeOnly = await onboardPartner(app, adminKey, { scopes: ['bookings:write'] });

  const me = await whoAmI(readOnly.headers);
  t.equal(me.statusCode, 200);
  t.equal(me.json().partner.id, readOnly.partner.id);
  t.equal(me.json().apiKey.id, readOnly.key.id);
  t.notOk('secret' in me.json().apiKey, 'a key is never shown again');

  t.equal((await whoAmI(writeOnly.headers)).statusCode, 200, 'any key may ask whose it is');
  const noRead = await answer(typedClient(app, writeOnly.headers).GET('/v1/partner/audit-log'));
  t.equal(noRead.statusCode, 403);
  t.equal(noRead.json().code, 'insufficient_scope');
  t.match(noRead.json().detail, /'read' scope/);

  const partnerOnAdmin = await answer(typedClient(app, readOnly.headers).GET('/v1/admin/partners'));
  t.equal(partnerOnAdmin.statusCode, 403, 'a partner key cannot call admin routes');
  t.equal(partnerOnAdmin.json().code, 'insufficient_scope');

  const adminOnPartner = await answer(asAdmin.GET('/v1/partner'));
  t.equal(adminOnPartner.statusCode, 403, 'the admin is not a partner');
  t.equal(adminOnPartner.json().code, 'insufficient_scope');

  const lowercaseScheme = await whoAmI({ authorization: `bearer ${readOnly.secret}` });
  t.equal(lowercaseScheme.statusCode, 200, 'the auth scheme is case-insensitive');
});

t.test('rotation: several keys work at once, and a revoked one stops at once', async (t) => {
  const { partner, key, headers } = await onboardPartner(app, adminKey);
  const second = await answer(asAdmin.POST('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: partner.id } }, body: { name: 'rotation', scopes: ['read'] } }));
  t.equal(second.statusCode, 201);
  const secondHeaders = { authorization: `Bearer ${second.json().secret}` };
  t.equal((await whoAmI(headers)).statusCode, 200);
  t.equal((await whoAmI(secondHeaders)).statusCode, 200);

  const revoked = await answer(asAdmin.POST('/v1/admin/partners/{partnerId}/keys/{keyId}/revoke', { params: { path: { partnerId: partner.id, keyId: key.id } } }));
  t.equal(revoked.statusCode, 200);
  t.type(revoked.json().revokedAt, 'string');
  const refused = await whoAmI(headers);
  t.equal(refused.statusCode, 401);
  t.equal(refused.json().code, 'invalid_api_key');
  t.equal((await whoAmI(secondHeaders)).statusCode, 200, 'the new key still works');
});

t.test('suspension takes effect on the next request, and reinstatement too', async (t) => {
  const { partner, headers } = await onboardPartner(app, adminKey);
  t.equal((await whoAmI(headers)).statusCode, 200);
  const suspended = await answer(asAdmin.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId: partner.id } } }));
  t.equal(suspended.json().status, 'suspended');
  const refused = await whoAmI(headers);
  t.equal(refused.statusCode, 403);
  t.equal(refused.json().code, 'partner_suspended');
  await answer(asAdmin.POST('/v1/admin/partners/{partnerId}/reinstate', { params: { path: { partnerId: partner.id } } }));
  t.equal((await whoAmI(headers)).statusCode, 200);
});

t.test('a key records when it was last used', async (t) => {
  const { partner, key, headers } = await onboardPartner(app, adminKey);
  t.equal(key.lastUsedAt, null);
  await whoAmI(headers);
  const lastUsedOf = async (): Promise<string | null> => {
    const keys = await keysOf(partner.id);
    return keys.json().data.find((k: { id: string }) => k.id === key.id).lastUsedAt;
  };
  const lastUsedAt = await waitUntil('the first use to be recorded', lastUsedOf, (value) => value !== null, { timeoutMs: 2_000 });
  t.type(lastUsedAt, 'string', 'set after the first use (outside the request)');
  await whoAmI(headers);
  // The app marks a key used without awaiting it, so when its write would land is unknowable;
  // running the same guarded statement here and awaiting it settles what any such write can do.
  await touchKeyLastUsed(db, key.id);
  const keys = await keysOf(partner.id);
  t.equal(keys.json().data.find((k: { id: string }) => k.id === key.id).lastUsedAt, lastUsedAt, 'not rewritten within the minute');
});
