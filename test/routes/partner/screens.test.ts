import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Pune' });
const owner = await onboardPartner(app, adminKey, { name: 'Lumière' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const readOnly = await onboardPartner(app, adminKey, { name: 'Read only', scopes: ['read'] });
const venues = fixture.venues(owner);
const theatre = await venues.theatre({ cityId: city.id, name: 'Lumière Koregaon Park' });
const movie = await fixture.movie({ title: 'Dune' });

const api = typedClient(app, owner.headers);
const inTheatre = (theatreId: string) => ({ params: { path: { theatreId } } });
const screenPath = (screenId: string) => ({ params: { path: { screenId } } });
const byRef = (theatreId: string, externalRef: string) => ({ params: { path: { theatreId, externalRef } } });
const readScreen = (screenId: string) => answer(api.GET('/v1/partner/screens/{screenId}', screenPath(screenId)));
const listScreens = (query: { limit?: number; cursor?: string }) => answer(api.GET('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), params: { ...inTheatre(theatre.id).params, query } }));

async function createScreen(externalRef: string, name = `Screen ${externalRef}`) {
  const response = await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), body: { externalRef, name } }));
  if (response.statusCode !== 201) throw new Error(`createScreen answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const oneRow: Schema<'SeatLayoutIn'> = { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] };

async function pushLayout(screenId: string) {
  const response = await answer(api.POST('/v1/partner/screens/{screenId}/layouts', { ...screenPath(screenId), body: oneRow }));
  if (response.statusCode !== 201) throw new Error(`createSeatLayout answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

async function auditActions(since: string) {
  const log = await answer(api.GET('/v1/partner/audit-log', { params: { query: { from: since, limit: 100 } } }));
  return log.json().data.map((record: { action: string }) => record.action).reverse();
}

t.test('create, read and list screens, each with an ETag', async (t) => {
  const created = await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), body: { externalRef: 'AUDI-1', name: 'Audi 1' } }));
  t.equal(created.statusCode, 201);
  const screen = created.json();
  t.match(screen, { id: /^scr_[0-9A-Z]{26}$/, theatreId: theatre.id, externalRef: 'AUDI-1', name: 'Audi 1', status: 'active', version: 1, currentLayout: null });
  t.equal(created.headers.etag, `"${screen.id}.1"`);
  t.equal(created.headers.location, `/v1/partner/screens/${screen.id}`);

  const read = await readScreen(screen.id);
  t.equal(read.statusCode, 200);
  t.same(read.json(), screen);
  t.equal(read.headers.etag, created.headers.etag);

  await createScreen('AUDI-2');
  const firstPage = (await listScreens({ limit: 1 })).json();
  t.equal(firstPage.data[0].externalRef, 'AUDI-2', 'newest first');
  const secondPage = (await listScreens({ limit: 1, cursor: firstPage.nextCursor })).json();
  t.equal(secondPage.data[0].externalRef, 'AUDI-1');

  await pushLayout(screen.id);
  t.equal((await readScreen(screen.id)).json().currentLayout, 1);
});

t.test('refusals: 400 listing every field, 404 for unknown ids, 409 for a reference in use', async (t) => {
  const bad = await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), body: invalid({ externalRef: '-x y', name: '', seats: 3 }) }));
  t.equal(bad.statusCode, 400);
  t.same(
    bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/body/externalRef invalid_format', '/body/name too_short', '/body/seats unknown_field'],
  );
  const badPatch = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath('scr_x'), body: invalid({ status: 'closed' }) }));
  t.same(badPatch.json().errors.map((issue: { path: string }) => issue.path), ['/body/status']);
  const emptyPatch = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath('scr_x'), body: invalid({}) }));
  t.equal(emptyPatch.statusCode, 400);

  const missing: [string, () => Promise<{ statusCode: number; json(): any }>][] = [
    ['POST /v1/partner/theatres/thr_missing/screens', () => answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre('thr_missing'), body: { externalRef: 'X', name: 'X' } }))],
    ['GET /v1/partner/theatres/thr_missing/screens', () => answer(api.GET('/v1/partner/theatres/{theatreId}/screens', inTheatre('thr_missing')))],
    ['PUT /v1/partner/theatres/thr_missing/screens/by-ref/X', () => answer(api.PUT('/v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}', { ...byRef('thr_missing', 'X'), body: { name: 'X' } }))],
    ['GET /v1/partner/screens/scr_missing', () => readScreen('scr_missing')],
    ['PATCH /v1/partner/screens/scr_missing', () => answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath('scr_missing'), body: { name: 'X' } }))],
    ['DELETE /v1/partner/screens/scr_missing', () => answer(api.DELETE('/v1/partner/screens/{screenId}', screenPath('scr_missing')))],
  ];
  for (const [label, send] of missing) {
    const response = await send();
    t.equal(response.statusCode, 404, label);
    t.equal(response.json().code, 'not_found');
  }

  await createScreen('DUP');
  const duplicate = await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), body: { externalRef: 'DUP', name: 'Again' } }));
  t.equal(duplicate.statusCode, 409);
  t.equal(duplicate.json().code, 'external_ref_in_use');
  t.same(duplicate.json().errors.map((issue: { path: string }) => issue.path), ['/body/externalRef']);
});

t.test('PATCH honours If-Match; a patch that changes nothing writes nothing', async (t) => {
  const screen = await createScreen('PATCH-1', 'Old name');
  const since = new Date().toISOString();
  const renamed = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), headers: { 'if-match': `"${screen.id}.1"` }, body: { name: 'New name' } }));
  t.equal(renamed.statusCode, 200);
  t.match(renamed.json(), { name: 'New name', version: 2 });
  t.equal(renamed.headers.etag, `"${screen.id}.2"`);

  const stale = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), headers: { 'if-match': `"${screen.id}.1"` }, body: { name: 'Lost update' } }));
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'precondition_failed');
  const unchanged = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), body: { name: 'New name' } }));
  t.match(unchanged.json(), { name: 'New name', version: 2 }, 'the stale write changed nothing; the same name bumps nothing');

  const retired = await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), body: { status: 'retired' } }));
  t.match(retired.json(), { status: 'retired', version: 3 });
  t.same(await auditActions(since), ['screen.updated', 'screen.retired']);
});

t.test('PUT by reference creates (201), replaces (200) and leaves an unchanged document alone', async (t) => {
  const put = (externalRef: string, name: string, headers: Record<string, string> = {}) =>
    answer(api.PUT('/v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}', { ...byRef(theatre.id, externalRef), headers, body: { name } }));
  const created = await put('POS-7', 'Screen 7');
  t.equal(created.statusCode, 201);
  const screen = created.json();
  t.match(screen, { externalRef: 'POS-7', name: 'Screen 7', status: 'active', version: 1 });
  t.equal(created.headers.location, `/v1/partner/screens/${screen.id}`);

  const same = await put('POS-7', 'Screen 7');
  t.equal(same.statusCode, 200);
  t.same(same.json(), screen, 'unchanged: no version bump, same updatedAt');
  t.equal(same.headers.etag, `"${screen.id}.1"`);

  const changed = await put('POS-7', 'Screen 7 IMAX', { 'if-match': `"${screen.id}.1"` });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { id: screen.id, name: 'Screen 7 IMAX', version: 2 });

  const stale = await put('POS-7', 'Lost', { 'if-match': `"${screen.id}.1"` });
  t.equal(stale.statusCode, 412);
  const missing = await put('NEW-1', 'N', { 'if-match': '"scr_x.1"' });
  t.equal(missing.statusCode, 412, 'If-Match on a reference that does not exist yet');
  t.equal((await readScreen(screen.id)).json().name, 'Screen 7 IMAX');
});

t.test('DELETE removes an unused screen with its layouts, and refuses one a showtime used', async (t) => {
  const remove = (screenId: string, headers: Record<string, string> = {}) => answer(api.DELETE('/v1/partner/screens/{screenId}', { ...screenPath(screenId), headers }));
  const layoutOne = (screenId: string) => answer(api.GET('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', { params: { path: { screenId, layoutVersion: 1 } } }));
  const unused = await createScreen('GONE');
  const layout = await pushLayout(unused.id);
  const stale = await remove(unused.id, { 'if-match': `"${unused.id}.9"` });
  t.equal(stale.statusCode, 412);
  const deleted = await remove(unused.id, { 'if-match': `"${unused.id}.1"` });
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  t.equal((await readScreen(unused.id)).statusCode, 404);
  t.equal((await layoutOne(unused.id)).statusCode, 404);
  t.notOk(layout.id === undefined);

  const used = await createScreen('USED');
  const usedLayout = await pushLayout(used.id);
  const showtime = await venues.showtime({ theatre, screen: { id: used.id }, movie, startsAt: new Date('2030-12-01T10:00:00Z') });
  t.equal(showtime.layoutId, usedLayout.id, 'the showtime is on the pushed layout');
  const refused = await remove(used.id);
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'layout_in_use', conflicts: [showtime.id] });
  t.equal((await layoutOne(used.id)).statusCode, 200, 'nothing deleted');
});

t.test('POST takes an Idempotency-Key: a retry replays, another body is refused', async (t) => {
  const post = (body: { externalRef: string; name: string }) =>
    answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), headers: { 'idempotency-key': 'screen-once' }, body }));
  const first = await post({ externalRef: 'IDEM', name: 'Idem' });
  const retry = await post({ name: 'Idem', externalRef: 'IDEM' });
  t.equal(retry.statusCode, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, first.body);
  t.equal(retry.headers.etag, first.headers.etag);
  t.equal(retry.headers.location, first.headers.location);
  const other = await post({ externalRef: 'IDEM-2', name: 'Other' });
  t.equal(other.statusCode, 422);
  t.equal(other.json().code, 'idempotency_key_reused');
  const list = (await listScreens({ limit: 100 })).json();
  t.same(list.data.filter((s: { externalRef: string }) => s.externalRef.startsWith('IDEM')).map((s: { externalRef: string }) => s.externalRef), ['IDEM']);
});

t.test('every write leaves an audit record', async (t) => {
  const since = new Date().toISOString();
  const screen = await createScreen('AUDITED');
  await answer(api.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), body: { name: 'Audited 2' } }));
  await answer(api.PUT('/v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}', { ...byRef(theatre.id, 'AUDITED'), body: { name: 'Audited 3' } }));
  await answer(api.DELETE('/v1/partner/screens/{screenId}', screenPath(screen.id)));
  t.same(await auditActions(since), ['screen.created', 'screen.updated', 'screen.updated', 'screen.deleted']);
});

t.test("another partner's key finds nothing and changes nothing; aggregators and read-only keys are refused", async (t) => {
  const screen = await createScreen('MINE', 'Mine');
  const calls: { method: string; url: string; send: (as: Api) => Promise<{ statusCode: number; json(): any }> }[] = [
    { method: 'POST', url: `/v1/partner/theatres/${theatre.id}/screens`, send: (as) => answer(as.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre(theatre.id), body: { externalRef: 'THEIRS', name: 'Theirs' } })) },
    { method: 'GET', url: `/v1/partner/theatres/${theatre.id}/screens`, send: (as) => answer(as.GET('/v1/partner/theatres/{theatreId}/screens', inTheatre(theatre.id))) },
    { method: 'PUT', url: `/v1/partner/theatres/${theatre.id}/screens/by-ref/MINE`, send: (as) => answer(as.PUT('/v1/partner/theatres/{theatreId}/screens/by-ref/{externalRef}', { ...byRef(theatre.id, 'MINE'), body: { name: 'Taken over' } })) },
    { method: 'GET', url: `/v1/partner/screens/${screen.id}`, send: (as) => answer(as.GET('/v1/partner/screens/{screenId}', screenPath(screen.id))) },
    { method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, send: (as) => answer(as.PATCH('/v1/partner/screens/{screenId}', { ...screenPath(screen.id), body: { name: 'Taken over' } })) },
    { method: 'DELETE', url: `/v1/partner/screens/${screen.id}`, send: (as) => answer(as.DELETE('/v1/partner/screens/{screenId}', screenPath(screen.id))) },
  ];
  for (const call of calls) {
    const label = `${call.method} ${call.url}`;
    const crossed = await call.send(typedClient(app, rival.headers));
    t.equal(crossed.statusCode, 404, `rival: ${label}`);
    t.equal(crossed.json().code, 'not_found');
    const byAggregator = await call.send(typedClient(app, aggregator.headers));
    t.equal(byAggregator.statusCode, 403, `aggregator: ${label}`);
    t.equal(byAggregator.json().code, 'insufficient_scope');
    if (call.method !== 'GET') t.equal((await call.send(typedClient(app, readOnly.headers))).statusCode, 403, `read-only: ${label}`);
  }
  const after = (await readScreen(screen.id)).json();
  t.same(after, screen, 'unchanged');
  const list = (await listScreens({ limit: 100 })).json();
  t.notOk(list.data.some((s: { externalRef: string }) => s.externalRef === 'THEIRS'));
});
