import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import t from 'tap';
import { buildTestApp } from '../helpers/app.ts';
import { compiledEntryPoint, REPOSITORY } from '../helpers/entry-points.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { startWebhookReceiver } from '../helpers/webhook-receiver.ts';
import { deliveryWorld, registerEndpoint, webhookTestEnv } from './delivery-world.ts';

/**
 * A worker killed in the middle of a delivery: `npm run worker`'s compiled entry runs as a child process,
 * the receiver never answers its request, the process is SIGKILLed, and a new worker process must
 * deliver the event (the dead worker's job lock lapses; the job runs again).
 */
await requireRedis();
const prefix = `marquee-test-${randomBytes(6).toString('hex')}`;
t.teardown(() => deleteQueueKeys(prefix));
// The API alone (it registers the local receiver, sealing its secret with the workers' key): the
// pipeline runs in the worker processes.
const { app, adminKey, db, databaseUrl } = await buildTestApp(t, webhookTestEnv(prefix, { WEBHOOKS_ENABLED: 'false' }));
const receiver = await startWebhookReceiver();
t.teardown(() => receiver.close());
const world = await deliveryWorld(app, adminKey, db);

const workerEnv = {
  ...process.env,
  ...webhookTestEnv(prefix, { WEBHOOK_WORKER_LOCK_MS: '2000', WEBHOOK_STALE_AFTER_MS: '1000', WEBHOOK_RETRY_SCHEDULE: '0,200ms,400ms' }),
  DATABASE_URL: databaseUrl,
  REDIS_URL: TEST_REDIS_URL,
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  JOBS_ENABLED: 'false',
};
const children = new Set<ChildProcess>();
t.teardown(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', compiledEntryPoint('server/cli/worker.ts')], { cwd: REPOSITORY, env: workerEnv, stdio: ['ignore', 'inherit', 'inherit'] });
  children.add(child);
  return child;
}

t.test('a worker killed mid-delivery: the delivery is attempted again and arrives', async (t) => {
  const theatre = await world.theatrePartner('Crash Cinemas');
  const endpoint = await registerEndpoint(app, theatre.owner, receiver.endpoint('/crash', (_, count) => (count === 1 ? 'hang' : { status: 200 })), ['booking.confirmed']);
  const first = startWorker();
  const { eventId } = await theatre.book();
  await receiver.waitFor('/crash', (requests) => requests.length >= 1, 30_000);
  const exited = once(first, 'exit');
  first.kill('SIGKILL');
  await exited;

  const [inFlight] = await db.execute<{ id: string; status: string; attempt_count: number }>(
    sql`select id, status, attempt_count from webhook_deliveries where event_id = ${eventId} and endpoint_id = ${endpoint.id}`);
  t.match(inFlight, { status: 'enqueued', attempt_count: 1 }, 'the row says an attempt was under way');

  startWorker();
  const requests = await receiver.waitFor('/crash', (all) => all.length >= 2, 30_000);
  t.equal(requests[1]!.headers['webhook-id'], eventId, 'the same event, the same webhook-id');
  // The row is updated just after the receiver answers.
  const status = await waitUntil('the delivery row to say delivered', async () => {
    const [row] = await db.execute<{ status: string }>(sql`select status from webhook_deliveries where id = ${inFlight!.id}`);
    return row!.status;
  }, (current) => current === 'delivered', { timeoutMs: 5_000 });
  t.equal(status, 'delivered');
  const attempts = await db.execute<{ attempt_number: number; response_status: number | null; duration_ms: number | null }>(
    sql`select attempt_number, response_status, duration_ms from webhook_attempts where delivery_id = ${inFlight!.id} order by attempt_number`);
  t.match(attempts, [{ attempt_number: 1, response_status: null, duration_ms: null }, { attempt_number: 2, response_status: 200 }], 'the cut-short attempt stays on record');
});
