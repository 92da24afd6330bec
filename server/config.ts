import { Type, type StaticDecode } from '@sinclair/typebox';
import { TransformDecodeError, Value } from '@sinclair/typebox/value';
import { Ajv } from 'ajv';
import { parseSecretsKey, parseSecretsKeyRing, secretsKeyRing, type SecretsKeyRing } from '../webhooks/secrets-key-ring.ts';
import { DEFAULT_RETRY_SCHEDULE, parseRetrySchedule } from '../webhooks/retry-schedule.ts';

/**
 * Every environment variable Marquee reads, with safe defaults for a local start. Its decoded
 * static type is `Config`: the code reads `config.PORT` where the operator writes `PORT`.
 */
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
  /**
   * Load demo data into an empty database. Unset, it follows DATABASE_URL: true on the embedded
   * local start, false against a database of your own (see `loadConfig`).
   */
  LOAD_DEMO_DATA: Type.Boolean(),
  /**
   * The platform admin's key. Required with DATABASE_URL; the embedded local start without one
   * generates it into `<DATA_DIR>/demo-credentials.json`.
   */
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
   * Seals webhook signing secrets at rest (AES-256-GCM): 32 bytes as hex or base64, decoded to
   * bytes. It or WEBHOOK_SECRETS_KEYS is required with DATABASE_URL; the embedded local start
   * without either generates `<DATA_DIR>/webhook-secrets.key`. `loadConfig` turns it into a ring of one.
   */
  WEBHOOK_SECRETS_KEY: Type.Optional(
    Type.Transform(Type.String({ minLength: 1 }))
      .Decode(parseSecretsKey)
      .Encode((key) => key.toString('base64')),
  ),
  /**
   * The key ring instead of one key: keys separated by commas, the first sealing, every one opening
   * what was sealed under it (README, "Rotating the webhook sealing key").
   */
  WEBHOOK_SECRETS_KEYS: Type.Optional(
    Type.Transform(Type.String({ minLength: 1 }))
      .Decode(parseSecretsKeyRing)
      .Encode((ring: SecretsKeyRing) => ring.keys.map((entry) => entry.key.toString('base64')).join(',')),
  ),
  /** Accept `http:` webhook URLs (local development and tests only). */
  WEBHOOK_ALLOW_HTTP: Type.Boolean({ default: false }),
  /** Accept webhook URLs on loopback, private, link-local … addresses (local receivers only). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: Type.Boolean({ default: false }),
  /** Run the webhook relay and delivery worker in this process (`npm run worker` runs them alone). */
  WEBHOOKS_ENABLED: Type.Boolean({ default: true }),
  /** Delay before each delivery attempt (`0,5s,5m,…`), decoded to milliseconds; its length is the number of attempts. */
  WEBHOOK_RETRY_SCHEDULE: Type.Transform(Type.String({ default: DEFAULT_RETRY_SCHEDULE, minLength: 1 }))
    .Decode(parseRetrySchedule)
    .Encode((delays) => delays.join(',')),
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
  /** A dead worker's delivery is taken over by another within this long (BullMQ's lock and stalled check follow). */
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
  /**
   * Serve Prometheus metrics on this port (`GET /metrics`), apart from the API so that they never
   * appear in its contract or reach the public; unset, no listener (the metrics are counted anyway).
   */
  METRICS_PORT: Type.Optional(Type.Integer({ minimum: 0, maximum: 65535 })),
  /** The interface of the metrics listener: loopback unless a scraper elsewhere must reach it. */
  METRICS_HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  /** The queue dashboard (bull-board) at `/admin/queues` on the API port, for the admin key only. */
  QUEUE_DASHBOARD_ENABLED: Type.Boolean({ default: true }),
  /** OpenTelemetry tracing: HTTP, PostgreSQL and BullMQ spans. Off, none of it is loaded. */
  OTEL_TRACING_ENABLED: Type.Boolean({ default: false }),
  /** `otlp` sends spans over OTLP/HTTP; `none` makes them and drops them (to measure the hooks alone). */
  OTEL_TRACES_EXPORTER: Type.Union([Type.Literal('otlp'), Type.Literal('none')], { default: 'otlp' }),
  /** The OTLP/HTTP collector; spans go to `<endpoint>/v1/traces`. */
  OTEL_EXPORTER_OTLP_ENDPOINT: Type.String({ default: 'http://127.0.0.1:4318', pattern: '^https?://[^\\s]+$' }),
  /** The `service.name` of the spans; unset, `marquee-api` or `marquee-webhooks` by process. */
  OTEL_SERVICE_NAME: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
  /**
   * Which proxies' `X-Forwarded-For` to believe for the client address (per-IP rate limits):
   * unset trusts none, a number trusts that many hops, else a comma-separated list of addresses
   * or CIDR ranges. Never "all": a client could then name any address it likes.
   */
  TRUST_PROXY: Type.Transform(Type.String({ default: '', pattern: '^[0-9A-Za-z:./, ]*$' }))
    .Decode(parseTrustProxy)
    .Encode((trusted) => (trusted === false ? '' : String(trusted))),
  /**
   * Rate limit budgets per route group: requests per window, per API key, customer or admin (and
   * per client address for anonymous public reads). 0 turns a group's limit off.
   */
  RATE_LIMIT_PUBLIC_MAX: Type.Integer({ default: 600_000, minimum: 0 }),
  RATE_LIMIT_PUBLIC_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86_400 }),
  RATE_LIMIT_BOOKING_MAX: Type.Integer({ default: 120_000, minimum: 0 }),
  RATE_LIMIT_BOOKING_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86_400 }),
  RATE_LIMIT_PARTNER_MAX: Type.Integer({ default: 60_000, minimum: 0 }),
  RATE_LIMIT_PARTNER_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86_400 }),
  RATE_LIMIT_ADMIN_MAX: Type.Integer({ default: 60_000, minimum: 0 }),
  RATE_LIMIT_ADMIN_WINDOW_SECONDS: Type.Integer({ default: 60, minimum: 1, maximum: 86_400 }),
  /** The longest a request waits for its rate-limit count; past it the limiter fails open. */
  RATE_LIMIT_REDIS_TIMEOUT_MS: Type.Integer({ default: 250, minimum: 10, maximum: 10_000 }),
  /** Origins browsers may call the public reads from (comma-separated), or `*` for any: they need no credentials. */
  CORS_ORIGINS: Type.Transform(Type.String({ default: '*', minLength: 1, pattern: '^(\\*|https?://[^\\s,]+(\\s*,\\s*https?://[^\\s,]+)*)$' }))
    .Decode((value) => (value === '*' ? '*' : value.split(',').map((origin) => origin.trim())))
    .Encode((origins) => (origins === '*' ? '*' : origins.join(','))),
  /** Answer 503 when the event loop's mean delay over a sample passes this (0: never). */
  UNDER_PRESSURE_MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ default: 1000, minimum: 0 }),
  /** Answer 503 when the event loop is busy more than this share of a sample (0: never). */
  UNDER_PRESSURE_MAX_EVENT_LOOP_UTILIZATION: Type.Number({ default: 0, minimum: 0, maximum: 1 }),
  /** How often the event loop's delay and utilization are judged. */
  UNDER_PRESSURE_SAMPLE_INTERVAL_MS: Type.Integer({ default: 1000, minimum: 10, maximum: 60_000 }),
});

/** Fastify's `trustProxy` as a function: believe the nearest `hops` proxies (its types take no number). */
type TrustedHops = ((address: string, hop: number) => boolean) & { toString(): string };

/** `TRUST_PROXY` as Fastify's `trustProxy` takes it: no proxy, a hop count, or the proxies' addresses. */
function parseTrustProxy(value: string): false | TrustedHops | string[] {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/^[0-9]+$/.test(trimmed)) {
    const hops = Number(trimmed);
    return Object.assign((_address: string, hop: number) => hop < hops, { toString: () => trimmed });
  }
  return trimmed.split(',').map((address) => address.trim()).filter((address) => address !== '');
}

/** The configuration as the code reads it: validated, defaults applied, values decoded. */
export type Config = StaticDecode<typeof ConfigSchema>;

/**
 * The configuration the app factory runs with: by now the database has a URL (embedded or given)
 * and the shared keys are known (given, or on the embedded local start kept under DATA_DIR).
 */
export type AppConfig = Config & { DATABASE_URL: string; ADMIN_API_KEY: string; WEBHOOK_SECRETS_KEYS: SecretsKeyRing };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Values never echoed back in a configuration error: they may hold credentials. */
const SECRET_VARIABLES = new Set(['ADMIN_API_KEY', 'DATABASE_URL', 'REDIS_URL', 'WEBHOOK_SECRETS_KEY', 'WEBHOOK_SECRETS_KEYS']);

/**
 * Keys that every process on one database must share, so none may make its own once DATABASE_URL
 * is set: a key one process invented is a key the other hosts do not have. Only the embedded local
 * start generates them (under DATA_DIR). The webhook worker holds no admin key. The sealing key
 * may be given alone or as a ring (`WEBHOOK_SECRETS_KEYS`).
 */
const SHARED_KEYS = {
  api: [['ADMIN_API_KEY'], ['WEBHOOK_SECRETS_KEY', 'WEBHOOK_SECRETS_KEYS']],
  worker: [['WEBHOOK_SECRETS_KEY', 'WEBHOOK_SECRETS_KEYS']],
} as const;

const validateEnv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true }).compile(ConfigSchema);

const shown = (variable: string, value: unknown) => (SECRET_VARIABLES.has(variable) ? 'a value not shown' : JSON.stringify(value));

/**
 * Reads the environment once, at boot; a bad or missing value is named with its variable and stops
 * the process. `role`: the process reading it, the API or the standalone webhook worker.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, role: keyof typeof SHARED_KEYS = 'api'): Config {
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(ConfigSchema.properties)) {
    const value = env[name];
    if (value !== undefined && value !== '') values[name] = value;
  }
  const embedded = values.DATABASE_URL === undefined;
  // Demo partners belong to the embedded local start; a database of your own gets them only when asked.
  values.LOAD_DEMO_DATA ??= embedded;
  const problems: string[] = [];
  if (!embedded) {
    for (const [name, ...alternatives] of SHARED_KEYS[role]) {
      if ([name, ...alternatives].every((variable) => values[variable] === undefined)) {
        const or = alternatives.length > 0 ? ` (or ${alternatives.join(', ')})` : '';
        problems.push(`${name}: required when DATABASE_URL is set${or}: every process on that database needs the same one (e.g. \`openssl rand -base64 32\`); only the embedded local start makes its own`);
      }
    }
  }
  if (values.WEBHOOK_SECRETS_KEY !== undefined && values.WEBHOOK_SECRETS_KEYS !== undefined) {
    problems.push('WEBHOOK_SECRETS_KEY and WEBHOOK_SECRETS_KEYS: set one (a single key is a ring of one)');
  }
  if (!validateEnv(values)) {
    for (const error of validateEnv.errors ?? []) {
      const variable = error.instancePath.replace(/^\//, '') || String(error.params['missingProperty'] ?? '');
      problems.push(`${variable}: ${error.message ?? 'is invalid'} (got ${shown(variable, values[variable])})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  let config: Config;
  try {
    config = Value.Decode(ConfigSchema, values);
  } catch (error) {
    if (!(error instanceof TransformDecodeError)) throw error;
    const variable = error.path.replace(/^\//, '');
    throw new ConfigError(`Invalid configuration:\n  ${variable}: ${error.message} (got ${shown(variable, values[variable])})`);
  }
  if (config.HOLD_MAX_TTL_SECONDS < config.HOLD_TTL_SECONDS) {
    throw new ConfigError(`Invalid configuration:\n  HOLD_MAX_TTL_SECONDS: must be at least HOLD_TTL_SECONDS (${config.HOLD_TTL_SECONDS})`);
  }
  if ((config.OIDC_ISSUER === undefined) !== (config.OIDC_AUDIENCE === undefined)) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER and OIDC_AUDIENCE: set both for customer sign-in, or neither');
  }
  // One key is a ring of one: the code reads only the ring.
  if (config.WEBHOOK_SECRETS_KEY !== undefined) config.WEBHOOK_SECRETS_KEYS = secretsKeyRing([config.WEBHOOK_SECRETS_KEY]);
  return config;
}
