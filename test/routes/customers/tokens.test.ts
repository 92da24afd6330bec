import { SignJWT, decodeJwt, decodeProtectedHeader, generateKeyPair } from 'jose';
import t, { type Test } from 'tap';
import { ConfigError, loadConfig } from '../../../server/config.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { startOidcProvider } from '../../helpers/oidc-provider.ts';
import { answer, typedClient } from '../../helpers/typed-client.ts';
import { waitUntil } from '../../helpers/wait-until.ts';

// How customer tokens are verified: every refusal is a 401 `invalid_token` that never repeats the
// token; the issuer's keys are cached and fetched again when it rotates them; an issuer that cannot
// be reached is a 503, never a 500.
const provider = await startOidcProvider(t);
const { app } = await buildTestApp(t, {
  OIDC_ISSUER: provider.issuer,
  OIDC_AUDIENCE: provider.audience,
  // Exact expiry and an immediate key refresh, so the tests need not wait.
  OIDC_CLOCK_TOLERANCE_SECONDS: '0',
  OIDC_JWKS_COOLDOWN_MS: '0',
});

const listBookings = (token: string, target = app) => answer(typedClient(target, { authorization: `Bearer ${token}` }).GET('/v1/bookings'));

async function refused(t: Test, token: string, detail: RegExp | string, target = app) {
  const response = await listBookings(token, target);
  t.equal(response.statusCode, 401, response.body);
  t.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(response.json(), { status: 401, code: 'invalid_token', detail });
  t.notOk(response.body.includes(token), 'the answer never repeats the token');
  t.notOk(response.body.includes(token.split('.')[1] ?? token), 'nor its claims');
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

t.test('a token from the provider is accepted', async (t) => {
  const response = await listBookings(await provider.tokenFor('carol'));
  t.equal(response.statusCode, 200, response.body);
  t.same(response.json(), { data: [], nextCursor: null });
});

t.test('an expired token is refused', async (t) => {
  provider.setAccessTokenTtl(1);
  const token = await provider.tokenFor('carol');
  provider.setAccessTokenTtl(600);
  const { exp } = decodeJwt(token);
  // The provider issues nothing shorter than a second: wait for the verifier's clock (this
  // process's, the tolerance 0) to reach the token's `exp`.
  await waitUntil('the token to expire', () => Date.now(), (now) => now >= exp! * 1000, { intervalMs: 20 });
  await refused(t, token, 'The token has expired; sign in again.');
});

t.test("a token for another API (audience), or from another issuer, is refused", async (t) => {
  await refused(t, await provider.tokenFor('carol', { audience: 'https://another-api.example' }), 'The token is not meant for this API (audience).');
  const stranger = await startOidcProvider(t, { audience: provider.audience });
  await refused(t, await stranger.tokenFor('carol'), 'The token was not issued by the identity provider this API trusts.');
});

t.test('a token whose claims or signature were changed is refused', async (t) => {
  const token = await provider.tokenFor('carol');
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = decodeJwt(token);
  await refused(t, `${header}.${base64url({ ...claims, sub: 'mallory' })}.${signature}`, "The token's signature is not valid.");
  const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
  await refused(t, `${header}.${payload}.${flipped}`, "The token's signature is not valid.");
  await refused(t, 'not-a-jwt', 'The bearer token is neither an API key nor a well-formed JWT.');
});

t.test('a token signed by a key the issuer does not publish, with `none`, or with HMAC is refused', async (t) => {
  const claims = decodeJwt(await provider.tokenFor('carol'));
  const { privateKey } = await generateKeyPair('ES256');
  const rogue = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid: 'rogue-key', typ: 'at+jwt' }).sign(privateKey);
  await refused(t, rogue, 'The token is signed with a key the identity provider does not publish.');
  const unsigned = `${base64url({ alg: 'none', typ: 'at+jwt' })}.${base64url(claims)}.`;
  await refused(t, unsigned, 'The token is signed with an algorithm this API does not accept.');
  const hmac = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('a shared secret anyone could guess'));
  await refused(t, hmac, 'The token is signed with an algorithm this API does not accept.');
});

t.test('the provider rotates its signing key: new tokens are accepted without a restart', async (t) => {
  const before = await provider.tokenFor('dave');
  t.equal((await listBookings(before)).statusCode, 200, 'the keys are fetched and cached');
  const oldKid = provider.signingKid;
  await provider.rotateKeys();
  const after = await provider.tokenFor('dave');
  t.equal(decodeProtectedHeader(after).kid, provider.signingKid);
  t.not(provider.signingKid, oldKid, 'signed with a key the server has not seen');
  const response = await listBookings(after);
  t.equal(response.statusCode, 200, response.body);
  t.equal((await listBookings(before)).statusCode, 200, 'tokens signed with the old, still published key stay good');
});

t.test('the issuer goes down: cached keys still verify; an unknown key is a 503', async (t) => {
  const token = await provider.tokenFor('erin');
  t.equal((await listBookings(token)).statusCode, 200);
  await provider.rotateKeys();
  const rotated = await provider.tokenFor('erin');
  await provider.stop();
  t.teardown(() => provider.start());
  t.equal((await listBookings(token)).statusCode, 200, 'a known key needs no network');
  const response = await listBookings(rotated);
  t.equal(response.statusCode, 503, response.body);
  t.match(response.json(), { status: 503, code: 'identity_provider_unavailable', detail: /cannot be reached/ });
  t.equal(response.headers['retry-after'], '5');
  await provider.start();
  t.equal((await listBookings(rotated)).statusCode, 200, 'back once the issuer is');
});

t.test('an issuer that cannot be reached at first sight is a 503 until it can', async (t) => {
  const late = await startOidcProvider(t);
  const token = await late.tokenFor('frank');
  await late.stop();
  const { app: fresh } = await buildTestApp(t, { OIDC_ISSUER: late.issuer, OIDC_AUDIENCE: late.audience, OIDC_HTTP_TIMEOUT_MS: '1000' });
  const down = await listBookings(token, fresh);
  t.equal(down.statusCode, 503, down.body);
  t.equal(down.json().code, 'identity_provider_unavailable');
  // Partner-only routes never wait for the issuer: the token is refused without it.
  const partnerRoute = await answer(typedClient(fresh, { authorization: `Bearer ${token}` }).GET('/v1/partner/theatres'));
  t.match(partnerRoute.json(), { status: 403, code: 'insufficient_scope' });
  await late.start();
  t.equal((await listBookings(token, fresh)).statusCode, 200, 'discovery is tried again');
});

t.test('without OIDC_ISSUER customer tokens are refused; the pair is configured together', async (t) => {
  const { app: unconfigured } = await buildTestApp(t);
  await refused(t, await provider.tokenFor('grace'), 'The bearer token is not an API key, and customer sign-in is not configured.', unconfigured);
  t.throws(() => loadConfig({ OIDC_ISSUER: provider.issuer }), ConfigError);
  t.throws(() => loadConfig({ OIDC_AUDIENCE: provider.audience }), ConfigError);
  t.throws(() => loadConfig({ OIDC_ISSUER: 'not a url', OIDC_AUDIENCE: 'x' }), ConfigError);
  t.match(loadConfig({ OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience }), {
    OIDC_ISSUER: provider.issuer, OIDC_AUDIENCE: provider.audience, OIDC_JWKS_COOLDOWN_MS: 30_000, OIDC_CLOCK_TOLERANCE_SECONDS: 30, OIDC_HTTP_TIMEOUT_MS: 5000,
  });
});
