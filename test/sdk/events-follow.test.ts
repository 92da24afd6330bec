import t from 'tap';
import { AuthenticationError, ConnectionError, type EventType, type Marquee } from '../../sdk/src/index.ts';
import { followEvents, type EventFeedReader, type FeedEvent, type FollowEventsOptions } from '../../sdk/src/events/follow.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { webhookDeliveryWorld } from './helpers/webhook-delivery.ts';
import { cinema } from './helpers/world.ts';

/**
 * Following the events feed as an offline POS catches up: the real API with its relay running
 * hands out feed positions, and the events come from real bookings and showtime changes.
 */

const world = await webhookDeliveryWorld(t);
const place = await cinema(world, 'Follow');
const owner = place.owner.client;
const seller = await world.partner('aggregator', 'Follow Tickets');
const show = await place.showtime();
const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['A1', 'A2'] });
const booking = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-1' } });

/** The events feed of a client, with the time and query of every request it makes. */
function recorded(client: Marquee) {
  const calls: { at: number; query: Parameters<EventFeedReader['list']>[0] }[] = [];
  const reader: EventFeedReader = {
    list(query, options) {
      calls.push({ at: Date.now(), query });
      return client.events.list(query, options);
    },
  };
  return { reader, calls };
}

/** The first `count` events the follower yields (or fewer, if it ends). */
async function take(reader: EventFeedReader, count: number, options: FollowEventsOptions = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  const events: FeedEvent[] = [];
  try {
    for await (const event of followEvents(reader, { pollIntervalMs: 20, maxPollIntervalMs: 200, signal: controller.signal, ...options })) {
      events.push(event);
      if (events.length >= count) break;
    }
  } finally {
    clearTimeout(timer);
  }
  return events;
}

const ids = (events: FeedEvent[]) => events.map((event) => event.id);

// Until the relay has positioned them, the feed does not show them: the follower waits for them.
const first = await take(owner.events, 3);

t.test('yields the feed in order, from the start', async (t) => {
  t.same(first.map((event) => event.type), ['showtime.created', 'booking.confirmed', 'inventory.updated']);
  t.match(first, [{ aggregate: { id: show.id } }, { aggregate: { id: booking.id } }, { aggregate: { id: show.id } }]);
  t.same(ids(first), ids(await owner.events.list({ limit: 100 }).toArray()).slice(0, 3), 'the order the feed itself gives');
});

t.test('resumes after a saved position, without duplicates, and keeps following', async (t) => {
  const saved = first[0]!.position;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 20_000);
  t.teardown(() => clearTimeout(timer));
  const seen: FeedEvent[] = [];
  let cancelled = false;
  for await (const event of followEvents(owner.events, { after: saved, pollIntervalMs: 20, signal: controller.signal })) {
    seen.push(event);
    if (seen.length === 2 && !cancelled) {
      cancelled = true;
      // Caught up: what happens now arrives by polling.
      await seller.client.bookings.cancel(booking.id, { reason: 'Changed plans' });
    }
    if (event.type === 'booking.cancelled') controller.abort();
  }
  t.same(ids(seen.slice(0, 2)), ids(first.slice(1)), 'the events after the saved position');
  t.same(seen.slice(2).map((event) => event.type), ['booking.cancelled'], 'then the new one, as it happens');
  t.equal(new Set(ids(seen)).size, seen.length, 'none twice');
});

t.test('filters by type: one on the server, several as they go by', async (t) => {
  const several = recorded(owner);
  const bookings = await take(several.reader, 2, { types: ['booking.confirmed', 'booking.cancelled'] });
  t.same(bookings.map((event) => event.type), ['booking.confirmed', 'booking.cancelled']);
  t.notOk(several.calls.some((call) => call.query?.type !== undefined), 'several types are not sent');

  const one = recorded(owner);
  const showtimes = await take(one.reader, 1, { types: ['showtime.created' satisfies EventType] });
  t.same(showtimes.map((event) => event.type), ['showtime.created']);
  t.equal(one.calls[0]!.query?.type, 'showtime.created', 'one type is asked of the server');
});

t.test('backs off while idle, starts over when events arrive, stops on abort', async (t) => {
  const everything = await owner.events.list({ limit: 100 }).toArray();
  const { reader, calls } = recorded(owner);
  const controller = new AbortController();
  let arrivedAt: number | undefined;
  const following = (async () => {
    const events: FeedEvent[] = [];
    // One type, filtered by the server: stragglers of other types from earlier tests cannot wake it.
    const options = { after: everything.at(-1)!.position, types: ['showtime.created' as const], pollIntervalMs: 50, maxPollIntervalMs: 800, signal: controller.signal };
    for await (const event of followEvents(reader, options)) {
      events.push(event);
      arrivedAt ??= Date.now();
    }
    return events;
  })();

  // Waits of 50, 100, 200, 400, 800 and 800 ms: the seventh poll comes 2.35 s after the first at
  // the soonest, so once it is on record so is every poll of the first 2 s of quiet.
  await waitUntil('seven idle polls', () => calls.length, (count) => count >= 7);
  const idle = calls.slice(0, 7);
  const idleCalls = idle.filter((call) => call.at - idle[0]!.at < 2_000).length;
  t.ok(idleCalls >= 4 && idleCalls <= 8, `${idleCalls} polls in 2 s of quiet (every 50 ms would be 40)`);
  const gaps = idle.slice(1).map((call, n) => call.at - idle[n]!.at);
  t.ok(gaps.at(-1)! >= 4 * gaps[0]!, `the wait grows: ${gaps.join(', ')} ms`);

  await place.showtime();
  await waitUntil('the new showtime to be yielded', () => arrivedAt, (at) => at !== undefined);
  const nextPoll = await waitUntil('the poll after the event', () => calls.find((call) => call.at > arrivedAt!), Boolean, { timeoutMs: 2_000 });
  t.ok(nextPoll && nextPoll.at - arrivedAt! < 250, 'after events, the next poll comes after the first wait again');

  const abortedAt = Date.now();
  controller.abort();
  const events = await following;
  t.ok(Date.now() - abortedAt < 200, 'the abort ends a wait at once');
  t.same(events.map((event) => event.type), ['showtime.created'], 'ended quietly, with what it had yielded');
});

t.test('an aborted signal yields nothing and asks nothing', async (t) => {
  const { reader, calls } = recorded(owner);
  t.same(await take(reader, 1, { signal: AbortSignal.abort() }), []);
  t.equal(calls.length, 0);
});

t.test('errors the retries do not cure end the iteration', async (t) => {
  await t.rejects(take(world.client({ apiKey: 'mq_live_not_a_key' }).events, 1), AuthenticationError, 'a refused key is not retried');
  const unreachable = world.client({ baseUrl: 'http://127.0.0.1:9', maxRetries: 1 });
  await t.rejects(take(unreachable.events, 1), ConnectionError, 'a connection that never comes, after its retry');
});
