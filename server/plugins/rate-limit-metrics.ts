import { Counter, register } from 'prom-client';

/**
 * The limiter's counters, on prom-client's global registry (what `/metrics` exposes). Got or
 * created: an app built twice in one process (the tests) shares them instead of failing to
 * register the same name again.
 */
function counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Counter<Label> {
  return (register.getSingleMetric(name) as Counter<Label> | undefined) ?? new Counter({ name, help, labelNames });
}

/** Requests let through because the count could not be had from Redis (down, hung or refusing). */
export const rateLimitFailOpen = counter('marquee_rate_limit_fail_open_total', 'Requests let through unlimited because Redis could not count them', []);

/** Requests refused with 429, by route group. */
export const rateLimitedRequests = counter('marquee_rate_limited_requests_total', 'Requests refused with 429 rate_limited, by route group', ['group']);
