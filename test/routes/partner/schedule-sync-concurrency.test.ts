import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, typedClient, type Schema } from '../../helpers/typed-client.ts';

/**
 * Two syncs of one theatre at once never interleave: the second waits for the first and then
 * sees its result, so the final state and the events are exactly those of one serial order.
 * Without that, both would plan against the same old state and collide on the same slots.
 */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Race City' });
const movie = await fixture.movie({ title: 'Race', languages: ['hi'], durationMinutes: 100 });
const owner = await onboardPartner(app, adminKey, { name: 'Race Cinemas' });
const api = typedClient(app, owner.headers);
const theatre = (await answer(api.POST('/v1/partner/theatres', {
  body: { externalRef: 'race-1', name: 'Race One', cityId: city.id, address: '1 Road', status: 'live', cleaningBufferMinutes: 20 },
}))).json();
const sync = (body: Schema<'ScheduleIn'>) => answer(api.PUT('/v1/partner/theatres/{theatreId}/schedule', { params: { path: { theatreId: theatre.id } }, body }));

const SHOWS = 60;
const screens: Schema<'ScheduleScreenIn'>[] = [1, 2, 3].map((n) => ({ externalRef: `audi-${n}`, name: `Audi ${n}`, layout: { rows: [{ label: 'A', seats: Array.from({ length: 20 }, (_, i) => ({ number: i + 1, category: 'standard' as const })) }] } }));
/** 60 shows on three screens over five days, every one under a reference starting with `prefix`. */
function documentOf(prefix: string, window: { from: string; to: string }): Schema<'ScheduleIn'> {
  const start = Date.parse(window.from);
  return {
    window,
    screens,
    showtimes: Array.from({ length: SHOWS }, (_, n) => ({
      externalRef: `${prefix}-${n}`,
      screenExternalRef: `audi-${(n % 3) + 1}`,
      movieId: movie.id,
      startsAt: new Date(start + Math.floor(n / 3) * 3 * 3_600_000 * 2).toISOString(),
      language: 'hi',
      format: '2D',
      prices: [{ category: 'standard', price: { amount: 100, currency: 'INR' } }],
    })),
  };
}

/** Every event of the theatre's showtimes, with the transaction that wrote it. */
async function showtimeEvents(since: number) {
  return db.execute<{ type: string; ref: string; writer: string }>(sql`
    select e.type, s.external_ref as ref, e.xmin::text as writer
    from events e join showtimes s on s.id = e.aggregate_id
    where e.type like 'showtime.%' and s.theatre_id = ${theatre.id}
    order by e.id offset ${since}`);
}
const eventCount = async () => (await db.execute<{ n: number }>(sql`select count(*)::int as n from events`))[0]!.n;
const scheduledRefs = async () =>
  (await db.execute<{ ref: string }>(sql`select external_ref as ref from showtimes where theatre_id = ${theatre.id} and status = 'scheduled' order by ref`)).map((row) => row.ref);
const refs = (prefix: string) => Array.from({ length: SHOWS }, (_, n) => `${prefix}-${n}`).sort();

t.test('two different schedules of one theatre at once: the outcome of one serial order', async (t) => {
  const window = { from: '2030-09-01T00:00:00Z', to: '2030-09-11T00:00:00Z' };
  const before = await eventCount();
  const [a, b] = await Promise.all([sync(documentOf('a', window)), sync(documentOf('b', window))]);
  t.equal(a.statusCode, 200, a.body);
  t.equal(b.statusCode, 200, b.body);
  // Whichever committed first created its shows; the other found them, cancelled them and created its own.
  const [earlier, later, laterPrefix, earlierPrefix] = a.json().showtimes.counts.cancelled === 0 ? [a.json(), b.json(), 'b', 'a'] : [b.json(), a.json(), 'a', 'b'];
  t.same(earlier.showtimes.counts, { created: SHOWS, updated: 0, unchanged: 0, cancelled: 0 });
  t.same(later.showtimes.counts, { created: SHOWS, updated: 0, unchanged: 0, cancelled: SHOWS });
  t.same(later.showtimes.cancelled.map((item: { externalRef: string }) => item.externalRef).sort(), refs(earlierPrefix), 'it saw everything the first one did');
  t.same(later.screens.counts, { created: 0, updated: 0, unchanged: 3 }, 'and its screens');
  t.same(await scheduledRefs(), refs(laterPrefix), 'the last one\'s schedule stands');

  const events = await showtimeEvents(0);
  const writers = [...new Set(events.map((event) => event.writer))];
  t.equal(writers.length, 2, 'two transactions wrote events');
  t.same(events.map((event) => `${event.writer === writers[0] ? 1 : 2}:${event.type}:${event.ref.split('-')[0]}`), [
    ...Array(SHOWS).fill(`1:showtime.created:${earlierPrefix}`),
    ...Array(SHOWS).fill(`2:showtime.cancelled:${earlierPrefix}`),
    ...Array(SHOWS).fill(`2:showtime.created:${laterPrefix}`),
  ], 'the events of the serial order, each transaction\'s together');
  t.equal(await eventCount(), before + SHOWS * 3);
});

t.test('the same schedule twice at once: created once, then found unchanged', async (t) => {
  const window = { from: '2030-10-01T00:00:00Z', to: '2030-10-11T00:00:00Z' };
  const before = await eventCount();
  const document = documentOf('c', window);
  const answers = await Promise.all([sync(document), sync(document)]);
  t.same(answers.map((answer) => answer.statusCode), [200, 200], answers.map((answer) => answer.body.slice(0, 300)).join('\n'));
  const counts = answers.map((answer) => answer.json().showtimes.counts).sort((x, y) => y.created - x.created);
  t.same(counts, [{ created: SHOWS, updated: 0, unchanged: 0, cancelled: 0 }, { created: 0, updated: 0, unchanged: SHOWS, cancelled: 0 }]);
  t.equal(await eventCount(), before + SHOWS, 'one showtime.created each, once');
  const [audits] = await db.execute<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'schedule.synced' and created_at > now() - interval '1 minute' and details->'window'->>'from' = '2030-10-01T00:00:00.000Z'`);
  t.equal(audits!.n, 1, 'and one audit record');
});
