import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t, { CORS_ORIGINS: 'https://tickets.example, https://seats.example' });
const anyOrigin = await buildTestApp(t);
const partner = await onboardPartner(app, adminKey, { kind: 'aggregator' });
const browser = { origin: 'https://tickets.example' };
const corsHeaders = (headers: Record<string, unknown>) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));
// Raw requests below on purpose: preflights (OPTIONS) and the docs page are outside the contract's operations.

t.test('every answer carries Helmet\'s headers; the API\'s own CSP lets nothing load', async (t) => {
  const answers = [
    await answer(typedClient(app).GET('/v1/cities')),
    await answer(typedClient(app, partner.headers).GET('/v1/bookings')),
    await answer(typedClient(app).GET('/v1/holds/{holdId}', { params: { path: { holdId: 'hld_0' } } })),
  ];
  t.same(answers.map((response) => response.statusCode), [200, 200, 401], 'a success, a partner call and a refusal');
  for (const response of answers) {
    t.equal(response.headers['content-security-policy'], "default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
    t.equal(response.headers['x-content-type-options'], 'nosniff');
    t.match(response.headers['strict-transport-security'], /^max-age=\d+; includeSubDomains$/);
    t.equal(response.headers['referrer-policy'], 'no-referrer');
    t.equal(response.headers['x-frame-options'], 'SAMEORIGIN');
  }
});

t.test('/docs gets a CSP that lets Swagger UI load its own files and nothing else', async (t) => {
  const page = await app.inject({ method: 'GET', url: '/docs/' });
  t.equal(page.statusCode, 200);
  const csp = String(page.headers['content-security-policy']);
  t.match(csp, /script-src 'self'(;|$)/, 'scripts only from this origin: no inline script, no eval');
  t.match(csp, /connect-src 'self'/, 'the UI may fetch the document and try operations on this origin');
  t.match(csp, /img-src 'self' data:/);
  t.notMatch(csp, /upgrade-insecure-requests/, 'a local start serves /docs over plain HTTP');
  const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
  t.ok(assets.some((asset) => asset.endsWith('swagger-ui-bundle.js')), 'the page loads the bundle');
  t.notMatch(page.body, /<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>/, 'the page has no inline script');
  for (const asset of assets) {
    t.match(asset, /^\.\/static\//, `${asset} is a file of the page's own origin`);
    const file = await app.inject({ method: 'GET', url: `/docs/${asset.replace(/^\.\//, '')}` });
    t.equal(file.statusCode, 200, `${asset} is served`);
  }
  const document = await app.inject({ method: 'GET', url: '/docs/json' });
  t.equal(document.statusCode, 200, 'the document the UI reads is on the same origin');
});

t.test('CORS on the public reads, for the configured origins only', async (t) => {
  const read = await answer(typedClient(app, browser).GET('/v1/cities'));
  t.equal(read.headers['access-control-allow-origin'], 'https://tickets.example');
  t.match(read.headers['access-control-expose-headers'], /ETag.*RateLimit.*RateLimit-Policy.*Retry-After/);
  t.match(read.headers['vary'], /Origin/, 'caches keep answers to different origins apart');
  const stranger = await answer(typedClient(app, { origin: 'https://evil.example' }).GET('/v1/cities'));
  t.equal(stranger.statusCode, 200, 'the read is answered …');
  t.notOk(stranger.headers['access-control-allow-origin'], '… but a page of another origin may not read it');

  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/v1/showtimes/shw_0/quote',
    headers: { ...browser, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  t.equal(preflight.statusCode, 204, 'a preflight for a public read is answered');
  t.equal(preflight.headers['access-control-allow-origin'], 'https://tickets.example');
  t.match(preflight.headers['access-control-allow-methods'], /POST/);
  t.match(preflight.headers['access-control-allow-headers'], /Content-Type/);
  const seatMapPreflight = await app.inject({ method: 'OPTIONS', url: '/v1/showtimes/shw_0/seat-map?x=1', headers: { ...browser, 'access-control-request-method': 'GET' } });
  t.equal(seatMapPreflight.statusCode, 204, 'seat maps too');

  const anyone = await answer(typedClient(anyOrigin.app, { origin: 'https://anywhere.example' }).GET('/v1/cities'));
  t.equal(anyone.headers['access-control-allow-origin'], '*', 'by default any origin may read the public reads: they take no credentials');
});

t.test('no other route sends a CORS header, nor answers a preflight', async (t) => {
  const partnerCall = await answer(typedClient(app, { ...partner.headers, ...browser }).GET('/v1/bookings'));
  t.equal(partnerCall.statusCode, 200);
  t.same(corsHeaders(partnerCall.headers), [], 'a partner route');
  t.notOk(partnerCall.headers['vary'], 'not even Vary: Origin');
  const admin = await answer(typedClient(app, { authorization: `Bearer ${adminKey}`, ...browser }).GET('/v1/admin/partners'));
  t.same(corsHeaders(admin.headers), [], 'an admin route');
  for (const url of ['/healthz', '/openapi.json']) {
    const response = await app.inject({ method: 'GET', url, headers: browser });
    t.same(corsHeaders(response.headers), [], url);
  }
  for (const [url, method] of [['/v1/holds', 'POST'], ['/v1/bookings/bkg_0/cancel', 'POST'], ['/v1/partner/theatres', 'GET'], ['/v1/admin/partners', 'GET']] as const) {
    const preflight = await app.inject({ method: 'OPTIONS', url, headers: { ...browser, 'access-control-request-method': method } });
    t.equal(preflight.statusCode, 404, `no preflight for ${url}`);
    t.equal(preflight.json().code, 'not_found', 'a problem like any unknown route');
    t.same(corsHeaders(preflight.headers), [], `${url}: no CORS header`);
  }
});
