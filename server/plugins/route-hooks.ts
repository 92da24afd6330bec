import type { RouteOptions } from 'fastify';

type HookName = 'onRequest' | 'preHandler' | 'onSend';

/**
 * Adds a hook to one route, after any it already has. Plugins use it from `onRoute` so that a
 * hook runs only on the routes that need it: a global async hook costs every request a promise,
 * even when it returns at once.
 */
export function appendRouteHook(route: RouteOptions, name: HookName, hook: (...args: never[]) => unknown): void {
  const existing = route[name] as unknown;
  const hooks = existing === undefined ? [] : Array.isArray(existing) ? existing : [existing];
  (route as unknown as Record<HookName, unknown>)[name] = [...hooks, hook];
}
