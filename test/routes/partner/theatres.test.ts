import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient } from '../../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const mumbai = await fixture.city({ name: 'Mumbai' });
const dubai = await fixture.city({ name: 'Dubai', country: 'AE', timeZone: 'Asia/Dubai' });
const owner = await onboardPartner(app, adminKey, { name: 'Lumière' });

const theatreIn = { externalRef: 'bandra-1', name: 'Lumière Bandra', cityId: mumbai.id, address: '14 Hill Road, Bandra West' };

const api = typedClient(app, owner.headers);
const publicApi = typedClient(app);
const theatreId = (id: string) => ({ params: { path: { theatreId: id } } });
const create = (body: typeof theatreIn, headers: Record<string, string> = {}) => answer(api.POST('/v1/partner/theatres', { body, headers }));

t.test('create: a draft with defaults, its ETag and its location', async (t) => {
  const created = await create(theatreIn);
  t.equal(created.statusCode, 201);
  const theatre = created.json();
  t.match(theatre, {
    id: /^thr_/, externalRef: 'bandra-1', status: 'draft', timeZone: 'Asia/Kolkata', cleaningBufferMinutes: 15,
    cancellationCutoffMinutes: 60, payAtVenue: false, postalCode: null, location: null, version: 1,
  });
  t.equal(created.headers.etag, `"${theatre.id}.1"`);
  t.equal(created.headers.location, `/v1/partner/theatres/${theatre.id}`);
  const read = await answer(api.GET('/v1/partner/theatres/{theatreId}', theatreId(theatre.id)));
  t.same(read.json(), theatre);
  t.equal(read.headers.etag, created.headers.etag);
  t.equal((await answer(publicApi.GET('/v1/theatres/{theatreId}', theatreId(theatre.id)))).statusCode, 404, 'a draft is invisible to the public');

  const duplicate = await create({ ...theatreIn, name: 'Another' });
  t.equal(duplicate.statusCode, 409);
  t.equal(duplicate.json().code, 'external_ref_in_use');
  t.equal(duplicate.json().errors[0].path, '/body/externalRef');
});

t.test('bad input lists every field; an unknown city is named', async (t) => {
  const bad = await answer(api.POST('/v1/partner/theatres', { body: invalid({
    externalRef: 'has space', name: '', cityId: mumbai.id, address: 'x', timeZone: 'Mars/Base', cleaningBufferMinutes: -1, location: { latitude: 91, longitude: 0 }, colour: 'red',
  }) }));
  t.equal(bad.statusCode, 400);
  t.same(
    bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/body/cleaningBufferMinutes too_small', '/body/colour unknown_field', '/body/externalRef invalid_format', '/body/location/latitude too_large', '/body/name too_short', '/body/timeZone invalid_format'],
  );
  const unknownCity = await create({ ...theatreIn, externalRef: 'x-1', cityId: 'cty_missing' });
  t.equal(unknownCity.statusCode, 400);
  t.same(unknownCity.json().errors, [{ path: '/body/cityId', message: 'is not a known city', code: 'not_found' }]);
});

t.test('update with If-Match: stale is 412 and changes nothing; no-op changes nothing', async (t) => {
  const theatre = (await create({ ...theatreIn, externalRef: 'andheri-1', name: 'Andheri' })).json();
  const etag = `"${theatre.id}.1"`;
  const published = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(theatre.id), body: { status: 'live', payAtVenue: true }, headers: { 'if-match': etag } }));
  t.equal(published.statusCode, 200);
  t.match(published.json(), { status: 'live', payAtVenue: true, version: 2 });
  t.equal(published.headers.etag, `"${theatre.id}.2"`);
  t.equal((await answer(publicApi.GET('/v1/theatres/{theatreId}', theatreId(theatre.id)))).statusCode, 200, 'live: the public sees it');

  const stale = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(theatre.id), body: { name: 'Renamed' }, headers: { 'if-match': etag } }));
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'precondition_failed');
  t.equal((await answer(api.GET('/v1/partner/theatres/{theatreId}', theatreId(theatre.id)))).json().name, 'Andheri', 'nothing changed');
  const otherResource = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(theatre.id), body: { name: 'Renamed' }, headers: { 'if-match': '"thr_other.2"' } }));
  t.equal(otherResource.statusCode, 412, "another resource's ETag never matches");

  const noop = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(theatre.id), body: { status: 'live' } }));
  t.equal(noop.json().version, 2, 'no change, no new version');
  const empty = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(theatre.id), body: invalid({}) }));
  t.equal(empty.statusCode, 400);
});

t.test('PUT by reference creates, then replaces, then changes nothing', async (t) => {
  const byRef = (externalRef: string) => ({ params: { path: { externalRef } } });
  const put = (externalRef: string, body: typeof document, headers: Record<string, string> = {}) =>
    answer(api.PUT('/v1/partner/theatres/by-ref/{externalRef}', { ...byRef(externalRef), body, headers }));
  const document = { name: 'Juhu', cityId: dubai.id, address: '7 Beach Road', status: 'live' as const };
  const created = await put('juhu-7', document);
  t.equal(created.statusCode, 201);
  t.match(created.json(), { externalRef: 'juhu-7', timeZone: 'Asia/Dubai', version: 1 });
  t.match(created.headers.location, /^\/v1\/partner\/theatres\/thr_/);
  const replaced = await put('juhu-7', { ...document, name: 'Juhu Beach' });
  t.equal(replaced.statusCode, 200);
  t.match(replaced.json(), { id: created.json().id, name: 'Juhu Beach', version: 2 });
  const same = await put('juhu-7', { ...document, name: 'Juhu Beach' });
  t.equal(same.json().version, 2, 'an unchanged document writes nothing');
  const stale = await put('juhu-7', { ...document, name: 'Old' }, { 'if-match': `"${created.json().id}.1"` });
  t.equal(stale.statusCode, 412);
  const nothingToMatch = await put('new-9', document, { 'if-match': '"thr_x.1"' });
  t.equal(nothingToMatch.statusCode, 412);
});

t.test('list and delete', async (t) => {
  const list = (await answer(api.GET('/v1/partner/theatres', { params: { query: { status: 'live' } } }))).json();
  t.ok(list.data.length >= 2);
  t.ok(list.data.every((theatre: { status: string }) => theatre.status === 'live'));
  const doomed = (await create({ ...theatreIn, externalRef: 'doomed' })).json();
  const stale = await answer(api.DELETE('/v1/partner/theatres/{theatreId}', { ...theatreId(doomed.id), headers: { 'if-match': `"${doomed.id}.9"` } }));
  t.equal(stale.statusCode, 412);
  const deleted = await answer(api.DELETE('/v1/partner/theatres/{theatreId}', theatreId(doomed.id)));
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  t.equal((await answer(api.GET('/v1/partner/theatres/{theatreId}', theatreId(doomed.id)))).statusCode, 404);

  const busy = (await create({ ...theatreIn, externalRef: 'busy' })).json();
  const venues = fixture.venues(owner);
  const screen = await venues.screen(busy.id);
  const movie = await fixture.movie({ title: 'Busy Movie' });
  await venues.showtime({ theatre: busy, screen, movie, startsAt: new Date('2030-01-01T10:00:00Z') });
  const refused = await answer(api.DELETE('/v1/partner/theatres/{theatreId}', theatreId(busy.id)));
  t.equal(refused.statusCode, 409);
  t.equal(refused.json().code, 'theatre_has_showtimes');
  const moved = await answer(api.PATCH('/v1/partner/theatres/{theatreId}', { ...theatreId(busy.id), body: { cityId: dubai.id } }));
  t.equal(moved.statusCode, 409, 'nor move to another city');
});

t.test('idempotent creation and the audit trail', async (t) => {
  const headers = { 'idempotency-key': 'create-versova' };
  const first = await create({ ...theatreIn, externalRef: 'versova' }, headers);
  const retry = await create({ ...theatreIn, externalRef: 'versova' }, headers);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, first.body);
  t.equal(retry.headers.etag, first.headers.etag);
  const audit = (await answer(api.GET('/v1/partner/audit-log', { params: { query: { limit: 100 } } }))).json();
  const created = audit.data.filter((record: { action: string; targetIds: string[] }) => record.action === 'theatre.created' && record.targetIds[0] === first.json().id);
  t.equal(created.length, 1, 'one theatre, one record');
  t.match(created[0], { actorType: 'partner', partnerId: owner.partner.id, apiKeyId: owner.key.id });
});
