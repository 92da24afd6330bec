import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

/** Schedule sync: the plan, exact changes, no-op re-syncs, dry runs, idempotency and access. */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Sync City' });
const monsoon = await fixture.movie({ title: 'Monsoon', languages: ['hi', 'en'], durationMinutes: 100, externalId: 'tt8800001' });
const quiet = await fixture.movie({ title: 'Quiet Night', languages: ['en'], durationMinutes: 130, externalId: 'tt8800002' });
const owner = await onboardPartner(app, adminKey, { name: 'Sync Cinemas' });

const api = typedClient(app, owner.headers);
const theatre = (await answer(api.POST('/v1/partner/theatres', {
  body: { externalRef: 'sync-1', name: 'Sync One', cityId: city.id, address: '1 Road', status: 'live', cleaningBufferMinutes: 15 },
}))).json();
const inTheatre = { params: { path: { theatreId: theatre.id as string } } };
const syncAs = (as: ReturnType<typeof typedClient>, body: Schema<'ScheduleIn'>, headers: Record<string, string> = {}) =>
  answer(as.PUT('/v1/partner/theatres/{theatreId}/schedule', { ...inTheatre, body, headers }));
const sync = (body: Schema<'ScheduleIn'>, headers: Record<string, string> = {}) => syncAs(api, body, headers);
const json = async (pending: Promise<{ response: Response }>) => (await answer(pending)).json();
const showtimesBetween = (from: string, to: string) => json(api.GET('/v1/partner/theatres/{theatreId}/showtimes', { params: { path: { theatreId: theatre.id }, query: { from, to } } }));
const screensOfTheatre = () => json(api.GET('/v1/partner/theatres/{theatreId}/screens', inTheatre));
const showtimeById = (showtimeId: string) => json(api.GET('/v1/partner/showtimes/{showtimeId}', { params: { path: { showtimeId } } }));

const seat = (number: number, category: 'standard' | 'premium' = 'standard') => ({ number, category });
const audi1Layout: Schema<'SeatLayoutIn'> = { rows: [{ label: 'A', seats: [1, 2, 3, 4].map((n) => seat(n)) }, { label: 'B', seats: [seat(1, 'premium'), { ...seat(2, 'premium'), x: 3 }] }] };
const audi2Layout: Schema<'SeatLayoutIn'> = { rows: [{ label: 'A', seats: [1, 2, 3].map((n) => seat(n)) }] };
const inr = (amount: number) => ({ amount, currency: 'INR' });
const twoPrices = [{ category: 'standard', price: inr(25_000) }, { category: 'premium', price: inr(40_000) }];
const onePrice = [{ category: 'standard', price: inr(20_000) }];

function baseDocument(): Schema<'ScheduleIn'> & { screens: Schema<'ScheduleScreenIn'>[]; showtimes: Schema<'ScheduleShowtimeIn'>[] } {
  return {
    window: { from: '2030-03-01T00:00:00+05:30', to: '2030-03-03T00:00:00+05:30' },
    screens: [
      { externalRef: 'audi-1', name: 'Audi 1', layout: audi1Layout },
      { externalRef: 'audi-2', name: 'Audi 2', layout: audi2Layout },
    ],
    showtimes: [
      { externalRef: 'a1-0930', screenExternalRef: 'audi-1', movieId: monsoon.id, startsAtLocal: '2030-03-01T09:30', language: 'hi', format: '2D', prices: twoPrices },
      { externalRef: 'a1-1230', screenExternalRef: 'audi-1', movieId: quiet.id, startsAt: '2030-03-01T07:00:00Z', language: 'en', format: '2D', prices: twoPrices },
      { externalRef: 'a2-1000', screenExternalRef: 'audi-2', movieExternalId: 'tt8800001', startsAtLocal: '2030-03-01T10:00', language: 'hi', format: '3D', prices: onePrice },
      { externalRef: 'a2-d2', screenExternalRef: 'audi-2', movieExternalId: 'tt8800001', startsAtLocal: '2030-03-02T14:00', language: 'en', format: '2D', prices: onePrice },
    ],
  };
}

/**
 * Every row a sync could write, by its physical identity (`ctid`) and the transaction that wrote
 * it (`xmin`): any insert, update or delete changes the fingerprint; row locks do not.
 */
async function fingerprint() {
  const [row] = await db.execute<{ rows: string; events: number; audit: number }>(sql`
    select md5(coalesce(string_agg(r, ',' order by r), '')) as rows,
           (select count(*)::int from events) as events, (select count(*)::int from audit_log) as audit
    from (
      select 'theatre' || xmin || ctid as r from theatres union all
      select 'screen' || xmin || ctid from screens union all
      select 'layout' || xmin || ctid from seat_layouts union all
      select 'layout-seat' || xmin || ctid from layout_seats union all
      select 'showtime' || xmin || ctid from showtimes union all
      select 'price' || xmin || ctid from showtime_prices union all
      select 'inventory' || xmin || ctid from seat_inventory) rows`);
  return row!;
}
const eventsSince = (count: number) =>
  db.execute<{ type: string; aggregateId: string; version: number; data: Record<string, unknown> }>(sql`
    select type, aggregate_id as "aggregateId", aggregate_version as version, data from events order by id offset ${count}`);
const refsOf = (items: { externalRef: string }[]) => items.map((item) => item.externalRef);
const idOf = (result: { showtimes: { created: { id: string; externalRef: string }[] } }, ref: string) =>
  result.showtimes.created.find((item) => item.externalRef === ref)!.id;

let created: { showtimes: { created: { id: string; externalRef: string }[] } };

t.test('a first sync creates the screens, their layouts and the showtimes with their seats, one event each', async (t) => {
  const before = await fingerprint();
  const response = await sync(baseDocument());
  t.equal(response.statusCode, 200, response.body);
  const result = response.json();
  created = result;
  t.match(result, {
    theatreId: theatre.id, dryRun: false, bookingsCancelled: 0,
    window: { from: '2030-02-28T18:30:00.000Z', to: '2030-03-02T18:30:00.000Z' },
    screens: { counts: { created: 2, updated: 0, unchanged: 0 } },
    layouts: { counts: { created: 2, unchanged: 0 }, created: [{ screenExternalRef: 'audi-1', version: 1 }, { screenExternalRef: 'audi-2', version: 1 }] },
    showtimes: { counts: { created: 4, updated: 0, unchanged: 0, cancelled: 0 } },
  });
  t.same(refsOf(result.showtimes.created), ['a1-0930', 'a1-1230', 'a2-1000', 'a2-d2'], 'in document order');
  t.ok(result.showtimes.created.every((item: { id: string }) => item.id.startsWith('shw_')));

  const listed = (await showtimesBetween('2030-03-01', '2030-03-02')).data;
  t.same(listed.map((showtime: { externalRef: string; startsAtLocal: string; format: string }) => [showtime.externalRef, showtime.startsAtLocal, showtime.format]), [
    ['a1-0930', '2030-03-01T09:30:00+05:30', '2D'],
    ['a2-1000', '2030-03-01T10:00:00+05:30', '3D'],
    ['a1-1230', '2030-03-01T12:30:00+05:30', '2D'],
    ['a2-d2', '2030-03-02T14:00:00+05:30', '2D'],
  ]);
  const screens = (await screensOfTheatre()).data;
  t.same(screens.map((screen: { externalRef: string; currentLayout: number }) => [screen.externalRef, screen.currentLayout]).sort(), [['audi-1', 1], ['audi-2', 1]]);

  const seats = await db.execute<{ externalRef: string; available: number }>(sql`
    select s.external_ref as "externalRef", count(*) filter (where i.state = 'available')::int as available
    from showtimes s join seat_inventory i on i.showtime_id = s.id where s.theatre_id = ${theatre.id} group by 1 order by 1`);
  t.same([...seats], [{ externalRef: 'a1-0930', available: 6 }, { externalRef: 'a1-1230', available: 6 }, { externalRef: 'a2-1000', available: 3 }, { externalRef: 'a2-d2', available: 3 }], 'every seat of its layout, available');

  const events = await eventsSince(before.events);
  t.same(events.map((event) => `${event.type}@${event.version}`), Array(4).fill('showtime.created@1'));
  const first = events.find((event) => event.aggregateId === idOf(result, 'a1-0930'))!;
  t.same(first.data, await showtimeById(first.aggregateId), 'the event carries the showtime as a read shows it');
  const audit = await db.execute<{ action: string; targetIds: string[] }>(sql`select action, target_ids as "targetIds" from audit_log where action = 'schedule.synced'`);
  t.same([...audit], [{ action: 'schedule.synced', targetIds: [theatre.id] }], 'one audit record for the sync');
});

t.test('the same document again changes no row and writes no event and no audit record', async (t) => {
  const before = await fingerprint();
  const response = await sync(baseDocument());
  t.equal(response.statusCode, 200);
  t.match(response.json(), {
    screens: { counts: { created: 0, updated: 0, unchanged: 2 } },
    layouts: { counts: { created: 0, unchanged: 2 } },
    showtimes: { counts: { created: 0, updated: 0, unchanged: 4, cancelled: 0 }, created: [], updated: [], cancelled: [] },
  });
  t.same(refsOf(response.json().showtimes.unchanged), ['a1-0930', 'a1-1230', 'a2-1000', 'a2-d2']);
  t.same(await fingerprint(), before);

  // The same seats spelled out in full (every x, every flag) are the same layout.
  const spelledOut = baseDocument();
  spelledOut.screens[0]!.layout = {
    rows: [
      { label: 'A', seats: [0, 1, 2, 3].map((x) => ({ ...seat(x + 1), x, wheelchair: false, companion: false })) },
      { label: 'B', y: 1, seats: [{ ...seat(1, 'premium'), x: 0 }, { ...seat(2, 'premium'), x: 3, wheelchair: false }] },
    ],
  } as never;
  // The same showtime by its instant instead of its local time, prices in another order.
  spelledOut.showtimes[0] = { ...spelledOut.showtimes[0]!, startsAtLocal: undefined, startsAt: '2030-03-01T04:00:00Z', prices: [...twoPrices].reverse() } as never;
  const again = await sync(spelledOut);
  t.equal(again.statusCode, 200, again.body);
  t.same(again.json().layouts.counts, { created: 0, unchanged: 2 });
  t.same(again.json().showtimes.counts, { created: 0, updated: 0, unchanged: 4, cancelled: 0 });
  t.same(await fingerprint(), before, 'still nothing written');
});

t.test('one change in the document is exactly one update and one event', async (t) => {
  const before = await fingerprint();
  const document = baseDocument();
  document.showtimes[1]!.prices = [{ category: 'standard', price: inr(25_000) }, { category: 'premium', price: inr(45_000) }];
  const response = await sync(document);
  t.equal(response.statusCode, 200, response.body);
  const id = idOf(created, 'a1-1230');
  t.same(response.json().showtimes.updated, [{ id, externalRef: 'a1-1230', changed: ['prices'] }]);
  t.equal(response.json().showtimes.counts.unchanged, 3);
  const events = await eventsSince(before.events);
  t.same(events.map((event) => [event.type, event.aggregateId, event.version]), [['showtime.updated', id, 2]]);
  t.same((events[0]!.data as { prices: unknown }).prices, [{ category: 'standard', price: inr(25_000) }, { category: 'premium', price: inr(45_000) }]);
  const versions = (await showtimesBetween('2030-03-01', '2030-03-02')).data.map((showtime: { externalRef: string; version: number }) => [showtime.externalRef, showtime.version]);
  t.same(versions, [['a1-0930', 1], ['a2-1000', 1], ['a1-1230', 2], ['a2-d2', 1]], 'the others keep their version');
  t.equal((await fingerprint()).audit, before.audit + 1);
});

t.test('renames, moves, and a new layout version only when the seats differ', async (t) => {
  const before = await fingerprint();
  const document = baseDocument();
  document.showtimes[1]!.prices = [{ category: 'standard', price: inr(25_000) }, { category: 'premium', price: inr(45_000) }];
  document.screens[1]!.name = 'Audi 2 (Dolby)';
  document.screens[0]!.layout = { rows: [{ ...audi1Layout.rows[0]!, seats: [...audi1Layout.rows[0]!.seats, seat(5)] }, audi1Layout.rows[1]!] };
  document.showtimes[3]!.startsAtLocal = '2030-03-02T15:00';
  document.showtimes.push({ externalRef: 'a1-1600', screenExternalRef: 'audi-1', movieId: monsoon.id, startsAtLocal: '2030-03-01T16:00', language: 'hi', format: '2D', prices: twoPrices });
  const response = await sync(document);
  t.equal(response.statusCode, 200, response.body);
  const result = response.json();
  t.match(result.screens, { counts: { created: 0, updated: 1, unchanged: 1 }, updated: [{ externalRef: 'audi-2', changed: ['name'] }] });
  t.match(result.layouts, { counts: { created: 1, unchanged: 1 }, created: [{ screenExternalRef: 'audi-1', version: 2 }], unchanged: [{ screenExternalRef: 'audi-2', version: 1 }] });
  t.same(result.showtimes.counts, { created: 1, updated: 1, unchanged: 3, cancelled: 0 });
  t.same(result.showtimes.updated, [{ id: idOf(created, 'a2-d2'), externalRef: 'a2-d2', changed: ['startsAt'] }]);

  const moved = await showtimeById(idOf(created, 'a2-d2'));
  t.match(moved, { startsAtLocal: '2030-03-02T15:00:00+05:30', endsAtLocal: '2030-03-02T16:55:00+05:30', version: 2 }, 'a move keeps the length');
  const newShow = await showtimeById(idOf(result, 'a1-1600'));
  const oldShow = await showtimeById(idOf(created, 'a1-0930'));
  t.equal(newShow.layoutId, result.layouts.created[0].layoutId, 'a new showtime takes the new version');
  t.not(oldShow.layoutId, newShow.layoutId, 'an existing one keeps its own');
  const [inventory] = await db.execute<{ seats: number }>(sql`select count(*)::int as seats from seat_inventory where showtime_id = ${newShow.id}`);
  t.equal(inventory!.seats, 7);
  t.equal((await json(api.GET('/v1/partner/screens/{screenId}', { params: { path: { screenId: result.screens.updated[0].id } } }))).name, 'Audi 2 (Dolby)');
  t.same((await eventsSince(before.events)).map((event) => event.type), ['showtime.updated', 'showtime.created']);
});

t.test('showtimes of the window missing from the document are cancelled; the rest is left alone', async (t) => {
  const before = await fingerprint();
  const document = baseDocument();
  document.window = { from: '2030-03-01T00:00:00+05:30', to: '2030-03-02T00:00:00+05:30' };
  // Day one only, without a1-1230 and a1-1600; a2-d2 (day two) is outside the window; audi-1 keeps the layout it has.
  document.screens = [document.screens[1]!];
  document.screens[0]!.name = 'Audi 2 (Dolby)';
  document.showtimes = [document.showtimes[0]!, document.showtimes[2]!];
  const response = await sync(document);
  t.equal(response.statusCode, 200, response.body);
  t.same(response.json().showtimes.counts, { created: 0, updated: 0, unchanged: 2, cancelled: 2 });
  t.same(refsOf(response.json().showtimes.cancelled), ['a1-1230', 'a1-1600'], 'by start');
  const cancelledId = idOf(created, 'a1-1230');
  t.match(await showtimeById(cancelledId), { status: 'cancelled', version: 3 });
  const [states] = await db.execute<{ states: string[] }>(sql`select array_agg(distinct state) as states from seat_inventory where showtime_id = ${cancelledId}`);
  t.same(states!.states, ['blocked'], 'no seat of a cancelled show can sell');
  t.match(await showtimeById(idOf(created, 'a2-d2')), { status: 'scheduled', version: 2 }, 'outside the window: untouched');
  t.same((await eventsSince(before.events)).map((event) => `${event.type}@${event.version}`).sort(), ['showtime.cancelled@2', 'showtime.cancelled@3']);
  t.equal((await screensOfTheatre()).data.length, 2, 'a screen missing from the document stays');
});

t.test('a dry run answers the same plan and applies nothing', async (t) => {
  const document: Schema<'ScheduleIn'> = {
    ...baseDocument(),
    window: { from: '2030-03-05T00:00:00+05:30', to: '2030-03-06T00:00:00+05:30' },
    screens: [{ externalRef: 'audi-3', name: 'Audi 3', layout: audi2Layout }],
    showtimes: [
      { externalRef: 'a3-1100', screenExternalRef: 'audi-3', movieId: monsoon.id, startsAtLocal: '2030-03-05T11:00', language: 'hi', format: '2D', prices: onePrice },
      { externalRef: 'a1-d5', screenExternalRef: 'audi-1', movieId: quiet.id, startsAtLocal: '2030-03-05T11:00', language: 'en', format: 'IMAX', prices: twoPrices },
    ],
  };
  const before = await fingerprint();
  const dry = await sync({ ...document, dryRun: true });
  t.equal(dry.statusCode, 200, dry.body);
  t.same(await fingerprint(), before, 'nothing written');
  t.equal((await screensOfTheatre()).data.length, 2);
  const plan = dry.json();
  t.match(plan, {
    dryRun: true,
    screens: { created: [{ id: null, externalRef: 'audi-3' }] },
    layouts: { created: [{ screenId: null, layoutId: null, screenExternalRef: 'audi-3', version: 1 }] },
    showtimes: { created: [{ id: null, externalRef: 'a3-1100' }, { id: null, externalRef: 'a1-d5' }] },
  });

  const applied = await sync(document);
  t.equal(applied.statusCode, 200, applied.body);
  const result = applied.json();
  const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value, (key, item) => (key === 'id' || key === 'screenId' || key === 'layoutId' || key === 'dryRun' ? undefined : item)));
  t.same(withoutIds(result), withoutIds(plan), 'the plan was exactly what happened');
  t.ok(result.showtimes.created.every((item: { id: string | null }) => item.id?.startsWith('shw_')));
});

t.test('Idempotency-Key: a retry replays the answer, another document with the key is refused', async (t) => {
  const document: Schema<'ScheduleIn'> = { ...baseDocument(), window: { from: '2030-04-01T00:00:00+05:30', to: '2030-04-02T00:00:00+05:30' }, showtimes: [] };
  const first = await sync(document, { 'idempotency-key': 'sync-key-1' });
  t.equal(first.statusCode, 200, first.body);
  const replay = await sync(document, { 'idempotency-key': 'sync-key-1' });
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.equal(replay.body, first.body);
  const other = await sync({ ...document, dryRun: true }, { 'idempotency-key': 'sync-key-1' });
  t.equal(other.statusCode, 422);
  t.equal(other.json().code, 'idempotency_key_reused');
});

t.test('only the theatre\'s own partner may sync it, with inventory:write', async (t) => {
  const rival = await onboardPartner(app, adminKey, { name: 'Rival Cinemas' });
  const aggregator = await onboardPartner(app, adminKey, { name: 'Seat Seller', kind: 'aggregator' });
  const readOnly = await onboardPartner(app, adminKey, { name: 'Read Only', scopes: ['read'] });
  const before = await fingerprint();
  const asRival = await syncAs(typedClient(app, rival.headers), baseDocument());
  t.equal(asRival.statusCode, 404);
  t.notMatch(asRival.body, 'Sync One');
  for (const [label, partner] of [['an aggregator', aggregator], ['a read-only key', readOnly]] as const) {
    const response = await syncAs(typedClient(app, partner.headers), baseDocument());
    t.equal(response.statusCode, 403, label);
    t.equal(response.json().code, 'insufficient_scope');
  }
  t.equal((await syncAs(typedClient(app), baseDocument())).statusCode, 401);
  t.same(await fingerprint(), before);
});
