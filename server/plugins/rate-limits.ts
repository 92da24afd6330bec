import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import { DomainError } from '../domain/errors.ts';
import { outageWarnings } from '../outage-warnings.ts';
import { failFastRedis } from '../redis-connections.ts';
import { countStore } from './rate-limit-store.ts';
import { rateLimitedRequests, rateLimitFailOpen } from './rate-limit-metrics.ts';
import { callerOf, policyField, RATE_LIMIT_GROUPS, rateLimitField, rateLimitGroupOf, type RateLimitBudgets, type RateLimitGroup } from './rate-limit-policy.ts';
import { appendRouteHook } from './route-hooks.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The budget the route spends from; set by the rate-limit plugin on every limited route. */
    rateLimitGroup?: RateLimitGroup;
  }
}

export interface RateLimitSettings {
  redisUrl: string;
  /** Prefix of the counters' keys in Redis (deployments sharing one Redis keep apart). */
  keyPrefix: string;
  /** The longest a request waits for its count before it is let through uncounted. */
  commandTimeoutMs: number;
  budgets: RateLimitBudgets;
}

const FAILING_OPEN = 'redis unavailable; rate limits are not enforced (failing open)';

/** How often the public reads' counts go to Redis (`rate-limit-store.ts`): how far processes may lag each other. */
const PUBLIC_FLUSH_EVERY_MS = 50;

/** How long the start waits for the counters' connection: long enough for a local Redis, short when it is down. */
const CONNECT_WAIT_MS = 1000;

/**
 * Rate limits per caller (API key, customer, admin; the client address for anonymous public
 * reads) and route group, counted in Redis by `@fastify/rate-limit` so every process of a
 * deployment spends one budget. Every limited answer says its budget (`RateLimit-Policy`,
 * `RateLimit`); an exhausted one is a 429 `rate_limited` problem with `Retry-After`.
 *
 * Booking must not stop because Redis did: when a count cannot be had (Redis down, hung past
 * the timeout), the request goes through uncounted and `marquee_rate_limit_fail_open_total` says so.
 * Anonymous public reads are counted in batches (`rate-limit-store.ts`): no read waits on Redis.
 */
export default fp(
  async function rateLimits(app: FastifyInstance, settings: RateLimitSettings) {
    const { budgets } = settings;
    if (RATE_LIMIT_GROUPS.every((group) => budgets[group].max === 0)) return;
    const warn = outageWarnings(app.log);
    const client = failFastRedis(settings.redisUrl, { name: 'marquee-rate-limit', whileDown: FAILING_OPEN, warn, commandTimeoutMs: settings.commandTimeoutMs, autoPipelining: true });
    app.addHook('onReady', () => connected(client, CONNECT_WAIT_MS));
    const CountStore = countStore({
      redis: client,
      keyPrefix: settings.keyPrefix,
      batched: (key) => key.startsWith('public:'),
      flushEveryMs: PUBLIC_FLUSH_EVERY_MS,
      onFlushFailure(error, uncounted) {
        rateLimitFailOpen.inc(uncounted);
        warn(FAILING_OPEN, error);
      },
    });
    app.addHook('onClose', async () => {
      client.disconnect();
    });

    const groupOf = (request: FastifyRequest) => request.routeOptions.config.rateLimitGroup!;
    await app.register(rateLimit, {
      // No hooks of its own: the one below runs after the principal is known, on limited routes only.
      global: false,
      store: CountStore,
      // Errors come back to the hook, which counts them and lets the request through.
      skipOnError: false,
      keyGenerator: (request) => `${groupOf(request)}:${callerOf(request)}`,
      max: (request) => budgets[groupOf(request)].max,
      timeWindow: (request) => budgets[groupOf(request)].windowSeconds * 1000,
    });
    const count = app.createRateLimit();
    const policies = Object.fromEntries(RATE_LIMIT_GROUPS.map((group) => [group, policyField(budgets[group])])) as Record<RateLimitGroup, string>;

    // Callback style: an async hook would cost every request a promise beyond the count's own.
    function limitRequest(request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) {
      const group = groupOf(request);
      reply.header('ratelimit-policy', policies[group]);
      count(request).then(
        (outcome) => {
          if (outcome.isAllowed) return done();
          reply.header('ratelimit', rateLimitField(outcome.max, outcome.remaining, outcome.ttlInSeconds));
          if (!outcome.isExceeded) return done();
          rateLimitedRequests.inc({ group });
          const retryAfterSeconds = Math.max(1, outcome.ttlInSeconds);
          done(new DomainError('rate_limited', {
            detail: `Too many requests: this caller's ${group} budget of ${outcome.max} requests per ${budgets[group].windowSeconds} s is spent; retry in ${retryAfterSeconds} s.`,
            retryAfterSeconds,
          }));
        },
        (error: unknown) => {
          rateLimitFailOpen.inc();
          warn(FAILING_OPEN, error);
          done();
        },
      );
    }

    // Added per route, after the principal's hook (registered earlier), so the caller is known.
    app.addHook('onRoute', (route) => {
      const group = rateLimitGroupOf(route);
      if (group === undefined || budgets[group].max === 0) return;
      route.config = { ...route.config, rateLimitGroup: group };
      appendRouteHook(route, 'onRequest', limitRequest);
    });
  },
  { name: 'rate-limits', dependencies: ['principal'] },
);

/**
 * Resolves once the connection is up, nothing listens at its address, or `ms` have passed: the
 * start never waits on Redis for long. A first attempt may have timed out while the app was being
 * built (compiling the schemas blocks the event loop for longer than the connect timeout), so
 * other errors wait for the reconnection.
 */
function connected(client: Redis, ms: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      client.off('ready', finish);
      client.off('error', refused);
      resolve();
    };
    const refused = (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') finish();
    };
    const timer = setTimeout(finish, ms);
    client.once('ready', finish);
    client.on('error', refused);
  });
}
