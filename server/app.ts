import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { monotonicFactory } from 'ulid';
import { AccessLog, logDestination } from './access-log.ts';
import type { AppConfig, Config } from './config.ts';
import { pooledRandom } from './db/ids.ts';
import { SCHEDULED_JOBS_QUEUE } from './jobs/scheduled-jobs.ts';
import type { OidcSettings } from './domain/customer-tokens.ts';
import { feedPositionKeys } from './domain/feed-positions.ts';
import database from './plugins/database.ts';
import idempotency from './plugins/idempotency.ts';
import loadShedding from './plugins/load-shedding.ts';
import outbox from './plugins/outbox.ts';
import monitoring from './plugins/monitoring.ts';
import mutations from './plugins/mutations.ts';
import principal from './plugins/principal.ts';
import scheduledJobs from './plugins/scheduled-jobs.ts';
import seatMapCache from './plugins/seat-map-cache.ts';
import draining from './plugins/draining.ts';
import openapi from './plugins/openapi.ts';
import problems, { replyWithProblem } from './plugins/problems.ts';
import publicCors from './plugins/public-cors.ts';
import rateLimits, { type RateLimitSettings } from './plugins/rate-limits.ts';
import redis from './plugins/redis.ts';
import securityHeaders from './plugins/security-headers.ts';
import validation from './plugins/validation.ts';
import { malformedBodyError } from './plugins/well-formed-json.ts';
import webhooks from './plugins/webhooks.ts';
import adminAuditRoutes from './routes/admin/audit.ts';
import adminCatalogueRoutes from './routes/admin/catalogue.ts';
import adminOfferRoutes from './routes/admin/offers.ts';
import adminPartnerRoutes from './routes/admin/partners.ts';
import bookingRoutes from './routes/booking/bookings.ts';
import holdRoutes from './routes/booking/holds.ts';
import opsRoutes from './routes/ops/health.ts';
import partnerAccountRoutes from './routes/partner/account.ts';
import partnerBookingRoutes from './routes/partner/bookings.ts';
import partnerLayoutRoutes from './routes/partner/layouts.ts';
import partnerScheduleRoutes from './routes/partner/schedule.ts';
import partnerScreenRoutes from './routes/partner/screens.ts';
import partnerSeatRoutes from './routes/partner/seats.ts';
import partnerShowtimeRoutes from './routes/partner/showtimes.ts';
import partnerTheatreRoutes from './routes/partner/theatres.ts';
import publicRoutes from './routes/public/index.ts';
import publicOfferRoutes from './routes/public/offers.ts';
import seatMapRoutes from './routes/public/seat-map.ts';
import webhookDeliveryRoutes from './routes/webhooks/deliveries.ts';
import webhookEndpointRoutes from './routes/webhooks/endpoints.ts';
import eventFeedRoutes from './routes/webhooks/events.ts';
import { componentSchemas } from './schemas/generated/components.ts';
import { callerLogFields } from './observability/log-context.ts';
import { observeRequest } from './observability/request-metrics.ts';
import { endpointRules } from '../webhooks/endpoint-rules.ts';
import { DELIVERY_QUEUE } from '../webhooks/pipeline.ts';

/**
 * Request ids: monotonic, so ids within one millisecond only increment. A plain `ulid()` draws
 * 16 random bytes one by one on every call, a fifth of a cached seat-map read's CPU.
 */
const nextRequestUlid = monotonicFactory(pooledRandom());

/** Credentials and secrets never reach the logs, whatever a future serializer decides to print. */
const redactedPaths = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["idempotency-key"]'];

/**
 * Builds the whole API; `npm start` and every test use this one factory with the same options.
 * Order: external plugins, then app plugins, then routes. It makes no key of its own: the caller
 * hands it the admin key and the sealing key.
 */
export async function buildApp(config: AppConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: { paths: redactedPaths, censor: '[redacted]' }, mixin: callerLogFields, stream: logDestination() },
    logController: new AccessLog(observeRequest),
    genReqId: () => `req_${nextRequestUlid()}`,
    requestIdHeader: false,
    trustProxy: config.TRUST_PROXY,
    bodyLimit: config.BODY_LIMIT_BYTES,
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    return503OnClosing: true,
    frameworkErrors: replyWithProblem,
    // Above every bound the contract puts on a path parameter (64), so the schema refuses a long
    // one with a 400 naming it; a longer one still is a 400 too (problems.ts).
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // The API speaks JSON only: a text body is a 415, not a string for the validator to trip over.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  // Many clients send `Content-Type: application/json` on body-less POSTs (suspend, revoke): an
  // empty body is no body, not invalid JSON. Anything else goes to Fastify's own safe parser.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') return done(null, undefined);
    return parseJson(request, body as string, (error, value) => {
      if (error) return done(error);
      const malformed = malformedBodyError(body as string, value);
      return malformed ? done(malformed) : done(null, value);
    });
  });
  for (const schema of componentSchemas) app.addSchema(schema);
  // Headers first, so that every answer has them; then shedding, before any hook does work.
  await app.register(securityHeaders);
  await app.register(loadShedding, {
    maxEventLoopDelayMs: config.UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS,
    maxEventLoopUtilization: config.UNDER_PRESSURE_MAX_EVENT_LOOP_UTILIZATION,
    sampleIntervalMs: config.UNDER_PRESSURE_SAMPLE_INTERVAL_MS,
  });
  // Routes registered after the problems plugin answer their errors with it (the docs, CORS preflights).
  await app.register(problems);
  await app.register(publicCors, { origins: config.CORS_ORIGINS });
  await app.register(openapi);
  await app.register(draining);
  await app.register(validation, { schemas: componentSchemas });
  await app.register(database, { url: config.DATABASE_URL, poolMax: config.DB_POOL_MAX, readPoolMax: config.SEAT_MAP_DB_POOL_MAX });
  await app.register(redis, { url: config.REDIS_URL });
  await app.register(seatMapCache, { freshnessMs: config.SEAT_MAP_FRESHNESS_MS, maxEntries: config.SEAT_MAP_CACHE_MAX_ENTRIES });
  await app.register(principal, { adminApiKey: config.ADMIN_API_KEY, oidc: oidcSettings(config) });
  await app.register(rateLimits, rateLimitSettings(config));
  await app.register(idempotency);
  await app.register(outbox);
  await app.register(mutations);
  if (config.JOBS_ENABLED) {
    await app.register(scheduledJobs, {
      prefix: config.QUEUE_PREFIX,
      holdSweepEveryMs: config.HOLD_SWEEP_INTERVAL_MS,
      eventRetentionDays: config.EVENT_RETENTION_DAYS,
      eventPruneEveryMs: config.EVENT_PRUNE_INTERVAL_MS,
      idempotencyPruneEveryMs: config.MAINTENANCE_INTERVAL_MS,
    });
  }
  if (config.WEBHOOKS_ENABLED) {
    await app.register(webhooks, { config });
  }
  await app.register(monitoring, {
    prefix: config.QUEUE_PREFIX,
    queueNames: [DELIVERY_QUEUE, SCHEDULED_JOBS_QUEUE],
    dashboard: config.QUEUE_DASHBOARD_ENABLED,
    pools: poolsOf(config),
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.header('request-id', request.id);
    done(null, payload);
  });

  await app.register(opsRoutes);
  await app.register(publicRoutes, { prefix: '/v1' });
  await app.register(seatMapRoutes, { prefix: '/v1' });
  await app.register(publicOfferRoutes, { prefix: '/v1' });
  await app.register(adminPartnerRoutes, { prefix: '/v1', apiKeyEnvironment: config.API_KEY_ENVIRONMENT });
  await app.register(adminAuditRoutes, { prefix: '/v1' });
  await app.register(adminCatalogueRoutes, { prefix: '/v1' });
  await app.register(adminOfferRoutes, { prefix: '/v1' });
  await app.register(partnerAccountRoutes, { prefix: '/v1' });
  await app.register(partnerScreenRoutes, { prefix: '/v1' });
  await app.register(partnerLayoutRoutes, { prefix: '/v1' });
  await app.register(partnerTheatreRoutes, { prefix: '/v1' });
  await app.register(partnerSeatRoutes, { prefix: '/v1' });
  await app.register(partnerShowtimeRoutes, { prefix: '/v1' });
  await app.register(partnerScheduleRoutes, { prefix: '/v1' });
  await app.register(holdRoutes, {
    prefix: '/v1',
    ttlSeconds: config.HOLD_TTL_SECONDS,
    maxTtlSeconds: config.HOLD_MAX_TTL_SECONDS,
    maxSeats: config.HOLD_MAX_SEATS,
  });
  await app.register(bookingRoutes, { prefix: '/v1' });
  await app.register(partnerBookingRoutes, { prefix: '/v1' });
  const webhookSettings = endpointRules({
    secretsKeys: config.WEBHOOK_SECRETS_KEYS,
    targetPolicy: { allowHttp: config.WEBHOOK_ALLOW_HTTP, allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS },
  });
  await app.register(webhookEndpointRoutes, { prefix: '/v1', settings: webhookSettings });
  await app.register(webhookDeliveryRoutes, { prefix: '/v1' });
  await app.register(eventFeedRoutes, { prefix: '/v1', positionKeys: feedPositionKeys(config.WEBHOOK_SECRETS_KEYS.keys.map((entry) => entry.key)) });
  return app;
}

/** Budgets per route group; the counters live under the deployment's queue prefix. */
function rateLimitSettings(config: Config): RateLimitSettings {
  const budget = (max: number, windowSeconds: number) => ({ max, windowSeconds });
  return {
    redisUrl: config.REDIS_URL,
    keyPrefix: `${config.QUEUE_PREFIX}:rate-limit:`,
    commandTimeoutMs: config.RATE_LIMIT_REDIS_TIMEOUT_MS,
    budgets: {
      public: budget(config.RATE_LIMIT_PUBLIC_MAX, config.RATE_LIMIT_PUBLIC_WINDOW_SECONDS),
      booking: budget(config.RATE_LIMIT_BOOKING_MAX, config.RATE_LIMIT_BOOKING_WINDOW_SECONDS),
      partner: budget(config.RATE_LIMIT_PARTNER_MAX, config.RATE_LIMIT_PARTNER_WINDOW_SECONDS),
      admin: budget(config.RATE_LIMIT_ADMIN_MAX, config.RATE_LIMIT_ADMIN_WINDOW_SECONDS),
    },
  };
}

/** Customer sign-in: one trusted issuer when OIDC_ISSUER and OIDC_AUDIENCE are set (loadConfig insists on both or neither). */
function oidcSettings(config: Config): OidcSettings | undefined {
  if (config.OIDC_ISSUER === undefined || config.OIDC_AUDIENCE === undefined) return undefined;
  return {
    issuer: config.OIDC_ISSUER,
    audience: config.OIDC_AUDIENCE,
    jwksCooldownMs: config.OIDC_JWKS_COOLDOWN_MS,
    clockToleranceSeconds: config.OIDC_CLOCK_TOLERANCE_SECONDS,
    httpTimeoutMs: config.OIDC_HTTP_TIMEOUT_MS,
  };
}

/** This process's database pools and their sizes, for `marquee_db_pool_max`. */
function poolsOf(config: Config) {
  return [
    { name: 'api', max: config.DB_POOL_MAX },
    { name: 'seat-map', max: config.SEAT_MAP_DB_POOL_MAX },
    ...(config.WEBHOOKS_ENABLED ? [{ name: 'webhooks', max: config.WEBHOOK_DB_POOL_MAX }] : []),
  ];
}
