import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Schema } from '../../helpers/typed-client.ts';

/** A refused sync lists every problem, item by item, and applies nothing. */
const { app, adminKey, db } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);
const city = await fixture.city({ name: 'Refusal City' });
const monsoon = await fixture.movie({ title: 'Monsoon', languages: ['hi', 'en'], durationMinutes: 100, externalId: 'tt8800001' });
await fixture.movie({ title: 'Quiet Night', languages: ['en'], durationMinutes: 130, externalId: 'tt8800002' });
const owner = await onboardPartner(app, adminKey, { name: 'Refusal Cinemas' });

const api = typedClient(app, owner.headers);
/** Awaits a setup call that must succeed, and answers its body. */
async function succeeded(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  if (response.statusCode >= 300) throw new Error(`a setup call answered ${response.statusCode}: ${response.body}`);
  return response.json();
}
const theatre = await succeeded(api.POST('/v1/partner/theatres', { body: { externalRef: 'ref-1', name: 'Refusals', cityId: city.id, address: '1 Road', status: 'live', cleaningBufferMinutes: 15 } }));
const sync = (body: Schema<'ScheduleIn'>) => answer(api.PUT('/v1/partner/theatres/{theatreId}/schedule', { params: { path: { theatreId: theatre.id } }, body }));

const inr = (amount: number) => ({ amount, currency: 'INR' });
const standard = [{ category: 'standard', price: inr(20_000) }];
const both = [...standard, { category: 'premium', price: inr(30_000) }];
const show = (externalRef: string, screenExternalRef: string, startsAtLocal: string, extra: Partial<Schema<'ScheduleShowtimeIn'>> = {}): Schema<'ScheduleShowtimeIn'> => ({
  externalRef, screenExternalRef, movieId: monsoon.id, startsAtLocal, language: 'hi', format: '2D', prices: screenExternalRef === 'audi-1' ? both : standard, ...extra,
});
const screens: Schema<'ScheduleScreenIn'>[] = [
  { externalRef: 'audi-1', name: 'Audi 1', layout: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }] }, { label: 'B', seats: [{ number: 1, category: 'premium' }] }] } },
  { externalRef: 'audi-2', name: 'Audi 2', layout: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard' }] }] } },
];
const initial = await sync({
  window: { from: '2030-03-01T00:00:00+05:30', to: '2030-03-03T00:00:00+05:30' },
  screens,
  showtimes: [
    show('s1', 'audi-1', '2030-03-01T09:30'),
    show('s2', 'audi-2', '2030-03-01T10:00'),
    // Runs past midnight into the third: m 130 + 15 minutes of cleaning.
    show('late', 'audi-1', '2030-03-02T23:00', { movieId: undefined, movieExternalId: 'tt8800002', language: 'en' }),
    show('gone', 'audi-2', '2030-03-02T10:00'),
  ],
});
if (initial.statusCode !== 200) throw new Error(`initial sync answered ${initial.statusCode}: ${initial.body}`);
const idOf = (ref: string) => initial.json().showtimes.created.find((item: { externalRef: string }) => item.externalRef === ref).id as string;
await succeeded(api.POST('/v1/partner/showtimes/{showtimeId}/cancel', { params: { path: { showtimeId: idOf('gone') } } }));
const inTheatre = { params: { path: { theatreId: theatre.id as string } } };
const bare = await succeeded(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre, body: { externalRef: 'bare', name: 'No seats yet' } }));
const old = await succeeded(api.POST('/v1/partner/theatres/{theatreId}/screens', { ...inTheatre, body: { externalRef: 'old', name: 'Old' } }));
await succeeded(api.POST('/v1/partner/screens/{screenId}/layouts', { params: { path: { screenId: old.id } }, body: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }] }] } }));
await succeeded(api.PATCH('/v1/partner/screens/{screenId}', { params: { path: { screenId: old.id } }, body: { status: 'retired' } }));

/** Every row a refused sync could have touched, by identity and writer, and the outbox and audit sizes. */
async function fingerprint() {
  const [row] = await db.execute<{ rows: string; events: number; audit: number }>(sql`
    select md5(string_agg(r, ',' order by r)) as rows,
           (select count(*)::int from events) as events, (select count(*)::int from audit_log) as audit
    from (select 'screen' || xmin || ctid as r from screens union all select 'layout' || xmin || ctid from seat_layouts union all
          select 'showtime' || xmin || ctid from showtimes union all select 'price' || xmin || ctid from showtime_prices union all
          select 'inventory' || xmin || ctid from seat_inventory) rows`);
  return row!;
}
const issuesOf = (body: { errors: { path: string; code: string }[] }) => body.errors.map((issue) => `${issue.path} ${issue.code}`).sort();

t.test('a document wrong in itself: 400, every item listed, nothing applied', async (t) => {
  const before = await fingerprint();
  const response = await sync({
    window: { from: '2030-03-01T00:00:00+05:30', to: '2030-03-03T00:00:00+05:30' },
    screens: [
      { ...screens[0]!, layout: { rows: [{ label: 'A', seats: [{ number: 1, category: 'standard' }, { number: 2, category: 'standard', companion: true }] }] } },
      { externalRef: 'audi-1', name: 'Twice' },
      { externalRef: 'audi-9', name: 'No layout' },
    ],
    showtimes: [
      show('s1', 'audi-1', '2030-03-01T09:30'),
      show('n-a', 'audi-2', '2030-03-02T09:00'),
      show('n-a', 'audi-2', '2030-03-02T16:00'),
      show('n-b', 'nope', '2030-03-01T18:00'),
      show('n-c', 'audi-2', '2030-03-01T18:00', { movieId: 'mov_nope' }),
      show('n-d', 'audi-2', '2030-03-01T20:30', { movieExternalId: 'tt8800001' }),
      show('n-e', 'audi-2', '2030-03-04T10:00'),
      show('n-f', 'audi-2', '2030-03-01T13:00'),
      show('n-g', 'audi-2', '2030-03-01T13:30'),
      show('n-h', 'audi-2', '2030-03-02T12:00', { language: 'ta' }),
      show('n-i', 'audi-1', '2030-03-01T14:00', { prices: standard }),
      show('n-j', 'audi-9', '2030-03-01T14:00'),
      show('s2', 'nowhere', '2030-03-01T10:00'),
    ],
  });
  t.equal(response.statusCode, 400, response.body);
  t.equal(response.json().code, 'validation_failed');
  t.same(issuesOf(response.json()), [
    '/body/screens/0/layout/rows/0/seats/1/companion companion_not_adjacent',
    '/body/screens/1/externalRef duplicate',
    '/body/showtimes/10/prices missing_category',
    '/body/showtimes/11/screenExternalRef screen_has_no_layout',
    '/body/showtimes/12/screenExternalRef not_found',
    '/body/showtimes/2/externalRef duplicate',
    '/body/showtimes/3/screenExternalRef not_found',
    '/body/showtimes/4/movieId not_found',
    '/body/showtimes/5/movieId one_of_required',
    '/body/showtimes/6/startsAtLocal outside_window',
    '/body/showtimes/8/startsAtLocal overlap',
    '/body/showtimes/9/language invalid_value',
  ]);
  t.match(response.json().errors.find((issue: { code: string }) => issue.code === 'overlap').message, /'n-f'/, 'names the item it overlaps');
  t.same(await fingerprint(), before);
});

t.test('the window must be a range, and the document strict JSON', async (t) => {
  const empty = await sync({ window: { from: '2030-03-02T00:00:00Z', to: '2030-03-02T00:00:00Z' }, showtimes: [] });
  t.equal(empty.statusCode, 400);
  t.same(issuesOf(empty.json()), ['/body/window/to invalid_range']);
  const unknownField = await sync(invalid({ window: { from: '2030-03-01T00:00:00Z', to: '2030-03-02T00:00:00Z' }, showtimes: [{ ...show('x', 'audi-1', '2030-03-01T09:30'), colour: 'red' }] }));
  t.equal(unknownField.statusCode, 400);
  t.match(issuesOf(unknownField.json()), [/^\/body\/showtimes\/0/]);
  const wrongType = await sync(invalid({ window: { from: '2030-03-01T00:00:00Z', to: '2030-03-02T00:00:00Z' }, showtimes: [], dryRun: 'yes' }));
  t.equal(wrongType.statusCode, 400, 'no coercion of bodies');
  const noWindow = await sync(invalid({ showtimes: [] }));
  t.equal(noWindow.statusCode, 400);
  t.equal(noWindow.json().errors[0].code, 'required');
});

t.test('a document that conflicts with what Marquee holds: 409, every item listed, nothing applied', async (t) => {
  const before = await fingerprint();
  const response = await sync({
    window: { from: '2030-03-03T00:00:00+05:30', to: '2030-03-04T00:00:00+05:30' },
    showtimes: [
      show('n-early', 'audi-1', '2030-03-03T00:30'),
      show('s1', 'audi-2', '2030-03-03T10:00', { prices: both }),
      show('gone', 'audi-2', '2030-03-03T13:00'),
      show('n-bare', 'bare', '2030-03-03T10:00'),
      show('n-old', 'old', '2030-03-03T10:00'),
      show('s2', 'audi-2', '2030-03-03T16:00', { movieId: undefined, movieExternalId: 'tt8800002', language: 'en' }),
    ],
  });
  t.equal(response.statusCode, 409, response.body);
  t.equal(response.json().code, 'schedule_conflict');
  t.same(issuesOf(response.json()), [
    '/body/showtimes/0/startsAtLocal overlaps_existing',
    '/body/showtimes/1/screenExternalRef showtime_fixed',
    '/body/showtimes/2/externalRef showtime_cancelled',
    '/body/showtimes/3/screenExternalRef screen_has_no_layout',
    '/body/showtimes/4/screenExternalRef screen_retired',
    '/body/showtimes/5/movieExternalId showtime_fixed',
  ]);
  t.same([...response.json().conflicts].sort(), [idOf('late'), idOf('s1'), idOf('gone'), bare.id, old.id, idOf('s2')].sort(), 'the ids concerned');
  t.same(await fingerprint(), before);
});

t.test('a dry run is refused the same way', async (t) => {
  const response = await sync({ window: { from: '2030-03-03T00:00:00+05:30', to: '2030-03-04T00:00:00+05:30' }, dryRun: true, showtimes: [show('n-early', 'audi-1', '2030-03-03T00:30')] });
  t.equal(response.statusCode, 409);
  t.same(issuesOf(response.json()), ['/body/showtimes/0/startsAtLocal overlaps_existing']);
});
