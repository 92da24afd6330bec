import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import t, { type Test } from 'tap';
import { createSaleFixture, httpClient, startApiProcesses, type Call } from '../../helpers/api-processes.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { createTestDatabase } from '../../helpers/database.ts';
import { lockWaiters, waitUntilLockWaiting } from '../../helpers/lock-waits.ts';
import { freezeMonotonicClock } from '../../helpers/monotonic-clock.ts';
import { answer, typedClient } from '../../helpers/typed-client.ts';
import { waitUntil } from '../../helpers/wait-until.ts';

/**
 * The seat-map cache, through HTTP against real Postgres: maps served from memory for at most
 * SEAT_MAP_FRESHNESS_MS, never longer, in one process and across two. No mocks: a write the
 * partner API committed that a response does not show proves the response came from memory. In one
 * process the tests hold the cache's clock still and move it past the bound themselves; across
 * processes they wait for reads that started past it.
 */

const FRESHNESS_MS = 2000;
const MAX_ENTRIES = 5;
const { app, adminKey, db } = await buildTestApp(t, { SEAT_MAP_FRESHNESS_MS: String(FRESHNESS_MS), SEAT_MAP_CACHE_MAX_ENTRIES: String(MAX_ENTRIES) });

/** The sale fixture's HTTP calls, made in-process (its `Call` is shared with the multi-process tests, which speak raw HTTP). */
const inject: Call = async (_baseUrl, method, path, options = {}) => {
  const response = await app.inject({ method, url: path, headers: options.headers, payload: options.body });
  return { status: response.statusCode, body: response.body === '' ? '' : response.json() };
};
const fixture = await createSaleFixture(inject, '', adminKey);

const anyone = typedClient(app);
const getMap = (showtimeId: string, headers: Record<string, string> = {}) =>
  answer(anyone.GET('/v1/showtimes/{showtimeId}/seat-map', { params: { path: { showtimeId } }, headers }));
const statusOf = (body: string, label: string) => (JSON.parse(body).seats as { label: string; status: string }[]).find((seat) => seat.label === label)?.status;

const owner = typedClient(app, fixture.ownerHeaders);
/** Awaits a partner API call made as the theatre, expecting success. */
async function asOwner(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`a partner call answered ${response.statusCode}: ${response.body}`);
}
const onShowtime = (showtimeId: string) => ({ params: { path: { showtimeId } } });
/** The theatre keeps a seat back: committed before the call answers. */
const block = (showtimeId: string, label: string) => asOwner(owner.POST('/v1/partner/showtimes/{showtimeId}/seats/block', { ...onShowtime(showtimeId), body: { seats: [label] } }));
const theatreStatus = (status: 'draft' | 'live') => asOwner(owner.PATCH('/v1/partner/theatres/{theatreId}', { params: { path: { theatreId: fixture.theatreId } }, body: { status } }));

/**
 * The cache's clock, still until moved: `pastBound(since)` moves it a millisecond past the bound
 * after `since` (exactly on it, floating-point sums may land a hair short).
 */
function cacheClock(t: Test) {
  const clock = freezeMonotonicClock(t);
  return { ...clock, pastBound: (since: number) => clock.advance(since + FRESHNESS_MS + 1 - clock.now()) };
}

/** Counts the reads that reach the cache (the route asks it after a miss); each call still goes through. */
function countCacheReads(t: Test) {
  const cache = app.seatMaps;
  const read = cache.read;
  let calls = 0;
  cache.read = function countedRead(this: typeof cache, ...args: Parameters<typeof read>) {
    calls += 1;
    return read.apply(this, args);
  };
  t.teardown(() => {
    cache.read = read;
  });
  return () => calls;
}

t.test('a map read again within the bound is the same bytes, without reading the database; after it, the new state', async (t) => {
  const showtime = await fixture.showtime(3, 10);
  const clock = cacheClock(t);
  const readStarted = performance.now();
  const first = await getMap(showtime.id);
  t.equal(first.statusCode, 200);
  t.match(first.headers['content-type'], /^application\/json; charset=utf-8$/);
  t.equal(first.headers['cache-control'], 'public, max-age=2', 'the client\'s max-age is unchanged');
  t.equal(statusOf(first.body, 'A1'), 'available');

  await block(showtime.id, 'A1');
  const second = await getMap(showtime.id);
  t.ok(performance.now() - readStarted < FRESHNESS_MS, 'still within the bound (else this run was too slow to show anything)');
  t.equal(second.body, first.body, 'the same bytes: the seat blocked in SQL is not shown, so the database was not read');
  t.equal(second.headers.etag, first.headers.etag);
  t.equal(second.headers['content-length'], String(Buffer.byteLength(first.body)));
  clock.advance(FRESHNESS_MS - 1);
  t.equal((await getMap(showtime.id)).body, first.body, 'still the same bytes a millisecond before the bound');

  clock.pastBound(readStarted);
  const third = await getMap(showtime.id);
  t.equal(statusOf(third.body, 'A1'), 'unavailable', 'past the bound the map shows the write');
  t.not(third.headers.etag, first.headers.etag);
  t.same(JSON.parse(third.body).counts, [{ category: 'standard', total: 30, available: 29 }]);
});

t.test('a map\'s age counts from when its read started, not from when its answer arrived', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  const clock = cacheClock(t);
  const readStarted = clock.now();
  let pending: ReturnType<typeof getMap> | undefined;
  // The head statement reads the prices: locking them holds the read up while a second passes on the cache's clock.
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table showtime_prices in access exclusive mode`);
    pending = getMap(showtime.id);
    await waitUntilLockWaiting(db, 'the seat-map read', { query: '%showtime_prices%' });
    clock.advance(1000);
  });
  const first = await pending!;
  const arrivedAt = clock.now();
  t.equal(first.statusCode, 200);
  t.ok(arrivedAt - readStarted >= 900, 'the read was held up');
  await block(showtime.id, 'A1');

  clock.pastBound(readStarted);
  const later = await getMap(showtime.id);
  t.ok(clock.now() - arrivedAt < FRESHNESS_MS, 'the answer is younger than the bound');
  t.equal(statusOf(later.body, 'A1'), 'unavailable', 'the read that started past the bound shows the write');
});

t.test('If-None-Match is answered 304 from the cached ETag within the bound, and 200 after a change past it', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  const clock = cacheClock(t);
  const readStarted = performance.now();
  const first = await getMap(showtime.id);
  const etag = String(first.headers.etag);
  await block(showtime.id, 'B5');

  const cached = await getMap(showtime.id, { 'if-none-match': etag });
  t.equal(cached.statusCode, 304, 'the cached ETag answers, though the database has moved on');
  t.equal(cached.body, '');
  t.equal(cached.headers.etag, etag);
  t.equal(cached.headers['cache-control'], 'public, max-age=2');
  t.equal((await getMap(showtime.id, { 'if-none-match': `W/${etag}` })).statusCode, 304, 'weak comparison');
  t.equal((await getMap(showtime.id, { 'if-none-match': '"other"' })).body, first.body, 'another tag gets the cached map');

  clock.pastBound(readStarted);
  const changed = await getMap(showtime.id, { 'if-none-match': etag });
  t.equal(changed.statusCode, 200, 'past the bound the stale ETag no longer matches');
  t.equal(statusOf(changed.body, 'B5'), 'unavailable');
});

t.test('concurrent misses for one showtime share one read of the database', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  // However long the lock is held, the read in flight stays within the bound for all twenty.
  cacheClock(t);
  const cacheReads = countCacheReads(t);
  const waitingReads = () => lockWaiters(db, { applicationName: 'marquee-api' });
  let pending: Promise<Awaited<ReturnType<typeof getMap>>[]> | undefined;
  let waitingWhileLocked = 0;
  // The head statement reads the prices: locking them parks every read that reaches the database.
  await db.transaction(async (tx) => {
    await tx.execute(sql`lock table showtime_prices in access exclusive mode`);
    pending = Promise.all(Array.from({ length: 20 }, () => getMap(showtime.id)));
    await waitUntilLockWaiting(db, 'the first read of the map', { applicationName: 'marquee-api' });
    // Every request has asked the cache: each joined the read in flight or started one of its own.
    await waitUntil('all twenty requests to reach the cache', cacheReads, (calls) => calls === 20);
    waitingWhileLocked = await waitingReads();
    // Released on commit; the parked read then answers all twenty.
  });
  const responses = await pending!;
  t.equal(waitingWhileLocked, 1, 'one statement waited for twenty requests (the pool has five connections)');
  t.ok(responses.every((response) => response.statusCode === 200 && response.body === responses[0]!.body), 'all twenty got the one map');
});

t.test('unknown ids answer 404, are remembered within the bound only, and never grow the cache past its cap', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  cacheClock(t);
  const readStarted = performance.now();
  const map = await getMap(showtime.id);
  await block(showtime.id, 'A1');

  const unknown = Array.from({ length: MAX_ENTRIES * 6 }, (_, index) => `shw_unknown_${index}`);
  const answers = await Promise.all(unknown.map((id) => getMap(id)));
  for (const answer of answers) {
    t.equal(answer.statusCode, 404);
    t.match(answer.headers['content-type'], /^application\/problem\+json/);
    t.match(answer.json(), { code: 'not_found', status: 404 });
    t.notOk(answer.headers.etag);
  }
  t.same(app.seatMaps.size.missing, MAX_ENTRIES, 'remembered 404s stop at the cap');
  t.ok(app.seatMaps.size.maps <= MAX_ENTRIES, 'maps stay within the cap');
  const after = await getMap(showtime.id);
  t.ok(performance.now() - readStarted < FRESHNESS_MS, 'still within the bound');
  t.equal(after.body, map.body, 'the flood evicted no map: it is still served from memory');
});

t.test('a showtime that turns public is remembered as 404 for at most the bound', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  await theatreStatus('draft');
  t.teardown(() => theatreStatus('live'));
  const clock = cacheClock(t);
  const readStarted = performance.now();
  t.equal((await getMap(showtime.id)).statusCode, 404, 'a draft theatre\'s showtime is not public');
  await theatreStatus('live');
  const remembered = await getMap(showtime.id);
  t.ok(performance.now() - readStarted < FRESHNESS_MS, 'still within the bound');
  t.equal(remembered.statusCode, 404, 'the 404 is remembered, without asking the database');
  t.equal(remembered.json().code, 'not_found');
  clock.pastBound(readStarted);
  t.equal((await getMap(showtime.id)).statusCode, 200, 'past the bound the showtime is public');
});

t.test('a cancelled showtime\'s map shows the cancellation to every read that starts past the bound', async (t) => {
  const showtime = await fixture.showtime(2, 5);
  const clock = cacheClock(t);
  t.equal((await getMap(showtime.id)).statusCode, 200);
  // Cancelled by the theatre; the map must follow within the bound.
  await asOwner(owner.POST('/v1/partner/showtimes/{showtimeId}/cancel', onShowtime(showtime.id)));
  const committed = performance.now();
  const reads: { startedAt: number; status: string }[] = [];
  // A read every 30 ms of the cache's clock (never exactly on the bound), to half a second past it.
  while (performance.now() - committed < FRESHNESS_MS + 500) {
    const startedAt = performance.now();
    const response = await getMap(showtime.id);
    reads.push({ startedAt, status: JSON.parse(response.body).showtime.status });
    clock.advance(30);
  }
  const late = reads.filter((read) => read.startedAt > committed + FRESHNESS_MS);
  t.ok(late.length > 0, 'some reads started past the bound');
  t.same(late.filter((read) => read.status !== 'cancelled'), [], 'none of them shows the showtime scheduled');
  const last = JSON.parse((await getMap(showtime.id)).body);
  t.ok(last.seats.every((seat: { status: string }) => seat.status === 'unavailable'), 'every seat unavailable');
});

t.test('across two API processes, every read that starts past the bound after a hold commits shows the seat taken', async (t) => {
  const BOUND_MS = 1000;
  const database = await createTestDatabase(t);
  const api = await startApiProcesses(t, { databaseUrl: database.url, count: 2, env: { SEAT_MAP_FRESHNESS_MS: String(BOUND_MS) } });
  const bases = api.processes.map((process) => process.baseUrl);
  const call = httpClient(t, 32);
  const sale = await createSaleFixture(call, bases[0]!, api.adminKey);
  const showtime = await sale.showtime(15, 20);

  interface Read { base: string; startedAt: number; statuses: Map<string, string> }
  const reads: Read[] = [];
  let polling = true;
  // Four readers per process keep both caches warm, as opening-night traffic would.
  const readers = bases.flatMap((base) => Array.from({ length: 4 }, async () => {
    while (polling) {
      const startedAt = performance.now();
      const response = await call(base, 'GET', `/v1/showtimes/${showtime.id}/seat-map`);
      if (response.status !== 200) throw new Error(`seat map answered ${response.status}: ${JSON.stringify(response.body)}`);
      reads.push({ base, startedAt, statuses: new Map((response.body.seats as { label: string; status: string }[]).map((seat) => [seat.label, seat.status])) });
      await sleep(5); // a reader's pace, not a wait for anything
    }
  }));

  /** Whether each process has answered a read that started after `since`. */
  const bothReadAfter = (since: number) => bases.every((base) => reads.some((read) => read.base === base && read.startedAt > since));
  const holds: { label: string; committedBy: number }[] = [];
  for (const [index, label] of ['A1', 'C7', 'H10', 'O20'].entries()) {
    // Both caches hold the map as it was before this hold.
    await waitUntil('a read of each process since the last hold', () => bothReadAfter(holds.at(-1)?.committedBy ?? 0), Boolean);
    const hold = await call(bases[index % 2]!, 'POST', '/v1/holds', { headers: sale.aggregatorHeaders, body: { showtimeId: showtime.id, customerRef: `fan-${index}`, seats: [label] } });
    t.equal(hold.status, 201, `hold ${label}`, { body: hold.body });
    // The hold committed before its answer arrived: reads after this instant plus the bound must show it.
    holds.push({ label, committedBy: performance.now() });
  }
  // Until each process has answered a read that started past the bound after the last hold.
  await waitUntil('reads of both processes past the bound', () => bothReadAfter(holds.at(-1)!.committedBy + BOUND_MS), Boolean);
  polling = false;
  await Promise.all(readers);

  for (const hold of holds) {
    const late = reads.filter((read) => read.startedAt > hold.committedBy + BOUND_MS);
    const stale = late.filter((read) => read.statuses.get(hold.label) !== 'unavailable');
    const withinBound = reads.filter((read) => read.startedAt > hold.committedBy && read.startedAt <= hold.committedBy + BOUND_MS);
    t.ok(new Set(late.map((read) => read.base)).size === 2, `${hold.label}: both processes were read past the bound`);
    t.same(stale.map((read) => `${read.base} +${(read.startedAt - hold.committedBy).toFixed(0)} ms`), [],
      `${hold.label}: none of ${late.length} reads past the bound shows it available (${withinBound.filter((read) => read.statuses.get(hold.label) === 'available').length} of ${withinBound.length} within it did)`);
  }
});
