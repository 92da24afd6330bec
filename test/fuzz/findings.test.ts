import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { catalogueFixture } from '../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { twoTheatres } from '../helpers/two-theatres.ts';

/**
 * What a third-party fuzz run of the contract found (issue 16, item 11), and what our own contract
 * fuzzer found since, each proven fixed through HTTP; `contract-fuzz.test.ts` generates each class
 * of input, so a regression shows there too.
 */
const { app, adminKey } = await buildTestApp(t);
const admin = { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' };
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Findings City' });
const movie = await fixture.movie({ title: 'Findings' });
const owner = await onboardPartner(app, adminKey, { name: 'Findings Cinemas' });
const world = await twoTheatres(app, owner, { cityId: city.id, movieId: movie.id, refPrefix: 'found-', firstStartsAt: '2031-03-01T14:00:00Z' });

const problemOf = (response: { statusCode: number; headers: Record<string, unknown>; json(): any }) => ({
  status: response.statusCode,
  code: response.json().code,
  requestIdHeader: response.headers['request-id'] === response.json().requestId,
});

t.test('a lone UTF-16 surrogate in a body is a 400 naming the field, with an Idempotency-Key or without', async (t) => {
  const payload = '{"name":"\\ud800x","kind":"theatre"}';
  for (const headers of [admin, { ...admin, 'idempotency-key': 'surrogate-1' }]) {
    const response = await app.inject({ method: 'POST', url: '/v1/admin/partners', headers, payload });
    t.same(problemOf(response), { status: 400, code: 'validation_failed', requestIdHeader: true }, JSON.stringify(Object.keys(headers)));
    t.same(response.json().errors, [{ path: '/body/name', message: 'must be well-formed Unicode text (no lone surrogate)', code: 'invalid_format' }]);
  }
  // A partner route (written through postgres.js straight, not Drizzle) and a key holding one.
  const keyed = await app.inject({
    method: 'POST', url: `/v1/partner/theatres/${world.venue.id}/screens`, headers: { ...owner.headers, 'content-type': 'application/json', 'idempotency-key': 'surrogate-2' },
    payload: '{"externalRef":"s-x","name":"Screen \\udfff","x\\udc00y":1}',
  });
  t.equal(keyed.statusCode, 400);
  t.same(keyed.json().errors.map((issue: { path: string }) => issue.path), ['/body/name', '/body/x\ufffdy']);
  // A pair is one character, not a lone surrogate.
  const paired = await app.inject({ method: 'POST', url: '/v1/admin/partners', headers: { ...admin, 'idempotency-key': 'surrogate-3' }, payload: '{"name":"Emoji \\ud83c\\udfac","kind":"theatre"}' });
  t.equal(paired.statusCode, 201);
  t.equal(paired.json().name, 'Emoji \u{1F3AC}');
});

t.test('a body nested past any document, or holding a number past a double, is a 400 (it was a 500 with an Idempotency-Key)', async (t) => {
  // Found by the contract fuzzer on body-less operations, whose bodies no schema looks at.
  const suspend = `/v1/admin/partners/${owner.partner.id}/suspend`;
  const deep = await app.inject({ method: 'POST', url: suspend, headers: { ...admin, 'idempotency-key': 'deep-1' }, payload: '['.repeat(5_000) + ']'.repeat(5_000) });
  t.same(problemOf(deep), { status: 400, code: 'validation_failed', requestIdHeader: true });
  t.equal(deep.json().errors[0].code, 'too_deep');
  t.equal(deep.json().errors[0].path, `/body${'/0'.repeat(32)}`);
  for (const payload of ['-1e999', '{"a":[1,1e400]}']) {
    const huge = await app.inject({ method: 'POST', url: suspend, headers: { ...admin, 'idempotency-key': `huge-${payload}` }, payload });
    t.same(problemOf(huge), { status: 400, code: 'validation_failed', requestIdHeader: true }, payload);
    t.equal(huge.json().errors[0].message, 'must be a finite number');
  }
  const shallow = await app.inject({ method: 'POST', url: '/v1/admin/partners', headers: admin, payload: JSON.stringify({ name: 'Deep Enough', kind: 'theatre', x: JSON.parse('['.repeat(30) + ']'.repeat(30)) }) });
  t.same(shallow.json().errors.map((issue: { code: string }) => issue.code), ['unknown_field'], '30 levels are merely an unknown field');
  t.equal((await app.inject({ method: 'GET', url: '/v1/partner', headers: owner.headers })).json().partner.status, 'active', 'nothing was suspended');
});

t.test('a path parameter past the contract\'s 64 characters is a 400 with request-id, however long', async (t) => {
  for (const length of [65, 201, 3000]) {
    const response = await app.inject({ method: 'GET', url: `/v1/theatres/thr_${'a'.repeat(length)}` });
    t.same(problemOf(response), { status: 400, code: 'validation_failed', requestIdHeader: true }, `${length} characters`);
  }
  const named = await app.inject({ method: 'GET', url: `/v1/theatres/${'a'.repeat(201)}` });
  t.same(named.json().errors, [{ path: '/params/theatreId', message: 'must NOT have more than 64 characters', code: 'too_long' }], 'the schema names the parameter');
});

t.test('a URL that does not decode is a 400 problem with request-id', async (t) => {
  for (const url of ['/v1/theatres/%C0%AF', '/v1/showtimes/%E0%A4%A/seat-map', `/v1/partner/theatres/${world.venue.id}/%FF`]) {
    const response = await app.inject({ method: 'GET', url, headers: owner.headers });
    t.same(problemOf(response), { status: 400, code: 'invalid_url', requestIdHeader: true }, url);
    t.match(response.headers['content-type'], /^application\/problem\+json/);
  }
});

t.test('a seat map\'s 304 has no content: no body, no content type, over a real socket', async (t) => {
  const showtimeId = await world.showtime();
  const first = await app.inject({ method: 'GET', url: `/v1/showtimes/${showtimeId}/seat-map` });
  t.equal(first.statusCode, 200);
  const etag = String(first.headers.etag);

  const injected = await app.inject({ method: 'GET', url: `/v1/showtimes/${showtimeId}/seat-map`, headers: { 'if-none-match': etag } });
  t.equal(injected.statusCode, 304);
  t.equal(injected.rawPayload.length, 0, 'no body');
  t.equal(injected.headers['content-type'], undefined, 'no content type');
  t.equal(injected.headers.etag, etag);
  t.ok(injected.headers['request-id']);

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const wire = await new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path: `/v1/showtimes/${showtimeId}/seat-map`, headers: { 'if-none-match': etag } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, bytes }));
    });
    sent.on('error', reject);
    sent.end();
  });
  t.equal(wire.status, 304);
  t.equal(wire.bytes, 0);
  t.equal(wire.headers['content-type'], undefined);
  t.not(wire.headers['content-length'], '4', 'no length of a `null` that is not sent');
});

t.test('an id echoed into a problem detail is written printable: control characters escaped, never raw (found by the contract fuzzer)', async (t) => {
  const notFound = await app.inject({ method: 'GET', url: '/v1/admin/movies/%0d%0aX:1', headers: admin });
  t.same(problemOf(notFound), { status: 404, code: 'not_found', requestIdHeader: true });
  t.equal(notFound.json().detail, "No movie with id '\\u000d\\u000aX:1'.");
  t.notMatch(notFound.body, /\\r|\\n/, 'no JSON-escaped CR or LF reaches the client either');
  const seller = await onboardPartner(app, adminKey, { name: 'Findings Tickets', kind: 'aggregator', scopes: ['read', 'bookings:write'] });
  const bulk = await app.inject({
    method: 'POST', url: '/v1/bookings/bulk-cancel', headers: { ...seller.headers, 'content-type': 'application/json' },
    payload: JSON.stringify({ bookingIds: ['bkg_\u0007bell'] }),
  });
  t.equal(bulk.statusCode, 200);
  t.same(bulk.json().data[0], { bookingId: 'bkg_\u0007bell', outcome: 'refused', booking: null, refusal: { status: 404, code: 'not_found', detail: "No booking with id 'bkg_\\u0007bell'." } });
});
