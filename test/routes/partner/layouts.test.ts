import { eq, inArray } from 'drizzle-orm';
import t from 'tap';
import { layoutSeats, seatLayouts } from '../../../server/db/schema/theatres.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Chennai' });
const owner = await onboardPartner(app, adminKey, { name: 'Sathyam' });
const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
const aggregator = await onboardPartner(app, adminKey, { name: 'TicketHub', kind: 'aggregator' });
const venues = fixture.venues(owner);
const theatre = await venues.theatre({ cityId: city.id, name: 'Sathyam Royapettah' });
const movie = await fixture.movie({ title: 'Jailer' });

const api = typedClient(app, owner.headers);

async function createScreen(externalRef: string) {
  const response = await answer(api.POST('/v1/partner/theatres/{theatreId}/screens', { params: { path: { theatreId: theatre.id } }, body: { externalRef, name: externalRef } }));
  return response.json();
}

const layoutsOf = (screenId: string) => `/v1/partner/screens/${screenId}/layouts`;
const onScreen = (screenId: string) => ({ params: { path: { screenId } } });
const version = (screenId: string, layoutVersion: number) => ({ params: { path: { screenId, layoutVersion } } });
const listLayouts = (screenId: string, query: { limit?: number; cursor?: string } = {}) =>
  answer(api.GET('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId }, query } }));
const readLayout = (screenId: string, layoutVersion: number) => answer(api.GET('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', version(screenId, layoutVersion)));
const retire = (screenId: string, layoutVersion: number, headers: Record<string, string> = {}) =>
  answer(api.POST('/v1/partner/screens/{screenId}/layouts/{layoutVersion}/retire', { ...version(screenId, layoutVersion), headers }));
const deleteLayout = (screenId: string, layoutVersion: number) => answer(api.DELETE('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', version(screenId, layoutVersion)));
const currentLayoutOf = async (screenId: string) => (await answer(api.GET('/v1/partner/screens/{screenId}', onScreen(screenId)))).json().currentLayout;
const auditSince = (since: string) => answer(api.GET('/v1/partner/audit-log', { params: { query: { from: since } } }));

/** Two rows with a centre aisle, a cross aisle before the recliners, and a wheelchair place. */
const hall: Schema<'SeatLayoutIn'> = {
  rows: [
    {
      label: 'A',
      seats: [
        { number: 1, category: 'standard', wheelchair: true },
        { number: 2, category: 'standard', companion: true },
        { number: 3, category: 'standard', x: 3 },
        { number: 4, category: 'standard' },
      ],
    },
    { label: 'B', y: 2, seats: [{ number: 1, category: 'recliner', x: 1 }, { number: 2, category: 'recliner', x: 3 }] },
  ],
};

async function pushLayout(screenId: string, document: Schema<'SeatLayoutIn'> = hall, headers: Record<string, string> = {}) {
  return answer(api.POST('/v1/partner/screens/{screenId}/layouts', { ...onScreen(screenId), body: document, headers }));
}

t.test('a layout document becomes an immutable, numbered version with seats on a grid', async (t) => {
  const screen = await createScreen('L-1');
  const created = await pushLayout(screen.id);
  t.equal(created.statusCode, 201);
  const layout = created.json();
  t.match(layout, { id: /^lay_/, screenId: screen.id, version: 1, seatCount: 6, categories: ['standard', 'recliner'], retiredAt: null });
  t.equal(created.headers.etag, `"${layout.id}.1"`);
  t.equal(created.headers.location, `/v1/partner/screens/${screen.id}/layouts/1`);
  t.same(layout.rows.map((row: { label: string; y: number; seats: { label: string; x: number }[] }) => [row.label, row.y, row.seats.map((s) => `${s.label}@${s.x}`)]), [
    ['A', 0, ['A1@0', 'A2@1', 'A3@3', 'A4@4']],
    ['B', 2, ['B1@1', 'B2@3']],
  ]);
  t.match(layout.rows[0].seats[0], { label: 'A1', number: 1, category: 'standard', wheelchair: true, companion: false });

  const stored = await db.select().from(layoutSeats).where(eq(layoutSeats.layoutId, layout.id));
  t.same(stored.map((seat) => seat.label).sort(), ['A1', 'A2', 'A3', 'A4', 'B1', 'B2'], 'one layout_seats row per seat');

  const read = await readLayout(screen.id, 1);
  t.equal(read.statusCode, 200);
  t.same(read.json(), layout);
  t.equal(read.headers.etag, created.headers.etag);

  const second = (await pushLayout(screen.id, { rows: [{ label: 'A', seats: [{ number: 1, category: 'premium' }] }] })).json();
  t.equal(second.version, 2);
  const list = (await listLayouts(screen.id)).json();
  t.same(list.data.map((item: { version: number }) => item.version), [2, 1], 'newest first');
  t.notOk('rows' in list.data[0], 'the list carries summaries');
  const firstPage = (await listLayouts(screen.id, { limit: 1 })).json();
  const secondPage = (await listLayouts(screen.id, { limit: 1, cursor: firstPage.nextCursor })).json();
  t.same([firstPage.data[0].version, secondPage.data[0].version, secondPage.nextCursor], [2, 1, null]);
  t.equal(await currentLayoutOf(screen.id), 2);
});

t.test('a bad document is one 400 listing every problem with a pointer into the body', async (t) => {
  const screen = await createScreen('L-BAD');
  const bad = await pushLayout(screen.id, {
    rows: [
      { label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 1, category: 'standard' }, { number: 2, category: 'standard', companion: true, x: 5 }] },
      { label: 'A', seats: [{ number: 9, category: 'standard', x: 4 }, { number: 10, category: 'standard', x: 2 }] },
      { label: 'C', y: 1, seats: [{ number: 1, category: 'standard', wheelchair: true, companion: true }] },
    ],
  });
  t.equal(bad.statusCode, 400);
  t.same(bad.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(), [
    '/body/rows/0/seats/1/number duplicate_label',
    '/body/rows/0/seats/2/companion companion_not_adjacent',
    '/body/rows/1/label duplicate_label',
    '/body/rows/1/seats/1/x out_of_order',
    '/body/rows/2/seats/0/companion conflicting_flags',
    '/body/rows/2/y out_of_order',
  ]);

  const shape = await pushLayout(screen.id, invalid({
    rows: [{ label: 'a', seats: [{ number: 0, category: 'sofa', gap: 2 }] }, { label: 'B', seats: [] }],
    screenWidth: 10,
  }));
  t.same(shape.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(), [
    '/body/rows/0/label invalid_format',
    '/body/rows/0/seats/0/category invalid_value',
    '/body/rows/0/seats/0/gap unknown_field',
    '/body/rows/0/seats/0/number too_small',
    '/body/rows/1/seats too_few_items',
    '/body/screenWidth unknown_field',
  ]);
  const tooMany = await pushLayout(screen.id, { rows: Array.from({ length: 61 }, () => ({ label: 'A', seats: [{ number: 1, category: 'standard' }] })) });
  t.same(tooMany.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`), ['/body/rows too_many_items']);
  const wide = await pushLayout(screen.id, { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard', x: 199 }, { number: 2, category: 'standard' }] }] });
  t.same(wide.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`), ['/body/rows/0/seats/1/x too_large']);
  t.same(await listLayouts(screen.id).then((r) => r.json().data), [], 'nothing stored');
});

t.test('retiring a version takes it out of use for new showtimes; the current layout falls back', async (t) => {
  const screen = await createScreen('L-RETIRE');
  await pushLayout(screen.id);
  await pushLayout(screen.id);
  const since = new Date().toISOString();
  const retired = await retire(screen.id, 2);
  t.equal(retired.statusCode, 200);
  t.match(retired.json(), { version: 2, retiredAt: /^\d{4}-/ });
  t.equal(retired.json().rows.length, 2, 'the whole layout');
  t.equal(await currentLayoutOf(screen.id), 1);
  const again = await retire(screen.id, 2);
  t.equal(again.json().retiredAt, retired.json().retiredAt, 'retiring twice changes nothing');
  await retire(screen.id, 1);
  t.equal(await currentLayoutOf(screen.id), null);
  const log = (await auditSince(since)).json();
  t.same(log.data.map((record: { action: string }) => record.action), ['seat_layout.retired', 'seat_layout.retired']);
  t.equal((await pushLayout(screen.id)).json().version, 3, 'numbering goes on past retired versions');
});

t.test('a version no showtime used can be deleted; one a showtime used is in use', async (t) => {
  const screen = await createScreen('L-DELETE');
  const first = (await pushLayout(screen.id)).json();
  // Scheduled on version 1 while it is current, then cancelled.
  const showtime = await venues.showtime({ theatre, screen: { id: screen.id, categories: ['standard', 'recliner'] }, movie, startsAt: new Date('2030-12-02T10:00:00Z'), status: 'cancelled' });
  const second = (await pushLayout(screen.id)).json();
  t.equal((await answer(api.GET('/v1/partner/showtimes/{showtimeId}', { params: { path: { showtimeId: showtime.id } } }))).json().layoutId, first.id, 'the showtime keeps version 1');

  const refused = await deleteLayout(screen.id, 1);
  t.equal(refused.statusCode, 409);
  t.match(refused.json(), { code: 'layout_in_use', status: 409, conflicts: [showtime.id] }, 'cancelled showtimes count too');

  const deleted = await deleteLayout(screen.id, 2);
  t.equal(deleted.statusCode, 204);
  t.equal((await readLayout(screen.id, 2)).statusCode, 404);
  t.same(await db.select().from(layoutSeats).where(eq(layoutSeats.layoutId, second.id)), [], 'its seats went with it');
  t.equal((await deleteLayout(screen.id, 2)).statusCode, 404);
});

t.test('deleting a screen deletes its unused layouts and their seats in the same transaction', async (t) => {
  const screen = await createScreen('L-SCREEN');
  const ids = [(await pushLayout(screen.id)).json().id, (await pushLayout(screen.id)).json().id];
  t.equal((await answer(api.DELETE('/v1/partner/screens/{screenId}', onScreen(screen.id)))).statusCode, 204);
  t.same(await db.select().from(seatLayouts).where(inArray(seatLayouts.id, ids)), []);
  t.same(await db.select().from(layoutSeats).where(inArray(layoutSeats.layoutId, ids)), []);
});

t.test('layout POSTs take an Idempotency-Key', async (t) => {
  const screen = await createScreen('L-IDEM');
  const headers = { 'idempotency-key': 'layout-once' };
  const first = await pushLayout(screen.id, hall, headers);
  const retry = await pushLayout(screen.id, hall, headers);
  t.equal(retry.statusCode, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, first.body);
  t.equal(retry.headers.etag, first.headers.etag);
  const other = await pushLayout(screen.id, { rows: [{ label: 'Z', seats: [{ number: 1, category: 'standard' }] }] }, headers);
  t.equal(other.statusCode, 422);
  t.same((await listLayouts(screen.id)).json().data.map((l: { version: number }) => l.version), [1], 'one version, not two');
  const retireHeaders = { 'idempotency-key': 'retire-once' };
  const retired = await retire(screen.id, 1, retireHeaders);
  const replayed = await retire(screen.id, 1, retireHeaders);
  t.equal(replayed.headers['idempotent-replayed'], 'true');
  t.equal(replayed.body, retired.body);
});

t.test('every write leaves an audit record', async (t) => {
  const screen = await createScreen('L-AUDIT');
  const since = new Date().toISOString();
  await pushLayout(screen.id);
  await pushLayout(screen.id);
  await retire(screen.id, 1);
  await deleteLayout(screen.id, 2);
  const log = (await auditSince(since)).json();
  t.same(log.data.map((record: { action: string }) => record.action).reverse(), ['seat_layout.created', 'seat_layout.created', 'seat_layout.retired', 'seat_layout.deleted']);
});

t.test("another partner's key finds nothing and changes nothing; aggregators are refused", async (t) => {
  const screen = await createScreen('L-MINE');
  await pushLayout(screen.id);
  const calls: { method: string; url: string; send: (as: Api) => Promise<{ statusCode: number; json(): any }> }[] = [
    { method: 'POST', url: layoutsOf(screen.id), send: (as) => answer(as.POST('/v1/partner/screens/{screenId}/layouts', { ...onScreen(screen.id), body: hall })) },
    { method: 'GET', url: layoutsOf(screen.id), send: (as) => answer(as.GET('/v1/partner/screens/{screenId}/layouts', onScreen(screen.id))) },
    { method: 'GET', url: `${layoutsOf(screen.id)}/1`, send: (as) => answer(as.GET('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', version(screen.id, 1))) },
    { method: 'POST', url: `${layoutsOf(screen.id)}/1/retire`, send: (as) => answer(as.POST('/v1/partner/screens/{screenId}/layouts/{layoutVersion}/retire', version(screen.id, 1))) },
    { method: 'DELETE', url: `${layoutsOf(screen.id)}/1`, send: (as) => answer(as.DELETE('/v1/partner/screens/{screenId}/layouts/{layoutVersion}', version(screen.id, 1))) },
  ];
  for (const call of calls) {
    const label = `${call.method} ${call.url}`;
    const crossed = await call.send(typedClient(app, rival.headers));
    t.equal(crossed.statusCode, 404, `rival: ${label}`);
    t.equal(crossed.json().code, 'not_found');
    const byAggregator = await call.send(typedClient(app, aggregator.headers));
    t.equal(byAggregator.statusCode, 403, `aggregator: ${label}`);
    t.equal(byAggregator.json().code, 'insufficient_scope');
  }
  const versions = (await listLayouts(screen.id)).json().data;
  t.match(versions, [{ version: 1, retiredAt: null }]);
  t.equal(versions.length, 1, 'still one version, not retired, not deleted');
});
