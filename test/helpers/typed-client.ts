import type { FastifyInstance } from 'fastify';
import createClient, { type FetchResponse, type MaybeOptionalInit } from 'openapi-fetch';
import type { components, paths } from '../../sdk/src/generated/schema.ts';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
/** The contract's paths that have this method (the generated types mark the others `?: never`). */
type PathOf<M extends Method> = { [P in keyof paths]: paths[P] extends { [K in M]: unknown } ? P : never }[keyof paths];
type Operation<P extends keyof paths, M extends Method> = paths[P] extends { [K in M]: infer O } ? O & Record<string | number, any> : never;
type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M & keyof paths[P]>;
/**
 * One method of the client. Unlike openapi-fetch's own signature (which infers the options'
 * type from the call, so an unknown body field slips through), the options here have the type
 * the contract gives the path: a body field, parameter or path it does not have fails `tsc`.
 */
type StrictMethod<M extends Method> = <P extends PathOf<M>>(
  path: P,
  ...init: undefined extends Init<P, M> ? [init?: Init<P, M>] : [init: Init<P, M>]
) => Promise<FetchResponse<Operation<P, M>, Init<P, M>, `${string}/${string}`>>;

/** A shape of the contract by name, for bodies a test builds ahead of its call: `Schema<'SeatLayoutIn'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

/** The contract's typed client: a path, method, parameter or body the contract does not have fails `tsc`. */
export interface Api {
  GET: StrictMethod<'get'>;
  PUT: StrictMethod<'put'>;
  POST: StrictMethod<'post'>;
  DELETE: StrictMethod<'delete'>;
  PATCH: StrictMethod<'patch'>;
}

/** Statuses whose responses have no body (the Fetch standard's null-body statuses). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The exact bytes each answer carried, as text: openapi-fetch reads the Response's body itself. */
const rawBodies = new WeakMap<Response, string>();

/**
 * A `fetch` that hands each Request to `app.inject`: the production app, no socket. Method, path
 * and query, headers and body bytes go in as sent; status, every header and the raw payload come
 * back (a 204 or 304 with no body, a problem+json as it was written).
 */
export function injectFetch(app: FastifyInstance) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const payload = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
    const injected = await app.inject({
      method: request.method as 'GET',
      url: `${url.pathname}${url.search}`,
      headers: Object.fromEntries(request.headers),
      ...(payload === undefined ? {} : { payload }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(injected.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
    }
    const response = new Response(NULL_BODY.has(injected.statusCode) ? null : injected.rawPayload, {
      status: injected.statusCode,
      statusText: injected.statusMessage,
      headers,
    });
    rawBodies.set(response, injected.body);
    return response;
  };
}

/**
 * The contract's client over `app.inject`; `headers` (say a partner's `authorization`) go with
 * every request, and a request's own `headers` add to or replace them.
 *
 * ```ts
 * const api = typedClient(app, owner.headers);
 * const created = await answer(api.POST('/v1/partner/theatres', { body: { externalRef: 't1', name: 'One', cityId, address: '1 Road' } }));
 * t.equal(created.statusCode, 201);
 * ```
 */
export function typedClient(app: FastifyInstance, headers: Record<string, string> = {}): Api {
  const client = createClient<paths>({ baseUrl: 'http://marquee.test', fetch: injectFetch(app), headers });
  // The same calls, under the stricter signatures above.
  return { GET: client.GET, PUT: client.PUT, POST: client.POST, DELETE: client.DELETE, PATCH: client.PATCH } as unknown as Api;
}

/** What a test reads of an answer besides openapi-fetch's typed `data` / `error`, as light-my-request gives it. */
export interface RawAnswer {
  statusCode: number;
  /** Every response header, names in lower case. */
  headers: Record<string, string>;
  /** The body exactly as sent, as text ('' for none). */
  body: string;
  /** The body parsed as JSON, untyped: for problem details and fields a test looks into freely. */
  json(): any;
}

/** Awaits an openapi-fetch call made with `typedClient` and adds the raw view of its answer. */
export async function answer<R extends { response: Response }>(pending: Promise<R>): Promise<R & RawAnswer> {
  const result = await pending;
  const body = rawBodies.get(result.response) ?? '';
  return {
    ...result,
    statusCode: result.response.status,
    headers: Object.fromEntries(result.response.headers),
    body,
    json: () => JSON.parse(body),
  };
}

/**
 * A body, query or parameter the contract forbids, sent on purpose by a test of the server's
 * validation: the one place a typed request may carry anything.
 */
export const invalid = (value: unknown) => value as never;
