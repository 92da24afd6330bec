import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmod, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import t from 'tap';
import { loadConfig } from '../../server/config.ts';
import { drizzleOn } from '../../server/db/client.ts';
import { createTestDatabase } from '../helpers/database.ts';
import { compiledEntryPoint, REPOSITORY } from '../helpers/entry-points.ts';
import { freePort } from '../helpers/free-port.ts';
import { waitUntilLockWaiting } from '../helpers/lock-waits.ts';
import { TEST_REDIS_URL } from '../helpers/redis.ts';
import { waitUntil } from '../helpers/wait-until.ts';

/**
 * The real entry point, as `npm start` runs it on a fresh machine (compiled, from dist/): no
 * DATABASE_URL, so an embedded PostgreSQL is initialised under the data directory, migrated and
 * loaded with demo data.
 */
function start(env: Record<string, string>, script = 'server/main.ts') {
  // Only what the test sets: a database or key in the shell running the tests must not leak in.
  const environment: Record<string, string | undefined> = { ...process.env };
  for (const name of ['DATABASE_URL', 'ADMIN_API_KEY', 'WEBHOOK_SECRETS_KEY', 'LOAD_DEMO_DATA']) delete environment[name];
  Object.assign(environment, env);
  const child = spawn(process.execPath, ['--enable-source-maps', compiledEntryPoint(script)], { cwd: REPOSITORY, env: environment });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** Starts an entry point that is expected to refuse to start; its exit code and everything it printed. */
async function refusal(env: Record<string, string>, script?: string) {
  const { child, output } = start(env, script);
  const [code] = await once(child, 'exit');
  return { code: code as number | null, output: output() };
}

async function waitForCities(port: number, child: ChildProcess, output: () => string) {
  const cities = async () => {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v1/cities?limit=100`);
      if (response.ok) return (await response.json()) as { data: { id: string; timeZone: string }[] };
    } catch {
      // not listening yet
    }
    return undefined;
  };
  const served = await waitUntil('/v1/cities to be served', cities, (body) => body !== undefined, { timeoutMs: 90_000, intervalMs: 250 })
    .catch((error: Error) => {
      throw new Error(`${error.message}\n${output()}`);
    });
  return served!;
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = await exited;
  return code as number | null;
}

t.test('npm start with no configuration serves demo data from an embedded database, twice', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marquee-boot-'));
  await chmod(dataDir, 0o755); // a root process hands the cluster to the postgres user
  t.teardown(() => rm(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'info' };

  const first = start(env);
  t.teardown(() => first.child.kill('SIGKILL'));
  const cities = await waitForCities(Number(env.PORT), first.child, first.output);
  t.ok(cities.data.length >= 4, 'at least four demo cities');
  t.ok(new Set(cities.data.map((city) => city.timeZone)).size >= 2, 'in at least two time zones');

  const credentialsPath = join(dataDir, 'demo-credentials.json');
  t.equal((await stat(credentialsPath)).mode & 0o777, 0o600, 'credentials are readable by the owner only');
  const credentials = JSON.parse(await readFile(credentialsPath, 'utf8'));
  t.same(credentials.partners.map((partner: { kind: string }) => partner.kind).sort(), ['aggregator', 'theatre']);
  t.match(credentials.partners[0].apiKey, /^mq_test_[A-Za-z0-9_-]{50,}$/);
  t.match(credentials.adminApiKey, /^mq_admin_/, 'a local start without ADMIN_API_KEY makes an admin key');
  t.match(first.output(), credentialsPath, 'the log names the credentials file');
  for (const secret of [credentials.adminApiKey, ...credentials.partners.map((p: { apiKey: string }) => p.apiKey)]) {
    t.notMatch(first.output(), secret, 'and never a key');
  }
  const partners = await fetch(`http://127.0.0.1:${env.PORT}/v1/admin/partners`, {
    headers: { authorization: `Bearer ${credentials.adminApiKey}` },
  });
  t.equal(partners.status, 200, 'the generated admin key works');
  const theatrePartner = credentials.partners.find((p: { kind: string }) => p.kind === 'theatre');
  const me = await fetch(`http://127.0.0.1:${env.PORT}/v1/partner`, { headers: { authorization: `Bearer ${theatrePartner.apiKey}` } });
  t.equal(me.status, 200, 'and so do the demo partner keys');

  const ready = await fetch(`http://127.0.0.1:${env.PORT}/readyz`);
  t.equal(ready.status, 200);

  // Drain: hold a lock so a request is in flight when SIGTERM arrives; it must still complete.
  // Two connections: one holds the lock, the other watches the request wait for it.
  const database = postgres(`postgres://postgres:marquee-local@127.0.0.1:${env.EMBEDDED_PG_PORT}/marquee`, { max: 2, onnotice: () => {} });
  t.teardown(() => database.end());
  const exited = once(first.child, 'exit');
  const inFlight = database.begin(async (tx) => {
    await tx`lock table cities in access exclusive mode`;
    const request = fetch(`http://127.0.0.1:${env.PORT}/v1/cities`);
    await waitUntilLockWaiting(drizzleOn(database), 'the request for /v1/cities', { query: '%"cities"%' });
    first.child.kill('SIGTERM');
    // Logged just before the server closes: from then on the request is one it must drain.
    await waitUntil('the server to start draining', first.output, (output) => output.includes('shutting down: draining requests'));
    return { request }; // wrapped: returning the promise itself would hold the lock until it settles
  });
  const drained = await (await inFlight).request;
  t.equal(drained.status, 200, 'a request in flight at SIGTERM is answered');
  t.equal(((await drained.json()) as { data: unknown[] }).data.length, cities.data.length);
  const [code] = await exited;
  t.equal(code, 0, 'then the process exits cleanly', { output: first.output().slice(-3000) });

  const second = start(env);
  t.teardown(() => second.child.kill('SIGKILL'));
  const again = await waitForCities(Number(env.PORT), second.child, second.output);
  t.same(again.data.map((city) => city.id), cities.data.map((city) => city.id), 'the second start keeps the same data');
  t.notMatch(second.output(), /initialising the embedded PostgreSQL/, 'the cluster is not initialised again');
  t.notMatch(second.output(), /demo data loaded/, 'demo data is not loaded again');
  t.same(JSON.parse(await readFile(credentialsPath, 'utf8')), credentials, 'the credentials file is left alone');
  t.equal(await stop(second.child), 0);
});

t.test('a bad configuration value stops the start with a message naming the variable', async (t) => {
  const { child, output } = start({ PORT: 'eighty', LOG_LEVEL: 'loud' });
  const [code] = await once(child, 'exit');
  t.equal(code, 1);
  t.match(output(), /PORT: must be integer/);
  t.match(output(), /LOG_LEVEL: /);
});

t.test('against DATABASE_URL a start without the shared keys stops at once, naming each; it makes none', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'marquee-keys-'));
  t.teardown(() => rm(dataDir, { recursive: true, force: true }));
  // Nothing listens there: a start that got past its configuration would fail otherwise.
  const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/marquee', DATA_DIR: dataDir, PORT: String(await freePort()) };
  const required = (name: string) => new RegExp(`${name}: required when DATABASE_URL is set`);

  const neither = await refusal(env);
  t.equal(neither.code, 1);
  t.match(neither.output, /^Invalid configuration:/, 'one configuration message', { output: neither.output });
  t.match(neither.output, required('ADMIN_API_KEY'));
  t.match(neither.output, required('WEBHOOK_SECRETS_KEY'));
  t.notMatch(neither.output, /\n\s+at /, 'no stack trace');

  const adminOnly = await refusal({ ...env, ADMIN_API_KEY: `mq_admin_${randomBytes(24).toString('base64url')}` });
  t.equal(adminOnly.code, 1);
  t.match(adminOnly.output, required('WEBHOOK_SECRETS_KEY'));
  t.notMatch(adminOnly.output, /ADMIN_API_KEY/, 'the key given is not named');

  const worker = await refusal(env, 'server/cli/worker.ts');
  t.equal(worker.code, 1);
  t.match(worker.output, required('WEBHOOK_SECRETS_KEY'), 'the webhook worker needs the sealing key too');
  t.notMatch(worker.output, /ADMIN_API_KEY/, 'but holds no admin key');

  t.same(await readdir(dataDir), [], 'no key was generated under DATA_DIR');
});

t.test('against DATABASE_URL with both keys given: no demo data unless asked, nothing written under DATA_DIR', async (t) => {
  const database = await createTestDatabase(t);
  const dataDir = await mkdtemp(join(tmpdir(), 'marquee-given-'));
  t.teardown(() => rm(dataDir, { recursive: true, force: true }));
  const adminKey = `mq_admin_test_${randomBytes(24).toString('base64url')}`;
  const port = await freePort();
  const { child, output } = start({
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    PORT: String(port),
    ADMIN_API_KEY: adminKey,
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('hex'),
    REDIS_URL: TEST_REDIS_URL,
    JOBS_ENABLED: 'false',
    WEBHOOKS_ENABLED: 'false',
    LOG_LEVEL: 'info',
  });
  t.teardown(() => child.kill('SIGKILL'));
  const cities = await waitForCities(port, child, output);
  t.same(cities.data, [], 'LOAD_DEMO_DATA is false by default against a database of your own');
  const partners = await fetch(`http://127.0.0.1:${port}/v1/admin/partners`, { headers: { authorization: `Bearer ${adminKey}` } });
  t.equal(partners.status, 200, 'the admin key given is the one accepted');
  t.same(await readdir(dataDir), [], 'no credentials file, no key file');
  t.notMatch(output(), /generated/, 'nothing generated, says the log');
  t.equal(await stop(child), 0);

  t.equal(loadConfig({}).LOAD_DEMO_DATA, true, 'the embedded local start loads demo data by default');
  t.equal(loadConfig({ DATABASE_URL: database.url, ADMIN_API_KEY: adminKey, WEBHOOK_SECRETS_KEY: randomBytes(32).toString('hex'), LOAD_DEMO_DATA: 'true' }).LOAD_DEMO_DATA, true, 'and a database of your own when asked');
});
