import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { startWebhookPipeline, type WebhookPipelineOptions } from '../../webhooks/pipeline.ts';
import type { PipelineLogger } from '../../webhooks/logger.ts';
import type { Config } from '../config.ts';
import { outageWarnings } from '../outage-warnings.ts';

/** The pipeline's settings from the configuration; `npm start` and `npm run worker` share it. */
export function webhookPipelineOptions(
  config: Config,
  context: { databaseUrl: string; secretsKey: Buffer; log: PipelineLogger; redis: WebhookPipelineOptions['redis'] },
): WebhookPipelineOptions {
  return {
    databaseUrl: context.databaseUrl,
    dbPoolMax: config.webhookDbPoolMax,
    redis: context.redis,
    prefix: config.queuePrefix,
    log: context.log,
    warn: outageWarnings(context.log),
    delivery: {
      secretsKey: context.secretsKey,
      targetPolicy: { allowHttp: config.webhookAllowHttp, allowPrivateTargets: config.webhookAllowPrivateTargets },
      timeoutMs: config.webhookTimeoutMs,
      retrySchedule: config.webhookRetrySchedule,
      disableFailingAfterMs: config.webhookDisableAfterMs,
    },
    relay: { scanIntervalMs: config.webhookRelayScanIntervalMs, staleAfterMs: config.webhookStaleAfterMs },
    worker: { concurrency: config.webhookWorkerConcurrency, lockDurationMs: config.webhookWorkerLockMs },
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
  async function webhooks(app: FastifyInstance, options: { config: Config; databaseUrl: string }) {
    const secretsKey = options.config.webhookSecretsKey;
    if (secretsKey === undefined) throw new Error('WEBHOOKS_ENABLED needs WEBHOOK_SECRETS_KEY (or the local key file npm start creates)');
    const log = app.log.child({ component: 'webhooks' });
    const redis = { queue: app.redis, worker: app.workerRedis() };
    const pipeline = startWebhookPipeline(webhookPipelineOptions(options.config, { databaseUrl: options.databaseUrl, secretsKey, log, redis }));
    // The relay runs here: commits wake it directly, without a NOTIFY round trip each.
    app.relayWaker.wakeHere(pipeline.relay.wake);
    app.addHook('onClose', () => pipeline.close(Math.min(options.config.shutdownTimeoutMs, options.config.webhookTimeoutMs)));
  },
  { name: 'webhooks', dependencies: ['outbox', 'redis'] },
);
