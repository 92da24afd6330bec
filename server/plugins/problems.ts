import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, problemTitles, type FieldIssue, type ProblemCode, type ProblemExtensions } from '../domain/errors.ts';
import { escapePointerToken, validationIssues, type ValidationIssue } from './validation-issues.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * The HTTP status of every code: the one place where a domain refusal meets HTTP. Errors that are
 * not `DomainError`s keep the status they carry: Fastify's mapped below agree with this table, but
 * an unmapped Fastify 4xx answers `validation_failed` (or `not_found`) and any other 5xx answers
 * `internal_error` with the status it came with.
 */
export const problemStatus: Record<ProblemCode, number> = {
  validation_failed: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  invalid_url: 400,
  uri_too_long: 414,
  invalid_api_key: 401,
  invalid_token: 401,
  partner_suspended: 403,
  insufficient_scope: 403,
  not_found: 404,
  idempotency_key_reused: 422,
  idempotency_in_flight: 409,
  conflict: 409,
  external_ref_in_use: 409,
  theatre_has_showtimes: 409,
  showtime_overlap: 409,
  showtime_has_sales: 409,
  showtime_cancelled: 409,
  showtime_fixed: 409,
  screen_has_no_layout: 409,
  precondition_failed: 412,
  layout_in_use: 409,
  seats_unavailable: 409,
  best_available_unavailable: 409,
  showtime_started: 409,
  hold_limit_reached: 409,
  hold_expired: 409,
  hold_extension_limit: 409,
  hold_converted: 409,
  payment_method_unavailable: 409,
  booking_cancelled: 409,
  cancellation_closed: 409,
  schedule_conflict: 409,
  bulk_booking_refused: 409,
  concurrent_update: 409,
  unsafe_webhook_target: 422,
  webhook_endpoint_disabled: 409,
  webhook_delivery_in_flight: 409,
  unknown_scope_ids: 422,
  method_not_allowed: 405,
  internal_error: 500,
  service_unavailable: 503,
  identity_provider_unavailable: 503,
  request_timeout: 408,
  rate_limited: 429,
};

/** Fastify's own 4xx errors, mapped onto our stable codes. */
const fastifyErrorCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_VALIDATION: 'validation_failed',
  FST_ERR_BAD_URL: 'invalid_url',
};

/**
 * The database (or the network to it) is unavailable: a condition worth retrying, not a bug.
 * Connection error codes of postgres.js and Node, and SQLSTATEs for shutdown and overload.
 */
const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED',
  'CONNECTION_DESTROYED', '57P01', '57P02', '57P03', '53300',
]);

/** What a problem says: its status, its code and what the body carries beyond the standard members. */
interface ProblemFields {
  status: number;
  code: ProblemCode;
  detail: string;
  errors?: ValidationIssue[];
  conflicts?: string[];
  extensions?: ProblemExtensions;
}

const DETAIL_MAX_LENGTH = 2000;

/**
 * A detail as the contract bounds it: control characters an echoed id or URL carried are written
 * as `\uXXXX` escapes (a client printing the detail to a log or terminal gets no line breaks or
 * escape sequences from a caller's input), and an echo past the bound is cut.
 */
export function printableDetail(detail: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
  const escaped = detail.replace(/[\u0000-\u001f\u007f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length <= DETAIL_MAX_LENGTH ? escaped : `${escaped.slice(0, DETAIL_MAX_LENGTH - 1)}…`;
}

/** The RFC 9457 body of a problem, as every error response carries it. */
function problemBody(request: FastifyRequest, problem: ProblemFields) {
  return {
    type: `urn:marquee:problem:${problem.code}`,
    title: problemTitles[problem.code],
    status: problem.status,
    detail: printableDetail(problem.detail),
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.conflicts ? { conflicts: problem.conflicts } : {}),
    ...problem.extensions,
  };
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemFields) {
  // Set here as well as in app.ts's onSend hook: errors raised while routing (a bad URL) skip hooks.
  reply.header('request-id', request.id);
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problemBody(request, problem));
}

/** Where an issue is, as a JSON Pointer into the request: the domain's document is the body, its parameters the query. */
function pointerOf(issue: FieldIssue): string {
  const tokens = 'field' in issue ? ['body', ...issue.field] : 'parameter' in issue ? ['query', issue.parameter] : ['headers', issue.header];
  return tokens.map((token) => `/${escapePointerToken(String(token))}`).join('');
}

/** A domain error as a problem: the status its code has at this edge, its issues as pointers. */
function problemOf(error: DomainError): ProblemFields {
  return {
    status: problemStatus[error.code],
    code: error.code,
    detail: error.detail,
    ...(error.issues ? { errors: error.issues.map((issue) => ({ path: pointerOf(issue), message: issue.message, code: issue.code })) } : {}),
    ...(error.conflicts ? { conflicts: error.conflicts } : {}),
    ...(error.extensions ? { extensions: error.extensions } : {}),
  };
}

/** The response headers a domain error carries: when to retry, if it says. */
function setProblemHeaders(reply: FastifyReply, error: DomainError) {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
}

/**
 * A domain refusal made ready to send without sending it: status, content type and headers set on
 * the reply, the body serialized as the error path would serialize it. For answers that must be
 * stored before they go out (an idempotent refusal, in the transaction that decided it).
 */
export function prepareProblem(reply: FastifyReply, error: DomainError): string {
  const problem = problemOf(error);
  setProblemHeaders(reply, error);
  reply.code(problem.status).type(PROBLEM_CONTENT_TYPE);
  const body = problemBody(reply.request, problem);
  // The route's schema for this status and media type, as Fastify picks it when the error path sends.
  const serialize = reply.getSerializationFunction(String(problem.status), PROBLEM_CONTENT_TYPE) as ((value: unknown) => string) | undefined;
  return serialize ? serialize(body) : JSON.stringify(body);
}

/** Also Fastify's `frameworkErrors` hook: errors raised while routing, before any plugin runs. */
export function replyWithProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    setProblemHeaders(reply, error);
    return sendProblem(request, reply, problemOf(error));
  }
  if (error.validation) {
    const errors = validationIssues(error.validation, error.validationContext ?? 'body');
    return sendProblem(request, reply, { status: 400, code: 'validation_failed', detail: 'One or more fields are not valid.', errors });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's 414 for a path parameter past the router's bound: it is past the contract's (64) too.
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
      return sendProblem(request, reply, { status: 400, code: 'validation_failed', detail: 'A path parameter is longer than any identifier the API takes.' });
    }
    const code = fastifyErrorCodes[error.code] ?? (status === 404 ? 'not_found' : 'validation_failed');
    return sendProblem(request, reply, { status, code, detail: error.message });
  }
  const causeCode = (error.cause as { code?: string } | undefined)?.code ?? '';
  // SQLSTATE class 22 (data exception): a value the database cannot take, such as a NUL character,
  // whether the error came through Drizzle (as its cause) or straight from postgres.js.
  if ([causeCode, error.code].some((sqlState) => /^22[0-9A-Z]{3}$/.test(sqlState ?? ''))) {
    return sendProblem(request, reply, { status: 400, code: 'validation_failed', detail: 'A value in the request cannot be stored (for example a NUL character or a number out of range).' });
  }
  if (unavailableCodes.has(error.code) || unavailableCodes.has(causeCode)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '1');
    return sendProblem(request, reply, { status: 503, code: 'service_unavailable', detail: 'The service is briefly unavailable; retry shortly.' });
  }
  // Anything else is our fault: log it whole, tell the caller only what it can act on.
  request.log.error({ err: error }, 'unhandled error');
  const code: ProblemCode = status === 503 ? 'service_unavailable' : 'internal_error';
  return sendProblem(request, reply, {
    status: status >= 500 && status < 600 ? status : 500,
    code,
    detail: `An unexpected error occurred. Quote request id ${request.id} when contacting support.`,
  });
}

/** The one error path of the API: every error, unknown route and crash becomes problem+json. */
export default fp(
  async function problems(app: FastifyInstance) {
    app.setErrorHandler(replyWithProblem);
    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, { status: 404, code: 'not_found', detail: `No route ${request.method} ${request.url.split('?')[0]}.` }),
    );
  },
  { name: 'problems' },
);
