import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest, RouteOptions } from 'fastify';
import type { AccessRule } from '../domain/principal.ts';

/**
 * The route groups with budgets of their own: anonymous public reads, booking writes (holds,
 * bookings, cancellations), partner sync (the partner, webhook and event routes) and the admin.
 */
export const RATE_LIMIT_GROUPS = ['public', 'booking', 'partner', 'admin'] as const;
export type RateLimitGroup = (typeof RATE_LIMIT_GROUPS)[number];

/** A group's budget: `max` requests per `windowSeconds`; a `max` of 0 leaves the group unlimited. */
export interface RateLimitBudget {
  max: number;
  windowSeconds: number;
}

export type RateLimitBudgets = Record<RateLimitGroup, RateLimitBudget>;

/** Where holds, bookings and their cancellations live; every other credentialed route is a partner's or the admin's. */
const bookingPaths = /^\/v1\/(holds|bookings)(\/|$)/;

/**
 * The group a route spends from, or undefined for routes outside the API (probes, the contract,
 * the docs page), which are never limited. A route without `access` is a public read.
 */
export function rateLimitGroupOf(route: Pick<RouteOptions, 'url'> & { config?: { access?: AccessRule } }): RateLimitGroup | undefined {
  if (!route.url.startsWith('/v1/')) return undefined;
  const access = route.config?.access;
  if (access === undefined) return 'public';
  if (access.principals.length === 1 && access.principals[0] === 'admin') return 'admin';
  return bookingPaths.test(route.url) ? 'booking' : 'partner';
}

/**
 * Whose budget a request spends: its API key, its customer, the admin, or, for anonymous public
 * reads, its client address (an IPv6 client's /64, which one host usually owns whole). `request.ip`
 * believes `X-Forwarded-For` only from the proxies TRUST_PROXY names.
 */
export function callerOf(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal === undefined) return `ip:${normalizeIP(request.ip)}`;
  if (principal.kind === 'partner') return `key:${principal.keyId}`;
  if (principal.kind === 'customer') return `customer:${principal.customerId}`;
  return 'admin';
}

/** `RateLimit-Policy` (draft-ietf-httpapi-ratelimit-headers-07): the quota and its window in seconds. */
export function policyField(budget: RateLimitBudget): string {
  return `${budget.max};w=${budget.windowSeconds}`;
}

/** `RateLimit` (the same draft): the quota, what is left of it and the seconds until it is whole again. */
export function rateLimitField(limit: number, remaining: number, resetSeconds: number): string {
  return `limit=${limit}, remaining=${remaining}, reset=${resetSeconds}`;
}
