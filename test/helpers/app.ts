import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { createDatabase, type Db } from '../../server/db/client.ts';
import { createTestDatabase, type Teardownable } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  /** The platform admin key this app accepts (`Authorization: Bearer <adminKey>`). */
  adminKey: string;
  /** Direct access for fixtures that no API creates yet; assertions go through `app`. */
  db: Db;
  databaseUrl: string;
}

/**
 * The production app (same factory, same options) on a fresh database of its own; everything it
 * opens is closed, and the database dropped, when the test ends.
 */
/** `env` overrides the configuration; a `DATABASE_URL` in it replaces the test database. */
export async function buildTestApp(t: Teardownable, env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const fixtures = createDatabase(database.url, { max: 2, applicationName: 'marquee-test-fixtures' });
  const built: { app?: FastifyInstance } = {};
  // Registered before anything can throw, so a failed build still drops its database.
  t.teardown(async () => {
    await built.app?.close();
    await fixtures.close();
    await database.drop();
  });
  const databaseUrl = env.DATABASE_URL ?? database.url;
  const adminKey = `mq_admin_test_${randomBytes(24).toString('base64url')}`;
  const config = loadConfig({
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Given, as a deployment must with DATABASE_URL; a test that seals with its own key overrides it.
    ADMIN_API_KEY: adminKey,
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('base64'),
    // Job schedulers run only in the tests about them, each under its own queue prefix.
    JOBS_ENABLED: 'false',
    // So does the webhook pipeline (relay and delivery worker).
    WEBHOOKS_ENABLED: 'false',
    // And load shedding: a test process builds apps and runs checks synchronously, blocking its
    // event loop for seconds as no server does, and would shed the next request for it.
    UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    // Tests read a seat map right after a write and expect it: every read checks the database (the
    // cache still serves unchanged bytes). The cache's own tests set a bound.
    SEAT_MAP_FRESHNESS_MS: '0',
    ...env,
    DATABASE_URL: databaseUrl,
  });
  // Both keys are set (above, or by `env`): loadConfig refuses a DATABASE_URL without them.
  const app = await buildApp({ ...config, DATABASE_URL: databaseUrl, ADMIN_API_KEY: config.ADMIN_API_KEY!, WEBHOOK_SECRETS_KEYS: config.WEBHOOK_SECRETS_KEYS! });
  built.app = app;
  await app.ready();
  return { app, adminKey, db: fixtures.db, databaseUrl: database.url };
}
