import t from 'tap';
import { addDays, localDateOf } from '../../../server/domain/local-time.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { catalogueFixture } from '../../helpers/catalogue-fixture.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient } from '../../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t);
const fixture = catalogueFixture(app, adminKey);

// A fixed far-future day, so "today" never interferes; 23:30 and 01:30 local straddle the boundary
// between two local dates while both fall on 2030-03-10 in UTC.
const mumbai = await fixture.city({ name: 'Mumbai' });
const london = await fixture.city({ name: 'London', country: 'GB', timeZone: 'Europe/London' });
const venues = fixture.venues(await onboardPartner(app, adminKey));
const bandra = await venues.theatre({ cityId: mumbai.id, name: 'Lumiere Bandra' });
const andheri = await venues.theatre({ cityId: mumbai.id, name: 'Lumiere Andheri' });
const draft = await venues.theatre({ cityId: mumbai.id, name: 'Lumiere Draft', status: 'draft' });
const soho = await venues.theatre({ cityId: london.id, name: 'Soho', timeZone: 'Europe/London' });
const [bandra1, bandra2, andheri1, draft1, soho1] = await Promise.all([
  // Premium seats too: a showtime is priced for exactly its layout's categories.
  venues.screen(bandra.id, 'Screen 1', 4, ['standard', 'premium']),
  venues.screen(bandra.id, 'Screen 2'),
  venues.screen(andheri.id, 'Audi 1'),
  venues.screen(draft.id, 'Screen 1'),
  venues.screen(soho.id, 'Screen 1'),
]);
const alpha = await fixture.movie({ title: 'Alpha', languages: ['hi', 'en'], genres: ['drama'], durationMinutes: 100 });
const beta = await fixture.movie({ title: 'Beta', languages: ['ta'], genres: ['action'] });
const gamma = await fixture.movie({ title: 'Gamma' });
const delta = await fixture.movie({ title: 'Delta' });

const bandraMorning = await venues.showtime({ theatre: bandra, screen: bandra1!, movie: alpha, startsAt: new Date('2030-03-10T04:30:00Z'), language: 'hi', prices: { standard: 20_000, premium: 35_000 } });
const bandraAfternoon = await venues.showtime({ theatre: bandra, screen: bandra2!, movie: alpha, startsAt: new Date('2030-03-10T08:30:00Z'), language: 'en', format: '3D' });
const andheriLate = await venues.showtime({ theatre: andheri, screen: andheri1!, movie: alpha, startsAt: new Date('2030-03-10T18:00:00Z'), language: 'hi' });
const andheriAfterMidnight = await venues.showtime({ theatre: andheri, screen: andheri1!, movie: alpha, startsAt: new Date('2030-03-10T20:00:00Z'), language: 'hi' });
const draftShow = await venues.showtime({ theatre: draft, screen: draft1!, movie: gamma, startsAt: new Date('2030-03-10T05:00:00Z') });
await venues.showtime({ theatre: bandra, screen: bandra1!, movie: delta, startsAt: new Date('2030-03-10T12:00:00Z'), status: 'cancelled' });
const tomorrow = new Date(Date.now() + 24 * 3600_000);
await venues.showtime({ theatre: bandra, screen: bandra1!, movie: beta, startsAt: tomorrow, language: 'ta' });
await venues.showtime({ theatre: andheri, screen: andheri1!, movie: gamma, startsAt: new Date(Date.now() + 10 * 24 * 3600_000) });
const sohoSummer = await venues.showtime({ theatre: soho, screen: soho1!, movie: alpha, startsAt: new Date('2030-07-01T18:00:00Z') });

const anyone = typedClient(app);
const admin = typedClient(app, { authorization: `Bearer ${adminKey}` });
async function get(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}
type MoviesQuery = { date?: string; language?: string; genre?: string; locale?: string; limit?: number; cursor?: string };
type ShowtimesQuery = { date?: string; format?: '3D'; limit?: number; cursor?: string };
const cities = (query: { limit?: number; cursor?: string } = {}) => get(anyone.GET('/v1/cities', { params: { query } }));
const moviesIn = (cityId: string, query: MoviesQuery = {}, headers: Record<string, string> = {}) =>
  get(anyone.GET('/v1/cities/{cityId}/movies', { params: { path: { cityId }, query }, headers }));
const showtimesOf = (cityId: string, movieId: string, query: ShowtimesQuery = {}) =>
  get(anyone.GET('/v1/cities/{cityId}/movies/{movieId}/showtimes', { params: { path: { cityId, movieId }, query } }));
const theatreOf = (theatreId: string) => get(anyone.GET('/v1/theatres/{theatreId}', { params: { path: { theatreId } } }));
const showtimeOf = (showtimeId: string) => get(anyone.GET('/v1/showtimes/{showtimeId}', { params: { path: { showtimeId } } }));
const movieOf = (movieId: string, query: { locale?: string } = {}, headers: Record<string, string> = {}) =>
  get(anyone.GET('/v1/movies/{movieId}', { params: { path: { movieId }, query }, headers }));

t.test('cities list in pages whose union is every city exactly once', async (t) => {
  const first = await cities({ limit: 1 });
  t.equal(first.status, 200);
  t.equal(first.body.data.length, 1);
  t.type(first.body.nextCursor, 'string');
  const second = await cities({ limit: 1, cursor: first.body.nextCursor });
  t.equal(second.body.data.length, 1);
  t.equal(second.body.nextCursor, null, 'the last page says so');
  const names = [...first.body.data, ...second.body.data].map((city: { name: string }) => city.name).sort();
  t.same(names, ['London', 'Mumbai']);
  t.same(first.body.data.concat(second.body.data).find((city: { name: string }) => city.name === 'London'), {
    id: london.id, name: 'London', country: 'GB', timeZone: 'Europe/London',
  });
});

t.test('movies showing in a city on a local date: live theatres, scheduled shows only', async (t) => {
  const titles = async (query: MoviesQuery) =>
    (await moviesIn(mumbai.id, query)).body.data.map((movie: { title: string }) => movie.title);
  t.same(await titles({ date: '2030-03-10' }), ['Alpha'], 'not the draft theatre\'s Gamma, not the cancelled Delta');
  t.same(await titles({ date: '2030-03-10', language: 'hi' }), ['Alpha']);
  t.same(await titles({ date: '2030-03-10', language: 'ta' }), []);
  t.same(await titles({ date: '2030-03-10', genre: 'action' }), []);
  t.same(await titles({ date: '2030-03-11' }), ['Alpha'], 'the 01:30 show belongs to the next local date');
  t.same(await titles({}), ['Beta'], 'no date: today to +6 days in the city\'s zone');
  const movie = (await moviesIn(mumbai.id, { date: '2030-03-10' })).body.data[0];
  t.same(movie, {
    id: alpha.id, title: 'Alpha', externalId: null, languages: ['hi', 'en'], genres: ['drama'],
    durationMinutes: 100, certification: null, releaseDate: null, synopsis: null, originalTitle: 'Alpha', locale: null,
  });
});

t.test('theatres running a movie in a city on a date, with their show times', async (t) => {
  const { status, body } = await showtimesOf(mumbai.id, alpha.id, { date: '2030-03-10' });
  t.equal(status, 200);
  t.same(body.data.map((entry: { theatre: { name: string } }) => entry.theatre.name), ['Lumiere Andheri', 'Lumiere Bandra']);
  const [andheriEntry, bandraEntry] = body.data;
  t.same(andheriEntry.showtimes.map((s: { id: string }) => s.id), [andheriLate.id], 'local date, not UTC date');
  t.same(bandraEntry.showtimes.map((s: { id: string }) => s.id), [bandraMorning.id, bandraAfternoon.id], 'in start order');
  t.same(bandraEntry.showtimes[0], {
    id: bandraMorning.id,
    startsAt: '2030-03-10T04:30:00.000Z',
    startsAtLocal: '2030-03-10T10:00:00+05:30',
    endsAt: '2030-03-10T06:25:00.000Z',
    localDate: '2030-03-10',
    timeZone: 'Asia/Kolkata',
    language: 'hi',
    format: '2D',
    screenId: bandra1!.id,
    screenName: 'Screen 1',
  });
  t.same(bandraEntry.theatre, {
    id: bandra.id, name: 'Lumiere Bandra', cityId: mumbai.id, address: '1 Lumiere Bandra Road', postalCode: null,
    location: null, timeZone: 'Asia/Kolkata', payAtVenue: false, cancellationCutoffMinutes: 60,
  });

  const filtered = await showtimesOf(mumbai.id, alpha.id, { date: '2030-03-10', format: '3D' });
  t.same(filtered.body.data.map((entry: { showtimes: { id: string }[] }) => entry.showtimes.map((s) => s.id)), [[bandraAfternoon.id]]);

  const firstPage = await showtimesOf(mumbai.id, alpha.id, { date: '2030-03-10', limit: 1 });
  t.equal(firstPage.body.data.length, 1, 'pages cut between theatres');
  t.equal(firstPage.body.data[0].theatre.id, andheri.id);
  const secondPage = await showtimesOf(mumbai.id, alpha.id, { date: '2030-03-10', limit: 1, cursor: firstPage.body.nextCursor });
  t.equal(secondPage.body.data[0].theatre.id, bandra.id);
  t.equal(secondPage.body.data[0].showtimes.length, 2, 'a theatre keeps all its shows on its page');
  t.equal(secondPage.body.nextCursor, null);

  const nextDay = await showtimesOf(mumbai.id, alpha.id, { date: '2030-03-11' });
  t.same(nextDay.body.data.map((entry: { showtimes: { id: string }[] }) => entry.showtimes.map((s) => s.id)), [[andheriAfterMidnight.id]]);
});

t.test('theatres in a city: live ones only', async (t) => {
  const { body } = await get(anyone.GET('/v1/cities/{cityId}/theatres', { params: { path: { cityId: mumbai.id } } }));
  t.same(body.data.map((theatre: { id: string }) => theatre.id).sort(), [andheri.id, bandra.id].sort());
  t.equal((await theatreOf(bandra.id)).status, 200);
  const hidden = await theatreOf(draft.id);
  t.equal(hidden.status, 404, 'a draft theatre does not exist for the public');
  t.equal(hidden.body.code, 'not_found');
});

t.test('one showtime with local times and prices', async (t) => {
  const { status, body } = await showtimeOf(bandraMorning.id);
  t.equal(status, 200);
  t.same(body.prices, [
    { category: 'standard', price: { amount: 20_000, currency: 'INR' } },
    { category: 'premium', price: { amount: 35_000, currency: 'INR' } },
  ]);
  t.equal(body.endsAtLocal, '2030-03-10T11:55:00+05:30');
  t.equal(body.status, 'scheduled');
  t.equal((await showtimeOf(sohoSummer.id)).body.startsAtLocal, '2030-07-01T19:00:00+01:00', 'summer time in London');
  t.equal((await showtimeOf(draftShow.id)).status, 404, 'a draft theatre\'s showtime is not public');
});

t.test('unknown ids answer 404 problems', async (t) => {
  for (const [url, read] of [
    ['/v1/cities/cty_nope/movies', () => moviesIn('cty_nope')],
    [`/v1/cities/${mumbai.id}/movies/mov_nope/showtimes`, () => showtimesOf(mumbai.id, 'mov_nope')],
    ['/v1/cities/cty_nope/theatres', () => get(anyone.GET('/v1/cities/{cityId}/theatres', { params: { path: { cityId: 'cty_nope' } } }))],
    ['/v1/movies/mov_nope', () => movieOf('mov_nope')],
    ['/v1/showtimes/shw_nope', () => showtimeOf('shw_nope')],
  ] as const) {
    const { status, body, headers } = await read();
    t.equal(status, 404, url);
    t.match(headers['content-type'], /^application\/problem\+json/);
    t.match(body, { type: 'urn:marquee:problem:not_found', title: 'Not found', status: 404, code: 'not_found', requestId: headers['request-id'] });
  }
});

t.test('bad query values answer 400 listing every bad field', async (t) => {
  const { status, body } = await moviesIn(mumbai.id, invalid({ date: '2030-13-45', limit: 0, language: 'Hindi', colour: 'red' }));
  t.equal(status, 400);
  t.equal(body.code, 'validation_failed');
  t.same(
    body.errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`).sort(),
    ['/query/colour unknown_field', '/query/date invalid_format', '/query/language invalid_format', '/query/language too_long', '/query/limit too_small'],
  );
  const infinite = await cities(invalid({ limit: '1e309' }));
  t.equal(infinite.status, 400, 'a number too large to be finite is not a limit');
  t.same(infinite.body.errors, [{ path: '/query/limit', message: 'must be a finite number', code: 'invalid_type' }]);
  const badCursor = await cities({ cursor: 'not-a-cursor' });
  t.equal(badCursor.status, 400);
  t.same(badCursor.body.errors, [{ path: '/query/cursor', message: 'is not a cursor returned by this list', code: 'invalid_cursor' }]);
});

t.test('the default window follows the city\'s calendar', async (t) => {
  const today = localDateOf(new Date(), 'Asia/Kolkata');
  const { body } = await showtimesOf(mumbai.id, beta.id);
  const dates = body.data.flatMap((entry: { showtimes: { localDate: string }[] }) => entry.showtimes.map((s) => s.localDate));
  t.ok(dates.length > 0 && dates.every((date: string) => date >= today && date <= addDays(today, 6)));
});

t.test('localized titles: ?locale= picks the title, falling back to the primary language, then the original', async (t) => {
  const patched = await answer(admin.PATCH('/v1/admin/movies/{movieId}', {
    params: { path: { movieId: alpha.id } },
    body: { localizedTitles: { hi: 'अल्फ़ा', ta: 'ஆல்ஃபா', 'ta-IN': 'ஆல்ஃபா (இந்தியா)' } },
  }));
  t.equal(patched.statusCode, 200);
  const movie = async (locale?: string) => movieOf(alpha.id, locale === undefined ? {} : { locale });

  const hindi = await movie('hi');
  t.equal(hindi.status, 200);
  t.match(hindi.body, { id: alpha.id, title: 'अल्फ़ा', originalTitle: 'Alpha', locale: 'hi', durationMinutes: 100 });
  t.notOk(hindi.headers.vary, 'an explicit locale does not depend on Accept-Language');
  t.match((await movie('ta-IN')).body, { title: 'ஆல்ஃபா (இந்தியா)', locale: 'ta-IN' }, 'exact match first');
  t.match((await movie('ta-in')).body, { locale: 'ta-IN' }, 'tags compare case-insensitively');
  t.match((await movie('ta-LK')).body, { title: 'ஆல்ஃபா', locale: 'ta' }, 'then the primary language');
  t.match((await movie('fr')).body, { title: 'Alpha', originalTitle: 'Alpha', locale: null }, 'then the original');
  t.match((await movie()).body, { title: 'Alpha', locale: null }, 'no preference: the original');

  const bad = await movie('hindi_IN');
  t.equal(bad.status, 400);
  t.same(bad.body.errors.map((issue: { path: string; code: string }) => `${issue.path} ${issue.code}`), ['/query/locale invalid_format']);
});

t.test('localized titles by Accept-Language: preference order, fallback, and Vary', async (t) => {
  const withHeader = (read: (headers: Record<string, string>) => ReturnType<typeof get>, acceptLanguage: string) => read({ 'accept-language': acceptLanguage });
  const url = (headers: Record<string, string>) => movieOf(alpha.id, {}, headers);
  const ranked = await withHeader(url, 'fr-FR, ta-LK;q=0.8, hi;q=0.9');
  t.match(ranked.body, { title: 'अल्फ़ा', locale: 'hi' }, 'the most preferred language with a title (q, then order)');
  t.equal(ranked.headers.vary, 'Accept-Language');
  t.match((await withHeader(url, 'ta-LK,en;q=0.5')).body, { locale: 'ta' }, 'ta-LK falls back to ta before trying en');
  t.match((await withHeader(url, 'TA-in')).body, { locale: 'ta-IN' });
  t.match((await withHeader(url, 'en-GB,en;q=0.9')).body, { title: 'Alpha', locale: null });
  t.match((await withHeader(url, 'hi;q=0, *')).body, { locale: null }, 'q=0 means not acceptable; * is no preference');
  const garbage = await withHeader(url, ';;q=abc, ,-,' + 'x'.repeat(500));
  t.equal(garbage.status, 200, 'a malformed header is ignored, never an error');
  t.match(garbage.body, { locale: null });
  t.equal(garbage.headers.vary, 'Accept-Language');
  t.match((await movieOf(alpha.id, { locale: 'ta' }, { 'accept-language': 'hi' })).body, { locale: 'ta' }, '?locale= wins');

  const list = await withHeader((headers) => moviesIn(mumbai.id, { date: '2030-03-10' }, headers), 'hi-IN,en;q=0.8');
  t.equal(list.headers.vary, 'Accept-Language');
  t.match(list.body.data, [{ id: alpha.id, title: 'अल्फ़ा', originalTitle: 'Alpha', locale: 'hi' }]);
});

t.test('a list is ordered by the title the reader sees, and pages by it', async (t) => {
  // Beta and Gamma both show on 2030-03-12; in French, Beta is titled "Zêta" and sorts last.
  await venues.showtime({ theatre: bandra, screen: bandra1!, movie: beta, startsAt: new Date('2030-03-12T05:00:00Z'), language: 'ta' });
  await venues.showtime({ theatre: bandra, screen: bandra2!, movie: gamma, startsAt: new Date('2030-03-12T05:00:00Z') });
  await answer(admin.PATCH('/v1/admin/movies/{movieId}', { params: { path: { movieId: beta.id } }, body: { localizedTitles: { fr: 'Zêta' } } }));

  const titles = async (query: MoviesQuery) =>
    (await moviesIn(mumbai.id, { date: '2030-03-12', ...query })).body.data.map((movie: { title: string }) => movie.title);
  t.same(await titles({}), ['Beta', 'Gamma']);
  t.same(await titles({ locale: 'fr' }), ['Gamma', 'Zêta']);
  const first = await moviesIn(mumbai.id, { date: '2030-03-12', locale: 'fr', limit: 1 });
  t.same(first.body.data.map((movie: { title: string }) => movie.title), ['Gamma']);
  const second = await moviesIn(mumbai.id, { date: '2030-03-12', locale: 'fr', limit: 1, cursor: first.body.nextCursor });
  t.same(second.body.data.map((movie: { title: string }) => movie.title), ['Zêta']);
  t.equal(second.body.nextCursor, null);
});
