import closeWithGrace from 'close-with-grace';
import { pino } from 'pino';
import { startWebhookPipeline } from '../../webhooks/pipeline.ts';
import { resolveSecretsKeyRing } from '../../webhooks/secrets-key-file.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { startMetricsServer } from '../observability/metrics-server.ts';
import { watchOnScrape } from '../observability/scrape-gauges.ts';
import { embeddedDatabaseUrl } from '../db/embedded.ts';
import { migrateDatabase } from '../db/migrate.ts';
import { outageWarnings } from '../outage-warnings.ts';
import { webhookPipelineOptions } from '../plugins/webhooks.ts';
import { failFastRedis, waitingRedis } from '../redis-connections.ts';

/**
 * `npm run worker`: the webhook relay and delivery worker as a process of their own, configured by
 * the same environment as the API. Without DATABASE_URL it joins the embedded PostgreSQL that a
 * local `npm start` runs. Run as many as you like against one PostgreSQL and Redis.
 */
async function main(config: Config) {
  const tracing = config.OTEL_TRACING_ENABLED ? (await import('../observability/tracing.ts')).startTracing(config, 'marquee-webhooks') : undefined;
  const log = pino({ level: config.LOG_LEVEL, name: 'webhooks' });
  // The embedded server's address when `npm start` runs it.
  const databaseUrl = config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_PG_PORT);
  await migrateDatabase(databaseUrl, { info: (message) => log.info(message) });
  // Given whenever DATABASE_URL is (loadConfig insists); else the embedded start's key file.
  const secretsKeys = await resolveSecretsKeyRing(config.WEBHOOK_SECRETS_KEYS, config.DATA_DIR, log);
  // This process's only Redis connections: the relay's queue, and the worker's waiting one.
  const warn = outageWarnings(log);
  const whileDown = 'webhook delivery paused: Redis unavailable; deliveries wait in the database';
  const redis = {
    queue: failFastRedis(config.REDIS_URL, { name: 'marquee-webhooks-queue', whileDown, warn }),
    worker: waitingRedis(config.REDIS_URL, { name: 'marquee-webhooks-worker', whileDown, warn }),
  };
  const pipeline = startWebhookPipeline(webhookPipelineOptions(config, { databaseUrl, secretsKeys, log, redis }));
  log.info({ concurrency: config.WEBHOOK_WORKER_CONCURRENCY }, 'webhook relay and delivery worker running');
  const unwatch = watchOnScrape({ sql: pipeline.sql, queues: [pipeline.queue], pools: [{ name: 'webhooks', max: config.WEBHOOK_DB_POOL_MAX }] });
  const metrics = config.METRICS_PORT === undefined ? undefined : await startMetricsServer({ host: config.METRICS_HOST, port: config.METRICS_PORT });
  if (metrics) log.info({ host: config.METRICS_HOST, port: metrics.port }, 'Prometheus metrics served at GET /metrics');
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
    if (err) log.error({ err }, 'shutting down after an error');
    else log.info({ signal }, 'shutting down: letting running deliveries finish');
    unwatch();
    await pipeline.close(Math.max(100, config.SHUTDOWN_TIMEOUT_MS - 1000));
    redis.queue.disconnect();
    redis.worker.disconnect();
    await metrics?.close();
    await tracing?.shutdown();
  });
}

try {
  await main(loadConfig(process.env, 'worker'));
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error('The Marquee webhook worker failed to start:', error);
  process.exit(1);
}
