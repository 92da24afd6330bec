import t from 'tap';
import { ConnectionError, ServerError, TimeoutError } from '../../sdk/src/index.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startFaultyProxy } from './helpers/faulty-proxy.ts';
import { cinema, sdkWorld } from './helpers/world.ts';

const PAYMENT = { method: 'partner_collected', reference: 'pay-1' } as const;

t.test('a booking whose answer is lost after the server committed is retried with the same key: one booking, and the replay is byte-identical', async (t) => {
  const world = await sdkWorld(t);
  const { showtime } = await cinema(world, 'Lost');
  const show = await showtime();
  const seller = await world.partner('aggregator', 'Lost Tickets');
  const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['A1', 'A2'] });

  const proxy = await startFaultyProxy(t, world.baseUrl, (n) => (n === 1 ? { kind: 'drop-after-commit' } : { kind: 'forward' }));
  const viaProxy = world.client({ baseUrl: proxy.url, apiKey: seller.apiKey });
  const { data: booking, response } = await viaProxy.bookings.create({ holdId: hold.id, payment: PAYMENT }).withResponse();

  t.equal(proxy.seen.length, 2, 'the SDK sent the booking twice');
  const [first, second] = proxy.seen;
  t.equal(first!.answer?.status, 201, 'the first attempt committed on the server');
  t.ok(first!.headers['idempotency-key'], 'with an idempotency key');
  t.equal(second!.headers['idempotency-key'], first!.headers['idempotency-key'], 'the retry reused the key');
  t.equal(second!.body, first!.body, 'and the same body');
  t.equal(second!.answer?.body, first!.answer?.body, 'the replayed answer is byte-identical to the committed one');
  t.equal(response.idempotentReplayed, true, 'and says it was replayed');
  t.equal(response.idempotencyKey, first!.headers['idempotency-key']);

  const bookings = await seller.client.bookings.list().toArray();
  t.same(bookings.map((b) => b.id), [booking.id], 'exactly one booking exists');
});

t.test('a caller’s own idempotency key is sent as given, and a second call with it replays', async (t) => {
  const world = await sdkWorld(t);
  const { showtime } = await cinema(world, 'Own Key');
  const show = await showtime();
  const seller = await world.partner('aggregator', 'Own Key Tickets');
  const first = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['B1'] }, { idempotencyKey: 'order-77-hold' }).withResponse();
  const again = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['B1'] }, { idempotencyKey: 'order-77-hold' }).withResponse();
  t.equal(first.response.idempotencyKey, 'order-77-hold');
  t.equal(again.data.id, first.data.id, 'the same hold, not a second one');
  t.equal(again.response.idempotentReplayed, true);
});

t.test('503 and 429 with Retry-After are waited out, then the call succeeds', async (t) => {
  const world = await sdkWorld(t);
  const { showtime } = await cinema(world, 'Busy');
  const show = await showtime();
  const proxy = await startFaultyProxy(t, world.baseUrl, (n) =>
    n === 1 ? { kind: 'answer', status: 503, headers: { 'retry-after': '1' } }
      : n === 2 ? { kind: 'answer', status: 429, headers: { 'retry-after': '1' }, body: JSON.stringify({ type: 'about:blank', title: 'Too many', status: 429, detail: 'slow down', code: 'service_unavailable', requestId: 'p' }) }
        : { kind: 'forward' });
  const client = world.client({ baseUrl: proxy.url });
  const started = Date.now();
  const read = await client.catalogue.showtimes.retrieve(show.id);
  const waited = Date.now() - started;
  t.equal(read.id, show.id);
  t.equal(proxy.seen.length, 3, 'two refusals, then the answer');
  t.ok(waited >= 1900, `waited the two Retry-After seconds (${waited} ms)`);
});

t.test('retries stop at maxRetries and the last error is thrown, typed', async (t) => {
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'answer', status: 502, headers: { 'retry-after': '0' } }));
  const client = world.client({ baseUrl: proxy.url, maxRetries: 1 });
  const error = await client.catalogue.cities.list().then(() => undefined, (caught: unknown) => caught);
  t.type(error, ServerError);
  t.equal((error as ServerError).status, 502);
  t.equal(proxy.seen.length, 2, 'one try and one retry');
});

t.test('a call that outlives its timeout is aborted and not retried', async (t) => {
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'delay', ms: 1500 }));
  const client = world.client({ baseUrl: proxy.url });
  const started = Date.now();
  const error = await client.catalogue.cities.list({}, { timeout: 300 }).then(() => undefined, (caught: unknown) => caught);
  t.type(error, TimeoutError);
  t.ok(Date.now() - started < 1200, 'gave up at the timeout, not after the answer');
  t.equal(proxy.seen.length, 1, 'no retry after a timeout');
});

t.test('a caller’s AbortSignal aborts the call with its own reason', async (t) => {
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'delay', ms: 1500 }));
  const client = world.client({ baseUrl: proxy.url });
  const controller = new AbortController();
  const call = client.catalogue.cities.list({}, { signal: controller.signal }).then(() => undefined, (caught: unknown) => caught);
  // Aborted while the request is in flight, held by the proxy.
  await waitUntil('the request to reach the proxy', () => proxy.seen.length, (count) => count > 0);
  controller.abort(new Error('user gave up'));
  const error = await call;
  t.match(error, { message: 'user gave up' });
});

t.test('nothing listening: connection errors are retried, then thrown as ConnectionError', async (t) => {
  const world = await sdkWorld(t);
  const proxy = await startFaultyProxy(t, world.baseUrl, () => ({ kind: 'forward' }));
  const closedPort = proxy.url.replace(/:\d+$/, ':1');
  const client = world.client({ baseUrl: closedPort, maxRetries: 2 });
  const started = Date.now();
  const error = await client.catalogue.cities.list().then(() => undefined, (caught: unknown) => caught);
  t.type(error, ConnectionError);
  t.match((error as Error).message, /Could not reach the Marquee API/);
  t.ok(Date.now() - started >= 500, 'it backed off between attempts');
});
