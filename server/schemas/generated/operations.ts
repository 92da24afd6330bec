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

/** An RFC 9457 problem response. */
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref(Problem) } } });

export const getHealth = {
  operationId: 'getHealth',
  tags: ['Operations'],
  response: {
    200: ref(Health),
  },
};

export const getReadiness = {
  operationId: 'getReadiness',
  tags: ['Operations'],
  response: {
    200: ref(Readiness),
    503: ref(Readiness),
  },
};

export const listCities = {
  operationId: 'listCities',
  tags: ['Catalogue'],
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(CityList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
  },
};

export const listMoviesInCity = {
  operationId: 'listMoviesInCity',
  tags: ['Catalogue'],
  headers: Type.Object({
    'accept-language': Type.Optional(Type.String()),
  }),
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    date: Type.Optional(Type.String({ format: 'date' })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$' })),
    genre: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' })),
    locale: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(MovieList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
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
    date: Type.Optional(Type.String({ format: 'date' })),
    language: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}$' })),
    format: Type.Optional(Type.String({ pattern: '^[A-Z0-9_]{2,16}$' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(TheatreShowtimesList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const listTheatresInCity = {
  operationId: 'listTheatresInCity',
  tags: ['Catalogue'],
  params: Type.Object({
    cityId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(PublicTheatreList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const getMovie = {
  operationId: 'getMovie',
  tags: ['Catalogue'],
  headers: Type.Object({
    'accept-language': Type.Optional(Type.String()),
  }),
  params: Type.Object({
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    locale: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$' })),
  }, { additionalProperties: false }),
  response: {
    200: ref(Movie),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const getTheatre = {
  operationId: 'getTheatre',
  tags: ['Catalogue'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(PublicTheatre),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const getShowtime = {
  operationId: 'getShowtime',
  tags: ['Catalogue'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(PublicShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const getSeatMap = {
  operationId: 'getSeatMap',
  tags: ['Catalogue'],
  headers: Type.Object({
    'if-none-match': Type.Optional(Type.String()),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: { ...ref(SeatMap), headers: {
      ETag: Type.String(),
      'Cache-Control': Type.String(),
    } },
    304: Type.Null({ description: 'Not modified; the copy with the `If-None-Match` ETag is current. No body.', headers: {
      ETag: Type.String(),
      'Cache-Control': Type.String(),
    } }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
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
    200: ref(Quote),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
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
    200: ref(PublicOfferList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
  },
};

export const createCity = {
  operationId: 'createCity',
  tags: ['Admin: catalogue'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(CityIn),
  response: {
    201: ref(City),
    400: problem('The request is not valid; `errors` lists every bad field, an unknown time zone among\nthem.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('`conflict`: another city of the same country already has this name (`errors` points at\n`/body/name`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
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
    200: ref(City),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`conflict`: another city of the same country already has this name (`errors` points at\n`/body/name`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.'),
  },
};

export const createMovie = {
  operationId: 'createMovie',
  tags: ['Admin: catalogue'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(MovieIn),
  response: {
    201: ref(AdminMovie),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('`conflict`: another movie already has this `externalId` (`errors` points at\n`/body/externalId`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getAdminMovie = {
  operationId: 'getAdminMovie',
  tags: ['Admin: catalogue'],
  params: Type.Object({
    movieId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(AdminMovie),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
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
    200: ref(AdminMovie),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`conflict`: another movie already has this `externalId` (`errors` points at\n`/body/externalId`). `idempotency_in_flight` (creation only): a request with the same\n`Idempotency-Key` is still running; retry after `Retry-After` seconds.'),
  },
};

export const listPartners = {
  operationId: 'listPartners',
  tags: ['Admin: partners'],
  querystring: Type.Object({
    kind: Type.Optional(Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] })),
    status: Type.Optional(Type.Unsafe<'active' | 'suspended'>({ type: 'string', enum: ['active', 'suspended'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(PartnerList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const createPartner = {
  operationId: 'createPartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(PartnerIn),
  response: {
    201: ref(Partner),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getPartner = {
  operationId: 'getPartner',
  tags: ['Admin: partners'],
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Partner),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const suspendPartner = {
  operationId: 'suspendPartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Partner),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const reinstatePartner = {
  operationId: 'reinstatePartner',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Partner),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const listApiKeys = {
  operationId: 'listApiKeys',
  tags: ['Admin: partners'],
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(ApiKeyList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const issueApiKey = {
  operationId: 'issueApiKey',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ApiKeyIn),
  response: {
    201: ref(IssuedApiKey),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const revokeApiKey = {
  operationId: 'revokeApiKey',
  tags: ['Admin: partners'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
    keyId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(ApiKey),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const listAuditLog = {
  operationId: 'listAuditLog',
  tags: ['Admin: audit'],
  querystring: Type.Object({
    partnerId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(AuditRecordList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const listOffers = {
  operationId: 'listOffers',
  tags: ['Admin: offers'],
  querystring: Type.Object({
    status: Type.Optional(Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(OfferList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const createOffer = {
  operationId: 'createOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(OfferIn),
  response: {
    201: ref(Offer),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('`unknown_scope_ids`: some `scopeIds` name no city (scope `cities`) or theatre (scope\n`theatres`); `errors` points at each (`/body/scopeIds/<index>`). Or\n`idempotency_key_reused`.'),
  },
};

export const getOffer = {
  operationId: 'getOffer',
  tags: ['Admin: offers'],
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Offer),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const updateOffer = {
  operationId: 'updateOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(OfferPatch),
  response: {
    200: ref(Offer),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
    422: problem('`unknown_scope_ids`: some `scopeIds` name no city (scope `cities`) or theatre (scope\n`theatres`); `errors` points at each (`/body/scopeIds/<index>`). Or\n`idempotency_key_reused`.'),
  },
};

export const disableOffer = {
  operationId: 'disableOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Offer),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const enableOffer = {
  operationId: 'enableOffer',
  tags: ['Admin: offers'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    offerId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Offer),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getCallingPartner = {
  operationId: 'getCallingPartner',
  tags: ['Partner: account'],
  response: {
    200: ref(CallingPartner),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const listPartnerAuditLog = {
  operationId: 'listPartnerAuditLog',
  tags: ['Partner: account'],
  querystring: Type.Object({
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(AuditRecordList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const listTheatres = {
  operationId: 'listTheatres',
  tags: ['Partner: theatres'],
  querystring: Type.Object({
    status: Type.Optional(Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(TheatreList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const createTheatre = {
  operationId: 'createTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(TheatreIn),
  response: {
    201: ref(Theatre),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getPartnerTheatre = {
  operationId: 'getPartnerTheatre',
  tags: ['Partner: theatres'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Theatre),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const updateTheatre = {
  operationId: 'updateTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(TheatrePatch),
  response: {
    200: ref(Theatre),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const deleteTheatre = {
  operationId: 'deleteTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.' }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const upsertTheatre = {
  operationId: 'upsertTheatre',
  tags: ['Partner: theatres'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(TheatreUpsert),
  response: {
    200: ref(Theatre),
    201: ref(Theatre),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const listScreens = {
  operationId: 'listScreens',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(ScreenList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const createScreen = {
  operationId: 'createScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScreenIn),
  response: {
    201: ref(Screen),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const upsertScreen = {
  operationId: 'upsertScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(ScreenUpsert),
  response: {
    200: ref(Screen),
    201: ref(Screen),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const getScreen = {
  operationId: 'getScreen',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Screen),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const updateScreen = {
  operationId: 'updateScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScreenPatch),
  response: {
    200: ref(Screen),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const deleteScreen = {
  operationId: 'deleteScreen',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.' }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`layout_in_use`: showtimes used the layout (or one of the screen\'s layouts), so it cannot be\ndeleted; `conflicts` lists every such showtime, cancelled ones included. Retire it instead.\nAlso `idempotency_in_flight` (with `Retry-After`) for a retry while the first attempt runs.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const listSeatLayouts = {
  operationId: 'listSeatLayouts',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(SeatLayoutList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const createSeatLayout = {
  operationId: 'createSeatLayout',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatLayoutIn),
  response: {
    201: ref(SeatLayout),
    400: problem('The document is not valid; `errors` lists every problem.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getSeatLayout = {
  operationId: 'getSeatLayout',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(SeatLayout),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const deleteSeatLayout = {
  operationId: 'deleteSeatLayout',
  tags: ['Partner: screens and layouts'],
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.' }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`layout_in_use`: showtimes used the layout (or one of the screen\'s layouts), so it cannot be\ndeleted; `conflicts` lists every such showtime, cancelled ones included. Retire it instead.\nAlso `idempotency_in_flight` (with `Retry-After`) for a retry while the first attempt runs.'),
  },
};

export const retireSeatLayout = {
  operationId: 'retireSeatLayout',
  tags: ['Partner: screens and layouts'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    screenId: Type.String({ minLength: 1, maxLength: 64 }),
    layoutVersion: Type.Integer({ minimum: 1, maximum: 1000000 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(SeatLayout),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getShowtimeSeats = {
  operationId: 'getShowtimeSeats',
  tags: ['Partner: seat inventory'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(PartnerSeatInventory),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const blockSeats = {
  operationId: 'blockSeats',
  tags: ['Partner: seat inventory'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatBlockIn),
  response: {
    200: ref(SeatAllocation),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`seats_unavailable`: some named seats are held (by a hold that has not expired) or booked, so\nnothing was changed; `errors` lists each one at `/body/seats/<index>` and `conflicts` their\nlabels. It never says who holds or booked them. `showtime_cancelled`: the showtime is\ncancelled and its seats can no longer change. Also `idempotency_in_flight` (with\n`Retry-After`) for a retry while the first attempt runs.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const releaseSeats = {
  operationId: 'releaseSeats',
  tags: ['Partner: seat inventory'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(SeatReleaseIn),
  response: {
    200: ref(SeatAllocation),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`seats_unavailable`: some named seats are held (by a hold that has not expired) or booked, so\nnothing was changed; `errors` lists each one at `/body/seats/<index>` and `conflicts` their\nlabels. It never says who holds or booked them. `showtime_cancelled`: the showtime is\ncancelled and its seats can no longer change. Also `idempotency_in_flight` (with\n`Retry-After`) for a retry while the first attempt runs.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const listPartnerShowtimes = {
  operationId: 'listPartnerShowtimes',
  tags: ['Partner: showtimes'],
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    status: Type.Optional(Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(PartnerShowtimeList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const createShowtime = {
  operationId: 'createShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ShowtimeIn),
  response: {
    201: ref(PartnerShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const upsertShowtime = {
  operationId: 'upsertShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
    externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  }, { additionalProperties: false }),
  body: ref(ShowtimeUpsert),
  response: {
    200: ref(PartnerShowtime),
    201: ref(PartnerShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const getPartnerShowtime = {
  operationId: 'getPartnerShowtime',
  tags: ['Partner: showtimes'],
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(PartnerShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const updateShowtime = {
  operationId: 'updateShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ShowtimePatch),
  response: {
    200: ref(PartnerShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const deleteShowtime = {
  operationId: 'deleteShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.' }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const cancelShowtime = {
  operationId: 'cancelShowtime',
  tags: ['Partner: showtimes'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(PartnerShowtime),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const syncSchedule = {
  operationId: 'syncSchedule',
  tags: ['Partner: schedule sync'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    theatreId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(ScheduleIn),
  response: {
    200: ref(ScheduleSyncResult),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`schedule_conflict`: the document conflicts with what Marquee holds; nothing was applied,\nand `errors` lists each conflicting item. `concurrent_update` (with `Retry-After`): another\nrequest created a screen or showtime under one of the document\'s references while the sync\nran; retry, and the sync finds it. `idempotency_in_flight` (with `Retry-After`) for a retry\nwhile the first attempt runs.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const createHold = {
  operationId: 'createHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(HoldIn),
  response: {
    201: ref(Hold),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`seats_unavailable` (some seats are held, booked or blocked; nothing was held),\n`best_available_unavailable` (a best-available request cannot be met; `alternatives`\nsays what could be held instead), `hold_limit_reached`, `showtime_cancelled`,\n`showtime_started`, or `idempotency_in_flight` (with `Retry-After`).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const getHold = {
  operationId: 'getHold',
  tags: ['Holds'],
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Hold),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const extendHold = {
  operationId: 'extendHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(HoldExtendIn),
  response: {
    200: ref(Hold),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`hold_expired`: the hold has expired or was released; `hold_extension_limit`: it already\nlasts as long as allowed; `hold_converted`: it became a booking. Also\n`idempotency_in_flight` (with `Retry-After`).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const releaseHold = {
  operationId: 'releaseHold',
  tags: ['Holds'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    holdId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Hold),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`hold_expired`: the hold has expired or was released; `hold_extension_limit`: it already\nlasts as long as allowed; `hold_converted`: it became a booking. Also\n`idempotency_in_flight` (with `Retry-After`).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const listBookings = {
  operationId: 'listBookings',
  tags: ['Bookings'],
  querystring: Type.Object({
    showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    status: Type.Optional(Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(BookingList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const createBooking = {
  operationId: 'createBooking',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(BookingIn),
  response: {
    201: ref(Booking),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`hold_expired` (nothing was booked), `hold_converted`, `payment_method_unavailable`,\n`showtime_cancelled`, or `idempotency_in_flight` (with `Retry-After`).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const createBookingsInBulk = {
  operationId: 'createBookingsInBulk',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(BulkBookingIn),
  response: {
    201: ref(BulkBookingResult),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('`bulk_booking_refused` (nothing was booked; `errors[]` names each refused item),\n`concurrent_update` or `idempotency_in_flight` (both with `Retry-After`).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const cancelBookingsInBulk = {
  operationId: 'cancelBookingsInBulk',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(BulkCancellationIn),
  response: {
    200: ref(BulkCancellationResult),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    409: problem('The request conflicts with the current state; `code` says how. `idempotency_in_flight`: a\nrequest with the same `Idempotency-Key` is still being processed. The response then carries\na `Retry-After` header (seconds): retry with the same key after it to get the first\nrequest\'s response.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const getBooking = {
  operationId: 'getBooking',
  tags: ['Bookings'],
  params: Type.Object({
    bookingId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(Booking),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const cancelBooking = {
  operationId: 'cancelBooking',
  tags: ['Bookings'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    bookingId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(BookingCancelIn),
  response: {
    200: ref(Booking),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`cancellation_closed`, `booking_cancelled`, `concurrent_update` or `idempotency_in_flight`.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
    503: problem('`identity_provider_unavailable`: a customer token could not be verified because the OIDC\nissuer (its discovery document or its keys) cannot be reached. Nothing was done; retry after\n`Retry-After` seconds (a response header). Partner keys never depend on the issuer.'),
  },
};

export const listPartnerBookings = {
  operationId: 'listPartnerBookings',
  tags: ['Bookings'],
  querystring: Type.Object({
    theatreId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    showtimeId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    date: Type.Optional(Type.String({ format: 'date' })),
    status: Type.Optional(Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(BookingList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const listWebhookEndpoints = {
  operationId: 'listWebhookEndpoints',
  tags: ['Webhooks'],
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookEndpointList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const createWebhookEndpoint = {
  operationId: 'createWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  body: ref(WebhookEndpointIn),
  response: {
    201: ref(WebhookEndpointWithSecret),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    422: problem('`unsafe_webhook_target`: the URL is not an allowed target; `errors[0].code` says which rule\nit broke (`invalid_url`, `scheme_not_allowed`, `credentials_not_allowed`, `unresolvable`,\n`private_address`), never what the host resolved to. Or `idempotency_key_reused`: the\n`Idempotency-Key` was already used for another request.'),
  },
};

export const getWebhookEndpoint = {
  operationId: 'getWebhookEndpoint',
  tags: ['Webhooks'],
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookEndpoint),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const updateWebhookEndpoint = {
  operationId: 'updateWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(WebhookEndpointPatch),
  response: {
    200: ref(WebhookEndpoint),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
    422: problem('`unsafe_webhook_target`: the new URL is not an allowed target; `errors[0].code` says which\nrule it broke, never what the host resolved to.'),
  },
};

export const deleteWebhookEndpoint = {
  operationId: 'deleteWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'if-match': Type.Optional(Type.String({ maxLength: 1000 })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    204: Type.Null({ description: 'Deleted.' }),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    412: problem('The `If-Match` ETag is stale (or names another resource); nothing was changed.'),
  },
};

export const disableWebhookEndpoint = {
  operationId: 'disableWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookEndpoint),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const enableWebhookEndpoint = {
  operationId: 'enableWebhookEndpoint',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookEndpoint),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const rotateWebhookSecret = {
  operationId: 'rotateWebhookSecret',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookEndpointWithSecret),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const sendWebhookTest = {
  operationId: 'sendWebhookTest',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    202: ref(Event),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
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
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookDeliveryList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const replayWebhookDeliveries = {
  operationId: 'replayWebhookDeliveries',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    endpointId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  body: ref(WebhookReplayIn),
  response: {
    202: ref(WebhookReplayResult),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const listWebhookDeliveryAttempts = {
  operationId: 'listWebhookDeliveryAttempts',
  tags: ['Webhooks'],
  params: Type.Object({
    deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookAttemptList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};

export const redeliverWebhook = {
  operationId: 'redeliverWebhook',
  tags: ['Webhooks'],
  headers: Type.Object({
    'idempotency-key': Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,255}$' })),
  }),
  params: Type.Object({
    deliveryId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  response: {
    202: ref(WebhookDelivery),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
    409: problem('`webhook_endpoint_disabled`: the endpoint is disabled; enable it first. For a redelivery,\nalso `webhook_delivery_in_flight`: the delivery is being attempted right now (see its\nattempts; `Retry-After` says when to look again). Or `idempotency_in_flight`.'),
    422: problem('The `Idempotency-Key` was already used, within 24 hours, for another request (another method,\npath or body). Use a new key for a new request.'),
  },
};

export const listEvents = {
  operationId: 'listEvents',
  tags: ['Events'],
  querystring: Type.Object({
    after: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
    type: Type.Optional(Type.String({ pattern: '^[a-z_]+\\.[a-z_]+$', maxLength: 64 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(EventFeed),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
  },
};

export const listEventDeliveries = {
  operationId: 'listEventDeliveries',
  tags: ['Webhooks'],
  params: Type.Object({
    eventId: Type.String({ minLength: 1, maxLength: 64 }),
  }, { additionalProperties: false }),
  querystring: Type.Object({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512 })),
  }, { additionalProperties: false }),
  response: {
    200: ref(WebhookDeliveryList),
    400: problem('The request is not valid; `errors` lists every bad field.'),
    401: problem('Missing, unknown or revoked credentials (`invalid_api_key`), or a bearer token that is not an\nAPI key and cannot be verified (`invalid_token`). Send `Authorization: Bearer <key>`.'),
    403: problem('The credentials are valid but may not do this: `insufficient_scope` when the key lacks the\noperation\'s scope or the caller is the wrong kind (a partner key on an admin operation, the\nadmin key on a partner operation, a partner of the wrong kind); `partner_suspended` when the\nkey\'s partner is suspended.'),
    404: problem('No such resource (another partner\'s ids answer the same).'),
  },
};
