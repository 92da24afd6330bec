import fc from 'fast-check';
import type { Caller, FuzzWorld } from './callers.ts';
import type { ContractOperation, ContractParameter } from './contract.ts';
import { brokenBodyText, hostileText, jsonText, mutate, mutation, validValue, type ArbitraryContext } from './contract-arbitraries.ts';

/**
 * Requests for one operation, generated from its schemas: valid ones, and ones broken in one
 * place (a path id, the query, a header, the body, its media type, the credentials), as each kind
 * of caller. A request names its caller; the secret is added only when it is sent.
 */

/** One generated request, as printable as a reproducer needs: the caller by name, never its secret. */
export interface FuzzRequest {
  caller: string;
  /** An `Authorization` value of the fuzzer's own making (garbage), when the caller is `forged`. */
  forgedAuthorization?: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** `Authorization` values no caller holds: malformed, forged, unknown. */
const forgedAuthorizations = [
  'Bearer', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', 'bearer mq_test_x', 'Bearer mq_test_' + 'A'.repeat(43), 'Bearer mq_live_short',
  'Bearer mq_admin_test_wrong', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', 'Bearer a.b.c', 'Bearer ' + 'x'.repeat(5_000),
  'Bearer mq_test_\u00ff\u00fe', 'Token abc', 'Bearer  mq_test_double_space',
];

const wrongMediaTypes = [
  'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16',
  'application/jsonx', 'application/problem+json', 'application/json;;', '*/*', 'application/merge-patch+json', 'APPLICATION/JSON',
];

/** Header values a client could put on the wire (HTTP field values are latin-1 bytes). */
const headerText = hostileText.map((text) => text.replace(/[^\x20-\x7e\x80-\xff]/g, '?'));

/** Idempotency keys from a small pool, so retries, replays and reuse with another body happen. */
const idempotencyKey = fc.oneof(fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'fuzz-key-3'), fc.uuid());

type Part = { path: string[]; query: [string, string][]; headers: Record<string, string>; body?: { text: string; mediaType?: string } };

export function requestArbitrary(operation: ContractOperation, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const context: ArbitraryContext = { known: world.ids, seats: world.seats };
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const headerParameters = operation.parameters.filter((parameter) => parameter.in === 'header');

  const caller = callerArbitrary(operation, world);
  const validPath = fc.tuple(...pathParameters.map((parameter) => textOf(parameter, context)));
  const brokenPath = fc.tuple(...pathParameters.map((parameter) => fc.oneof({ weight: 2, arbitrary: textOf(parameter, context) }, { weight: 3, arbitrary: brokenPathText })));
  const validQuery = fc.subarray(queryParameters).chain((chosen) => fc.tuple(...chosen.map((parameter) => textOf(parameter, context).map((value) => [parameter.name, value] as [string, string]))));
  const brokenQuery = fc.tuple(
    validQuery,
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryParameters.map((parameter) => parameter.name), 'unknown', 'limit', 'cursor', '__proto__', ''), fc.string({ maxLength: 8 })), hostileText), { minLength: 1, maxLength: 3 }),
  ).map(([valid, broken]) => [...valid, ...broken]);
  const validHeaders = fc.record(
    Object.fromEntries(headerParameters.map((parameter) => [parameter.name, parameter.name === 'idempotency-key' ? idempotencyKey : headerValueOf(parameter, context)])),
    { requiredKeys: headerParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
  ) as fc.Arbitrary<Record<string, string>>;
  const brokenHeaders = fc.dictionary(
    fc.oneof(fc.constantFrom(...headerParameters.map((parameter) => parameter.name), 'idempotency-key', 'if-match', 'if-none-match', 'accept', 'accept-language', 'x-forwarded-for')),
    headerText,
    { minKeys: 1, maxKeys: 3 },
  );

  const validDocument = operation.body ? validValue(operation.body.schema, context) : undefined;
  const validBody: fc.Arbitrary<Part['body']> = validDocument
    ? (operation.body!.required ? validDocument.map((document) => ({ text: jsonText(document), mediaType: 'application/json' })) : fc.option(validDocument.map((document) => ({ text: jsonText(document), mediaType: 'application/json' })), { nil: undefined }))
    : fc.constant(undefined);
  const brokenBody: fc.Arbitrary<Part['body']> = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(validDocument ?? fc.constant({}), mutation).map(([document, change]) => ({ text: jsonText(mutate(document, change)), mediaType: 'application/json' })) },
    { weight: 1, arbitrary: brokenBodyText.map((text) => ({ text, mediaType: 'application/json' })) },
    { weight: 1, arbitrary: fc.tuple(validDocument ?? fc.constant({}), fc.constantFrom(...wrongMediaTypes)).map(([document, mediaType]) => ({ text: jsonText(document), mediaType })) },
    { weight: 1, arbitrary: (validDocument ?? fc.constant({})).map((document) => ({ text: jsonText(document) })) },
    { weight: 1, arbitrary: fc.constant({ text: '', mediaType: 'application/json' }) },
    // Past the body limit (1 MiB by default).
    { weight: 1, arbitrary: fc.constant({ text: `{"name":"${'x'.repeat(1_100_000)}"}`, mediaType: 'application/json' }) },
  );

  const parts = (overrides: Partial<Record<keyof Part | 'caller', fc.Arbitrary<unknown>>>) =>
    fc.record({ caller, path: validPath, query: validQuery, headers: validHeaders, body: validBody, ...overrides }) as fc.Arbitrary<Part & { caller: CallerChoice }>;
  const kinds = [
    { weight: 5, arbitrary: parts({}) },
    { weight: 2, arbitrary: parts({ caller: forgedCaller }) },
    ...(pathParameters.length > 0 ? [{ weight: 2, arbitrary: parts({ path: brokenPath }) }] : []),
    { weight: queryParameters.length > 0 ? 2 : 1, arbitrary: parts({ query: brokenQuery }) },
    { weight: 1, arbitrary: parts({ headers: brokenHeaders }) },
    { weight: operation.body ? 5 : 1, arbitrary: parts({ body: brokenBody }) },
  ];
  return fc.oneof(...kinds).map((part) => toRequest(operation, part));
}

type CallerChoice = { caller: Caller } | { forged: string };

function callerArbitrary(operation: ContractOperation, world: FuzzWorld): fc.Arbitrary<CallerChoice> {
  const { anonymous, customer, aggregator, theatre, admin } = world.callers;
  const allowed: Caller[] = operation.security.length === 0 ? [anonymous] : [];
  if (operation.security.includes('adminApiKey')) allowed.push(admin);
  if (operation.security.includes('partnerApiKey')) allowed.push(theatre, aggregator);
  if (operation.security.includes('customerToken')) allowed.push(customer);
  const everyone = [anonymous, customer, aggregator, theatre, admin];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...allowed).map((caller) => ({ caller })) },
    { weight: 1, arbitrary: fc.constantFrom(...everyone).map((caller) => ({ caller })) },
  );
}

const forgedCaller: fc.Arbitrary<CallerChoice> = fc.oneof(fc.constantFrom(...forgedAuthorizations), headerText.map((text) => `Bearer ${text}`)).map((forged) => ({ forged }));

/** A path segment no id is: percent-encoding that does not decode, traversal, controls, the wrong prefix, too long. */
const brokenPathText: fc.Arbitrary<{ raw: string }> = fc.oneof(
  fc.constantFrom('%C0%AF', '%ZZ', '%', '%E0%A4%A', '%00', '%2e%2e%2f', '%2F', '..%2F..%2Fetc', '%F0%9F%8E%AC', '%FF%FE', 'a%20b', '%0d%0aX:1', '*', '~', ';a=b')
    .map((raw) => ({ raw })),
  fc.constantFrom('a'.repeat(65), 'a'.repeat(201), 'x'.repeat(3_000), 'thr_' + '0'.repeat(26), 'cty_' + '0'.repeat(26), '-1', '0', '1e309', '99999999999999999999', 'null')
    .map((text) => ({ raw: encodeURIComponent(text) })),
  hostileText.filter((text) => text !== '' && text !== '.' && text !== '..').map((text) => ({ raw: encodeText(text) })),
);

function textOf(parameter: ContractParameter, context: ArbitraryContext): fc.Arbitrary<string> {
  return validValue(parameter.schema, context, parameter.name).map(String);
}

function headerValueOf(parameter: ContractParameter, context: ArbitraryContext): fc.Arbitrary<string> {
  if (parameter.name === 'if-match' || parameter.name === 'if-none-match') return fc.constantFrom('*', '"0"', 'W/"1"', '"stale"', '"a", "b"');
  return textOf(parameter, context).map((text) => text.replace(/[^\x20-\x7e]/g, '?'));
}

/**
 * Percent-encoding as a client writes it, except that a lone surrogate (which UTF-8 cannot encode,
 * so `encodeURIComponent` throws) is written as the invalid bytes a careless encoder makes of it.
 */
function encodeText(text: string): string {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (character) => {
    const unit = character.charCodeAt(0);
    if (character.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(character);
  });
}

function toRequest(operation: ContractOperation, part: Part & { caller: CallerChoice }): FuzzRequest {
  let index = 0;
  const path = operation.path.replace(/\{[^}]+\}/g, () => {
    const value = part.path[index++] as string | { raw: string };
    const segment = typeof value === 'string' ? encodeText(value) : value.raw;
    // A client resolves `.` and `..` (`%2e` too) before sending: that is a request for another
    // path, of another operation, not a strange id for this one.
    return /^(\.|%2e){1,2}$/i.test(segment) ? `${segment}_` : segment;
  });
  const query = part.query.map(([name, value]) => `${encodeText(name)}=${encodeText(value)}`).join('&');
  const headers: Record<string, string> = { ...part.headers };
  if (part.body?.mediaType !== undefined) headers['content-type'] = part.body.mediaType;
  return {
    ...('caller' in part.caller ? { caller: part.caller.caller.name } : { caller: 'forged', forgedAuthorization: part.caller.forged }),
    method: operation.method,
    url: query ? `${path}?${query}` : path,
    headers,
    ...(part.body ? { body: part.body.text } : {}),
  };
}

