import { sql } from 'drizzle-orm';
import t from 'tap';
import { newId } from '../../../server/db/ids.ts';
import { showtimes } from '../../../server/db/schema/showtimes.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { waitUntilLockWaiting } from '../../helpers/lock-waits.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

/**
 * The exclusion constraint still has the last word on overlaps: showtimes may trade places in one
 * sync, and a showtime another request schedules while a sync runs is named, not a 500.
 */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Overlap City' });
const movie = await fixture.movie({ title: 'Monsoon', languages: ['hi'], durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Overlap Cinemas' });
const api = typedClient(app, owner.headers);
const theatre = (await answer(api.POST('/v1/partner/theatres', {
  body: { externalRef: 'ov-1', name: 'Overlaps', cityId: city.id, address: '1 Road', status: 'live', cleaningBufferMinutes: 15 },
}))).json();
const sync = (body: Schema<'ScheduleIn'>) => answer(api.PUT('/v1/partner/theatres/{theatreId}/schedule', { params: { path: { theatreId: theatre.id } }, body }));

const window = { from: '2030-05-01T00:00:00Z', to: '2030-05-02T00:00:00Z' };
const screens: Schema<'ScheduleScreenIn'>[] = [{ externalRef: 'audi-1', name: 'Audi 1', layout: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] } }];
const show = (externalRef: string, startsAt: string): Schema<'ScheduleShowtimeIn'> => ({
  externalRef, screenExternalRef: 'audi-1', movieId: movie.id, startsAt, language: 'hi', format: '2D', prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
});
const first = await sync({ window, screens, showtimes: [show('early', '2030-05-01T04:00:00Z'), show('late', '2030-05-01T06:00:00Z')] });
if (first.statusCode !== 200) throw new Error(first.body);
const idOf = (ref: string) => first.json().showtimes.created.find((item: { externalRef: string }) => item.externalRef === ref).id as string;

t.test('two showtimes trade places on one screen', async (t) => {
  // Each lands on the other's slot: row by row, either move alone would overlap the other.
  const swapped = await sync({ window, screens, showtimes: [show('early', '2030-05-01T06:00:00Z'), show('late', '2030-05-01T04:00:00Z')] });
  t.equal(swapped.statusCode, 200, swapped.body);
  t.same(swapped.json().showtimes.updated.map((item: { externalRef: string; changed: string[] }) => [item.externalRef, item.changed]), [['early', ['startsAt']], ['late', ['startsAt']]]);
  const rows = await db.execute<{ externalRef: string; startsAt: string; endsAt: string; version: number }>(sql`
    select external_ref as "externalRef", to_char(starts_at at time zone 'UTC', 'HH24:MI') as "startsAt", to_char(ends_at at time zone 'UTC', 'HH24:MI') as "endsAt", version
    from showtimes where theatre_id = ${theatre.id} order by starts_at`);
  t.same([...rows], [
    { externalRef: 'late', startsAt: '04:00', endsAt: '05:55', version: 2 },
    { externalRef: 'early', startsAt: '06:00', endsAt: '07:55', version: 2 },
  ]);
  const events = await db.execute<{ type: string }>(sql`select type from events where aggregate_id in (${idOf('early')}, ${idOf('late')}) and type = 'showtime.updated'`);
  t.equal(events.length, 2, 'one event each, nothing for the intermediate step');
});

/**
 * Runs a sync while another writer's change is made but not committed, committing it only once
 * the sync's own statement (`waitsOn`, a prefix of its SQL) waits on it: the sync planned without
 * that change, and the database decides.
 */
async function syncWhileUncommitted(change: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0]) => Promise<unknown>, waitsOn: string, document: Schema<'ScheduleIn'>) {
  let changed!: () => void;
  const changedYet = new Promise<void>((resolve) => { changed = resolve; });
  let commit!: () => void;
  const committing = new Promise<void>((resolve) => { commit = resolve; });
  const writer = db.transaction(async (tx) => {
    await change(tx);
    changed();
    await committing;
  });
  await changedYet;
  const pending = sync(document);
  await waitUntilLockWaiting(db, 'the sync', { query: `${waitsOn}%` });
  commit();
  await writer;
  return pending;
}

/**
 * Another writer's showtime on the screen, inserted in its own transaction: written in SQL since an
 * API request commits before it answers, and this change must stay uncommitted while the sync runs.
 */
async function otherWritersShowtime(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], values: { id: string; externalRef: string; startsAt: string }) {
  const [screen] = await tx.execute<{ id: string; layoutId: string }>(sql`
    select s.id, l.id as "layoutId" from screens s join seat_layouts l on l.screen_id = s.id where s.theatre_id = ${theatre.id}`);
  const startsAt = new Date(values.startsAt);
  await tx.insert(showtimes).values({
    id: values.id, theatreId: theatre.id, screenId: screen!.id, layoutId: screen!.layoutId, movieId: movie.id, cityId: city.id,
    externalRef: values.externalRef, startsAt, endsAt: new Date(startsAt.getTime() + 115 * 60_000),
    localDate: '2030-05-01', language: 'hi', format: '2D',
  });
}

const showtimeCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from showtimes where theatre_id = ${theatre.id}`))[0]!.n;
const eventCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from events`))[0]!.n;
const schedule = (...extra: ReturnType<typeof show>[]) => ({ window, screens, showtimes: [show('early', '2030-05-01T06:00:00Z'), show('late', '2030-05-01T04:00:00Z'), ...extra] });

t.test('a showtime scheduled by another request while the sync runs: 409 naming it, nothing applied', async (t) => {
  const [showtimesBefore, eventsBefore] = [await showtimeCount(), await eventCount()];
  const id = newId('shw');
  const response = await syncWhileUncommitted(
    (tx) => otherWritersShowtime(tx, { id, externalRef: 'other-writer', startsAt: '2030-05-01T10:00:00Z' }),
    'insert into "showtimes"',
    schedule(show('clash', '2030-05-01T10:30:00Z'), show('fine', '2030-05-01T14:00:00Z')),
  );
  t.equal(response.statusCode, 409, response.body);
  t.equal(response.json().code, 'schedule_conflict');
  t.same(response.json().errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`), ['/body/showtimes/2/startsAt overlaps_existing']);
  t.match(response.json().errors[0].message, /scheduled while this sync ran/, 'found by the constraint, not by the plan');
  t.same(response.json().conflicts, [id]);
  t.equal(await showtimeCount(), showtimesBefore + 1, 'only the other writer\'s showtime: nothing of the sync applied');
  t.equal(await eventCount(), eventsBefore, 'no event');
});

t.test('a reference taken by another request while the sync runs: 409 to retry, nothing applied', async (t) => {
  const [showtimesBefore, eventsBefore] = [await showtimeCount(), await eventCount()];
  const response = await syncWhileUncommitted(
    (tx) => otherWritersShowtime(tx, { id: newId('shw'), externalRef: 'taken', startsAt: '2030-05-01T20:00:00Z' }),
    'insert into "showtimes"',
    schedule(show('taken', '2030-05-01T16:00:00Z'), show('other-writer', '2030-05-01T10:00:00Z')),
  );
  t.equal(response.statusCode, 409, response.body);
  t.equal(response.json().code, 'concurrent_update');
  t.equal(response.headers['retry-after'], '1');
  t.equal(await showtimeCount(), showtimesBefore + 1);
  t.equal(await eventCount(), eventsBefore);
  const retried = await sync(schedule(show('taken', '2030-05-01T16:00:00Z'), show('other-writer', '2030-05-01T10:00:00Z')));
  t.equal(retried.statusCode, 200, 'a retry finds the showtime and moves it');
  // The other writer's showtimes were inserted without prices: the document gives them theirs.
  t.same(retried.json().showtimes.updated.map((item: { externalRef: string; changed: string[] }) => [item.externalRef, item.changed]), [['taken', ['startsAt', 'prices']], ['other-writer', ['prices']]]);
  t.same(retried.json().showtimes.unchanged.map((item: { externalRef: string }) => item.externalRef), ['early', 'late']);
});

t.test('a showtime cancelled by another request while the sync moves it: 409 to retry, nothing applied', async (t) => {
  const current = schedule(show('taken', '2030-05-01T16:00:00Z'), show('other-writer', '2030-05-01T10:00:00Z'));
  const eventsBefore = await eventCount();
  const response = await syncWhileUncommitted(
    // In SQL: the cancellation must stay uncommitted while the sync runs (an API request commits before answering).
    (tx) => tx.execute(sql`update showtimes set status = 'cancelled', cancelled_at = now(), version = version + 1 where theatre_id = ${theatre.id} and external_ref = 'taken'`),
    'update "showtimes" s',
    { ...current, showtimes: [...current.showtimes.slice(0, 2), show('taken', '2030-05-01T17:00:00Z'), current.showtimes[3]!] },
  );
  t.equal(response.statusCode, 409, response.body);
  t.equal(response.json().code, 'concurrent_update');
  t.equal(await eventCount(), eventsBefore);
  const [taken] = await db.execute<{ startsAt: string; version: number }>(sql`
    select to_char(starts_at at time zone 'UTC', 'HH24:MI') as "startsAt", version from showtimes where theatre_id = ${theatre.id} and external_ref = 'taken'`);
  t.same(taken, { startsAt: '16:00', version: 3 }, 'the cancellation stands, not moved');
  const retried = await sync({ ...current, showtimes: [...current.showtimes.slice(0, 2), show('taken', '2030-05-01T17:00:00Z'), current.showtimes[3]!] });
  t.equal(retried.statusCode, 409, 'a retry sees it cancelled');
  t.equal(retried.json().errors[0].code, 'showtime_cancelled');
});
