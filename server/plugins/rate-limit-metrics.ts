import { counter } from '../observability/metric.ts';

/** Requests let through because the count could not be had from Redis (down, hung or refusing). */
export const rateLimitFailOpen = counter({ name: 'marquee_rate_limit_fail_open_total', help: 'Requests let through unlimited because Redis could not count them', labelNames: [] });

/** Requests refused with 429, by route group. */
export const rateLimitedRequests = counter({ name: 'marquee_rate_limited_requests_total', help: 'Requests refused with 429 rate_limited, by route group', labelNames: ['group'] });
