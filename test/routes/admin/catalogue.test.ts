import fc from 'fast-check';
import t from 'tap';
import { buildTestApp } from '../../helpers/app.ts';
import { onboardPartner } from '../../helpers/partners.ts';
import { answer, invalid, typedClient, type Api, type Schema } from '../../helpers/typed-client.ts';

const { app, adminKey } = await buildTestApp(t);
const admin = { authorization: `Bearer ${adminKey}` };

const api = typedClient(app, admin);
/** An answer as these tests read it: the status, the parsed body, the headers and the body's text. */
async function shaped(pending: Promise<{ response: Response }>) {
  const response = await answer(pending);
  return { status: response.statusCode, body: response.json(), headers: response.headers, raw: response.body };
}
const createCity = (body: Schema<'CityIn'>, client: Api = api) => shaped(client.POST('/v1/admin/cities', { body }));
const patchCity = (cityId: string, body: Schema<'CityPatch'>) => shaped(api.PATCH('/v1/admin/cities/{cityId}', { params: { path: { cityId } }, body }));
const createMovie = (body: Schema<'MovieIn'>, headers: Record<string, string> = {}) => shaped(api.POST('/v1/admin/movies', { body, headers }));
const patchMovie = (movieId: string, body: Schema<'MoviePatch'>, client: Api = api) =>
  shaped(client.PATCH('/v1/admin/movies/{movieId}', { params: { path: { movieId } }, body }));
const getMovie = (movieId: string, client: Api = api) => shaped(client.GET('/v1/admin/movies/{movieId}', { params: { path: { movieId } } }));
const auditLog = () => shaped(api.GET('/v1/admin/audit-log', { params: { query: { limit: 100 } } }));

const issuesOf = (body: { errors?: { path: string; code: string }[] }) =>
  (body.errors ?? []).map((issue) => `${issue.path} ${issue.code}`).sort();

/** The audit records of one target, newest first, read back through the API. */
async function auditOf(targetId: string) {
  const { body } = await auditLog();
  return body.data.filter((record: { targetIds: string[] }) => record.targetIds.includes(targetId));
}

const shawshank = {
  title: 'The Shawshank Redemption',
  localizedTitles: { hi: 'द शॉशैंक रिडेम्पशन', 'ta-IN': 'ஷாஷாங்க் மீட்பு' },
  languages: ['en', 'hi'],
  genres: ['drama'],
  durationMinutes: 142,
  certification: 'UA',
  releaseDate: '1994-09-23',
  synopsis: 'Two imprisoned men bond over a number of years.',
  externalId: 'tt0111161',
};

t.test('cities: create, rename, read publicly, each change audited', async (t) => {
  const created = await createCity({ name: 'Bangalore', country: 'IN', timeZone: 'Asia/Kolkata' });
  t.equal(created.status, 201);
  t.match(created.body, { id: /^cty_[0-9A-Z]{26}$/, name: 'Bangalore', country: 'IN', timeZone: 'Asia/Kolkata' });
  const cityId = created.body.id;

  const renamed = await patchCity(cityId, { name: 'Bengaluru' });
  t.equal(renamed.status, 200);
  t.same(renamed.body, { id: cityId, name: 'Bengaluru', country: 'IN', timeZone: 'Asia/Kolkata' });
  const unchanged = await patchCity(cityId, { timeZone: 'Asia/Kolkata' });
  t.same(unchanged.body, renamed.body, 'a patch that changes nothing answers the city as it is');

  const listed = await shaped(typedClient(app).GET('/v1/cities', { params: { query: { limit: 100 } } }));
  t.same(listed.body.data.find((city: { id: string }) => city.id === cityId), renamed.body);

  const records = await auditOf(cityId);
  t.same(records.map((record: { action: string }) => record.action), ['city.updated', 'city.created'], 'no record for the no-op');
  t.match(records[0], { actorType: 'admin', targetType: 'city', partnerId: null, details: { name: { from: 'Bangalore', to: 'Bengaluru' } } });
  t.same(Object.keys(records[0].details), ['name'], 'only the changed fields');
  t.same(records[1].details, { name: 'Bangalore', country: 'IN', timeZone: 'Asia/Kolkata' });
});

t.test('city input is strict: one 400 lists every bad field, the time zone included', async (t) => {
  // The bodies marked invalid() are outside the contract on purpose: the server's validation is what is tested.
  const bad = await createCity(invalid({ name: '', country: 'in', timeZone: 'Mars/Olympus_Mons', population: 8_000_000 }));
  t.equal(bad.status, 400);
  t.equal(bad.body.code, 'validation_failed');
  t.same(issuesOf(bad.body), ['/body/country invalid_format', '/body/name too_short', '/body/population unknown_field', '/body/timeZone invalid_format']);
  t.match(bad.body.errors.find((issue: { path: string }) => issue.path === '/body/timeZone').message, /IANA time zone/);

  const missing = await createCity(invalid({ name: 'Pune' }));
  t.same(issuesOf(missing.body), ['/body/country required', '/body/timeZone required']);
  const offset = await createCity({ name: 'Pune', country: 'IN', timeZone: '+05:30' });
  t.same(issuesOf(offset.body), ['/body/timeZone invalid_format'], 'an offset is not a zone');
  const wrongType = await createCity(invalid({ name: 'Pune', country: 'IN', timeZone: 5.5 }));
  t.same(issuesOf(wrongType.body), ['/body/timeZone invalid_type'], 'no coercion of bodies');

  const city = (await createCity({ name: 'Pune', country: 'IN', timeZone: 'Asia/Kolkata' })).body;
  const badPatch = await patchCity(city.id, invalid({ country: 'GB', timeZone: 'Europe/Lodnon' }));
  t.equal(badPatch.status, 400);
  t.same(issuesOf(badPatch.body), ['/body/country unknown_field', '/body/timeZone invalid_format'], 'the country is not editable');
  const empty = await patchCity(city.id, {});
  t.equal(empty.status, 400, 'a patch changes at least one field');
  t.same(empty.body.errors.map((issue: { path: string }) => issue.path), ['/body']);
  const nulled = await patchCity(city.id, invalid({ name: null }));
  t.same(issuesOf(nulled.body), ['/body/name invalid_type']);
});

t.test('a city name is unique within its country: 409 conflict naming the field', async (t) => {
  const first = await createCity({ name: 'Hyderabad', country: 'IN', timeZone: 'Asia/Kolkata' });
  t.equal(first.status, 201);
  const duplicate = await createCity({ name: 'Hyderabad', country: 'IN', timeZone: 'Asia/Kolkata' });
  t.equal(duplicate.status, 409);
  t.match(duplicate.headers['content-type'], /^application\/problem\+json/);
  t.match(duplicate.body, { code: 'conflict', status: 409, detail: /Hyderabad.*IN/ });
  t.same(issuesOf(duplicate.body), ['/body/name already_exists']);
  const elsewhere = await createCity({ name: 'Hyderabad', country: 'PK', timeZone: 'Asia/Karachi' });
  t.equal(elsewhere.status, 201, 'the same name in another country is another city');

  const racing = await Promise.all(
    Array.from({ length: 5 }, () => createCity({ name: 'Chennai', country: 'IN', timeZone: 'Asia/Kolkata' })),
  );
  t.same(racing.map((response) => response.status).sort(), [201, 409, 409, 409, 409], 'racing creates: the constraint lets one win');

  const other = (await createCity({ name: 'Secunderabad', country: 'IN', timeZone: 'Asia/Kolkata' })).body;
  const renamed = await patchCity(other.id, { name: 'Hyderabad' });
  t.equal(renamed.status, 409, 'a rename into a taken name too');
  t.equal(renamed.body.code, 'conflict');
});

t.test('movies: create, read, patch; the version moves only on a real change', async (t) => {
  const created = await createMovie(shawshank);
  t.equal(created.status, 201);
  const movie = created.body;
  t.match(movie, { ...shawshank, id: /^mov_[0-9A-Z]{26}$/, version: 1 });
  t.equal(movie.createdAt, movie.updatedAt);
  t.same((await getMovie(movie.id)).body, movie);

  const patched = await patchMovie(movie.id, { durationMinutes: 144, localizedTitles: { ta: 'ஷாஷாங்க் மீட்பு' } });
  t.equal(patched.status, 200);
  t.match(patched.body, { durationMinutes: 144, version: 2, title: shawshank.title, genres: ['drama'] });
  t.same(patched.body.localizedTitles, { ta: 'ஷாஷாங்க் மீட்பு' }, 'the map is replaced, not merged');
  t.ok(patched.body.updatedAt > movie.updatedAt, 'updated_at moves');
  t.equal(patched.body.createdAt, movie.createdAt);

  const cleared = await patchMovie(movie.id, { certification: null, synopsis: null, releaseDate: null });
  t.match(cleared.body, { certification: null, synopsis: null, releaseDate: null, version: 3 });
  const same = await patchMovie(movie.id, { durationMinutes: 144, localizedTitles: { ta: 'ஷாஷாங்க் மீட்பு' } });
  t.same(same.body, cleared.body, 'nothing changed: same version, same updatedAt');

  const minimal = await createMovie({ title: 'Kaagaz', languages: ['hi'], genres: ['comedy', 'drama'], durationMinutes: 109 });
  t.equal(minimal.status, 201);
  t.match(minimal.body, { localizedTitles: {}, certification: null, releaseDate: null, synopsis: null, externalId: null });

  const records = await auditOf(movie.id);
  t.same(records.map((record: { action: string }) => record.action), ['movie.updated', 'movie.updated', 'movie.created']);
  t.same(records[1].details, {
    durationMinutes: { from: 142, to: 144 },
    localizedTitles: { from: shawshank.localizedTitles, to: { ta: 'ஷாஷாங்க் மீட்பு' } },
  });
  t.match(records[2].details, { title: shawshank.title, externalId: 'tt0111161' });
});

t.test('movie input is strict: one 400 lists every bad field', async (t) => {
  // The bodies marked invalid() are outside the contract on purpose: the server's validation is what is tested.
  const bad = await createMovie(invalid({
    title: '',
    localizedTitles: { ta_IN: 'x', hi: '' },
    languages: [],
    genres: ['Drama', 'drama', 'drama'],
    durationMinutes: 601,
    releaseDate: '1994-13-01',
    externalId: 'tt 0111161',
    rating: 9.3,
  }));
  t.equal(bad.status, 400);
  t.same(issuesOf(bad.body), [
    '/body/durationMinutes too_large',
    '/body/externalId invalid_format',
    '/body/genres duplicate_items',
    '/body/genres/0 invalid_format',
    '/body/languages too_few_items',
    // A bad locale key is reported on the map (Ajv's `propertyNames` names no key in its path).
    '/body/localizedTitles invalid_format',
    '/body/localizedTitles invalid_key',
    '/body/localizedTitles/hi too_short',
    '/body/rating unknown_field',
    '/body/releaseDate invalid_format',
    '/body/title too_short',
  ]);
  const types = await createMovie(invalid({ title: 'X', languages: 'en', genres: ['drama'], durationMinutes: '120' }));
  t.same(issuesOf(types.body), ['/body/durationMinutes invalid_type', '/body/languages invalid_type'], 'no coercion of bodies');
  const missing = await createMovie(invalid({}));
  t.same(issuesOf(missing.body), ['/body/durationMinutes required', '/body/genres required', '/body/languages required', '/body/title required']);

  const movie = (await createMovie({ title: 'Lagaan', languages: ['hi'], genres: ['sports'], durationMinutes: 224 })).body;
  const badPatch = await patchMovie(movie.id, invalid({ title: null, durationMinutes: 0, id: 'mov_other' }));
  t.same(issuesOf(badPatch.body), ['/body/durationMinutes too_small', '/body/id unknown_field', '/body/title invalid_type']);
  t.equal((await patchMovie(movie.id, {})).status, 400, 'a patch changes at least one field');
});

t.test('an external id belongs to one movie: 409 conflict naming it', async (t) => {
  const first = await createMovie({ title: 'Sholay', languages: ['hi'], genres: ['action'], durationMinutes: 204, externalId: 'tt0073707' });
  t.equal(first.status, 201);
  const duplicate = await createMovie({ title: 'Sholay (restored)', languages: ['hi'], genres: ['action'], durationMinutes: 204, externalId: 'tt0073707' });
  t.equal(duplicate.status, 409);
  t.match(duplicate.body, { code: 'conflict', detail: /externalId 'tt0073707'/ });
  t.same(issuesOf(duplicate.body), ['/body/externalId already_exists']);

  const other = (await createMovie({ title: 'Deewaar', languages: ['hi'], genres: ['crime'], durationMinutes: 174 })).body;
  const taken = await patchMovie(other.id, { externalId: 'tt0073707' });
  t.equal(taken.status, 409);
  t.same(issuesOf(taken.body), ['/body/externalId already_exists']);
  t.equal((await getMovie(other.id)).body.version, 1, 'the failed patch changed nothing');
});

t.test('unknown ids answer 404', async (t) => {
  for (const [what, request] of [
    ['PATCH /v1/admin/cities/cty_missing', () => patchCity('cty_missing', { name: 'Nowhere' })],
    ['PATCH /v1/admin/movies/mov_missing', () => patchMovie('mov_missing', { title: 'Nothing' })],
    ['GET /v1/admin/movies/mov_missing', () => getMovie('mov_missing')],
  ] as const) {
    const response = await request();
    t.equal(response.status, 404, what);
    t.match(response.body, { code: 'not_found', detail: /missing/ });
  }
});

t.test('the catalogue is the platform admin\'s: others are refused before validation', async (t) => {
  const anonymous = await createCity(invalid({ bad: true }), typedClient(app));
  t.equal(anonymous.status, 401, 'an unauthenticated call never learns the schema');
  const partner = await onboardPartner(app, adminKey);
  const asPartner = await patchMovie('mov_any', { title: 'X' }, typedClient(app, partner.headers));
  t.equal(asPartner.status, 403);
  t.equal(asPartner.body.code, 'insufficient_scope');
  t.equal((await getMovie('mov_any', typedClient(app, partner.headers))).status, 403);
});

t.test('createMovie with an Idempotency-Key: a retry replays, another body is 422', async (t) => {
  const headers = { ...admin, 'idempotency-key': 'movie-create-7f3c2a' };
  const body = { title: 'Pather Panchali', languages: ['bn'], genres: ['drama'], durationMinutes: 125, externalId: 'tt0048473' };
  const first = await createMovie(body, headers);
  t.equal(first.status, 201);
  t.notOk(first.headers['idempotent-replayed']);
  const retry = await createMovie(body, headers);
  t.equal(retry.status, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.raw, first.raw, 'the same answer, byte for byte');
  t.equal((await auditOf(first.body.id)).length, 1, 'one movie.created record');
  const { body: log } = await auditLog();
  t.equal(log.data.filter((record: { action: string; details: { title?: string } }) =>
    record.action === 'movie.created' && record.details.title === 'Pather Panchali').length, 1, 'only one movie created');

  const reused = await createMovie({ ...body, durationMinutes: 126 }, headers);
  t.equal(reused.status, 422);
  t.equal(reused.body.code, 'idempotency_key_reused');
});

t.test('hostile bodies answer 4xx problems, never a 5xx', async (t) => {
  const city = (await createCity({ name: 'Fuzzton', country: 'IN', timeZone: 'Asia/Kolkata' })).body;
  const movie = (await createMovie({ title: 'Fuzz', languages: ['en'], genres: ['drama'], durationMinutes: 90 })).body;
  const nul = await createCity({ name: 'Nul\u0000ville', country: 'IN', timeZone: 'Asia/Kolkata' });
  t.same(issuesOf(nul.body), ['/body/name invalid_format'], 'NUL, which Postgres cannot store, is refused up front');

  const value = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
    fc.constantFrom('Asia/Kolkata', 'EST', '+05:30', 'hi', 'ta-IN', 'tt0111161', '2026-02-30', 'x\u0000y', '\t', 'a'.repeat(5001)),
    fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
  );
  const fields = ['name', 'country', 'timeZone', 'title', 'localizedTitles', 'languages', 'genres', 'durationMinutes', 'certification', 'releaseDate', 'synopsis', 'externalId', 'other'];
  // Generated bodies are outside the contract on purpose: these requests stay raw.
  const call = async (method: 'POST' | 'PATCH', url: string, payload: object) => {
    const response = await app.inject({ method, url, headers: admin, payload });
    return { status: response.statusCode, headers: response.headers, raw: response.body };
  };
  const targets = [['POST', '/v1/admin/cities'], ['PATCH', `/v1/admin/cities/${city.id}`], ['POST', '/v1/admin/movies'], ['PATCH', `/v1/admin/movies/${movie.id}`]] as const;
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...targets), fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 6 }), async ([method, url], body) => {
      const response = await call(method, url, body);
      if (response.status >= 500) throw new Error(`${method} ${url} ${JSON.stringify(body)} answered ${response.status}: ${response.raw}`);
      if (response.status >= 400 && !/^application\/problem\+json/.test(String(response.headers['content-type']))) {
        throw new Error(`${method} ${url} answered ${response.status} without a problem body`);
      }
    }),
    { numRuns: 300 },
  );
  t.pass('300 generated bodies answered without a 5xx');
});
