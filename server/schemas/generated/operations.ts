// @generated from openapi/ by server/scripts/generate-schemas.ts (npm run server:generate). Do not edit:
// change the contract and regenerate. Per operationId, the route schema: parameters, body, responses.
import { Type } from '@sinclair/typebox';
import {
  AdminMovie,
  ApiKey,
  ApiKeyIn,
  ApiKeyList,
  AuditRecordList,
  Booking,
  BookingCancelIn,
  BookingIn,
  BookingList,
  BulkBookingIn,
  BulkBookingResult,
  BulkCancellationIn,
  BulkCancellationResult,
  CallingPartner,
  City,
  CityIn,
  CityList,
  CityPatch,
  Event,
  EventFeed,
  Health,
  Hold,
  HoldExtendIn,
  HoldIn,
  IssuedApiKey,
  Movie,
  MovieIn,
  MovieList,
  MoviePatch,
  Offer,
  OfferIn,
  OfferList,
  OfferPatch,
  Partner,
  PartnerIn,
  PartnerList,
  PartnerSeatInventory,
  PartnerShowtime,
  PartnerShowtimeList,
  Problem,
  PublicOfferList,
  PublicShowtime,
  PublicTheatre,
  PublicTheatreList,
  Quote,
  QuoteIn,
  Readiness,
  ScheduleIn,
  ScheduleSyncResult,
  Screen,
  ScreenIn,
  ScreenList,
  ScreenPatch,
  ScreenUpsert,
  SeatAllocation,
  SeatBlockIn,
  SeatLayout,
  SeatLayoutIn,
  SeatLayoutList,
  SeatMap,
  SeatReleaseIn,
  ShowtimeIn,
  ShowtimePatch,
  ShowtimeUpsert,
  Theatre,
  TheatreIn,
  TheatreList,
  TheatrePatch,
  TheatreShowtimesList,
  TheatreUpsert,
  WebhookAttemptList,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointIn,
  WebhookEndpointList,
  WebhookEndpointPatch,
  WebhookEndpointWithSecret,
  WebhookReplayIn,
  WebhookReplayResult,
  ref,
} from './components.ts';

/** An RFC 9457 problem response, with the headers it declares. */
const problem = (description: string, headers?: Record<string, unknown>) =>
  ({ description, content: { 'application/problem+json': { schema: ref(Problem) } }, ...(headers ? { headers } : {}) });

const headers1 = {
  'RateLimit-Policy': Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  RateLimit: Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
};

const headers2 = {
  'RateLimit-Policy': Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  RateLimit: Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  'Retry-After': Type.Integer({ format: 'int32', minimum: 0, maximum: 86400 }),
};

const headers3 = {
  'RateLimit-Policy': Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  RateLimit: Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  'Access-Control-Allow-Origin': Type.String({ minLength: 1, maxLength: 2048, pattern: '^(\\*|null|[a-z][a-z0-9+.-]*://[^\\s/]+)$' }),
};

const headers4 = {
  ETag: Type.String({ maxLength: 256, pattern: '^(W/)?"[\\x21\\x23-\\x7e]*"$' }),
  'Cache-Control': Type.String({ maxLength: 128, pattern: '^[\\x20-\\x7e]+$' }),
  'RateLimit-Policy': Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  RateLimit: Type.String({ minLength: 1, maxLength: 256, pattern: '^[\\x20-\\x7e]+$' }),
  'Access-Control-Allow-Origin': Type.String({ minLength: 1, maxLength: 2048, pattern: '^(\\*|null|[a-z][a-z0-9+.-]*://[^\\s/]+)$' }),
};

export const getHealth = {
  operationId: 'getHealth',
  tags: ['Operations'],
  response: {
    200: { ...ref(Health), headers: headers1 },
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getReadiness = {
  operationId: 'getReadiness',
  tags: ['Operations'],
  response: {
    200: { ...ref(Readiness), headers: headers1 },
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: { ...ref(Readiness), headers: headers1 },
  },
};

export const listCities = {
  operationId: 'listCities',
  tags: ['Catalogue'],
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(CityList), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listMoviesInCity = {
  operationId: 'listMoviesInCity',
  tags: ['Catalogue'],
  headers: Type.Object({
    'accept-language': Type.Optional(Type.String({ maxLength: 1024, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    date: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', maxLength: 3 })),
    genre: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', maxLength: 32 })),
    locale: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$', maxLength: 12 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(MovieList), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listTheatresShowingMovie = {
  operationId: 'listTheatresShowingMovie',
  tags: ['Catalogue'],
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    date: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$', maxLength: 3 })),
    format: Type.Optional(Type.String({ pattern: '^[A-Z0-9_]{2,16}$', maxLength: 16 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(TheatreShowtimesList), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listTheatresInCity = {
  operationId: 'listTheatresInCity',
  tags: ['Catalogue'],
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PublicTheatreList), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getMovie = {
  operationId: 'getMovie',
  tags: ['Catalogue'],
  headers: Type.Object({
    'accept-language': Type.Optional(Type.String({ maxLength: 1024, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    locale: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$', maxLength: 12 })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Movie), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getTheatre = {
  operationId: 'getTheatre',
  tags: ['Catalogue'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PublicTheatre), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getShowtime = {
  operationId: 'getShowtime',
  tags: ['Catalogue'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PublicShowtime), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getSeatMap = {
  operationId: 'getSeatMap',
  tags: ['Catalogue'],
  headers: Type.Object({
    'if-none-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(SeatMap), headers: headers4 },
    304: Type.Null({ description: 'Not modified; the copy with the `If-None-Match` ETag is current. No body.', headers: headers4 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const quoteSeats = {
  operationId: 'quoteSeats',
  tags: ['Catalogue'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(QuoteIn),
  response: {
    200: { ...ref(Quote), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listApplicableOffers = {
  operationId: 'listApplicableOffers',
  tags: ['Catalogue'],
  querystring: Type.Object({
    cityId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    theatreId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PublicOfferList), headers: headers3 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createCity = {
  operationId: 'createCity',
  tags: ['Admin: catalogue'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(CityIn),
  response: {
    201: { ...ref(City), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field, an unknown time zone among\nthem.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('`conflict`: another city of the same country already has this name (`errors` points at\n`/body/name`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateCity = {
  operationId: 'updateCity',
  tags: ['Admin: catalogue'],
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(CityPatch),
  response: {
    200: { ...ref(City), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`conflict`: another city of the same country already has this name (`errors` points at\n`/body/name`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createMovie = {
  operationId: 'createMovie',
  tags: ['Admin: catalogue'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(MovieIn),
  response: {
    201: { ...ref(AdminMovie), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('`conflict`: another movie already has this `externalId` (`errors` points at\n`/body/externalId`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getAdminMovie = {
  operationId: 'getAdminMovie',
  tags: ['Admin: catalogue'],
  params: Type.Object({
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(AdminMovie), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateMovie = {
  operationId: 'updateMovie',
  tags: ['Admin: catalogue'],
  params: Type.Object({
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(MoviePatch),
  response: {
    200: { ...ref(AdminMovie), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`conflict`: another movie already has this `externalId` (`errors` points at\n`/body/externalId`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listPartners = {
  operationId: 'listPartners',
  tags: ['Admin: partners'],
  querystring: Type.Object({
    kind: Type.Optional(Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] })),
    status: Type.Optional(Type.Unsafe<'active' | 'suspended'>({ type: 'string', enum: ['active', 'suspended'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PartnerList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createPartner = {
  operationId: 'createPartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(PartnerIn),
  response: {
    201: { ...ref(Partner), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getPartner = {
  operationId: 'getPartner',
  tags: ['Admin: partners'],
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Partner), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const suspendPartner = {
  operationId: 'suspendPartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Partner), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const reinstatePartner = {
  operationId: 'reinstatePartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Partner), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listApiKeys = {
  operationId: 'listApiKeys',
  tags: ['Admin: partners'],
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(ApiKeyList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const issueApiKey = {
  operationId: 'issueApiKey',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ApiKeyIn),
  response: {
    201: { ...ref(IssuedApiKey), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const revokeApiKey = {
  operationId: 'revokeApiKey',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
    keyId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(ApiKey), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listAuditLog = {
  operationId: 'listAuditLog',
  tags: ['Admin: audit'],
  querystring: Type.Object({
    partnerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
    to: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(AuditRecordList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listOffers = {
  operationId: 'listOffers',
  tags: ['Admin: offers'],
  querystring: Type.Object({
    status: Type.Optional(Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(OfferList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createOffer = {
  operationId: 'createOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(OfferIn),
  response: {
    201: { ...ref(Offer), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('`unknown_scope_ids`: some `scopeIds` name no city (scope `cities`) or theatre (scope\n`theatres`); `errors` points at each (`/body/scopeIds/<index>`). Or\n`idempotency_key_reused`.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getOffer = {
  operationId: 'getOffer',
  tags: ['Admin: offers'],
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Offer), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateOffer = {
  operationId: 'updateOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(OfferPatch),
  response: {
    200: { ...ref(Offer), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('`unknown_scope_ids`: some `scopeIds` name no city (scope `cities`) or theatre (scope\n`theatres`); `errors` points at each (`/body/scopeIds/<index>`). Or\n`idempotency_key_reused`.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const disableOffer = {
  operationId: 'disableOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Offer), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const enableOffer = {
  operationId: 'enableOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Offer), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getCallingPartner = {
  operationId: 'getCallingPartner',
  tags: ['Partner: account'],
  response: {
    200: { ...ref(CallingPartner), headers: headers1 },
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listPartnerAuditLog = {
  operationId: 'listPartnerAuditLog',
  tags: ['Partner: account'],
  querystring: Type.Object({
    from: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
    to: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(AuditRecordList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listTheatres = {
  operationId: 'listTheatres',
  tags: ['Partner: theatres'],
  querystring: Type.Object({
    status: Type.Optional(Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(TheatreList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createTheatre = {
  operationId: 'createTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(TheatreIn),
  response: {
    201: { ...ref(Theatre), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getPartnerTheatre = {
  operationId: 'getPartnerTheatre',
  tags: ['Partner: theatres'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Theatre), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateTheatre = {
  operationId: 'updateTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(TheatrePatch),
  response: {
    200: { ...ref(Theatre), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const deleteTheatre = {
  operationId: 'deleteTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.', headers: headers1 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const upsertTheatre = {
  operationId: 'upsertTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(TheatreUpsert),
  response: {
    200: { ...ref(Theatre), headers: headers1 },
    201: { ...ref(Theatre), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listScreens = {
  operationId: 'listScreens',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(ScreenList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createScreen = {
  operationId: 'createScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScreenIn),
  response: {
    201: { ...ref(Screen), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const upsertScreen = {
  operationId: 'upsertScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(ScreenUpsert),
  response: {
    200: { ...ref(Screen), headers: headers1 },
    201: { ...ref(Screen), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getScreen = {
  operationId: 'getScreen',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Screen), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateScreen = {
  operationId: 'updateScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScreenPatch),
  response: {
    200: { ...ref(Screen), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const deleteScreen = {
  operationId: 'deleteScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.', headers: headers1 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`layout_in_use`: showtimes used the layout (or one of the screen\'s layouts), so it cannot be\ndeleted; `conflicts` lists every such showtime, cancelled ones included. Retire it instead.\nAlso `idempotency_in_flight` (with `Retry-After`) for a retry while the first attempt runs.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listSeatLayouts = {
  operationId: 'listSeatLayouts',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(SeatLayoutList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createSeatLayout = {
  operationId: 'createSeatLayout',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatLayoutIn),
  response: {
    201: { ...ref(SeatLayout), headers: headers1 },
    400: problem('The document is not valid; `errors` lists every problem.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getSeatLayout = {
  operationId: 'getSeatLayout',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000, format: 'int32' }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(SeatLayout), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const deleteSeatLayout = {
  operationId: 'deleteSeatLayout',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000, format: 'int32' }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.', headers: headers1 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`layout_in_use`: showtimes used the layout (or one of the screen\'s layouts), so it cannot be\ndeleted; `conflicts` lists every such showtime, cancelled ones included. Retire it instead.\nAlso `idempotency_in_flight` (with `Retry-After`) for a retry while the first attempt runs.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const retireSeatLayout = {
  operationId: 'retireSeatLayout',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000, format: 'int32' }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(SeatLayout), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getShowtimeSeats = {
  operationId: 'getShowtimeSeats',
  tags: ['Partner: seat inventory'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PartnerSeatInventory), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const blockSeats = {
  operationId: 'blockSeats',
  tags: ['Partner: seat inventory'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatBlockIn),
  response: {
    200: { ...ref(SeatAllocation), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`seats_unavailable`: some named seats are held (by a hold that has not expired) or booked, so\nnothing was changed; `errors` lists each one at `/body/seats/<index>` and `conflicts` their\nlabels. It never says who holds or booked them. `showtime_cancelled`: the showtime is\ncancelled and its seats can no longer change. Also `idempotency_in_flight` (with\n`Retry-After`) for a retry while the first attempt runs.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const releaseSeats = {
  operationId: 'releaseSeats',
  tags: ['Partner: seat inventory'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatReleaseIn),
  response: {
    200: { ...ref(SeatAllocation), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`seats_unavailable`: some named seats are held (by a hold that has not expired) or booked, so\nnothing was changed; `errors` lists each one at `/body/seats/<index>` and `conflicts` their\nlabels. It never says who holds or booked them. `showtime_cancelled`: the showtime is\ncancelled and its seats can no longer change. Also `idempotency_in_flight` (with\n`Retry-After`) for a retry while the first attempt runs.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listPartnerShowtimes = {
  operationId: 'listPartnerShowtimes',
  tags: ['Partner: showtimes'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    from: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
    to: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
    status: Type.Optional(Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PartnerShowtimeList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createShowtime = {
  operationId: 'createShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ShowtimeIn),
  response: {
    201: { ...ref(PartnerShowtime), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const upsertShowtime = {
  operationId: 'upsertShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(ShowtimeUpsert),
  response: {
    200: { ...ref(PartnerShowtime), headers: headers1 },
    201: { ...ref(PartnerShowtime), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getPartnerShowtime = {
  operationId: 'getPartnerShowtime',
  tags: ['Partner: showtimes'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PartnerShowtime), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateShowtime = {
  operationId: 'updateShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ShowtimePatch),
  response: {
    200: { ...ref(PartnerShowtime), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const deleteShowtime = {
  operationId: 'deleteShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.', headers: headers1 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const cancelShowtime = {
  operationId: 'cancelShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(PartnerShowtime), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const syncSchedule = {
  operationId: 'syncSchedule',
  tags: ['Partner: schedule sync'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScheduleIn),
  response: {
    200: { ...ref(ScheduleSyncResult), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`schedule_conflict`: the document conflicts with what Marquee holds; nothing was applied,\nand `errors` lists each conflicting item. `concurrent_update` (with `Retry-After`): another\nrequest created a screen or showtime under one of the document\'s references while the sync\nran; retry, and the sync finds it. `idempotency_in_flight` (with `Retry-After`) for a retry\nwhile the first attempt runs.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createHold = {
  operationId: 'createHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(HoldIn),
  response: {
    201: { ...ref(Hold), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`seats_unavailable` (some seats are held, booked or blocked; nothing was held),\n`best_available_unavailable` (a best-available request cannot be met; `alternatives`\nsays what could be held instead), `hold_limit_reached`, `showtime_cancelled`,\n`showtime_started`, or `idempotency_in_flight` (with `Retry-After`).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const getHold = {
  operationId: 'getHold',
  tags: ['Holds'],
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Hold), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const extendHold = {
  operationId: 'extendHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(HoldExtendIn),
  response: {
    200: { ...ref(Hold), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`hold_expired`: the hold has expired or was released; `hold_extension_limit`: it already\nlasts as long as allowed; `hold_converted`: it became a booking. Also\n`idempotency_in_flight` (with `Retry-After`).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const releaseHold = {
  operationId: 'releaseHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Hold), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`hold_expired`: the hold has expired or was released; `hold_extension_limit`: it already\nlasts as long as allowed; `hold_converted`: it became a booking. Also\n`idempotency_in_flight` (with `Retry-After`).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const listBookings = {
  operationId: 'listBookings',
  tags: ['Bookings'],
  querystring: Type.Object({
    showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(BookingList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const createBooking = {
  operationId: 'createBooking',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(BookingIn),
  response: {
    201: { ...ref(Booking), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`hold_expired` (nothing was booked), `hold_converted`, `payment_method_unavailable`,\n`showtime_cancelled`, or `idempotency_in_flight` (with `Retry-After`).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const createBookingsInBulk = {
  operationId: 'createBookingsInBulk',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(BulkBookingIn),
  response: {
    201: { ...ref(BulkBookingResult), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('`bulk_booking_refused` (nothing was booked; `errors[]` names each refused item),\n`concurrent_update` or `idempotency_in_flight` (both with `Retry-After`).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const cancelBookingsInBulk = {
  operationId: 'cancelBookingsInBulk',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(BulkCancellationIn),
  response: {
    200: { ...ref(BulkCancellationResult), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getBooking = {
  operationId: 'getBooking',
  tags: ['Bookings'],
  params: Type.Object({
    bookingId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(Booking), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const cancelBooking = {
  operationId: 'cancelBooking',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    bookingId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(BookingCancelIn),
  response: {
    200: { ...ref(Booking), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`cancellation_closed`, `booking_cancelled`, `concurrent_update` or `idempotency_in_flight`.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.', headers1),
  },
};

export const listPartnerBookings = {
  operationId: 'listPartnerBookings',
  tags: ['Bookings'],
  querystring: Type.Object({
    theatreId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    date: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
    status: Type.Optional(Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(BookingList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listWebhookEndpoints = {
  operationId: 'listWebhookEndpoints',
  tags: ['Webhooks'],
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookEndpointList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const createWebhookEndpoint = {
  operationId: 'createWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  body: ref(WebhookEndpointIn),
  response: {
    201: { ...ref(WebhookEndpointWithSecret), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('`unsafe_webhook_target`: the URL is not an allowed target; `errors[0].code` says which rule\nit broke (`invalid_url`, `scheme_not_allowed`, `credentials_not_allowed`, `unresolvable`,\n`private_address`), never what the host resolved to. Or `idempotency_key_reused`: the\n`Idempotency-Key` was already used for another request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const getWebhookEndpoint = {
  operationId: 'getWebhookEndpoint',
  tags: ['Webhooks'],
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookEndpoint), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const updateWebhookEndpoint = {
  operationId: 'updateWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(WebhookEndpointPatch),
  response: {
    200: { ...ref(WebhookEndpoint), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('`unsafe_webhook_target`: the new URL is not an allowed target; `errors[0].code` says which\nrule it broke, never what the host resolved to.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const deleteWebhookEndpoint = {
  operationId: 'deleteWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000, pattern: '^[\\t\\u0020-\\u007e\\u0080-\\u00ff]*$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.', headers: headers1 }),
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const disableWebhookEndpoint = {
  operationId: 'disableWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookEndpoint), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const enableWebhookEndpoint = {
  operationId: 'enableWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookEndpoint), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const rotateWebhookSecret = {
  operationId: 'rotateWebhookSecret',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookEndpointWithSecret), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const sendWebhookTest = {
  operationId: 'sendWebhookTest',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    202: { ...ref(Event), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listWebhookEndpointDeliveries = {
  operationId: 'listWebhookEndpointDeliveries',
  tags: ['Webhooks'],
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    status: Type.Optional(Type.Unsafe<'pending' | 'enqueued' | 'delivered' | 'failed'>({ type: 'string', enum: ['pending', 'enqueued', 'delivered', 'failed'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookDeliveryList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const replayWebhookDeliveries = {
  operationId: 'replayWebhookDeliveries',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(WebhookReplayIn),
  response: {
    202: { ...ref(WebhookReplayResult), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listWebhookDeliveryAttempts = {
  operationId: 'listWebhookDeliveryAttempts',
  tags: ['Webhooks'],
  params: Type.Object({
    deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookAttemptList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const redeliverWebhook = {
  operationId: 'redeliverWebhook',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$', maxLength: 255 })),
  }),
  params: Type.Object({
    deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    202: { ...ref(WebhookDelivery), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.', headers1),
    413: problem('`payload_too_large`: the request body is larger than this server accepts (`BODY_LIMIT_BYTES`,\n1 MiB by default); nothing was read or done.', headers1),
    415: problem('`unsupported_media_type`: a body arrived in a type other than `application/json` (also on an\noperation that takes no body); nothing was done.', headers1),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listEvents = {
  operationId: 'listEvents',
  tags: ['Events'],
  querystring: Type.Object({
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
    type: Type.Optional(Type.String({ pattern: '^[a-z_]+\\.[a-z_]+$', maxLength: 64 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(EventFeed), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};

export const listEventDeliveries = {
  operationId: 'listEventDeliveries',
  tags: ['Webhooks'],
  params: Type.Object({
    eventId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20, format: 'int32' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' })),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(WebhookDeliveryList), headers: headers1 },
    400: problem('The request is not valid; `errors` lists every bad field.', headers1),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.', headers1),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.', headers1),
    404: problem('No such resource (another partner\'s ids answer the same).', headers1),
    429: problem('`rate_limited`: the caller has used up its rate limit (see `RateLimit-Policy`); nothing was\ndone. Retry after `Retry-After` seconds. A retry with the same `Idempotency-Key` is safe: a\n429 is never stored as the key\'s answer.', headers2),
    500: problem('`internal_error`: something failed on Marquee\'s side. The details go to Marquee\'s logs under\nthe `requestId`, never into the response. Retrying is safe with the same `Idempotency-Key`:\na 5xx is never stored as the key\'s answer.', headers1),
  },
};
