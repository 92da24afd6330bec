import t from 'tap';
import { buildTestApp } from './app.ts';
import { onboardPartner } from './partners.ts';
import { answer, invalid, typedClient } from './typed-client.ts';

/** The typed test client over `app.inject` hands back what the app sent: status, headers, bytes. */
const { app, adminKey } = await buildTestApp(t);
const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });

t.test('a 201: the same status, headers and bytes as a bare inject, and typed data', async (t) => {
  const created = await answer(admin.POST('/v1/admin/cities', { body: { name: 'Typed City', country: 'IN', timeZone: 'Asia/Kolkata' }, headers: { 'idempotency-key': 'typed-1' } }));
  t.equal(created.statusCode, 201);
  t.equal(created.data?.name, 'Typed City', 'the body, typed');
  t.same(created.json(), created.data);
  const bare = await app.inject({ method: 'POST', url: '/v1/admin/cities', headers: { authorization: `Bearer ${adminKey}`, 'idempotency-key': 'typed-1' }, payload: { name: 'Typed City', country: 'IN', timeZone: 'Asia/Kolkata' } });
  t.equal(bare.headers['idempotent-replayed'], 'true', 'the same request, as the server sees it');
  t.equal(created.body, bare.body, 'byte for byte');
  t.equal(created.headers['content-type'], bare.headers['content-type']);
  t.equal(created.headers.location, bare.headers.location);
});

t.test('a problem: application/problem+json, its fields, as error and as raw text', async (t) => {
  const refused = await answer(admin.POST('/v1/admin/cities', { body: invalid({ name: 'X', country: 'IN', timeZone: 'Asia/Kolkata', colour: 'red' }) }));
  t.equal(refused.statusCode, 400);
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
  t.match(refused.error, { code: 'validation_failed', errors: [{ path: '/body/colour', code: 'unknown_field' }] });
  t.same(JSON.parse(refused.body), refused.error);
  const unknown = await answer(typedClient(app).GET('/v1/movies/{movieId}', { params: { path: { movieId: 'mov_missing' } } }));
  t.equal(unknown.statusCode, 404);
  t.equal(unknown.json().code, 'not_found');
});

t.test('a 204 and a 304 come back with no body', async (t) => {
  const owner = await onboardPartner(app, adminKey, { name: 'Typed Cinemas' });
  const partner = typedClient(app, owner.headers);
  const city = (await answer(admin.POST('/v1/admin/cities', { body: { name: 'Typed Town', country: 'IN', timeZone: 'Asia/Kolkata' } }))).data!;
  const movie = (await answer(admin.POST('/v1/admin/movies', { body: { title: 'Typed', languages: ['en'], genres: ['drama'], durationMinutes: 90 } }))).data!;
  const doomed = (await answer(partner.POST('/v1/partner/theatres', { body: { externalRef: 'doomed', name: 'Doomed', cityId: city.id, address: '1 Road' } }))).data!;
  const deleted = await answer(partner.DELETE('/v1/partner/theatres/{theatreId}', { params: { path: { theatreId: doomed.id } } }));
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  t.equal(deleted.data, undefined);

  const theatre = (await answer(partner.POST('/v1/partner/theatres', { body: { externalRef: 'typed', name: 'Typed', cityId: city.id, address: '1 Road', status: 'live' } }))).data!;
  const screen = (await answer(partner.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef: 's1', name: 'Screen 1' } }))).data!;
  await answer(partner.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: screen.id } }, body: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }] }] } }));
  const showtime = (await answer(partner.POST('/v1/partner/theatres/{theatreId}/showtimes', {
    params: { path: { theatreId: theatre.id } },
    body: { externalRef: 'sh-1', screenId: screen.id, movieId: movie.id, language: 'en', format: '2D', startsAt: '2030-01-01T10:00:00Z', prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }] },
  }))).data!;
  const map = await answer(typedClient(app).GET('/v1/showtimes/{showtimeId}/seat-map', { params: { path: { showtimeId: showtime.id } } }));
  t.equal(map.statusCode, 200);
  const cached = await answer(typedClient(app).GET('/v1/showtimes/{showtimeId}/seat-map', { params: { path: { showtimeId: showtime.id } }, headers: { 'if-none-match': map.headers.etag! } }));
  t.equal(cached.statusCode, 304);
  t.equal(cached.body, '');
  t.equal(cached.headers.etag, map.headers.etag, 'with its ETag');
});

t.test('requests are checked against the contract by tsc', async (t) => {
  // @ts-expect-error: a city has no `colour`; a wrong body fails the type check.
  const wrongBody = () => admin.POST('/v1/admin/cities', { body: { name: 'X', country: 'IN', timeZone: 'Asia/Kolkata', colour: 'red' } });
  // @ts-expect-error: nor may a path the contract does not have be called.
  const wrongPath = () => admin.GET('/v1/no-such-path');
  // @ts-expect-error: and a path parameter the path needs may not be left out.
  const missingParameter = () => admin.GET('/v1/movies/{movieId}', {});
  t.type(wrongBody, 'function');
  t.type(wrongPath, 'function');
  t.type(missingParameter, 'function');
});
