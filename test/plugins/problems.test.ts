import t from 'tap';
import { sql } from 'drizzle-orm';
import { buildTestApp } from '../helpers/app.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';

t.test('an unknown route is a 404 problem', async (t) => {
  const { app } = await buildTestApp(t);
  // Raw on purpose: a path the contract does not have is what the typed client refuses to send.
  const response = await app.inject({ method: 'DELETE', url: '/v1/nowhere?x=1' });
  t.equal(response.statusCode, 404);
  t.match(response.headers['content-type'], /^application\/problem\+json/);
  t.same(response.json(), {
    type: 'urn:marquee:problem:not_found',
    title: 'Not found',
    status: 404,
    detail: 'No route DELETE /v1/nowhere.',
    code: 'not_found',
    requestId: response.headers['request-id'],
  });
  t.match(response.headers['request-id'], /^req_[0-9A-Z]{26}$/);
});

t.test('a crash is a masked 500: no SQL, no stack, the request id to quote', async (t) => {
  const { app, db } = await buildTestApp(t);
  // Break the database under the running app: the query fails in a way no input could cause.
  await db.execute(sql`alter table cities rename to cities_gone`);
  const response = await answer(typedClient(app).GET('/v1/cities'));
  t.equal(response.statusCode, 500);
  const body = response.json();
  t.equal(body.code, 'internal_error');
  t.equal(body.requestId, response.headers['request-id']);
  t.match(body.detail, new RegExp(body.requestId));
  t.notMatch(response.body, /cities|relation|postgres|at .*\.ts/i, 'nothing about the cause leaks');
});

t.test('readiness reports the database and Redis', async (t) => {
  const { app } = await buildTestApp(t);
  const api = typedClient(app);
  t.same((await answer(api.GET('/healthz'))).json(), { status: 'ok' });
  const ready = await answer(api.GET('/readyz'));
  t.equal(ready.statusCode, 200);
  t.equal(ready.json().status, 'ready');
  t.equal(ready.json().checks.database, 'up');
  t.match(ready.json().checks.redis, /^(up|down)$/);
});

t.test('with the database unreachable: not ready, and reads answer a retryable 503', async (t) => {
  const { app } = await buildTestApp(t, { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none' });
  const api = typedClient(app);
  t.same((await answer(api.GET('/healthz'))).json(), { status: 'ok' }, 'liveness does not depend on the database');
  const ready = await answer(api.GET('/readyz'));
  t.equal(ready.statusCode, 503);
  t.same(ready.json().checks.database, 'down');
  const read = await answer(api.GET('/v1/cities'));
  t.equal(read.statusCode, 503);
  t.equal(read.json().code, 'service_unavailable');
  t.equal(read.headers['retry-after'], '1');
});

t.test('a Redis that is down is reported, not fatal, even to the job schedulers', async (t) => {
  const { app } = await buildTestApp(t, { REDIS_URL: 'redis://127.0.0.1:1', JOBS_ENABLED: 'true' });
  const api = typedClient(app);
  const ready = await answer(api.GET('/readyz'));
  t.equal(ready.statusCode, 200);
  t.same(ready.json(), { status: 'ready', checks: { database: 'up', redis: 'down' } });
  t.equal((await answer(api.GET('/v1/cities'))).statusCode, 200);
});

t.test('a value the database cannot store is a 400, not a 500', async (t) => {
  const { app, adminKey } = await buildTestApp(t);
  const api = typedClient(app, { authorization: `Bearer ${adminKey}` });
  // A string the contract's type accepts, holding a character PostgreSQL cannot store.
  const response = await answer(api.POST('/v1/admin/partners', { body: { name: 'Nul\u0000Cinemas', kind: 'theatre' } }));
  t.equal(response.statusCode, 400);
  t.equal(response.json().code, 'validation_failed');
});
