import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import t from 'tap';
import { pruneIdempotencyRecords, requestFingerprint } from '../../server/domain/idempotency.ts';
import { buildTestApp } from '../helpers/app.ts';
import { waitUntilLockWaiting } from '../helpers/lock-waits.ts';
import { deleteQueueKeys, requireRedis } from '../helpers/redis.ts';
import { answer, typedClient, type Schema } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/** The one idempotency mechanism, proven on the admin POSTs; later issues reuse it for theirs. */
const { app, adminKey, db, databaseUrl } = await buildTestApp(t);

const api = typedClient(app, { authorization: `Bearer ${adminKey}` });
const withKey = (key: string) => ({ headers: { 'idempotency-key': key } });

function createPartner(key: string | undefined, body: Schema<'PartnerIn'>) {
  return answer(api.POST('/v1/admin/partners', { ...(key ? withKey(key) : {}), body }));
}

async function partnerCount(name: string) {
  const list = await answer(api.GET('/v1/admin/partners', { params: { query: { limit: 100 } } }));
  return list.json().data.filter((partner: { name: string }) => partner.name === name).length;
}

t.test('a retry with the same key and body replays the first response', async (t) => {
  const first = await createPartner('key-replay', { name: 'Replay Cinemas', kind: 'theatre' });
  t.equal(first.statusCode, 201);
  t.notOk(first.headers['idempotent-replayed']);
  const retry = await createPartner('key-replay', { kind: 'theatre', name: 'Replay Cinemas' });
  t.equal(retry.statusCode, 201);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, first.body, 'byte for byte, key order of the request body notwithstanding');
  t.match(retry.headers['content-type'], /application\/json/);
  t.equal(await partnerCount('Replay Cinemas'), 1, 'one partner, not two');
  const withoutKey = await createPartner(undefined, { name: 'Replay Cinemas', kind: 'theatre' });
  t.equal(withoutKey.statusCode, 201, 'without a key every request is new');
});

t.test('the same key with another body, or on another path, is refused with 422', async (t) => {
  await createPartner('key-reused', { name: 'First', kind: 'theatre' });
  const otherBody = await createPartner('key-reused', { name: 'Second', kind: 'theatre' });
  t.equal(otherBody.statusCode, 422);
  t.equal(otherBody.json().code, 'idempotency_key_reused');
  const otherPath = await answer(api.POST('/v1/admin/partners/{partnerId}/suspend', { params: { path: { partnerId: 'ptn_x' } }, ...withKey('key-reused') }));
  t.equal(otherPath.statusCode, 422);
  t.equal(await partnerCount('Second'), 0);
});

t.test('a 4xx answer is replayed too', async (t) => {
  const request = () =>
    answer(api.POST('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: 'ptn_missing' } }, ...withKey('key-404'), body: { name: 'k', scopes: ['read'] } }));
  const first = await request();
  t.equal(first.statusCode, 404);
  const retry = await request();
  t.equal(retry.statusCode, 404);
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.json().requestId, first.json().requestId, 'the very same answer');
});

t.test('a replayed key issuance never carries the secret: it is not stored', async (t) => {
  const created = (await createPartner(undefined, { name: 'Keyholder', kind: 'theatre' })).json();
  const issue = () =>
    answer(api.POST('/v1/admin/partners/{partnerId}/keys', { params: { path: { partnerId: created.id } }, ...withKey('key-issue'), body: { name: 'pos', scopes: ['read'] } }));
  const first = await issue();
  t.type(first.json().secret, 'string');
  const replay = await issue();
  t.equal(replay.headers['idempotent-replayed'], 'true');
  t.same(replay.json(), { ...first.json(), secret: null }, 'the same key, without its secret');
  const [stored] = await db.execute<{ body: string }>(sql`select response_body as body from idempotency_records where key = 'key-issue'`);
  t.notMatch(stored!.body, first.json().secret);
});

t.test('a bad Idempotency-Key header is a 400 naming it', async (t) => {
  const response = await createPartner('has space', { name: 'X', kind: 'theatre' });
  t.equal(response.statusCode, 400);
  t.equal(response.json().errors[0].path, '/headers/idempotency-key');
});

t.test('two concurrent requests with one key: one runs, the other gets 409 with Retry-After', async (t) => {
  const blocker = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  t.teardown(() => blocker.end());
  let first: Promise<Awaited<ReturnType<typeof createPartner>>> | undefined;
  await blocker.begin(async (tx) => {
    // Inserting a partner waits for this lock: the first request stays in flight while we look.
    await tx`lock table partners in exclusive mode`;
    first = createPartner('key-concurrent', { name: 'Concurrent Cinemas', kind: 'aggregator' });
    await waitUntilLockWaiting(db, 'the first request\'s insert', { query: 'insert into "partners"%' });
    const second = await createPartner('key-concurrent', { name: 'Concurrent Cinemas', kind: 'aggregator' });
    t.equal(second.statusCode, 409);
    t.equal(second.json().code, 'idempotency_in_flight');
    t.match(second.headers['retry-after'], /^\d+$/);
  });
  const firstResponse = await first!;
  t.equal(firstResponse.statusCode, 201);
  const retry = await createPartner('key-concurrent', { name: 'Concurrent Cinemas', kind: 'aggregator' });
  t.equal(retry.headers['idempotent-replayed'], 'true');
  t.equal(retry.body, firstResponse.body);
  t.equal(await partnerCount('Concurrent Cinemas'), 1);
});

t.test('a 5xx is not stored: the retry runs again', async (t) => {
  // Break the table under the running app: no input makes the server answer 5xx.
  await db.execute(sql`alter table partners rename to partners_away`);
  const failed = await createPartner('key-5xx', { name: 'Phoenix', kind: 'theatre' });
  await db.execute(sql`alter table partners_away rename to partners`);
  t.equal(failed.statusCode, 500);
  const retry = await createPartner('key-5xx', { name: 'Phoenix', kind: 'theatre' });
  t.equal(retry.statusCode, 201);
  t.notOk(retry.headers['idempotent-replayed']);
});

t.test('a crashed first attempt holds its key only for its lease', async (t) => {
  const body: Schema<'PartnerIn'> = { name: 'Lazarus', kind: 'theatre' };
  const requestHash = requestFingerprint('POST', '/v1/admin/partners', body);
  // What a process that died mid-request leaves behind, which no request can: an in-flight claim.
  await db.execute(sql`insert into idempotency_records (caller_id, key, method, path, request_hash, locked_until, expires_at)
    values ('admin', 'key-crashed', 'POST', '/v1/admin/partners', ${requestHash}, now() + interval '30 seconds', now() + interval '1 day')`);
  const whileLeased = await createPartner('key-crashed', body);
  t.equal(whileLeased.statusCode, 409);
  // Its 30-second lease runs out (wound back rather than waited for).
  await db.execute(sql`update idempotency_records set locked_until = now() - interval '1 second' where key = 'key-crashed'`);
  const afterLease = await createPartner('key-crashed', body);
  t.equal(afterLease.statusCode, 201, 'the retry takes the lapsed claim over');
  t.equal((await createPartner('key-crashed', body)).headers['idempotent-replayed'], 'true');
});

t.test('keys are kept 24 hours, then pruned', async (t) => {
  await createPartner('key-old', { name: 'Old', kind: 'theatre' });
  // 24 hours pass: its expiry is wound back.
  await db.execute(sql`update idempotency_records set expires_at = now() - interval '1 second' where key = 'key-old'`);
  t.ok((await pruneIdempotencyRecords(db)) >= 1);
  const reused = await createPartner('key-old', { name: 'New', kind: 'theatre' });
  t.equal(reused.statusCode, 201, 'a pruned key is free for a new request');
  t.equal(reused.json().name, 'New');
});

t.test('the clean-up runs by itself, on the job scheduler like all periodic work', async (t) => {
  await requireRedis();
  const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
  const quick = await buildTestApp(t, { JOBS_ENABLED: 'true', QUEUE_PREFIX: prefix, MAINTENANCE_INTERVAL_MS: '1000' });
  // The scheduler must stop before its keys go, or it writes them again.
  t.teardown(async () => {
    await quick.app.close();
    await deleteQueueKeys(prefix);
  });
  const quickApi = typedClient(quick.app, { authorization: `Bearer ${quick.adminKey}` });
  await answer(quickApi.POST('/v1/admin/partners', { ...withKey('key-expiring'), body: { name: 'Once', kind: 'theatre' } }));
  // 24 hours pass: its expiry is wound back.
  await quick.db.execute(sql`update idempotency_records set expires_at = now() - interval '1 second'`);
  const remaining = await waitUntil('the maintenance job to prune the expired key', async () => {
    const [row] = await quick.db.execute<{ count: number }>(sql`select count(*)::int as count from idempotency_records`);
    return row!.count;
  }, (count) => count === 0, { timeoutMs: 6_000, intervalMs: 100 });
  t.equal(remaining, 0, 'expired keys were pruned without anyone asking');
});
