import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../server/db/migrate.ts';
import { startEmbeddedTestServer } from './embedded-test-server.ts';

// Every test file gets its own database, copied from a template that was migrated once per
// migrations folder content. Copying a template takes ~100 ms; migrating takes seconds.

const LOCAL_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const TEMPLATE_COMPLETE = 'marquee template: complete';
// Serializes template builds across the parallel tap workers (distinct from the migration lock).
const TEMPLATE_LOCK_ID = '84998453307731';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** The subset of a tap `Test` we use, so helpers do not depend on tap's types. */
export interface Teardownable {
  teardown(fn: () => unknown): void;
}

let adminUrlPromise: Promise<string> | undefined;

/**
 * The maintenance database (`postgres`) of the server tests run against: the server of
 * DATABASE_URL if set, else a local Postgres on 127.0.0.1:5432, else an embedded one started for
 * the run (the machine has no PostgreSQL at all). Resolved once per process.
 */
export function adminDatabaseUrl(): Promise<string> {
  adminUrlPromise ??= resolveAdminDatabaseUrl();
  return adminUrlPromise;
}

export async function resolveAdminDatabaseUrl(): Promise<string> {
  const configured = process.env.DATABASE_URL;
  if (configured) return withDatabase(configured, 'postgres');
  const local = process.env.TEST_LOCAL_POSTGRES_URL ?? LOCAL_ADMIN_URL;
  if (await isReachable(local)) return local;
  return startEmbeddedTestServer(isReachable);
}

/** `marquee_template_<hash>`: changes whenever any file under migrations/ changes. */
export function templateDatabaseName(): string {
  const hash = createHash('sha256');
  for (const file of listFiles(MIGRATIONS_FOLDER)) {
    hash.update(relative(MIGRATIONS_FOLDER, file)).update('\0');
    hash.update(readFileSync(file)).update('\0');
  }
  return `marquee_template_${hash.digest('hex').slice(0, 10)}`;
}

let templateReady: Promise<string> | undefined;

/**
 * Builds the template unless a complete one exists. Run once by tap's `before` hook; also
 * called lazily so a single test file run outside tap still works.
 */
export function prepareTemplateDatabase(): Promise<string> {
  templateReady ??= buildTemplateIfMissing();
  return templateReady;
}

async function buildTemplateIfMissing(): Promise<string> {
  const adminUrl = await adminDatabaseUrl();
  const template = templateDatabaseName();
  const admin = adminClient(adminUrl);
  try {
    if (await isComplete(admin, template)) return template;
    await admin`SELECT pg_advisory_lock(${TEMPLATE_LOCK_ID}::bigint)`;
    try {
      // Another worker may have finished it while we waited for the lock.
      if (await isComplete(admin, template)) return template;
      await dropStaleTemplates(admin, template);
      await admin`DROP DATABASE IF EXISTS ${admin(template)} WITH (FORCE)`;
      await admin`CREATE DATABASE ${admin(template)}`;
      await migrateDatabase(withDatabase(adminUrl, template));
      // Marked last: a build that crashed half-way is never mistaken for a usable template.
      await admin.unsafe(`COMMENT ON DATABASE "${template}" IS '${TEMPLATE_COMPLETE}'`);
      return template;
    } finally {
      await admin`SELECT pg_advisory_unlock(${TEMPLATE_LOCK_ID}::bigint)`;
    }
  } finally {
    await admin.end();
  }
}

/** A fresh, migrated database for one test file; dropped on `t.teardown` when `t` is given. */
export async function createTestDatabase(t?: Teardownable): Promise<TestDatabase> {
  const template = await prepareTemplateDatabase();
  const adminUrl = await adminDatabaseUrl();
  const name = `marquee_test_${randomBytes(6).toString('hex')}`;
  const admin = adminClient(adminUrl);
  try {
    await createFromTemplate(admin, name, template);
  } finally {
    await admin.end();
  }
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const client = adminClient(adminUrl);
    try {
      await client`DROP DATABASE IF EXISTS ${client(name)} WITH (FORCE)`;
    } finally {
      await client.end();
    }
  };
  t?.teardown(drop);
  return { url: withDatabase(adminUrl, name), name, drop };
}

async function createFromTemplate(admin: postgres.Sql, name: string, template: string) {
  // Parallel CREATE DATABASE … TEMPLATE from one source can fail with "source database is being
  // accessed by other users" (55006) while another copy is in progress: retry with backoff.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin`CREATE DATABASE ${admin(name)} TEMPLATE ${admin(template)}`;
      return;
    } catch (error) {
      if (!isObjectInUse(error) || attempt >= 20) throw error;
      await sleep(50 * attempt + Math.floor(Math.random() * 50));
    }
  }
}

async function dropStaleTemplates(admin: postgres.Sql, keep: string) {
  const stale = await admin<{ datname: string }[]>`
    SELECT datname FROM pg_database
    WHERE datname LIKE 'marquee\_template\_%' AND datname <> ${keep}`;
  for (const { datname } of stale) {
    // Best effort, without FORCE: a template another checkout is copying right now stays.
    await admin`DROP DATABASE IF EXISTS ${admin(datname)}`.catch(() => undefined);
  }
}

async function isComplete(admin: postgres.Sql, template: string): Promise<boolean> {
  const [row] = await admin<{ comment: string | null }[]>`
    SELECT shobj_description(oid, 'pg_database') AS comment
    FROM pg_database WHERE datname = ${template}`;
  return row?.comment === TEMPLATE_COMPLETE;
}

async function isReachable(url: string): Promise<boolean> {
  const client = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await client`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await client.end({ timeout: 1 });
  }
}

function adminClient(url: string): postgres.Sql {
  return postgres(url, {
    max: 1,
    onnotice: () => {},
    connection: { application_name: 'marquee-test-admin' },
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function isObjectInUse(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '55006';
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    })
    .sort();
}
