import closeWithGrace from 'close-with-grace';
import { pino, type Logger } from 'pino';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { loadDemoData } from './domain/demo-data.ts';
import { createDatabase } from './db/client.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.ts';
import { migrateDatabase } from './db/migrate.ts';
import { localAdminApiKey, writeDemoCredentials } from './demo-credentials.ts';
import { resolveSecretsKey } from '../webhooks/secrets-key-file.ts';

/** Entry point: config → embedded Postgres if no DATABASE_URL → migrate → demo data → listen. */
async function main(config: Config) {
  const bootLog = pino({ level: config.logLevel, name: 'boot' });
  let embedded: EmbeddedDatabase | undefined;
  if (config.databaseUrl === undefined) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger: bootLog });
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  await migrateDatabase(databaseUrl, { info: (message) => bootLog.info(message) });
  if (config.loadDemoData) await loadDemoDataOnFirstRun(config, databaseUrl, bootLog);

  let adminApiKey = config.adminApiKey;
  if (adminApiKey === undefined) {
    const local = await localAdminApiKey(config.dataDir);
    adminApiKey = local.key;
    bootLog.info({ credentials: local.path }, local.created ? 'admin API key generated into the credentials file' : 'admin API key read from the credentials file');
  }

  const webhookSecretsKey = await resolveSecretsKey(config.webhookSecretsKey, config.dataDir, bootLog);

  const app = await buildApp({ ...config, adminApiKey, databaseUrl, webhookSecretsKey });
  closeWithGrace({ delay: config.shutdownTimeoutMs }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: draining requests');
    await app.close();
    await embedded?.stop();
  });
  await app.listen({ host: config.host, port: config.port });
}

async function loadDemoDataOnFirstRun(config: Config, databaseUrl: string, log: Logger) {
  const database = createDatabase(databaseUrl, { max: 1, applicationName: 'marquee-demo-data' });
  try {
    // One transaction: demo data without its credentials file would leave nobody able to log in.
    const path = await database.db.transaction(async (tx) => {
      const result = await loadDemoData(tx);
      return result.loaded ? writeDemoCredentials(tx, config.dataDir, result.partners) : undefined;
    });
    if (path) log.info({ credentials: path }, 'demo data loaded; demo partner API keys written to the credentials file');
  } finally {
    await database.close();
  }
}

try {
  await main(loadConfig());
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('Marquee failed to start:', error);
  process.exit(1);
}
