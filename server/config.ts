import { Type, type Static } from '@sinclair/typebox';
import { Ajv } from 'ajv';

/** Every environment variable Marquee reads, with safe defaults for a local start. */
const ConfigSchema = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1 }),
  PORT: Type.Integer({ default: 3000, minimum: 0, maximum: 65535 }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATA_DIR: Type.String({ default: '.data', minLength: 1 }),
  EMBEDDED_PG_PORT: Type.Integer({ default: 54329, minimum: 1, maximum: 65535 }),
  DB_POOL_MAX: Type.Integer({ default: 5, minimum: 1, maximum: 100 }),
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
  /** Run the BullMQ job schedulers (the hold sweep) in this process. */
  JOBS_ENABLED: Type.Boolean({ default: true }),
  /** Key prefix of Marquee's queues in Redis: separates deployments sharing one Redis. */
  QUEUE_PREFIX: Type.String({ default: 'marquee', pattern: '^[A-Za-z0-9:_-]{1,64}$' }),
  HOLD_SWEEP_INTERVAL_MS: Type.Integer({ default: 5000, minimum: 500 }),
  /** How often each process prunes expired idempotency keys. */
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
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Values never echoed back in a configuration error: they may hold credentials. */
const SECRET_VARIABLES = new Set(['ADMIN_API_KEY', 'DATABASE_URL', 'REDIS_URL']);

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
  return {
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.DATA_DIR,
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    dbPoolMax: values.DB_POOL_MAX,
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
  };
}
