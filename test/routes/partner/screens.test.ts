import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';

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

const screensOf = (theatreId: string) => `/v1/partner/theatres/${theatreId}/screens`;

async function createScreen(externalRef: string, name = `Screen ${externalRef}`) {
  const response = await app.inject({ method: 'POST', url: screensOf(theatre.id), headers: owner.headers, payload: { externalRef, name } });
  if (response.statusCode !== 201) throw new Error(`createScreen answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

const oneRow = { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] };

async function pushLayout(screenId: string) {
  const response = await app.inject({ method: 'POST', url: `/v1/partner/screens/${screenId}/layouts`, headers: owner.headers, payload: oneRow });
  if (response.statusCode !== 201) throw new Error(`createSeatLayout answered ${response.statusCode}: ${response.body}`);
  return response.json();
}

async function auditActions(since: string) {
  const log = await app.inject({ url: `/v1/partner/audit-log?from=${encodeURIComponent(since)}&limit=100`, headers: owner.headers });
  return log.json().data.map((record: { action: string }) => record.action).reverse();
}

t.test('create, read and list screens, each with an ETag', async (t) => {
  const created = await app.inject({ method: 'POST', url: screensOf(theatre.id), headers: owner.headers, payload: { externalRef: 'AUDI-1', name: 'Audi 1' } });
  t.equal(created.statusCode, 201);
  const screen = created.json();
  t.match(screen, { id: /^scr_[0-9A-Z]{26}$/, theatreId: theatre.id, externalRef: 'AUDI-1', name: 'Audi 1', status: 'active', version: 1, currentLayout: null });
  t.equal(created.headers.etag, `"${screen.id}.1"`);
  t.equal(created.headers.location, `/v1/partner/screens/${screen.id}`);

  const read = await app.inject({ url: `/v1/partner/screens/${screen.id}`, headers: owner.headers });
  t.equal(read.statusCode, 200);
  t.same(read.json(), screen);
  t.equal(read.headers.etag, created.headers.etag);

  await createScreen('AUDI-2');
  const firstPage = (await app.inject({ url: `${screensOf(theatre.id)}?limit=1`, headers: owner.headers })).json();
  t.equal(firstPage.data[0].externalRef, 'AUDI-2', 'newest first');
  const secondPage = (await app.inject({ url: `${screensOf(theatre.id)}?limit=1&cursor=${firstPage.nextCursor}`, headers: owner.headers })).json();
  t.equal(secondPage.data[0].externalRef, 'AUDI-1');

  await pushLayout(screen.id);
  t.equal((await app.inject({ url: `/v1/partner/screens/${screen.id}`, headers: owner.headers })).json().currentLayout, 1);
});

t.test('refusals: 400 listing every field, 404 for unknown ids, 409 for a reference in use', async (t) => {
  const bad = await app.inject({ method: 'POST', url: screensOf(theatre.id), headers: owner.headers, payload: { externalRef: '-x y', name: '', seats: 3 } });
  t.equal(bad.statusCode, 400);
  t.same(
    bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/body/externalRef invalid_format', '/body/name too_short', '/body/seats unknown_field'],
  );
  const badPatch = await app.inject({ method: 'PATCH', url: '/v1/partner/screens/scr_x', headers: owner.headers, payload: { status: 'closed' } });
  t.same(badPatch.json().errors.map((issue: { path: string }) => issue.path), ['/body/status']);
  const emptyPatch = await app.inject({ method: 'PATCH', url: '/v1/partner/screens/scr_x', headers: owner.headers, payload: {} });
  t.equal(emptyPatch.statusCode, 400);

  for (const [method, url] of [
    ['POST', screensOf('thr_missing')],
    ['GET', screensOf('thr_missing')],
    ['PUT', `${screensOf('thr_missing')}/by-ref/X`],
    ['GET', '/v1/partner/screens/scr_missing'],
    ['PATCH', '/v1/partner/screens/scr_missing'],
    ['DELETE', '/v1/partner/screens/scr_missing'],
  ] as const) {
    const payload = method === 'POST' ? { externalRef: 'X', name: 'X' } : method === 'GET' || method === 'DELETE' ? undefined : { name: 'X' };
    const response = await app.inject({ method, url, headers: owner.headers, ...(payload ? { payload } : {}) });
    t.equal(response.statusCode, 404, `${method} ${url}`);
    t.equal(response.json().code, 'not_found');
  }

  await createScreen('DUP');
  const duplicate = await app.inject({ method: 'POST', url: screensOf(theatre.id), headers: owner.headers, payload: { externalRef: 'DUP', name: 'Again' } });
  t.equal(duplicate.statusCode, 409);
  t.equal(duplicate.json().code, 'external_ref_in_use');
  t.same(duplicate.json().errors.map((issue: { path: string }) => issue.path), ['/body/externalRef']);
});

t.test('PATCH honours If-Match; a patch that changes nothing writes nothing', async (t) => {
  const screen = await createScreen('PATCH-1', 'Old name');
  const since = new Date().toISOString();
  const renamed = await app.inject({
    method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, headers: { ...owner.headers, 'if-match': `"${screen.id}.1"` }, payload: { name: 'New name' },
  });
  t.equal(renamed.statusCode, 200);
  t.match(renamed.json(), { name: 'New name', version: 2 });
  t.equal(renamed.headers.etag, `"${screen.id}.2"`);

  const stale = await app.inject({
    method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, headers: { ...owner.headers, 'if-match': `"${screen.id}.1"` }, payload: { name: 'Lost update' },
  });
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'precondition_failed');
  const unchanged = await app.inject({ method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, headers: owner.headers, payload: { name: 'New name' } });
  t.match(unchanged.json(), { name: 'New name', version: 2 }, 'the stale write changed nothing; the same name bumps nothing');

  const retired = await app.inject({ method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, headers: owner.headers, payload: { status: 'retired' } });
  t.match(retired.json(), { status: 'retired', version: 3 });
  t.same(await auditActions(since), ['screen.updated', 'screen.retired']);
});

t.test('PUT by reference creates (201), replaces (200) and leaves an unchanged document alone', async (t) => {
  const url = `${screensOf(theatre.id)}/by-ref/POS-7`;
  const created = await app.inject({ method: 'PUT', url, headers: owner.headers, payload: { name: 'Screen 7' } });
  t.equal(created.statusCode, 201);
  const screen = created.json();
  t.match(screen, { externalRef: 'POS-7', name: 'Screen 7', status: 'active', version: 1 });
  t.equal(created.headers.location, `/v1/partner/screens/${screen.id}`);

  const same = await app.inject({ method: 'PUT', url, headers: owner.headers, payload: { name: 'Screen 7' } });
  t.equal(same.statusCode, 200);
  t.same(same.json(), screen, 'unchanged: no version bump, same updatedAt');
  t.equal(same.headers.etag, `"${screen.id}.1"`);

  const changed = await app.inject({ method: 'PUT', url, headers: { ...owner.headers, 'if-match': `"${screen.id}.1"` }, payload: { name: 'Screen 7 IMAX' } });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { id: screen.id, name: 'Screen 7 IMAX', version: 2 });

  const stale = await app.inject({ method: 'PUT', url, headers: { ...owner.headers, 'if-match': `"${screen.id}.1"` }, payload: { name: 'Lost' } });
  t.equal(stale.statusCode, 412);
  const missing = await app.inject({ method: 'PUT', url: `${screensOf(theatre.id)}/by-ref/NEW-1`, headers: { ...owner.headers, 'if-match': '"scr_x.1"' }, payload: { name: 'N' } });
  t.equal(missing.statusCode, 412, 'If-Match on a reference that does not exist yet');
  t.equal((await app.inject({ url: `/v1/partner/screens/${screen.id}`, headers: owner.headers })).json().name, 'Screen 7 IMAX');
});

t.test('DELETE removes an unused screen with its layouts, and refuses one a showtime used', async (t) => {
  const unused = await createScreen('GONE');
  const layout = await pushLayout(unused.id);
  const stale = await app.inject({ method: 'DELETE', url: `/v1/partner/screens/${unused.id}`, headers: { ...owner.headers, 'if-match': `"${unused.id}.9"` } });
  t.equal(stale.statusCode, 412);
  const deleted = await app.inject({ method: 'DELETE', url: `/v1/partner/screens/${unused.id}`, headers: { ...owner.headers, 'if-match': `"${unused.id}.1"` } });
  t.equal(deleted.statusCode, 204);
  t.equal(deleted.body, '');
  t.equal((await app.inject({ url: `/v1/partner/screens/${unused.id}`, headers: owner.headers })).statusCode, 404);
  t.equal((await app.inject({ url: `/v1/partner/screens/${unused.id}/layouts/1`, headers: owner.headers })).statusCode, 404);
  t.notOk(layout.id === undefined);

  const used = await createScreen('USED');
  const usedLayout = await pushLayout(used.id);
  const showtime = await venues.showtime({ theatre, screen: { id: used.id }, movie, startsAt: new Date('2030-12-01T10:00:00Z') });
  t.equal(showtime.layoutId, usedLayout.id, 'the showtime is on the pushed layout');
  const refused = await app.inject({ method: 'DELETE', url: `/v1/partner/screens/${used.id}`, headers: owner.headers });
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'layout_in_use', conflicts: [showtime.id] });
  t.equal((await app.inject({ url: `/v1/partner/screens/${used.id}/layouts/1`, headers: owner.headers })).statusCode, 200, 'nothing deleted');
});

t.test('POST takes an Idempotency-Key: a retry replays, another body is refused', async (t) => {
  const request = { method: 'POST' as const, url: screensOf(theatre.id), headers: { ...owner.headers, 'idempotency-key': 'screen-once' } };
  const first = await app.inject({ ...request, payload: { externalRef: 'IDEM', name: 'Idem' } });
  const retry = await app.inject({ ...request, payload: { name: 'Idem', externalRef: 'IDEM' } });
  t.equal(retry.statusCode, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, first.body);
  t.equal(retry.headers.etag, first.headers.etag);
  t.equal(retry.headers.location, first.headers.location);
  const other = await app.inject({ ...request, payload: { externalRef: 'IDEM-2', name: 'Other' } });
  t.equal(other.statusCode, 422);
  t.equal(other.json().code, 'idempotency_key_reused');
  const list = (await app.inject({ url: `${screensOf(theatre.id)}?limit=100`, headers: owner.headers })).json();
  t.same(list.data.filter((s: { externalRef: string }) => s.externalRef.startsWith('IDEM')).map((s: { externalRef: string }) => s.externalRef), ['IDEM']);
});

t.test('every write leaves an audit record', async (t) => {
  const since = new Date().toISOString();
  const screen = await createScreen('AUDITED');
  await app.inject({ method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, headers: owner.headers, payload: { name: 'Audited 2' } });
  await app.inject({ method: 'PUT', url: `${screensOf(theatre.id)}/by-ref/AUDITED`, headers: owner.headers, payload: { name: 'Audited 3' } });
  await app.inject({ method: 'DELETE', url: `/v1/partner/screens/${screen.id}`, headers: owner.headers });
  t.same(await auditActions(since), ['screen.created', 'screen.updated', 'screen.updated', 'screen.deleted']);
});

t.test("another partner's key finds nothing and changes nothing; aggregators and read-only keys are refused", async (t) => {
  const screen = await createScreen('MINE', 'Mine');
  const calls = [
    { method: 'POST', url: screensOf(theatre.id), payload: { externalRef: 'THEIRS', name: 'Theirs' } },
    { method: 'GET', url: screensOf(theatre.id) },
    { method: 'PUT', url: `${screensOf(theatre.id)}/by-ref/MINE`, payload: { name: 'Taken over' } },
    { method: 'GET', url: `/v1/partner/screens/${screen.id}` },
    { method: 'PATCH', url: `/v1/partner/screens/${screen.id}`, payload: { name: 'Taken over' } },
    { method: 'DELETE', url: `/v1/partner/screens/${screen.id}` },
  ] as const;
  for (const call of calls) {
    const label = `${call.method} ${call.url}`;
    const crossed = await app.inject({ ...call, headers: rival.headers });
    t.equal(crossed.statusCode, 404, `rival: ${label}`);
    t.equal(crossed.json().code, 'not_found');
    const byAggregator = await app.inject({ ...call, headers: aggregator.headers });
    t.equal(byAggregator.statusCode, 403, `aggregator: ${label}`);
    t.equal(byAggregator.json().code, 'insufficient_scope');
    if (call.method !== 'GET') t.equal((await app.inject({ ...call, headers: readOnly.headers })).statusCode, 403, `read-only: ${label}`);
  }
  const after = (await app.inject({ url: `/v1/partner/screens/${screen.id}`, headers: owner.headers })).json();
  t.same(after, screen, 'unchanged');
  const list = (await app.inject({ url: `${screensOf(theatre.id)}?limit=100`, headers: owner.headers })).json();
  t.notOk(list.data.some((s: { externalRef: string }) => s.externalRef === 'THEIRS'));
});
