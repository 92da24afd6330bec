import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import t from 'tap';
import { replaceSealedSecrets } from '../../server/db/queries/webhook-secrets.ts';
import { jobAcrossTenants } from '../../server/db/scope.ts';
import { sealedKeyId } from '../../webhooks/secrets.ts';
import { secretsKeyId } from '../../webhooks/secrets-key-ring.ts';
import { buildTestApp } from '../helpers/app.ts';
import { compiledEntryPoint, REPOSITORY } from '../helpers/entry-points.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';
import { answer, typedClient } from '../helpers/typed-client.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startWebhookReceiver, type ReceivedWebhook } from '../helpers/webhook-receiver.ts';
import { deliveryWorld, registerEndpoint, webhookTestEnv } from './delivery-world.ts';

/**
 * Rotating the sealing key as the README's rollout does it, through real processes: secrets
 * sealed under k1 by an API on `WEBHOOK_SECRETS_KEY=k1`; a worker on the ring [k2, k1] delivers
 * to them and to one sealed under k2; `npm run reseal-webhook-secrets` (compiled, as npm runs it)
 * moves everything to k2; a worker on [k2] alone still delivers, and a secret under a key its ring
 * lacks fails its attempt with an error naming that key's id, never a key.
 */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
t.teardown(() => deleteQueueKeys(prefix));
const [k1, k2] = [randomBytes(32), randomBytes(32)];
const adminKey = `mq_admin_test_${randomBytes(24).toString('base64url')}`;
const keyMaterial = [k1, k2].flatMap((key) => [key.toString('base64'), key.toString('hex'), key.toString('base64url')]);

// Two API processes' worth of app on one database, neither delivering: the workers below do.
const apiEnv = (keys: Record<string, string>) => webhookTestEnv(prefix, { WEBHOOKS_ENABLED: 'false', ADMIN_API_KEY: adminKey, WEBHOOK_SECRETS_KEY: '', ...keys });
const onK1 = await buildTestApp(t, apiEnv({ WEBHOOK_SECRETS_KEY: k1.toString('base64') }));
const onRing = await buildTestApp(t, apiEnv({ WEBHOOK_SECRETS_KEYS: `${k2.toString('base64')},${k1.toString('hex')}`, DATABASE_URL: onK1.databaseUrl }));
const db = onK1.db;
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(onK1.app, adminKey, db);
const theatre = await world.theatrePartner('Rotating Cinemas');

const processEnv = (keys: string) => ({
  ...process.env,
  ...webhookTestEnv(prefix, { WEBHOOK_RETRY_SCHEDULE: '0,1h' }),
  WEBHOOK_SECRETS_KEY: '',
  WEBHOOK_SECRETS_KEYS: keys,
  DATABASE_URL: onK1.databaseUrl,
  REDIS_URL: TEST_REDIS_URL,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  JOBS_ENABLED: 'false',
});
const children = new Set<ChildProcess>();
t.teardown(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
/** `npm run worker`, compiled, with this ring. */
function startWorker(keys: Buffer[]): ChildProcess {
  const ring = keys.map((key) => key.toString('base64')).join(',');
  const child = spawn(process.execPath, ['--enable-source-maps', compiledEntryPoint('server/cli/worker.ts')], { cwd: REPOSITORY, env: processEnv(ring), stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  return child;
}
async function stopWorker(child: ChildProcess) {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
/** `npm run reseal-webhook-secrets`, compiled: its exit code, report and everything it printed. */
async function reseal(keys: Buffer[]) {
  const ring = keys.map((key) => key.toString('base64')).join(',');
  const run = await promisify(execFile)(process.execPath, [compiledEntryPoint('server/cli/reseal-webhook-secrets.ts')], { cwd: REPOSITORY, env: processEnv(ring) })
    .then((result) => ({ code: 0, ...result }), (error: { code: number; stdout: string; stderr: string }) => error);
  return { code: run.code, report: JSON.parse(run.stdout), output: `${run.stdout}${run.stderr}` };
}
const verify = (secret: string, request: ReceivedWebhook) =>
  new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as { id: string };
const sealedSecrets = async (endpointId: string) => {
  const [row] = await db.execute<{ id: string; secret_ciphertext: string; previous_secret_ciphertext: string | null; version: number }>(
    sql`select id, secret_ciphertext, previous_secret_ciphertext, version from webhook_endpoints where id = ${endpointId}`);
  return row!;
};

t.test('a rollout from one key to a ring and on to the new key alone, deliveries verifying throughout', async (t) => {
  const e1 = await registerEndpoint(onK1.app, theatre.owner, receiver.endpoint('/e1'), ['booking.confirmed']);
  const e2 = await registerEndpoint(onRing.app, theatre.owner, receiver.endpoint('/e2'), ['booking.confirmed']);
  t.equal(sealedKeyId((await sealedSecrets(e1.id)).secret_ciphertext), secretsKeyId(k1), 'WEBHOOK_SECRETS_KEY seals under its key, by id');
  t.equal(sealedKeyId((await sealedSecrets(e2.id)).secret_ciphertext), secretsKeyId(k2), 'a ring seals under its first key');

  // Step 2 of the rollout: every process holds both keys, the new one sealing.
  const rolling = startWorker([k2, k1]);
  const first = await theatre.book();
  const [toE1] = await receiver.waitFor('/e1', (requests) => requests.length >= 1, 30_000);
  const [toE2] = await receiver.waitFor('/e2', (requests) => requests.length >= 1, 30_000);
  t.equal(verify(e1.secret, toE1!).id, first.eventId, 'a secret sealed under the old key still signs');
  t.equal(verify(e2.secret, toE2!).id, first.eventId, 'and one sealed under the new key');
  await stopWorker(rolling);

  // A rotation meanwhile: the re-seal never overwrites the secret a partner just rotated to.
  const before = await sealedSecrets(e1.id);
  const rotated = await answer(typedClient(onK1.app, theatre.owner.headers).POST('/v1/webhooks/endpoints/{endpointId}/rotate-secret', { params: { path: { endpointId: e1.id } } }));
  t.equal(rotated.statusCode, 200, rotated.body);
  const e1Secret = (rotated.json() as { secret: string }).secret;
  const read = { id: before.id, secretCiphertext: before.secret_ciphertext, previousSecretCiphertext: before.previous_secret_ciphertext };
  const stale = await replaceSealedSecrets(db, jobAcrossTenants, { read, secretCiphertext: 'v2.x.stale', previousSecretCiphertext: null });
  t.equal(stale, false, 'a row changed since it was read is not replaced');
  const afterRotation = await sealedSecrets(e1.id);
  t.not(afterRotation.secret_ciphertext, 'v2.x.stale');
  t.equal(sealedKeyId(afterRotation.previous_secret_ciphertext!), secretsKeyId(k1), 'the rotated-out secret is still under k1');

  // Step 3: re-seal everything under the new key.
  const resealed = await reseal([k2, k1]);
  t.equal(resealed.code, 0, resealed.output);
  t.match(resealed.report, { sealingKeyId: secretsKeyId(k2), resealed: 1, changedMeanwhile: 0, unreadable: [], remaining: 0, keyIds: [secretsKeyId(k2), secretsKeyId(k1)] });
  for (const material of keyMaterial) t.notMatch(resealed.output, material, 'no key in its output');
  const moved = await sealedSecrets(e1.id);
  t.equal(sealedKeyId(moved.secret_ciphertext), secretsKeyId(k2));
  t.equal(sealedKeyId(moved.previous_secret_ciphertext!), secretsKeyId(k2), 'the secret still signing beside it too');
  t.equal(moved.version, afterRotation.version, 'the endpoint itself is unchanged: same version, same ETag');
  t.match((await reseal([k2, k1])).report, { resealed: 0, remaining: 0 }, 'a second run has nothing to do');

  // Step 4: the old key is dropped everywhere.
  const alone = startWorker([k2]);
  const second = await theatre.book();
  const [, again1] = await receiver.waitFor('/e1', (requests) => requests.length >= 2, 30_000);
  const [, again2] = await receiver.waitFor('/e2', (requests) => requests.length >= 2, 30_000);
  t.equal(verify(e1Secret, again1!).id, second.eventId, 'the new key alone opens the re-sealed secret');
  t.equal(verify(e1.secret, again1!).id, second.eventId, 'and the one rotated out, within its overlap');
  t.equal(verify(e2.secret, again2!).id, second.eventId);

  // A process that never got the new ring seals under k1 alone: the worker on [k2] cannot open it.
  const e3 = await registerEndpoint(onK1.app, theatre.owner, receiver.endpoint('/e3'), ['booking.confirmed']);
  const third = await theatre.book();
  const attempt = await waitUntil('the attempt on e3 to fail', async () => {
    const [row] = await db.execute<{ error: string | null }>(sql`
      select a.error from webhook_attempts a join webhook_deliveries d on d.id = a.delivery_id
      where d.endpoint_id = ${e3.id} and d.event_id = ${third.eventId} and a.error is not null`);
    return row;
  }, (row) => row !== undefined, { timeoutMs: 30_000 });
  t.match(attempt!.error, `webhook secret sealed under key id ${secretsKeyId(k1)}, which this process's key ring (WEBHOOK_SECRETS_KEYS) does not hold`);
  for (const material of [...keyMaterial, e3.secret.slice(6)]) t.notMatch(attempt!.error, material, 'no key or secret in the error');
  t.equal(receiver.on('/e3').length, 0, 'nothing unsigned went out');
  await stopWorker(alone);

  const unreadable = await reseal([k2]);
  t.equal(unreadable.code, 1, 'a re-seal that cannot open a secret says so in its exit code');
  t.match(unreadable.report, { resealed: 0, remaining: 1, unreadable: [{ endpointId: e3.id, reason: new RegExp(`key id ${secretsKeyId(k1)}`) }] });
});
