import t, { type Test } from 'tap';
import { ValidationError, type Schema } from '../../sdk/src/index.ts';
import { syncSchedule, type ScheduleSyncOutcome, type ScheduleSyncProgress } from '../../sdk/src/schedule/sync.ts';
import { cinema, sdkWorld } from './helpers/world.ts';

/**
 * Schedule sync of documents bigger than one request, against the real API: the split must do
 * exactly what the whole document would (every showtime listed, every other one in the window
 * cancelled), resume after a crash by replaying what was applied, and change nothing when dry.
 */

type Showtime = Schema<'ScheduleShowtimeIn'>;
type Document = Schema<'ScheduleIn'>;

const world = await sdkWorld(t);
const DAY_MS = 86_400_000;
const today = new Date();
const firstDay = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 10);
/** A calendar date `n` days after the first one (the theatres are in Asia/Kolkata, +05:30 all year). */
const date = (n: number) => new Date(firstDay + n * DAY_MS).toISOString().slice(0, 10);
const pad = (value: number) => String(value).padStart(2, '0');
const windowOf = (fromDay: number, toDay: number) => ({ from: `${date(fromDay)}T00:00:00+05:30`, to: `${date(toDay)}T00:00:00+05:30` });
const instant = (day: number, hour: number, minute = 0) => new Date(`${date(day)}T${pad(hour)}:${pad(minute)}:00+05:30`).toISOString();

const rows = (count: number) =>
  'ABCDEFGHIJKLMNOPQRST'.slice(0, count).split('').map((label) => ({
    label,
    seats: Array.from({ length: 10 }, (_, n) => ({ number: n + 1, category: 'standard' as const })),
  }));

/** A theatre with screen `s1` (and `s2` if asked), and a way to write showtimes of its movie. */
async function theatreWith(name: string, options: { secondScreen?: boolean } = {}) {
  const place = await cinema(world, name, { rows: 1 });
  const { client } = place.owner;
  if (options.secondScreen) {
    const screen = await client.partner.screens.create(place.theatre.id, { externalRef: 's2', name: 'Screen 2' });
    await client.partner.layouts.create(screen.id, { rows: rows(1) });
  }
  const show = (ref: string, screen: string, day: number, hour: number, minute = 0, local = false): Showtime => ({
    externalRef: ref, screenExternalRef: screen, movieId: place.movie.id, language: 'en', format: '2D',
    ...(local ? { startsAtLocal: `${date(day)}T${pad(hour)}:${pad(minute)}` } : { startsAt: instant(day, hour, minute) }),
    prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
  });
  const held = (ref: string, screenId: string, day: number, hour: number) => client.partner.showtimes.create(place.theatre.id, {
    externalRef: ref, screenId, movieId: place.movie.id, language: 'en', format: '2D', startsAt: instant(day, hour),
    prices: [{ category: 'standard', price: { amount: 25_000, currency: 'INR' } }],
  });
  const scheduled = async (fromDay: number, toDay: number) => {
    const list = await client.partner.showtimes.list(place.theatre.id, { from: date(fromDay - 1), to: date(toDay + 1), status: 'scheduled', limit: 100 }).toArray();
    return list.filter((showtime) => showtime.startsAt >= instant(fromDay, 0) && showtime.startsAt < instant(toDay, 0));
  };
  return { ...place, client, show, held, scheduled };
}

/** Four shows a day on s1 (every other one by wall-clock time) and two on s2, for `days` days. */
function busyDays(show: (ref: string, screen: string, day: number, hour: number, minute?: number, local?: boolean) => Showtime, days: number, screen2 = 's2') {
  const showtimes: Showtime[] = [];
  for (let day = 0; day < days; day++) {
    for (const [n, hour] of [9, 12, 15, 18].entries()) showtimes.push(show(`d${day}-s1-${hour}`, 's1', day, hour, 0, n % 2 === 0));
    for (const hour of [10, 20]) showtimes.push(show(`d${day}-s2-${hour}`, screen2, day, hour, 30));
  }
  return showtimes;
}

function assertTiled(t: Test, outcome: ScheduleSyncOutcome, document: Document, budget: number) {
  const windows = outcome.requests.map((request) => request.window);
  t.equal(windows[0]!.from, new Date(document.window.from).toISOString(), 'the first request starts the window');
  t.equal(windows.at(-1)!.to, new Date(document.window.to).toISOString(), 'the last one ends it');
  for (let n = 1; n < windows.length; n++) t.ok(windows[n]!.from === windows[n - 1]!.to || windows[n]!.from === windows[n - 1]!.from, `request ${n + 1} follows on`);
  t.ok(outcome.requests.every((request) => request.bytes <= budget), 'every request stays within the byte budget');
}

t.test('a document of many requests syncs into exactly its showtimes, cancelling the others in the whole window', async (t) => {
  const place = await theatreWith('Split');
  const oldShow = await place.held('old-late', place.screen.id, 17, 3);
  const outside = await place.held('outside', place.screen.id, 25, 3);
  const document: Document = {
    window: windowOf(0, 20),
    screens: [{ externalRef: 's2', name: 'Screen 2', layout: { rows: rows(2) } }],
    showtimes: busyDays(place.show, 20),
  };
  const budget = 3_500;
  const progress: ScheduleSyncProgress[] = [];
  const outcome = await syncSchedule(place.client, place.theatre.id, document, { maxRequestBytes: budget, onProgress: (step) => { progress.push(step); } });

  t.ok(outcome.requests.length >= 8, `split into ${outcome.requests.length} requests`);
  assertTiled(t, outcome, document, budget);
  t.equal(outcome.requests[0]!.screens, 1, 'the screen goes in the first request');
  t.same(progress.map((step) => step.done), outcome.requests.map((_, n) => n + 1), 'progress after every request');
  t.ok(progress.every((step) => step.total === outcome.requests.length && !step.replayed));
  t.match(outcome, {
    dryRun: false,
    window: { from: new Date(document.window.from).toISOString(), to: new Date(document.window.to).toISOString() },
    screens: { counts: { created: 1, updated: 0, unchanged: 0 } },
    layouts: { counts: { created: 1, unchanged: 0 } },
    showtimes: { counts: { created: 120, updated: 0, unchanged: 0, cancelled: 1 }, cancelled: [{ id: oldShow.id, externalRef: 'old-late' }] },
    bookingsCancelled: 0,
  });
  t.equal(new Set(outcome.showtimes.created.map((item) => item.externalRef)).size, 120, 'each showtime once');

  const scheduled = await place.scheduled(0, 20);
  t.same(scheduled.map((showtime) => showtime.externalRef).sort(), document.showtimes.map((showtime) => showtime.externalRef).sort(), 'exactly the listed showtimes');
  t.equal((await place.client.partner.showtimes.retrieve(oldShow.id)).status, 'cancelled', 'one missing from the document, in a late request, is cancelled');
  t.equal((await place.client.partner.showtimes.retrieve(outside.id)).status, 'scheduled', 'one outside the window is left alone');
  const local = scheduled.find((showtime) => showtime.externalRef === 'd3-s1-9')!;
  t.equal(local.startsAt, instant(3, 9), 'a wall-clock start lands at its instant in the theatre zone');

  const again = await syncSchedule(place.client, place.theatre.id, document, { maxRequestBytes: budget, idempotencyKey: 'a-second-run' });
  t.match(again.showtimes.counts, { created: 0, updated: 0, unchanged: 120, cancelled: 0 }, 'a fresh run of the same document changes nothing');
});

t.test('a document that fits in one request is sent as it is, under a key its body decides', async (t) => {
  const place = await theatreWith('Whole');
  const document: Document = { window: windowOf(0, 2), showtimes: busyDays(place.show, 2, 's1-x').filter((showtime) => showtime.screenExternalRef === 's1') };
  const outcome = await syncSchedule(place.client, place.theatre.id, document);
  t.equal(outcome.requests.length, 1);
  t.match(outcome, { window: { from: new Date(document.window.from).toISOString() }, showtimes: { counts: { created: 8 } } });
  t.match(outcome.requests[0]!.idempotencyKey, new RegExp(`^schedule-sync:${place.theatre.id}:1:[0-9a-f]{32}$`));
  const again = await syncSchedule(place.client, place.theatre.id, { ...document, showtimes: [...document.showtimes] });
  t.equal(again.requests[0]!.idempotencyKey, outcome.requests[0]!.idempotencyKey, 'the same document, the same key');
  t.ok(again.requests[0]!.replayed, 'so the answer is replayed');
  t.same(again.showtimes, outcome.showtimes);
});

t.test('more showtimes than one request may hold, at the default budget', async (t) => {
  const place = await theatreWith('Many');
  const showtimes: Showtime[] = [];
  // 2,100 shows, 4 a day on one screen, some 525 days ahead.
  for (let n = 0; n < 2_100; n++) showtimes.push(place.show(`m${n}`, 's1', Math.floor(n / 4), 9 + 3 * (n % 4)));
  const document: Document = { window: windowOf(0, 526), showtimes };
  const outcome = await syncSchedule(place.client, place.theatre.id, document, { timeout: 120_000 });
  t.equal(outcome.requests.length, 2, 'two requests: the showtime cap, not the bytes, splits it');
  t.ok(outcome.requests.every((request) => request.showtimes <= 2_000));
  t.equal(outcome.showtimes.counts.created, 2_100);
  t.equal((await place.scheduled(0, 526)).length, 2_100);
});

t.test('a re-run after a crash replays the requests already applied and applies the rest', async (t) => {
  const place = await theatreWith('Crash', { secondScreen: true });
  const document: Document = { window: windowOf(0, 10), showtimes: busyDays(place.show, 10) };
  const options = { maxRequestBytes: 2_500 };

  const controller = new AbortController();
  await t.rejects(
    syncSchedule(place.client, place.theatre.id, document, { ...options, signal: controller.signal, onProgress: ({ done }) => { if (done === 2) controller.abort(); } }),
    { name: 'AbortError' },
    'aborted after the second request',
  );
  const afterAbort = (await place.scheduled(0, 10)).length;
  t.ok(afterAbort > 0 && afterAbort < 60, `${afterAbort} showtimes applied before the abort`);

  await t.rejects(
    syncSchedule(place.client, place.theatre.id, document, { ...options, onProgress: ({ done }) => { if (done === 4) throw new Error('the POS crashed'); } }),
    { message: 'the POS crashed' },
  );

  const progress: ScheduleSyncProgress[] = [];
  const outcome = await syncSchedule(place.client, place.theatre.id, document, { ...options, onProgress: (step) => { progress.push(step); } });
  t.ok(progress.length > 4, `${progress.length} requests`);
  t.same(progress.map((step) => step.replayed), progress.map((_, n) => n < 4), 'the four applied requests are replayed, the rest applied');
  t.same(outcome.requests.map((request) => request.replayed), progress.map((step) => step.replayed));
  t.match(outcome.showtimes.counts, { created: 60, unchanged: 0, cancelled: 0 }, 'the answer is the one an uninterrupted run would have given');
  t.equal((await place.scheduled(0, 10)).length, 60, 'the same end state');

  const replay = await syncSchedule(place.client, place.theatre.id, document, options);
  t.ok(replay.requests.every((request) => request.replayed), 'a finished document replays whole');
  t.same(replay.showtimes, outcome.showtimes);
});

t.test('a dry run plans across requests and changes nothing', async (t) => {
  const place = await theatreWith('Dry');
  const doomed = await place.held('doomed', place.screen.id, 4, 3);
  const document: Document = {
    window: windowOf(0, 8),
    screens: [{ externalRef: 's-new', name: 'New Screen', layout: { rows: rows(1) } }],
    showtimes: busyDays(place.show, 8, 's-new'),
  };
  const outcome = await syncSchedule(place.client, place.theatre.id, document, { dryRun: true, maxRequestBytes: 5_000 });
  t.ok(outcome.requests.length > 2, `${outcome.requests.length} requests`);
  t.ok(outcome.requests.every((request) => request.result.dryRun), 'every request is a dry run');
  t.ok(outcome.requests.filter((request) => request.screens > 0).length > 1, 'each request carries the new screen its showtimes name');
  t.match(outcome, {
    dryRun: true,
    screens: { counts: { created: 1 }, created: [{ id: null, externalRef: 's-new' }] },
    layouts: { counts: { created: 1 } },
    showtimes: { counts: { created: 48, cancelled: 1 }, cancelled: [{ id: doomed.id }] },
  });

  t.same((await place.scheduled(0, 8)).map((showtime) => showtime.id), [doomed.id], 'no showtime created, none cancelled');
  const screens = await place.client.partner.screens.list(place.theatre.id).toArray();
  t.same(screens.map((screen) => screen.externalRef), ['s1'], 'no screen created');

  const applied = await syncSchedule(place.client, place.theatre.id, document, { maxRequestBytes: 5_000 });
  t.same(applied.showtimes.counts, outcome.showtimes.counts, 'the real run does what the dry run said');
});

t.test('a showtime moved into a later request is moved, not cancelled', async (t) => {
  const place = await theatreWith('Move', { secondScreen: true });
  const moving = await place.held('moving', place.screen.id, 3, 7);
  const showtimes = busyDays(place.show, 12);
  showtimes.push(place.show('moving', 's1', 4, 22));
  // About 24 showtimes a request: left alone, days 0-3 would make the first one and day 4 start the second.
  const outcome = await syncSchedule(place.client, place.theatre.id, { window: windowOf(0, 12), showtimes }, { maxRequestBytes: 6_000 });
  t.ok(outcome.requests.length >= 3, `${outcome.requests.length} requests`);
  const carrying = outcome.requests.find((request) => request.window.from <= instant(4, 22) && instant(4, 22) < request.window.to)!;
  t.ok(carrying.window.from <= instant(3, 7), 'the request that moves it also holds its old start');
  t.match(outcome.showtimes, { counts: { created: 72, updated: 1, cancelled: 0 }, updated: [{ id: moving.id, externalRef: 'moving', changed: ['startsAt'] }] });
  t.match(await place.client.partner.showtimes.retrieve(moving.id), { status: 'scheduled', startsAt: instant(4, 22) });
});

t.test('a showtime running into one that a later request cancels: the two go in one request', async (t) => {
  const place = await theatreWith('Overlap', { secondScreen: true });
  const inTheWay = await place.held('in-the-way', place.screen.id, 1, 14);
  const showtimes = [
    place.show('show-c', 's2', 1, 10),
    place.show('show-d', 's1', 1, 13), // runs past 14:00, into a later request's window
    place.show('show-e', 's2', 1, 13, 30),
    place.show('show-f', 's1', 1, 18),
  ];
  const document: Document = { window: windowOf(1, 2), showtimes };
  const epoch = new Date(0).toISOString();
  // Room for two showtimes a request, not three.
  const budget = Buffer.byteLength(JSON.stringify({ window: { from: epoch, to: epoch }, showtimes: showtimes.slice(0, 2) })) + 10;
  const outcome = await syncSchedule(place.client, place.theatre.id, document, { maxRequestBytes: budget });
  t.same(outcome.requests.map((request) => request.showtimes), [1, 2, 1], 'show-d and show-e travel together, with the cancellation');
  t.equal(outcome.requests[1]!.window.from, instant(1, 13));
  t.match(outcome.showtimes, { counts: { created: 4, cancelled: 1 }, cancelled: [{ id: inTheWay.id }] });
  t.equal((await place.client.partner.showtimes.retrieve(inTheWay.id)).status, 'cancelled');
});

t.test('screens too large for one request go in several; an instant that cannot be split is refused up front', async (t) => {
  const place = await theatreWith('Screens');
  const screens = ['big-1', 'big-2', 'big-3'].map((ref) => ({ externalRef: ref, name: ref, layout: { rows: rows(12) } }));
  const showtimes = screens.map((screen, n) => place.show(`on-${screen.externalRef}`, screen.externalRef, 1, 10 + 3 * n));
  const screenBytes = Buffer.byteLength(JSON.stringify(screens[0]));
  const budget = Math.floor(screenBytes * 1.5);
  const outcome = await syncSchedule(place.client, place.theatre.id, { window: windowOf(0, 3), screens, showtimes }, { maxRequestBytes: budget });
  t.same(outcome.requests.slice(0, 3).map((request) => request.screens), [1, 1, 1], 'one screen a request');
  t.match(outcome, { screens: { counts: { created: 3 } }, layouts: { counts: { created: 3 } }, showtimes: { counts: { created: 3 } } });

  const sameInstant = ['big-1', 'big-2', 'big-3', 's1'].map((screen) => place.show(`at-once-${screen}`, screen, 2, 10));
  await t.rejects(
    syncSchedule(place.client, place.theatre.id, { window: windowOf(0, 3), showtimes: [...showtimes, ...sameInstant] }, { maxRequestBytes: 800 }),
    { name: 'RangeError', message: /4 showtime\(s\) starting from .* must go in one request/ },
  );
  t.equal((await place.scheduled(0, 3)).length, 3, 'nothing was applied');
});

t.test('a refusal names the request and points into the whole document', async (t) => {
  const place = await theatreWith('Refused');
  const showtimes = busyDays(place.show, 6, 's1-night').filter((showtime) => showtime.screenExternalRef === 's1');
  showtimes[20] = { ...showtimes[20]!, movieId: 'mov_unknown' };
  const error = await syncSchedule(place.client, place.theatre.id, { window: windowOf(0, 6), showtimes }, { maxRequestBytes: 2_000 }).catch((caught: unknown) => caught);
  t.ok(error instanceof ValidationError, 'the error class of the answer');
  const refusal = error as ValidationError;
  t.same(refusal.errors.map((issue) => issue.path), ['/body/showtimes/20/movieId'], 'the pointer is into the document');
  t.match(refusal.message, /request 3 of \d+ \(window .*\); requests 1–2 were applied before it, and a re-run replays them/);
});
