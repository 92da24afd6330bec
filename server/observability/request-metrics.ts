import type { FastifyReply, FastifyRequest } from 'fastify';
import { histogram } from './metric.ts';

/**
 * Request latency by route *pattern* (`/v1/showtimes/:showtimeId/seat-map`, never the URL: one
 * series per route, not per showtime), method and status. Buckets reach down to a millisecond: a
 * seat map served from memory answers well under it.
 */
const requestDuration = histogram({
  name: 'marquee_http_request_duration_seconds',
  help: 'Time from receiving a request to the last byte of its answer, by route pattern, method and status.',
  labelNames: ['route', 'method', 'status'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

type Labels = { route: string; method: string; status: string };

/** Label objects made once per route, method and status, so a request allocates none. */
const labelsByRoute = new Map<string, Map<string, Map<number, Labels>>>();

function labelsOf(route: string, method: string, status: number): Labels {
  let byMethod = labelsByRoute.get(route);
  if (!byMethod) labelsByRoute.set(route, (byMethod = new Map()));
  let byStatus = byMethod.get(method);
  if (!byStatus) byMethod.set(method, (byStatus = new Map()));
  let labels = byStatus.get(status);
  if (!labels) byStatus.set(status, (labels = { route, method, status: String(status) }));
  return labels;
}

/**
 * One observation per answered request, called by the access log when the answer has gone out (no
 * hook of its own: a hook costs every request a step in Fastify's chain). A request no route
 * matched counts under `route=""`, whatever its URL.
 */
export function observeRequest(request: FastifyRequest, reply: FastifyReply): void {
  requestDuration.observe(labelsOf(request.routeOptions.url ?? '', request.method, reply.statusCode), reply.elapsedTime / 1000);
}
