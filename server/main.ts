import closeWithGrace from 'close-with-grace';
import { pino, type Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { loadDemoData } from './domain/demo-data.ts';
import { createDatabase } from './db/client.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded.ts';
import { migrateDatabase } from './db/migrate.ts';
import { localAdminApiKey, writeDemoCredentials } from './demo-credentials.ts';
import { startMetricsServer } from './observability/metrics-server.ts';
import { resolveSecretsKeyRing } from '../webhooks/secrets-key-file.ts';

/** Entry point: config → embedded Postgres if no DATABASE_URL → migrate → demo data → listen. */
async function main(config: Config) {
  // Before the app is loaded: the HTTP instrumentation patches modules as they load.
  const tracing = config.OTEL_TRACING_ENABLED ? (await import('./observability/tracing.ts')).startTracing(config, 'marquee-api') : undefined;
  const { buildApp } = await import('./app.ts');
  const bootLog = pino({ level: config.LOG_LEVEL, name: 'boot' });
  let embedded: EmbeddedDatabase | undefined;
  if (config.DATABASE_URL === undefined) {
    embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, logger: bootLog });
  }
  const databaseUrl = config.DATABASE_URL ?? embedded!.url;

  await migrateDatabase(databaseUrl, { info: (message) => bootLog.info(message) });
  if (config.LOAD_DEMO_DATA) await loadDemoDataOnFirstRun(config, databaseUrl, bootLog);

  // With DATABASE_URL both keys are given (loadConfig insists); only the embedded local start
  // keeps its own under DATA_DIR, made on the first start and read back on the next.
  let adminApiKey = config.ADMIN_API_KEY;
  if (adminApiKey === undefined) {
    const local = await localAdminApiKey(config.DATA_DIR);
    adminApiKey = local.key;
    bootLog.info({ credentials: local.path }, local.created ? 'admin API key generated into the credentials file' : 'admin API key read from the credentials file');
  }
  const webhookSecretsKeys = await resolveSecretsKeyRing(config.WEBHOOK_SECRETS_KEYS, config.DATA_DIR, bootLog);

  const metrics = config.METRICS_PORT === undefined ? undefined : await startMetricsServer({ host: config.METRICS_HOST, port: config.METRICS_PORT });
  const app = await buildApp({ ...config, DATABASE_URL: databaseUrl, ADMIN_API_KEY: adminApiKey, WEBHOOK_SECRETS_KEYS: webhookSecretsKeys });
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: draining requests');
    await app.close();
    await metrics?.close();
    await tracing?.shutdown();
    await embedded?.stop();
  });
  await app.listen({ host: config.HOST, port: config.PORT });
  if (metrics) app.log.info({ host: config.METRICS_HOST, port: metrics.port }, 'Prometheus metrics served at GET /metrics');
}

async function loadDemoDataOnFirstRun(config: Config, databaseUrl: string, log: Logger) {
  const database = createDatabase(databaseUrl, { max: 1, applicationName: 'marquee-demo-data' });
  try {
    // One transaction: demo data without its credentials file would leave nobody able to log in.
    const path = await database.db.transaction(async (tx) => {
      const result = await loadDemoData(tx);
      return result.loaded ? writeDemoCredentials(tx, config.DATA_DIR, result.partners) : undefined;
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
