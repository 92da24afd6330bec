import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startWebhookPipeline, type WebhookPipelineOptions } from '../../webhooks/pipeline.ts';
import type { PipelineLogger } from '../../webhooks/logger.ts';
import type { SecretsKeyRing } from '../../webhooks/secrets-key-ring.ts';
import type { AppConfig, Config } from '../config.ts';
import { queueTelemetry } from '../observability/queue-telemetry.ts';
import { outageWarnings } from '../outage-warnings.ts';

/** The pipeline's settings from the configuration; `npm start` and `npm run worker` share it. */
export function webhookPipelineOptions(
  config: Config,
  context: { databaseUrl: string; secretsKeys: SecretsKeyRing; log: PipelineLogger; redis: WebhookPipelineOptions['redis'] },
): WebhookPipelineOptions {
  return {
    databaseUrl: context.databaseUrl,
    dbPoolMax: config.WEBHOOK_DB_POOL_MAX,
    redis: context.redis,
    prefix: config.QUEUE_PREFIX,
    log: context.log,
    warn: outageWarnings(context.log),
    delivery: {
      secretsKeys: context.secretsKeys,
      targetPolicy: { allowHttp: config.WEBHOOK_ALLOW_HTTP, allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS },
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      retrySchedule: config.WEBHOOK_RETRY_SCHEDULE,
      disableFailingAfterMs: config.WEBHOOK_DISABLE_AFTER_MS,
    },
    relay: { scanIntervalMs: config.WEBHOOK_RELAY_SCAN_INTERVAL_MS, staleAfterMs: config.WEBHOOK_STALE_AFTER_MS },
    worker: { concurrency: config.WEBHOOK_WORKER_CONCURRENCY, takeoverWithinMs: config.WEBHOOK_WORKER_LOCK_MS },
    telemetry: queueTelemetry(config.OTEL_TRACING_ENABLED),
  };
}

/**
 * Runs the webhook relay and delivery worker inside the API process (WEBHOOKS_ENABLED), on a
 * database pool of their own and the process's Redis connections (`marquee-api` for the relay's
 * queue, `marquee-workers` for the worker), and stops them on close after the HTTP server has
 * drained. They start whether or not Redis answers: the relay keeps the feed current and the
 * deliveries wait in the database until it does.
 */
export default fp(
  async function webhooks(app: FastifyInstance, { config }: { config: AppConfig }) {
    const log = app.log.child({ component: 'webhooks' });
    const redis = { queue: app.redis, worker: app.workerRedis() };
    const pipeline = startWebhookPipeline(webhookPipelineOptions(config, { databaseUrl: config.DATABASE_URL, secretsKeys: config.WEBHOOK_SECRETS_KEYS, log, redis }));
    // The relay runs here: commits wake it directly, without a NOTIFY round trip each.
    app.relayWaker.wakeHere(pipeline.relay.wake);
    app.addHook('onClose', () => pipeline.close(Math.min(config.SHUTDOWN_TIMEOUT_MS, config.WEBHOOK_TIMEOUT_MS)));
  },
  { name: 'webhooks', dependencies: ['outbox', 'redis'] },
);
