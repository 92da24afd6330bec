import { Type, type Static } from '@sinclair/typebox';
import { Ajv } from 'ajv';
import { parseSecretsKey } from '../webhooks/secrets.ts';
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from '../webhooks/retry-schedule.ts';

/** Every environment variable Marquee reads, with safe defaults for a local start. */
const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ default: '.data', minLength: 1 }),
  EMBEDDED_PG_PORT: Type.Integer({ default: 54329, minimum: 1, maximum: 65535 }),
  DB_POOL_MAX: Type.Integer({ default: 5, minimum: 1, maximum: 100 }),
  /** Connections each API process keeps for seat-map reads, beside DB_POOL_MAX: reads never queue behind sales. */
  SEAT_MAP_DB_POOL_MAX: Type.Integer({ default: 2, minimum: 1, maximum: 20 }),
  REDIS_URL: Type.String({ default: 'redis://127.0.0.1:6379', pattern: '^rediss?://' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  LOAD_DEMO_DATA: Type.Boolean({ default: true }),
  /** Absent on a local start: one is generated into `<DATA_DIR>/demo-credentials.json`. */
  ADMIN_API_KEY: Type.Optional(Type.String({ minLength: 32 })),
  /** The environment part of issued partner keys (`mq_live_…`, `mq_test_…`). */
  API_KEY_ENVIRONMENT: Type.Union([Type.Literal('live'), Type.Literal('test')], { default: 'test' }),
  BODY_LIMIT_BYTES: Type.Integer({ default: 1_048_576, minimum: 1024 }),
  REQUEST_TIMEOUT_MS: Type.Integer({ default: 30_000, minimum: 1000 }),
  SHUTDOWN_TIMEOUT_MS: Type.Integer({ default: 10_000, minimum: 100 }),
  /** Run the BullMQ job schedulers (hold sweep, event and idempotency key retention) in this process. */
  JOBS_ENABLED: Type.Boolean({ default: true }),
  /** Key prefix of Marquee's queues in Redis: separates deployments sharing one Redis. */
  QUEUE_PREFIX: Type.String({ default: 'marquee', pattern: '^[A-Za-z0-9:_-]{1,64}$' }),
  HOLD_SWEEP_INTERVAL_MS: Type.Integer({ default: 5000, minimum: 500 }),
  /** How often expired idempotency keys are pruned (a job scheduler, with JOBS_ENABLED). */
  MAINTENANCE_INTERVAL_MS: Type.Integer({ default: 600_000, minimum: 1000 }),
  /** How long a new hold lasts, and how much one extension adds by default. */
  HOLD_TTL_SECONDS: Type.Integer({ default: 600, minimum: 30, maximum: 3600 }),
  /** The longest a hold may last in total, extensions included, counted from its creation. */
  HOLD_MAX_TTL_SECONDS: Type.Integer({ default: 1800, minimum: 30, maximum: 7200 }),
  /** Seats in one hold; at most the contract's ceiling of 100. */
  HOLD_MAX_SEATS: Type.Integer({ default: 10, minimum: 1, maximum: 100 }),
  /**
   * Active holds per customer and showtime. The database enforces it with the partial unique
   * index `holds_one_active_per_customer`, so 1 is the only value it can keep race-safely.
   */
  HOLD_MAX_ACTIVE_PER_CUSTOMER: Type.Integer({ default: 1, minimum: 1, maximum: 1 }),
  /**
   * Seals webhook signing secrets at rest (AES-256-GCM): 32 bytes as hex or base64. Absent on a
   * local start: one is generated into `<DATA_DIR>/webhook-secrets.key`.
   */
  WEBHOOK_SECRETS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  /** Accept `http:` webhook URLs (local development and tests only). */
  WEBHOOK_ALLOW_HTTP: Type.Boolean({ default: false }),
  /** Accept webhook URLs on loopback, private, link-local … addresses (local receivers only). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Boolean({ default: false }),
  /** Run the webhook relay and delivery worker in this process (`npm run worker` runs them alone). */
  WEBHOOKS_ENABLED: Type.Boolean({ default: true }),
  /** Delay before each delivery attempt (`0,5s,5m,…`); its length is the number of attempts. */
  WEBHOOK_RETRY_SCHEDULE: Type.String({ default: DEFAULT_RETRY_SCHEDULE, minLength: 1 }),
  /** The longest one delivery attempt may take, connection to last byte. */
  WEBHOOK_TIMEOUT_MS: Type.Integer({ default: 15_000, minimum: 100, maximum: 120_000 }),
  /** An endpoint whose deliveries have failed without a success for this long is disabled (5 days). */
  WEBHOOK_DISABLE_AFTER_MS: Type.Integer({ default: 432_000_000, minimum: 1000 }),
  /** The relay's safety-net scan; NOTIFY after commit wakes it sooner. */
  WEBHOOK_RELAY_SCAN_INTERVAL_MS: Type.Integer({ default: 5000, minimum: 50 }),
  /** A delivery queued this long without finishing has its job checked, and re-added if lost. */
  WEBHOOK_STALE_AFTER_MS: Type.Integer({ default: 60_000, minimum: 500 }),
  /** Deliveries one worker process attempts at once. */
  WEBHOOK_WORKER_CONCURRENCY: Type.Integer({ default: 20, minimum: 1, maximum: 1000 }),
  /** A dead worker's job is taken over after this long (BullMQ lock duration). */
  WEBHOOK_WORKER_LOCK_MS: Type.Integer({ default: 30_000, minimum: 1000 }),
  /** Database connections of the webhook pipeline, beside the API's DB_POOL_MAX. */
  WEBHOOK_DB_POOL_MAX: Type.Integer({ default: 5, minimum: 1, maximum: 100 }),
  /** Events (the feed, with their deliveries and attempts) are kept this long. */
  EVENT_RETENTION_DAYS: Type.Integer({ default: 30, minimum: 1, maximum: 3650 }),
  /** How often old events are pruned (a job scheduler, with JOBS_ENABLED). */
  EVENT_PRUNE_INTERVAL_MS: Type.Integer({ default: 3_600_000, minimum: 1000 }),
  /**
   * The oldest a seat map served from a process's memory may be: a read that starts this long
   * after a hold, booking or edit commits shows it. 0 checks the database on every read (one small
   * statement; the serialized map is reused while unchanged). Separate from the client's max-age.
   */
  SEAT_MAP_FRESHNESS_MS: Type.Integer({ default: 1000, minimum: 0, maximum: 10_000 }),
  /** Seat maps each API process keeps in memory (≈ 45 KB for 300 seats), and as many ids answered 404. */
  SEAT_MAP_CACHE_MAX_ENTRIES: Type.Integer({ default: 500, minimum: 1, maximum: 100_000 }),
  /** Customer sign-in: the OIDC issuer whose access tokens customers present (with OIDC_AUDIENCE). */
  OIDC_ISSUER: Type.Optional(Type.String({ pattern: '^https?://[^\\s]+$' })),
  /** The audience (`aud`) the issuer puts in access tokens meant for this API. */
  OIDC_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  /** After one JWKS fetch, how long an unknown `kid` waits before the keys are fetched again. */
  OIDC_JWKS_COOLDOWN_MS: Type.Integer({ default: 30_000, minimum: 0, maximum: 3_600_000 }),
  /** Clock skew allowed on `exp`, `nbf` and `iat` of customer tokens. */
  OIDC_CLOCK_TOLERANCE_SECONDS: Type.Integer({ default: 30, minimum: 0, maximum: 300 }),
  /** The longest a discovery or JWKS request to the issuer may take. */
  OIDC_HTTP_TIMEOUT_MS: Type.Integer({ default: 5000, minimum: 100, maximum: 60_000 }),
});

type Env = Static<typeof ConfigSchema>;

export interface Config {
  host: string;
  port: number;
  /** Absent means "start an embedded PostgreSQL under dataDir". */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  dbPoolMax: number;
  seatMapDbPoolMax: number;
  redisUrl: string;
  logLevel: Env['LOG_LEVEL'];
  loadDemoData: boolean;
  adminApiKey: string | undefined;
  apiKeyEnvironment: 'live' | 'test';
  bodyLimitBytes: number;
  requestTimeoutMs: number;
  shutdownTimeoutMs: number;
  maintenanceIntervalMs: number;
  jobsEnabled: boolean;
  queuePrefix: string;
  holdSweepIntervalMs: number;
  holdTtlSeconds: number;
  holdMaxTtlSeconds: number;
  holdMaxSeats: number;
  holdMaxActivePerCustomer: number;
  /** Absent means "use the key file under dataDir" (see `webhooks/secrets-key-file.ts`). */
  webhookSecretsKey: Buffer | undefined;
  webhookAllowHttp: boolean;
  webhookAllowPrivateTargets: boolean;
  webhooksEnabled: boolean;
  /** Milliseconds before each attempt. */
  webhookRetrySchedule: number[];
  webhookTimeoutMs: number;
  webhookDisableAfterMs: number;
  webhookRelayScanIntervalMs: number;
  webhookStaleAfterMs: number;
  webhookWorkerConcurrency: number;
  webhookWorkerLockMs: number;
  webhookDbPoolMax: number;
  eventRetentionDays: number;
  eventPruneIntervalMs: number;
  seatMapFreshnessMs: number;
  seatMapCacheMaxEntries: number;
  /** Absent: customer sign-in is not configured and customer tokens answer 401. */
  oidc: OidcSettings | undefined;
}

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksCooldownMs: number;
  clockToleranceSeconds: number;
  httpTimeoutMs: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Values never echoed back in a configuration error: they may hold credentials. */
const SECRET_VARIABLES = new Set(['ADMIN_API_KEY', 'DATABASE_URL', 'REDIS_URL', 'WEBHOOK_SECRETS_KEY']);

const validateEnv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true }).compile<Env>(ConfigSchema);

/** Reads the environment once, at boot; a bad value names its variable and stops the process. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const known = Object.keys(ConfigSchema.properties);
  const values: Record<string, unknown> = {};
  for (const name of known) {
    const value = env[name];
    if (value !== undefined && value !== '') values[name] = value;
  }
  if (!validateEnv(values)) {
    const problems = (validateEnv.errors ?? []).map((error) => {
      const variable = error.instancePath.replace(/^\//, '') || String(error.params['missingProperty'] ?? '');
      const shown = SECRET_VARIABLES.has(variable) ? 'a value not shown' : JSON.stringify(values[variable]);
      return `${variable}: ${error.message ?? 'is invalid'} (got ${shown})`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  if (values.HOLD_MAX_TTL_SECONDS < values.HOLD_TTL_SECONDS) {
    throw new ConfigError(`Invalid configuration:\n  HOLD_MAX_TTL_SECONDS: must be at least HOLD_TTL_SECONDS (${values.HOLD_TTL_SECONDS})`);
  }
  let webhookRetrySchedule: number[];
  try {
    webhookRetrySchedule = parseRetrySchedule(values.WEBHOOK_RETRY_SCHEDULE);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  WEBHOOK_RETRY_SCHEDULE: ${(error as Error).message} (got ${JSON.stringify(values.WEBHOOK_RETRY_SCHEDULE)})`);
  }
  if ((values.OIDC_ISSUER === undefined) !== (values.OIDC_AUDIENCE === undefined)) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER and OIDC_AUDIENCE: set both for customer sign-in, or neither');
  }
  let webhookSecretsKey: Buffer | undefined;
  try {
    webhookSecretsKey = values.WEBHOOK_SECRETS_KEY === undefined ? undefined : parseSecretsKey(values.WEBHOOK_SECRETS_KEY);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  WEBHOOK_SECRETS_KEY: ${(error as Error).message} (got a value not shown)`);
  }
  return {
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    dbPoolMax: values.DB_POOL_MAX,
    seatMapDbPoolMax: values.SEAT_MAP_DB_POOL_MAX,
    redisUrl: values.REDIS_URL,
    logLevel: values.LOG_LEVEL,
    loadDemoData: values.LOAD_DEMO_DATA,
    adminApiKey: values.ADMIN_API_KEY,
    apiKeyEnvironment: values.API_KEY_ENVIRONMENT,
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    maintenanceIntervalMs: values.MAINTENANCE_INTERVAL_MS,
    jobsEnabled: values.JOBS_ENABLED,
    queuePrefix: values.QUEUE_PREFIX,
    holdSweepIntervalMs: values.HOLD_SWEEP_INTERVAL_MS,
    holdTtlSeconds: values.HOLD_TTL_SECONDS,
    holdMaxTtlSeconds: values.HOLD_MAX_TTL_SECONDS,
    holdMaxSeats: values.HOLD_MAX_SEATS,
    holdMaxActivePerCustomer: values.HOLD_MAX_ACTIVE_PER_CUSTOMER,
    webhookSecretsKey,
    webhookAllowHttp: values.WEBHOOK_ALLOW_HTTP,
    webhookAllowPrivateTargets: values.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    webhooksEnabled: values.WEBHOOKS_ENABLED,
    webhookRetrySchedule,
    webhookTimeoutMs: values.WEBHOOK_TIMEOUT_MS,
    webhookDisableAfterMs: values.WEBHOOK_DISABLE_AFTER_MS,
    webhookRelayScanIntervalMs: values.WEBHOOK_RELAY_SCAN_INTERVAL_MS,
    webhookStaleAfterMs: values.WEBHOOK_STALE_AFTER_MS,
    webhookWorkerConcurrency: values.WEBHOOK_WORKER_CONCURRENCY,
    webhookWorkerLockMs: values.WEBHOOK_WORKER_LOCK_MS,
    webhookDbPoolMax: values.WEBHOOK_DB_POOL_MAX,
    eventRetentionDays: values.EVENT_RETENTION_DAYS,
    eventPruneIntervalMs: values.EVENT_PRUNE_INTERVAL_MS,
    seatMapFreshnessMs: values.SEAT_MAP_FRESHNESS_MS,
    seatMapCacheMaxEntries: values.SEAT_MAP_CACHE_MAX_ENTRIES,
    oidc:
      values.OIDC_ISSUER !== undefined && values.OIDC_AUDIENCE !== undefined
        ? {
            issuer: values.OIDC_ISSUER,
            audience: values.OIDC_AUDIENCE,
            jwksCooldownMs: values.OIDC_JWKS_COOLDOWN_MS,
            clockToleranceSeconds: values.OIDC_CLOCK_TOLERANCE_SECONDS,
            httpTimeoutMs: values.OIDC_HTTP_TIMEOUT_MS,
          }
        : undefined,
  };
}
