import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { AFTERNOON, THIRD_TICKET, pricingWorld } from '../../helpers/pricing-world.ts';

const { app, adminKey, db } = await buildTestApp(t);
const admin = { authorization: `Bearer ${adminKey}` };
const world = await pricingWorld(app, adminKey, 'Offer Admin');
const city = await world.city('Offer City');
const theatre = await world.theatre({ city });

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, headers: Record<string, string> = admin) {
  const response = await app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}
const issuesOf = (body: { errors?: { path: string; code: string }[] }) => (body.errors ?? []).map((issue) => `${issue.path} ${issue.code}`).sort();
const auditOf = async (offerId: string) =>
  (await call('GET', '/v1/admin/audit-log?limit=100')).body.data.filter((record: { targetIds: string[] }) => record.targetIds.includes(offerId));

const morningWindow = {
  name: 'Mornings: 15% off', kind: 'time_window', percentOff: 15, windowStart: '09:00', windowEnd: '12:00', daysOfWeek: [5, 1, 2],
  scope: 'cities', scopeIds: [city.id], validFrom: '2030-01-01', validUntil: '2030-12-31', priority: 40,
};

t.test('create, read, list, filter and page offers; the seeded two are there', async (t) => {
  const created = await call('POST', '/v1/admin/offers', morningWindow, { ...admin, 'idempotency-key': 'offer-1' });
  t.equal(created.status, 201);
  const offer = created.body;
  t.match(offer, {
    id: /^off_[0-9A-Z]{26}$/, name: 'Mornings: 15% off', description: null, kind: 'time_window', percentOff: 15, nth: null, repeats: false,
    windowStart: '09:00', windowEnd: '12:00', daysOfWeek: [1, 2, 5], scope: 'cities', scopeIds: [city.id],
    validFrom: '2030-01-01', validUntil: '2030-12-31', priority: 40, status: 'active', version: 1,
  });
  t.equal(created.headers.etag, `"${offer.id}.1"`);
  t.equal(created.headers.location, `/v1/admin/offers/${offer.id}`);
  const replay = await call('POST', '/v1/admin/offers', morningWindow, { ...admin, 'idempotency-key': 'offer-1' });
  t.same(replay.body, offer, 'an idempotent retry creates nothing new');
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.equal((await call('POST', '/v1/admin/offers', { ...morningWindow, percentOff: 16 }, { ...admin, 'idempotency-key': 'offer-1' })).status, 422);

  const read = await call('GET', `/v1/admin/offers/${offer.id}`);
  t.same(read.body, offer);
  t.equal(read.headers.etag, `"${offer.id}.1"`);

  const seeded = (await call('GET', `/v1/admin/offers/${THIRD_TICKET.id}`)).body;
  t.match(seeded, { name: THIRD_TICKET.name, kind: 'nth_ticket', nth: 3, repeats: false, percentOff: 50, scope: 'all', priority: 200, status: 'active' });
  t.match((await call('GET', `/v1/admin/offers/${AFTERNOON.id}`)).body, {
    name: AFTERNOON.name, kind: 'time_window', windowStart: '12:00', windowEnd: '17:00', daysOfWeek: null, percentOff: 20, scope: 'all', priority: 100,
  });

  const all = (await call('GET', '/v1/admin/offers')).body;
  t.same(all.data.map((o: { id: string }) => o.id), [offer.id, AFTERNOON.id, THIRD_TICKET.id], 'newest first');
  const page = (await call('GET', '/v1/admin/offers?limit=2')).body;
  t.equal(page.data.length, 2);
  const next = (await call('GET', `/v1/admin/offers?limit=2&cursor=${page.nextCursor}`)).body;
  t.same(next, { data: [all.data[2]], nextCursor: null });
  t.same((await call('GET', '/v1/admin/offers?status=disabled')).body, { data: [], nextCursor: null });
  t.equal((await call('GET', '/v1/admin/offers?status=paused')).status, 400);
  t.equal((await call('GET', '/v1/admin/offers?cursor=garbage')).body.errors[0].code, 'invalid_cursor');

  const [record] = await auditOf(offer.id);
  t.match(record, { action: 'offer.created', actorType: 'admin', targetType: 'offer' });
});

t.test('an nth-ticket offer, and every kind-specific refusal at once', async (t) => {
  const nth = await call('POST', '/v1/admin/offers', { name: 'Fourth free', kind: 'nth_ticket', nth: 4, repeats: true, percentOff: 100 });
  t.equal(nth.status, 201);
  t.match(nth.body, { nth: 4, repeats: true, windowStart: null, windowEnd: null, daysOfWeek: null, scope: 'all', scopeIds: [], priority: 0 });

  const wrongForNth = await call('POST', '/v1/admin/offers', { name: 'x', kind: 'nth_ticket', percentOff: 10, windowStart: '10:00', windowEnd: '11:00', daysOfWeek: [1] });
  t.equal(wrongForNth.status, 400);
  t.same(issuesOf(wrongForNth.body), ['/body/daysOfWeek not_allowed_for_kind', '/body/nth required', '/body/windowEnd not_allowed_for_kind', '/body/windowStart not_allowed_for_kind']);

  const wrongForWindow = await call('POST', '/v1/admin/offers', { name: 'x', kind: 'time_window', percentOff: 10, nth: 3, repeats: true, scope: 'cities', validFrom: '2030-02-01', validUntil: '2030-01-31' });
  t.same(issuesOf(wrongForWindow.body), [
    '/body/nth not_allowed_for_kind', '/body/repeats not_allowed_for_kind', '/body/scopeIds required', '/body/validUntil before_valid_from',
    '/body/windowEnd required', '/body/windowStart required',
  ]);
  const empty = await call('POST', '/v1/admin/offers', { ...morningWindow, windowEnd: '09:00' });
  t.same(issuesOf(empty.body), ['/body/windowEnd empty_window']);
  const allWithIds = await call('POST', '/v1/admin/offers', { ...morningWindow, scope: 'all' });
  t.same(issuesOf(allWithIds.body), ['/body/scopeIds not_allowed_for_scope']);

  const schema = await call('POST', '/v1/admin/offers', { name: '', kind: 'bogo', percentOff: 101, nth: 1, windowStart: '24:00', daysOfWeek: [0, 8], priority: -1, extra: 1 });
  t.equal(schema.status, 400);
  t.same(issuesOf(schema.body), [
    '/body/daysOfWeek/0 too_small', '/body/daysOfWeek/1 too_large', '/body/extra unknown_field', '/body/kind invalid_value', '/body/name too_short',
    '/body/nth invalid_value', '/body/percentOff too_large', '/body/priority too_small', '/body/windowStart invalid_value',
  ].sort());
  t.equal((await call('POST', '/v1/admin/offers', { ...morningWindow, percentOff: 0 })).body.errors[0].path, '/body/percentOff');
  t.equal((await call('POST', '/v1/admin/offers', { ...morningWindow, percentOff: '10' })).body.errors[0].code, 'invalid_type', 'no coercion of bodies');
});

t.test('a window may wrap past midnight', async (t) => {
  const late = await call('POST', '/v1/admin/offers', { name: 'Late night: 25% off', kind: 'time_window', percentOff: 25, windowStart: '22:00', windowEnd: '02:00', scope: 'theatres', scopeIds: [theatre.id] });
  t.equal(late.status, 201);
  const at = async (local: string) => (await app.inject(`/v1/offers?showtimeId=${(await world.showtime(theatre, local)).id}`)).json().data.map((o: { id: string }) => o.id);
  t.ok((await at('2030-05-01T23:00')).includes(late.body.id), '23:00 is inside 22:00–02:00');
  t.ok((await at('2030-05-02T01:30')).includes(late.body.id), '01:30 is inside 22:00–02:00');
  t.notOk((await at('2030-05-02T09:00')).includes(late.body.id), '09:00 is not');
  await call('POST', `/v1/admin/offers/${late.body.id}/disable`);
});

t.test('scope ids must exist: 422 pointing at each unknown one', async (t) => {
  const cities = await call('POST', '/v1/admin/offers', { ...morningWindow, scopeIds: [city.id, 'cty_nowhere', 'cty_atlantis'] });
  t.equal(cities.status, 422);
  t.match(cities.body, { code: 'unknown_scope_ids', status: 422 });
  t.same(issuesOf(cities.body), ['/body/scopeIds/1 not_found', '/body/scopeIds/2 not_found']);
  const theatres = await call('POST', '/v1/admin/offers', { ...morningWindow, scope: 'theatres', scopeIds: [city.id] });
  t.same(issuesOf(theatres.body), ['/body/scopeIds/0 not_found'], 'a city id is not a theatre id');
  t.equal((await call('POST', '/v1/admin/offers', { ...morningWindow, scope: 'theatres', scopeIds: [theatre.id] })).status, 201);
  const [counted] = await db.execute<{ count: number }>(sql`select count(*)::int as count from offers where name = ${morningWindow.name}`);
  t.equal(counted?.count, 2, 'nothing was written by the refusals');
});

t.test('update with If-Match: 412 on a stale ETag, no-op patches write nothing, every change audited', async (t) => {
  const offer = (await call('POST', '/v1/admin/offers', { ...morningWindow, name: 'Patch me' })).body;
  const changed = await call('PATCH', `/v1/admin/offers/${offer.id}`, { percentOff: 25, validUntil: null, daysOfWeek: null }, { ...admin, 'if-match': `"${offer.id}.1"` });
  t.equal(changed.status, 200);
  t.match(changed.body, { percentOff: 25, validUntil: null, daysOfWeek: null, version: 2, windowStart: '09:00' });
  t.equal(changed.headers.etag, `"${offer.id}.2"`);

  const stale = await call('PATCH', `/v1/admin/offers/${offer.id}`, { percentOff: 30 }, { ...admin, 'if-match': `"${offer.id}.1"` });
  t.equal(stale.status, 412);
  t.equal(stale.body.code, 'precondition_failed');
  t.equal((await call('PATCH', `/v1/admin/offers/${offer.id}`, { percentOff: 30 }, { ...admin, 'if-match': `"${THIRD_TICKET.id}.1"` })).status, 412, 'another offer\'s ETag');
  t.equal((await call('GET', `/v1/admin/offers/${offer.id}`)).body.percentOff, 25, 'the stale write changed nothing');

  const same = await call('PATCH', `/v1/admin/offers/${offer.id}`, { percentOff: 25, windowStart: '09:00' });
  t.equal(same.body.version, 2, 'a patch that changes nothing writes nothing');

  const toAll = await call('PATCH', `/v1/admin/offers/${offer.id}`, { scope: 'all' }, { ...admin, 'if-match': '*' });
  t.match(toAll.body, { scope: 'all', scopeIds: [], version: 3 });
  const badScope = await call('PATCH', `/v1/admin/offers/${offer.id}`, { scope: 'theatres', scopeIds: ['thr_ghost'] });
  t.equal(badScope.status, 422);
  t.same(issuesOf(badScope.body), ['/body/scopeIds/0 not_found']);
  const wrongKind = await call('PATCH', `/v1/admin/offers/${offer.id}`, { nth: 2, windowEnd: '09:00' });
  t.same(issuesOf(wrongKind.body), ['/body/nth not_allowed_for_kind', '/body/windowEnd empty_window']);
  t.equal((await call('PATCH', `/v1/admin/offers/${offer.id}`, { kind: 'nth_ticket' })).status, 400, 'an offer keeps its kind');
  t.equal((await call('PATCH', `/v1/admin/offers/${offer.id}`, {})).status, 400, 'an empty patch');
  t.equal((await call('PATCH', '/v1/admin/offers/off_missing', { percentOff: 5 })).status, 404);

  const audit = await auditOf(offer.id);
  t.same(audit.map((record: { action: string }) => record.action), ['offer.updated', 'offer.updated', 'offer.created']);
  t.same(audit[1].details, { percentOff: { from: 15, to: 25 }, validUntil: { from: '2030-12-31', to: null }, daysOfWeek: { from: [1, 2, 5], to: null } });
});

t.test('disable and enable: idempotent, audited once per real change', async (t) => {
  const offer = (await call('POST', '/v1/admin/offers', { ...morningWindow, name: 'Toggle me' })).body;
  const disabled = await call('POST', `/v1/admin/offers/${offer.id}/disable`, undefined, { ...admin, 'idempotency-key': 'off-toggle' });
  t.match(disabled.body, { status: 'disabled', version: 2 });
  t.equal(disabled.headers.etag, `"${offer.id}.2"`);
  t.match((await call('POST', `/v1/admin/offers/${offer.id}/disable`)).body, { status: 'disabled', version: 2 }, 'disabling again changes nothing');
  t.same((await call('GET', '/v1/admin/offers?status=disabled')).body.data.map((o: { id: string }) => o.id).includes(offer.id), true);
  t.match((await call('POST', `/v1/admin/offers/${offer.id}/enable`)).body, { status: 'active', version: 3 });
  t.equal((await call('POST', '/v1/admin/offers/off_missing/enable')).status, 404);
  t.same((await auditOf(offer.id)).map((record: { action: string }) => record.action), ['offer.enabled', 'offer.disabled', 'offer.created']);
});

t.test('partners and anonymous callers may not touch offers', async (t) => {
  const partner = await onboardPartner(app, adminKey, { name: 'Nosy' });
  const aggregator = await onboardPartner(app, adminKey, { name: 'Nosier', kind: 'aggregator' });
  const requests: ['GET' | 'POST' | 'PATCH', string, object?][] = [
    ['POST', '/v1/admin/offers', morningWindow],
    ['GET', '/v1/admin/offers'],
    ['GET', `/v1/admin/offers/${THIRD_TICKET.id}`],
    ['PATCH', `/v1/admin/offers/${THIRD_TICKET.id}`, { percentOff: 99 }],
    ['POST', `/v1/admin/offers/${THIRD_TICKET.id}/disable`],
    ['POST', `/v1/admin/offers/${THIRD_TICKET.id}/enable`],
  ];
  for (const [method, url, payload] of requests) {
    t.equal((await call(method, url, payload, {})).status, 401, `${method} ${url} anonymous`);
    t.equal((await call(method, url, payload, { authorization: 'Bearer mq_test_not-a-key' })).status, 401, `${method} ${url} bad key`);
    for (const who of [partner, aggregator]) {
      const response = await call(method, url, payload, who.headers);
      t.equal(response.status, 403, `${method} ${url} as a ${who.partner.kind} partner`);
      t.equal(response.body.code, 'insufficient_scope');
    }
  }
  t.match((await call('GET', `/v1/admin/offers/${THIRD_TICKET.id}`)).body, { percentOff: 50, status: 'active', version: 1 }, 'nothing changed');
});
