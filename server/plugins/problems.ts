import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError, problemTitles, type ProblemCode, type ProblemExtensions, type ValidationIssue } from '../domain/errors.ts';
import { validationIssues } from './validation-issues.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

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
  FST_ERR_MAX_PARAM_LENGTH: 'uri_too_long',
};

/**
 * The database (or the network to it) is unavailable: a condition worth retrying, not a bug.
 * Connection error codes of postgres.js and Node, and SQLSTATEs for shutdown and overload.
 */
const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED',
  'CONNECTION_DESTROYED', '57P01', '57P02', '57P03', '53300',
]);

/** What a problem says beyond its status and code: the fields of `ProblemError`. */
interface ProblemFields {
  status: number;
  code: ProblemCode;
  detail: string;
  errors?: ValidationIssue[];
  conflicts?: string[];
  extensions?: ProblemExtensions;
}

/** The RFC 9457 body of a problem, as every error response carries it. */
function problemBody(request: FastifyRequest, problem: ProblemFields) {
  return {
    type: `urn:marquee:problem:${problem.code}`,
    title: problemTitles[problem.code],
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    requestId: request.id,
    ...(problem.errors ? { errors: problem.errors } : {}),
    ...(problem.conflicts ? { conflicts: problem.conflicts } : {}),
    ...problem.extensions,
  };
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ProblemFields) {
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(problemBody(request, problem));
}

/**
 * A domain refusal made ready to send without sending it: status, content type and headers set on
 * the reply, the body serialized as the error path would serialize it. For answers that must be
 * stored before they go out (an idempotent refusal, in the transaction that decided it).
 */
export function prepareProblem(reply: FastifyReply, error: ProblemError): string {
  if (error.headers) reply.headers(error.headers);
  reply.code(error.status).type(PROBLEM_CONTENT_TYPE);
  const body = problemBody(reply.request, error);
  // The route's schema for this status and media type, as Fastify picks it when the error path sends.
  const serialize = reply.getSerializationFunction(String(error.status), PROBLEM_CONTENT_TYPE) as ((value: unknown) => string) | undefined;
  return serialize ? serialize(body) : JSON.stringify(body);
}

/** Also Fastify's `frameworkErrors` hook: errors raised while routing, before any plugin runs. */
export function replyWithProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ProblemError) {
    if (error.headers) reply.headers(error.headers);
    return sendProblem(request, reply, error);
  }
  if (error.validation) {
    const errors = validationIssues(error.validation, error.validationContext ?? 'body');
    return sendProblem(request, reply, { status: 400, code: 'validation_failed', detail: 'One or more fields are not valid.', errors });
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = fastifyErrorCodes[error.code] ?? (status === 404 ? 'not_found' : 'validation_failed');
    return sendProblem(request, reply, { status, code, detail: error.message });
  }
  const causeCode = (error.cause as { code?: string } | undefined)?.code ?? '';
  // SQLSTATE class 22 (data exception): a value the database cannot take, such as a NUL character.
  if (/^22[0-9A-Z]{3}$/.test(causeCode)) {
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
