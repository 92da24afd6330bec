import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { AFTERNOON, THIRD_TICKET, pricingWorld } from '../../helpers/pricing-world.ts';
import { answer, invalid, typedClient, type Api, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey, db } = await buildTestApp(t);
const admin = { authorization: `Bearer ${adminKey}` };
const world = await pricingWorld(app, adminKey, 'Offer Admin');
const city = await world.city('Offer City');
const theatre = await world.theatre({ city });

const api = typedClient(app, admin);
/** An answer as these tests read it: the status, the parsed body and the headers. */
async function shaped(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}
type Headers = Record<string, string>;
const createOffer = (body: Schema<'OfferIn'>, headers: Headers = {}, client: Api = api) => shaped(client.POST('/v1/admin/offers', { body, headers }));
const getOffer = (offerId: string, client: Api = api) => shaped(client.GET('/v1/admin/offers/{offerId}', { params: { path: { offerId } } }));
const listOffers = (query: { status?: 'active' | 'disabled'; limit?: number; cursor?: string } = {}, client: Api = api) =>
  shaped(client.GET('/v1/admin/offers', { params: { query } }));
const patchOffer = (offerId: string, body: Schema<'OfferPatch'>, headers: Headers = {}, client: Api = api) =>
  shaped(client.PATCH('/v1/admin/offers/{offerId}', { params: { path: { offerId } }, body, headers }));
const disable = (offerId: string, headers: Headers = {}, client: Api = api) =>
  shaped(client.POST('/v1/admin/offers/{offerId}/disable', { params: { path: { offerId } }, headers }));
const enable = (offerId: string, client: Api = api) => shaped(client.POST('/v1/admin/offers/{offerId}/enable', { params: { path: { offerId } } }));
const issuesOf = (body: { errors?: { path: string; code: string }[] }) => (body.errors ?? []).map((issue) => `${issue.path} ${issue.code}`).sort();
const auditOf = async (offerId: string) =>
  (await shaped(api.GET('/v1/admin/audit-log', { params: { query: { limit: 100 } } }))).body.data.filter((record: { targetIds: string[] }) => record.targetIds.includes(offerId));

const morningWindow: Schema<'OfferIn'> = {
  name: 'Mornings: 15% off', kind: 'time_window', percentOff: 15, windowStart: '09:00', windowEnd: '12:00', daysOfWeek: [5, 1, 2],
  scope: 'cities', scopeIds: [city.id], validFrom: '2030-01-01', validUntil: '2030-12-31', priority: 40,
};

t.test('create, read, list, filter and page offers; the seeded two are there', async (t) => {
  const created = await createOffer(morningWindow, { 'idempotency-key': 'offer-1' });
  t.equal(created.status, 201);
  const offer = created.body;
  t.match(offer, {
    id: /^off_[0-9A-Z]{26}$/, name: 'Mornings: 15% off', description: null, kind: 'time_window', percentOff: 15, nth: null, repeats: false,
    windowStart: '09:00', windowEnd: '12:00', daysOfWeek: [1, 2, 5], scope: 'cities', scopeIds: [city.id],
    validFrom: '2030-01-01', validUntil: '2030-12-31', priority: 40, status: 'active', version: 1,
  });
  t.equal(created.headers.etag, `"${offer.id}.1"`);
  t.equal(created.headers.location, `/v1/admin/offers/${offer.id}`);
  const replay = await createOffer(morningWindow, { 'idempotency-key': 'offer-1' });
  t.same(replay.body, offer, 'an idempotent retry creates nothing new');
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.equal((await createOffer({ ...morningWindow, percentOff: 16 }, { 'idempotency-key': 'offer-1' })).status, 422);

  const read = await getOffer(offer.id);
  t.same(read.body, offer);
  t.equal(read.headers.etag, `"${offer.id}.1"`);

  const seeded = (await getOffer(THIRD_TICKET.id)).body;
  t.match(seeded, { name: THIRD_TICKET.name, kind: 'nth_ticket', nth: 3, repeats: false, percentOff: 50, scope: 'all', priority: 200, status: 'active' });
  t.match((await getOffer(AFTERNOON.id)).body, {
    name: AFTERNOON.name, kind: 'time_window', windowStart: '12:00', windowEnd: '17:00', daysOfWeek: null, percentOff: 20, scope: 'all', priority: 100,
  });

  const all = (await listOffers()).body;
  t.same(all.data.map((o: { id: string }) => o.id), [offer.id, AFTERNOON.id, THIRD_TICKET.id], 'newest first');
  const page = (await listOffers({ limit: 2 })).body;
  t.equal(page.data.length, 2);
  const next = (await listOffers({ limit: 2, cursor: page.nextCursor })).body;
  t.same(next, { data: [all.data[2]], nextCursor: null });
  t.same((await listOffers({ status: 'disabled' })).body, { data: [], nextCursor: null });
  t.equal((await listOffers({ status: invalid('paused') })).status, 400, 'a status outside the contract, on purpose');
  t.equal((await listOffers({ cursor: 'garbage' })).body.errors[0].code, 'invalid_cursor');

  const [record] = await auditOf(offer.id);
  t.match(record, { action: 'offer.created', actorType: 'admin', targetType: 'offer' });
});

t.test('an nth-ticket offer, and every kind-specific refusal at once', async (t) => {
  const nth = await createOffer({ name: 'Fourth free', kind: 'nth_ticket', nth: 4, repeats: true, percentOff: 100 });
  t.equal(nth.status, 201);
  t.match(nth.body, { nth: 4, repeats: true, windowStart: null, windowEnd: null, daysOfWeek: null, scope: 'all', scopeIds: [], priority: 0 });

  const wrongForNth = await createOffer({ name: 'x', kind: 'nth_ticket', percentOff: 10, windowStart: '10:00', windowEnd: '11:00', daysOfWeek: [1] });
  t.equal(wrongForNth.status, 400);
  t.same(issuesOf(wrongForNth.body), ['/body/daysOfWeek not_allowed_for_kind', '/body/nth required', '/body/windowEnd not_allowed_for_kind', '/body/windowStart not_allowed_for_kind']);

  const wrongForWindow = await createOffer({ name: 'x', kind: 'time_window', percentOff: 10, nth: 3, repeats: true, scope: 'cities', validFrom: '2030-02-01', validUntil: '2030-01-31' });
  t.same(issuesOf(wrongForWindow.body), [
    '/body/nth not_allowed_for_kind', '/body/repeats not_allowed_for_kind', '/body/scopeIds required', '/body/validUntil before_valid_from',
    '/body/windowEnd required', '/body/windowStart required',
  ]);
  const empty = await createOffer({ ...morningWindow, windowEnd: '09:00' });
  t.same(issuesOf(empty.body), ['/body/windowEnd empty_window']);
  const allWithIds = await createOffer({ ...morningWindow, scope: 'all' });
  t.same(issuesOf(allWithIds.body), ['/body/scopeIds not_allowed_for_scope']);

  // Outside the contract on purpose (an unknown kind, an extra field): the server's validation is what is tested.
  const schema = await createOffer(invalid({ name: '', kind: 'bogo', percentOff: 101, nth: 1, windowStart: '24:00', daysOfWeek: [0, 8], priority: -1, extra: 1 }));
  t.equal(schema.status, 400);
  t.same(issuesOf(schema.body), [
    '/body/daysOfWeek/0 too_small', '/body/daysOfWeek/1 too_large', '/body/extra unknown_field', '/body/kind invalid_value', '/body/name too_short',
    '/body/nth invalid_value', '/body/percentOff too_large', '/body/priority too_small', '/body/windowStart invalid_value',
  ].sort());
  t.equal((await createOffer({ ...morningWindow, percentOff: 0 })).body.errors[0].path, '/body/percentOff');
  t.equal((await createOffer(invalid({ ...morningWindow, percentOff: '10' }))).body.errors[0].code, 'invalid_type', 'no coercion of bodies');
});

t.test('a window may wrap past midnight', async (t) => {
  const late = await createOffer({ name: 'Late night: 25% off', kind: 'time_window', percentOff: 25, windowStart: '22:00', windowEnd: '02:00', scope: 'theatres', scopeIds: [theatre.id] });
  t.equal(late.status, 201);
  const at = async (local: string) =>
    (await answer(typedClient(app).GET('/v1/offers', { params: { query: { showtimeId: (await world.showtime(theatre, local)).id } } }))).json().data.map((o: { id: string }) => o.id);
  t.ok((await at('2030-05-01T23:00')).includes(late.body.id), '23:00 is inside 22:00–02:00');
  t.ok((await at('2030-05-02T01:30')).includes(late.body.id), '01:30 is inside 22:00–02:00');
  t.notOk((await at('2030-05-02T09:00')).includes(late.body.id), '09:00 is not');
  await disable(late.body.id);
});

t.test('scope ids must exist: 422 pointing at each unknown one', async (t) => {
  const cities = await createOffer({ ...morningWindow, scopeIds: [city.id, 'cty_nowhere', 'cty_atlantis'] });
  t.equal(cities.status, 422);
  t.match(cities.body, { code: 'unknown_scope_ids', status: 422 });
  t.same(issuesOf(cities.body), ['/body/scopeIds/1 not_found', '/body/scopeIds/2 not_found']);
  const theatres = await createOffer({ ...morningWindow, scope: 'theatres', scopeIds: [city.id] });
  t.same(issuesOf(theatres.body), ['/body/scopeIds/0 not_found'], 'a city id is not a theatre id');
  t.equal((await createOffer({ ...morningWindow, scope: 'theatres', scopeIds: [theatre.id] })).status, 201);
  const [counted] = await db.execute<{ count: number }>(sql`select count(*)::int as count from offers where name = ${morningWindow.name}`);
  t.equal(counted?.count, 2, 'nothing was written by the refusals');
});

t.test('update with If-Match: 412 on a stale ETag, no-op patches write nothing, every change audited', async (t) => {
  const offer = (await createOffer({ ...morningWindow, name: 'Patch me' })).body;
  const changed = await patchOffer(offer.id, { percentOff: 25, validUntil: null, daysOfWeek: null }, { 'if-match': `"${offer.id}.1"` });
  t.equal(changed.status, 200);
  t.match(changed.body, { percentOff: 25, validUntil: null, daysOfWeek: null, version: 2, windowStart: '09:00' });
  t.equal(changed.headers.etag, `"${offer.id}.2"`);

  const stale = await patchOffer(offer.id, { percentOff: 30 }, { 'if-match': `"${offer.id}.1"` });
  t.equal(stale.status, 412);
  t.equal(stale.body.code, 'precondition_failed');
  t.equal((await patchOffer(offer.id, { percentOff: 30 }, { 'if-match': `"${THIRD_TICKET.id}.1"` })).status, 412, 'another offer\'s ETag');
  t.equal((await getOffer(offer.id)).body.percentOff, 25, 'the stale write changed nothing');

  const same = await patchOffer(offer.id, { percentOff: 25, windowStart: '09:00' });
  t.equal(same.body.version, 2, 'a patch that changes nothing writes nothing');

  const toAll = await patchOffer(offer.id, { scope: 'all' }, { 'if-match': '*' });
  t.match(toAll.body, { scope: 'all', scopeIds: [], version: 3 });
  const badScope = await patchOffer(offer.id, { scope: 'theatres', scopeIds: ['thr_ghost'] });
  t.equal(badScope.status, 422);
  t.same(issuesOf(badScope.body), ['/body/scopeIds/0 not_found']);
  const wrongKind = await patchOffer(offer.id, { nth: 2, windowEnd: '09:00' });
  t.same(issuesOf(wrongKind.body), ['/body/nth not_allowed_for_kind', '/body/windowEnd empty_window']);
  t.equal((await patchOffer(offer.id, invalid({ kind: 'nth_ticket' }))).status, 400, 'an offer keeps its kind');
  t.equal((await patchOffer(offer.id, {})).status, 400, 'an empty patch');
  t.equal((await patchOffer('off_missing', { percentOff: 5 })).status, 404);

  const audit = await auditOf(offer.id);
  t.same(audit.map((record: { action: string }) => record.action), ['offer.updated', 'offer.updated', 'offer.created']);
  t.same(audit[1].details, { percentOff: { from: 15, to: 25 }, validUntil: { from: '2030-12-31', to: null }, daysOfWeek: { from: [1, 2, 5], to: null } });
});

t.test('disable and enable: idempotent, audited once per real change', async (t) => {
  const offer = (await createOffer({ ...morningWindow, name: 'Toggle me' })).body;
  const disabled = await disable(offer.id, { 'idempotency-key': 'off-toggle' });
  t.match(disabled.body, { status: 'disabled', version: 2 });
  t.equal(disabled.headers.etag, `"${offer.id}.2"`);
  t.match((await disable(offer.id)).body, { status: 'disabled', version: 2 }, 'disabling again changes nothing');
  t.same((await listOffers({ status: 'disabled' })).body.data.map((o: { id: string }) => o.id).includes(offer.id), true);
  t.match((await enable(offer.id)).body, { status: 'active', version: 3 });
  t.equal((await enable('off_missing')).status, 404);
  t.same((await auditOf(offer.id)).map((record: { action: string }) => record.action), ['offer.enabled', 'offer.disabled', 'offer.created']);
});

t.test('partners and anonymous callers may not touch offers', async (t) => {
  const partner = await onboardPartner(app, adminKey, { name: 'Nosy' });
  const aggregator = await onboardPartner(app, adminKey, { name: 'Nosier', kind: 'aggregator' });
  const requests: [string, (client: Api) => ReturnType<typeof shaped>][] = [
    ['POST /v1/admin/offers', (client) => createOffer(morningWindow, {}, client)],
    ['GET /v1/admin/offers', (client) => listOffers({}, client)],
    [`GET /v1/admin/offers/${THIRD_TICKET.id}`, (client) => getOffer(THIRD_TICKET.id, client)],
    [`PATCH /v1/admin/offers/${THIRD_TICKET.id}`, (client) => patchOffer(THIRD_TICKET.id, { percentOff: 99 }, {}, client)],
    [`POST /v1/admin/offers/${THIRD_TICKET.id}/disable`, (client) => disable(THIRD_TICKET.id, {}, client)],
    [`POST /v1/admin/offers/${THIRD_TICKET.id}/enable`, (client) => enable(THIRD_TICKET.id, client)],
  ];
  for (const [what, request] of requests) {
    t.equal((await request(typedClient(app))).status, 401, `${what} anonymous`);
    t.equal((await request(typedClient(app, { authorization: 'Bearer mq_test_not-a-key' }))).status, 401, `${what} bad key`);
    for (const who of [partner, aggregator]) {
      const response = await request(typedClient(app, who.headers));
      t.equal(response.status, 403, `${what} as a ${who.partner.kind} partner`);
      t.equal(response.body.code, 'insufficient_scope');
    }
  }
  t.match((await getOffer(THIRD_TICKET.id)).body, { percentOff: 50, status: 'active', version: 1 }, 'nothing changed');
});
