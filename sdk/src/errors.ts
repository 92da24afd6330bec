import type { Problem, ProblemCode, ValidationIssue } from './types.ts';

/** What the API said about one answer, readable on results (`withResponse()`) and errors alike. */
export interface ResponseInfo {
  status: number;
  headers: Record<string, string>;
  /** The `request-id` header: quote it when you write to support. */
  requestId: string | undefined;
  etag: string | undefined;
  /** True when the API answered from its idempotency record instead of doing the work again. */
  idempotentReplayed: boolean;
  /** The `Idempotency-Key` sent (the same on every retry of one call), for writes. */
  idempotencyKey: string | undefined;
}

/**
 * The base of every error the SDK throws. An answer from the API carries its RFC 9457 problem:
 * `status`, `code`, `title`, `detail`, `requestId` and, for invalid input, every field problem
 * in `errors`. Errors raised before any answer (connection, timeout) have no `status`.
 */
export class MarqueeError extends Error {
  override name = 'MarqueeError';
  readonly status: number | undefined;
  readonly code: ProblemCode | undefined;
  readonly title: string | undefined;
  readonly detail: string | undefined;
  readonly requestId: string | undefined;
  /** Every invalid field, each with a JSON Pointer `path` (`/body/seats/0`), `message` and `code`. */
  readonly errors: ValidationIssue[];
  /** The whole problem body, as the API sent it. */
  readonly problem: Problem | undefined;
  readonly response: ResponseInfo | undefined;

  constructor(message: string, init: { problem?: Problem; response?: ResponseInfo; cause?: unknown } = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    const { problem, response } = init;
    this.problem = problem;
    this.response = response;
    this.status = problem?.status ?? response?.status;
    this.code = problem?.code;
    this.title = problem?.title;
    this.detail = problem?.detail;
    this.requestId = problem?.requestId ?? response?.requestId;
    this.errors = problem?.errors ?? [];
  }
}

/** 401: the API key or access token is missing, unknown or revoked. */
export class AuthenticationError extends MarqueeError { override name = 'AuthenticationError'; }
/** 403: the credentials are valid but may not do this (scope, suspended partner). */
export class PermissionError extends MarqueeError { override name = 'PermissionError'; }
/** 404: nothing with that id that these credentials may see. */
export class NotFoundError extends MarqueeError { override name = 'NotFoundError'; }
/** 400 or 422: the request is not valid; `errors` lists every field problem. */
export class ValidationError extends MarqueeError { override name = 'ValidationError'; }
/** 412: `If-Match` named a version that is no longer current; read again and reapply. */
export class PreconditionFailedError extends MarqueeError { override name = 'PreconditionFailedError'; }

/** 409: the request conflicts with the current state; what the problem says about it is here. */
export class ConflictError extends MarqueeError {
  override name = 'ConflictError';
  /** The ids or seat labels the request ran into (`layout_in_use`, `seats_unavailable`). */
  get conflicts(): string[] { return this.problem?.conflicts ?? []; }
  /** `seats_unavailable`: the requested seats that are held or sold. */
  get unavailableSeats(): string[] { return this.code === 'seats_unavailable' ? this.conflicts : []; }
  /** `seats_unavailable` on a hold: free seats of the same categories nearest those asked for. */
  get availableNearby(): string[] { return this.problem?.availableNearby ?? []; }
  /** `best_available_unavailable`: requests that would be met instead. */
  get alternatives(): NonNullable<Problem['alternatives']> { return this.problem?.alternatives ?? []; }
}

/** An idempotency key reused with another request, or still in flight after every retry. */
export class IdempotencyError extends ConflictError { override name = 'IdempotencyError'; }

/** 429: too many requests; `retryAfter` says how many seconds to wait. */
export class RateLimitError extends MarqueeError {
  override name = 'RateLimitError';
  get retryAfter(): number | undefined { return retryAfterSeconds(this.response?.headers['retry-after']); }
}

/** 5xx: the API failed or is unavailable (after the retries were spent). */
export class ServerError extends MarqueeError { override name = 'ServerError'; }
/** No answer: the connection could not be made or was lost (after the retries were spent). */
export class ConnectionError extends MarqueeError { override name = 'ConnectionError'; }
/** No answer within the call's `timeout`; the call was aborted and not retried. */
export class TimeoutError extends MarqueeError { override name = 'TimeoutError'; }

/**
 * The class for an error answer, by status and, for idempotency, by code. An answer without a
 * problem body (a proxy's 502 page) still gets the class its status calls for.
 */
export function errorFor(problem: Problem | undefined, response: ResponseInfo): MarqueeError {
  const message = problem
    ? `${problem.title}: ${problem.detail} (${problem.code}, request ${problem.requestId})`
    : `The API answered ${response.status} without a problem body`;
  const init = { problem, response };
  if (problem?.code === 'idempotency_key_reused' || problem?.code === 'idempotency_in_flight') return new IdempotencyError(message, init);
  switch (response.status) {
    case 400: case 422: return new ValidationError(message, init);
    case 401: return new AuthenticationError(message, init);
    case 403: return new PermissionError(message, init);
    case 404: return new NotFoundError(message, init);
    case 409: return new ConflictError(message, init);
    case 412: return new PreconditionFailedError(message, init);
    case 429: return new RateLimitError(message, init);
  }
  return response.status >= 500 ? new ServerError(message, init) : new MarqueeError(message, init);
}

/** `Retry-After` in seconds, from either of its forms (delta seconds or an HTTP date). */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}
