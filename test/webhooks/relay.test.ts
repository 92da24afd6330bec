import { sql } from 'drizzle-orm';
import t from 'tap';
import type { DbTransaction } from '../../server/db/client.ts';
import { newId } from '../../server/db/ids.ts';
import { pruneEvents } from '../../server/db/queries/events.ts';
import { jobAcrossTenants } from '../../server/db/scope.ts';
import { recordEvents, type EventInput } from '../../server/domain/outbox.ts';
import { fanOutEvents } from '../../webhooks/fan-out.ts';
import { buildTestApp } from '../helpers/app.ts';
import { onboardPartner } from '../helpers/partners.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { registerEndpoint } from './delivery-world.ts';

/**
 * The relay's fan-out on its own: feed positions in commit order, who receives what, retention.
 * Events are written with the outbox's own recordEvents, as every route does in its transaction:
 * the API cannot hold a transaction open (commit order), write 1,200 events at once, or make an
 * event with exactly one chosen audience, which is what these tests are about.
 */
const { app, adminKey, db } = await buildTestApp(t);
const fanOut = () => fanOutEvents(db, { limit: 500, firstAttemptDelayMs: 0 });
const fanOutAll = async () => {
  while ((await fanOut()).events > 0);
};
const event = (type: EventInput['type'], audience: EventInput['audience'], data: Record<string, unknown> = {}): EventInput =>
  ({ type, aggregate: { type: 'test', id: newId('bkg'), version: 1 }, data, audience });
const sequenceOf = async (id: string) => {
  const [row] = await db.execute<{ sequence: string | null }>(sql`select sequence from events where id = ${id}`);
  // An event of a transaction not yet committed is not even visible: no position either.
  return row?.sequence === null || row === undefined ? null : Number(row.sequence);
};

t.test('feed positions follow commit order, not write order', async (t) => {
  const theatre = await onboardPartner(app, adminKey, { name: 'Order Cinemas' });
  const audience = { theatrePartnerId: theatre.partner.id };
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let written!: () => void;
  const wroteFirst = new Promise<void>((resolve) => (written = resolve));
  let firstId = '';
  // Written first, committed last.
  const slow = db.transaction(async (tx: DbTransaction) => {
    firstId = (await recordEvents(tx, [event('booking.confirmed', audience)]))[0]!;
    written();
    await gate;
  });
  await wroteFirst;
  const [secondId] = await recordEvents(db, [event('booking.confirmed', audience)]);
  await fanOutAll();
  t.ok((await sequenceOf(secondId!)) !== null, 'the committed event has its position');
  release();
  await slow;
  t.equal(await sequenceOf(firstId), null, 'committed now, no position yet');
  await fanOutAll();
  const [first, second] = [await sequenceOf(firstId), await sequenceOf(secondId!)];
  t.ok(first! > second!, `written first but committed last: after it in the feed (${first} > ${second})`);
});

t.test('every event gets one position, in write order within what is visible', async (t) => {
  const theatre = await onboardPartner(app, adminKey, { name: 'Many Cinemas' });
  const audience = { theatrePartnerId: theatre.partner.id };
  const writers = Array.from({ length: 4 }, async () => {
    const ids: string[] = [];
    for (let batch = 0; batch < 6; batch++) ids.push(...(await recordEvents(db, Array.from({ length: 50 }, () => event('inventory.updated', audience)))));
    return ids;
  });
  const [ids] = await Promise.all([Promise.all(writers), (async () => {
    for (let round = 0; round < 10; round++) await fanOut();
  })()]);
  await fanOutAll();
  const all = ids.flat();
  const rows = await db.execute<{ id: string; sequence: string | null }>(sql`select id, sequence from events where id = any(${`{${all.join(',')}}`}::text[]) order by id`);
  t.equal(rows.length, 1200);
  t.ok(rows.every((row) => row.sequence !== null), 'none left without a position');
  t.equal(new Set(rows.map((row) => row.sequence)).size, 1200, 'no position twice');
  const [unsequenced] = await db.execute<{ count: number }>(sql`select count(*)::int as count from events where sequence is null`);
  t.equal(unsequenced!.count, 0);
  // Each writer's events (written in order, each batch committed before the next) keep their order.
  for (const writerIds of ids) {
    const positions = writerIds.map((id) => Number(rows.find((row) => row.id === id)!.sequence));
    t.ok(positions.every((position, index) => index === 0 || position > positions[index - 1]!), 'a writer\'s events stay in its order');
  }
});

t.test('who receives which event', async (t) => {
  const [theatreA, theatreB] = [await onboardPartner(app, adminKey, { name: 'Aud A' }), await onboardPartner(app, adminKey, { name: 'Aud B' })];
  const [seller, suspended] = [
    await onboardPartner(app, adminKey, { name: 'Aud Seller', kind: 'aggregator' }),
    await onboardPartner(app, adminKey, { name: 'Aud Gone', kind: 'aggregator' }),
  ];
  // Nothing is delivered here (the pipeline is off): a public address that is never contacted.
  const url = 'https://93.184.215.40/never';
  const endpoints = {
    theatreAll: await registerEndpoint(app, theatreA, url),
    theatreCancelledOnly: await registerEndpoint(app, theatreA, url, ['booking.cancelled']),
    otherTheatre: await registerEndpoint(app, theatreB, url),
    seller: await registerEndpoint(app, seller, url),
    sellerDisabled: await registerEndpoint(app, seller, url),
    suspendedSeller: await registerEndpoint(app, suspended, url),
  };
  const disabledBySeller = await answer(typedClient(app, seller.headers).POST('/v1/webhooks/endpoints/{endpointId}/disable', { params: { path: { endpointId: endpoints.sellerDisabled.id } } }));
  t.equal(disabledBySeller.statusCode, 200, disabledBySeller.body);
  const asAdmin = typedClient(app, { authorization: `Bearer ${adminKey}` });
  const suspension = await answer(asAdmin.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId: suspended.partner.id } } }));
  t.equal(suspension.statusCode, 200, suspension.body);
  const [booked, published, tested, disabled] = await recordEvents(db, [
    event('booking.confirmed', { theatrePartnerId: theatreA.partner.id, aggregatorPartnerId: seller.partner.id }),
    event('showtime.created', { theatrePartnerId: theatreA.partner.id, allAggregators: true }),
    event('webhook_endpoint.test', { theatrePartnerId: theatreB.partner.id }, { endpointId: endpoints.otherTheatre.id }),
    event('webhook_endpoint.disabled', { theatrePartnerId: theatreA.partner.id }, { endpointId: endpoints.theatreCancelledOnly.id }),
  ]);
  await fanOutAll();
  await fanOutAll();
  const name = new Map<string, string>(Object.entries(endpoints).map(([key, value]) => [value.id, key]));
  const receivers = async (eventId: string) =>
    (await db.execute<{ endpoint_id: string; status: string }>(sql`select endpoint_id, status from webhook_deliveries where event_id = ${eventId}`))
      .map((row) => name.get(row.endpoint_id) ?? row.endpoint_id).sort();
  t.same(await receivers(booked!), ['seller', 'theatreAll'], 'the theatre and the seller; type filters hold; disabled endpoints get nothing');
  t.same(await receivers(published!), ['seller', 'theatreAll'], 'public: every aggregator (not suspended ones), and the theatre');
  t.same(await receivers(tested!), ['otherTheatre'], 'a test event: its endpoint only');
  t.same(await receivers(disabled!), ['theatreAll'], 'endpoint disabled: its owner');
  const [pending] = await db.execute<{ count: number }>(sql`select count(*)::int as count from webhook_deliveries where status <> 'pending' or next_attempt_at is null`);
  t.equal(pending!.count, 0, 'deliveries start pending, due now');
});

t.test('retention prunes old, finished events with their deliveries and attempts, nothing else', async (t) => {
  const theatre = await onboardPartner(app, adminKey, { name: 'Old Cinemas' });
  const endpoint = await registerEndpoint(app, theatre, 'https://93.184.215.41/old');
  const audience = { theatrePartnerId: theatre.partner.id };
  const [done, open, unsent, recent] = await recordEvents(db, [event('booking.confirmed', audience), event('booking.confirmed', audience), event('booking.confirmed', audience), event('booking.confirmed', audience)]);
  await fanOutAll();
  // Ages and states no API reaches: 31 days old, never fanned out, delivered (by a worker not running here).
  await db.execute(sql`update events set sequence = null where id = ${unsent}`);
  await db.execute(sql`update events set created_at = now() - interval '31 days' where id in (${done}, ${open}, ${unsent})`);
  await db.execute(sql`update webhook_deliveries set status = 'delivered' where event_id in (${done}, ${recent})`);
  const [delivered] = await db.execute<{ id: string }>(sql`select id from webhook_deliveries where event_id = ${done}`);
  await db.execute(sql`insert into webhook_attempts (id, delivery_id, attempt_number, started_at, response_status) values (${newId('att')}, ${delivered!.id}, 1, now(), 200)`);

  const result = await pruneEvents(db, jobAcrossTenants, { olderThanDays: 30, limit: 100 });
  t.ok(result.pruned >= 1);
  const left = async (id: string) => (await db.execute(sql`select 1 from events where id = ${id}`)).length === 1;
  t.equal(await left(done!), false, 'old and delivered: gone');
  t.equal((await db.execute(sql`select 1 from webhook_deliveries where event_id = ${done}`)).length, 0, 'with its deliveries');
  t.equal((await db.execute(sql`select 1 from webhook_attempts where delivery_id = ${delivered!.id}`)).length, 0, 'and attempts');
  t.equal(await left(open!), true, 'old but still being delivered: kept');
  t.equal(await left(unsent!), true, 'old but never fanned out: kept');
  t.equal(await left(recent!), true, 'recent: kept');
  t.ok(endpoint.id);
});
