import { Type } from '@sinclair/typebox';
import { Problem } from '../schemas/common.ts';

const problemDescriptions: Record<number, string> = {
  400: 'The request is not valid; `errors` lists every bad field.',
  401: 'Missing, unknown or revoked credentials.',
  403: 'The credentials may not do this.',
  404: 'No such resource (or not yours).',
  409: 'The request conflicts with the current state.',
  412: 'The `If-Match` ETag is stale.',
  422: 'The idempotency key was used with another request.',
  429: 'Too many requests.',
  503: 'A dependency is unavailable.',
};

/** The problem+json responses a route can give, by status; every route lists its own. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: problemDescriptions[status] ?? 'Error.',
        content: { 'application/problem+json': { schema: Type.Ref(Problem) } },
      },
    ]),
  );
}
