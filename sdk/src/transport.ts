import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, errors as undiciErrors, request, type Dispatcher } from 'undici';
import {
  ConnectionError,
  MarqueeError,
  TimeoutError,
  errorFor,
  retryAfterSeconds,
  type ResponseInfo,
} from './errors.ts';
import type { Problem } from './types.ts';
import { VERSION } from './version.ts';

export interface ClientOptions {
  /** Where the API is served, e.g. `https://api.marquee.example`; a path prefix is kept. */
  baseUrl: string;
  /** A partner or admin API key (`mq_live_…`). */
  apiKey?: string;
  /** An end customer's OIDC access token, for the customer-facing operations. */
  accessToken?: string;
  /** Retries after connection errors, 408, 409 in-flight/concurrent, 429 and 5xx. Default 2. */
  maxRetries?: number;
  /** Milliseconds a call may take, retries included, before it is aborted. Default 30 000. */
  timeout?: number;
  /** The longest `Retry-After` honoured, in seconds; a longer one is waited for this long. Default 60. */
  maxRetryAfter?: number;
  /** Keep-alive connections per origin. Default 32. */
  connections?: number;
  /** Your own undici dispatcher (a proxy agent, a mock-free test pool). The SDK never closes it. */
  dispatcher?: Dispatcher;
  /** Appended to the user agent, e.g. `my-pos/4.2`. */
  userAgent?: string;
}

export interface RequestOptions {
  /** Milliseconds for this call, retries included. */
  timeout?: number;
  signal?: AbortSignal;
  maxRetries?: number;
  /** Writes only: your own key; by default one is generated per call and reused on its retries. */
  idempotencyKey?: string;
  /** Partner writes: the `ETag` you read; a stale one answers 412 and changes nothing. */
  ifMatch?: string;
  /** Reads that support it: the `ETag` you hold; an unchanged resource answers 304. */
  ifNoneMatch?: string;
  /** Catalogue reads: the locales the customer prefers (`hi-IN, en;q=0.5`). */
  acceptLanguage?: string;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path with its parameters filled in, without the base URL's own path. */
  path: string;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

export interface ApiResult<T> {
  data: T;
  response: ResponseInfo;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const RETRIED_CONFLICTS = new Set(['idempotency_in_flight', 'concurrent_update']);
const FIRST_RETRY_DELAY_MS = 500;
const LONGEST_BACKOFF_MS = 8_000;
/** undici's codes for a connection that could not be made or was lost before the answer. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH',
  'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_CLOSED',
]);

/**
 * The one request path every method takes: auth, idempotency keys, timeouts, retries with
 * backoff, and errors as types. Holds a keep-alive pool (undici) until `close()`.
 */
export class Transport {
  readonly options: Required<Pick<ClientOptions, 'maxRetries' | 'timeout' | 'maxRetryAfter'>> & ClientOptions;
  private readonly base: URL;
  private readonly dispatcher: Dispatcher;
  private readonly ownsDispatcher: boolean;
  private readonly userAgent: string;

  constructor(options: ClientOptions) {
    if (!options?.baseUrl) throw new TypeError('Marquee: `baseUrl` is required, e.g. new Marquee({ baseUrl, apiKey })');
    if (options.apiKey && options.accessToken) throw new TypeError('Marquee: pass `apiKey` or `accessToken`, not both');
    this.options = { maxRetries: 2, timeout: 30_000, maxRetryAfter: 60, ...options };
    this.base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    this.ownsDispatcher = !options.dispatcher;
    this.dispatcher = options.dispatcher ?? new Agent({ connections: options.connections ?? 32, keepAliveTimeout: 10_000 });
    this.userAgent = [`marquee-sdk-node/${VERSION}`, `node/${process.versions.node}`, options.userAgent].filter(Boolean).join(' ');
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher.close();
  }

  async send<T>(spec: ApiRequest, options: RequestOptions = {}): Promise<ApiResult<T>> {
    const url = this.urlFor(spec);
    const idempotencyKey = WRITE_METHODS.has(spec.method) ? (options.idempotencyKey ?? randomUUID()) : undefined;
    const headers = this.headersFor(spec, options, idempotencyKey);
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const maxRetries = options.maxRetries ?? this.options.maxRetries;
    const deadline = AbortSignal.timeout(options.timeout ?? this.options.timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;

    for (let attempt = 0; ; attempt++) {
      let answer: ApiResult<T> | MarqueeError;
      try {
        answer = await this.attempt<T>(spec.method, url, headers, body, signal, idempotencyKey);
      } catch (error) {
        if (deadline.aborted) throw new TimeoutError(`No answer from ${spec.method} ${spec.path} within the timeout`, { cause: error });
        if (options.signal?.aborted) throw options.signal.reason;
        if (!isConnectionError(error)) throw error;
        answer = new ConnectionError(`Could not reach the Marquee API at ${this.base.origin}: ${describe(error)}`, { cause: error });
      }
      if (!(answer instanceof MarqueeError)) return answer;
      if (attempt >= maxRetries || !isRetryable(answer)) throw answer;
      await this.pause(answer, attempt, signal, deadline, options.signal);
    }
  }

  private async attempt<T>(
    method: string, url: URL, headers: Record<string, string>, body: string | undefined,
    signal: AbortSignal, idempotencyKey: string | undefined,
  ): Promise<ApiResult<T> | MarqueeError> {
    const answer = await request(url, { method: method as Dispatcher.HttpMethod, headers, body, signal, dispatcher: this.dispatcher });
    const text = await answer.body.text();
    const responseHeaders = flattenHeaders(answer.headers);
    const response: ResponseInfo = {
      status: answer.statusCode,
      headers: responseHeaders,
      requestId: responseHeaders['request-id'],
      etag: responseHeaders.etag,
      idempotentReplayed: responseHeaders['idempotent-replayed'] === 'true',
      idempotencyKey,
    };
    if (answer.statusCode < 400) return { data: (text === '' ? undefined : JSON.parse(text)) as T, response };
    return errorFor(parseProblem(text), response);
  }

  private async pause(error: MarqueeError, attempt: number, signal: AbortSignal, deadline: AbortSignal, userSignal?: AbortSignal) {
    const retryAfter = retryAfterSeconds(error.response?.headers['retry-after']);
    const backoff = Math.min(LONGEST_BACKOFF_MS, FIRST_RETRY_DELAY_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
    const delay = retryAfter === undefined ? backoff : Math.min(retryAfter, this.options.maxRetryAfter) * 1000;
    try {
      await sleep(delay, undefined, { signal });
    } catch (abort) {
      if (deadline.aborted) throw new TimeoutError('The timeout ran out while waiting to retry', { cause: error });
      throw userSignal?.reason ?? abort;
    }
  }

  private urlFor(spec: ApiRequest): URL {
    const url = new URL(spec.path.replace(/^\//, ''), this.base);
    for (const [name, value] of Object.entries(spec.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
    }
    return url;
  }

  private headersFor(spec: ApiRequest, options: RequestOptions, idempotencyKey: string | undefined): Record<string, string> {
    const credential = this.options.apiKey ?? this.options.accessToken;
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': this.userAgent };
    if (credential) headers.authorization = `Bearer ${credential}`;
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
    if (options.acceptLanguage) headers['accept-language'] = options.acceptLanguage;
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    return headers;
  }
}

function isRetryable(error: MarqueeError): boolean {
  if (error instanceof ConnectionError) return true;
  const status = error.status ?? 0;
  if (status === 408 || status === 429 || status >= 500) return true;
  return status === 409 && error.code !== undefined && RETRIED_CONFLICTS.has(error.code);
}

function isConnectionError(error: unknown): boolean {
  if (error instanceof undiciErrors.SocketError || error instanceof undiciErrors.ConnectTimeoutError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_ERROR_CODES.has(code);
}

function describe(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(' ') || String(error);
}

function parseProblem(text: string): Problem | undefined {
  try {
    const body = JSON.parse(text) as Partial<Problem>;
    return typeof body?.code === 'string' && typeof body.status === 'number' ? (body as Problem) : undefined;
  } catch {
    return undefined;
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}
