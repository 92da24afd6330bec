// @generated from openapi/ by server/scripts/generate-schemas.ts (npm run server:generate). Do not edit:
// change the contract and regenerate. Every schema of the contract's `components.schemas`, by name.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** A reference by `$id` (`{ $ref: 'Name' }`), typed as the schema it points to. */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(String(schema.$id)));
/** An object whose every value has one schema (`additionalProperties: <schema>`). */
export const record = <T extends TSchema>(value: T, options: object = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', ...options, additionalProperties: value });

export const ValidationIssue = Type.Object({
  path: Type.String({ maxLength: 512, pattern: '^(/[^/]*)*$' }),
  message: Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  code: Type.String({ maxLength: 64, pattern: '^[a-z][a-z0-9_]*$' }),
}, { additionalProperties: false, $id: 'ValidationIssue' });
export type ValidationIssue = Static<typeof ValidationIssue>;

export const Problem = Type.Object({
  type: Type.String({ format: 'uri-reference', maxLength: 256 }),
  title: Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  status: Type.Integer({ minimum: 400, maximum: 599, format: 'int32' }),
  detail: Type.String({ maxLength: 2000, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  code: Type.Unsafe<'validation_failed' | 'invalid_json' | 'unsupported_media_type' | 'payload_too_large' | 'invalid_url' | 'uri_too_long' | 'invalid_api_key' | 'invalid_token' | 'partner_suspended' | 'insufficient_scope' | 'not_found' | 'idempotency_key_reused' | 'idempotency_in_flight' | 'conflict' | 'external_ref_in_use' | 'theatre_has_showtimes' | 'showtime_overlap' | 'showtime_has_sales' | 'showtime_cancelled' | 'showtime_fixed' | 'screen_has_no_layout' | 'precondition_failed' | 'layout_in_use' | 'seats_unavailable' | 'best_available_unavailable' | 'showtime_started' | 'hold_limit_reached' | 'hold_expired' | 'hold_extension_limit' | 'hold_converted' | 'payment_method_unavailable' | 'booking_cancelled' | 'cancellation_closed' | 'schedule_conflict' | 'bulk_booking_refused' | 'concurrent_update' | 'unsafe_webhook_target' | 'webhook_endpoint_disabled' | 'webhook_delivery_in_flight' | 'unknown_scope_ids' | 'method_not_allowed' | 'rate_limited' | 'internal_error' | 'service_unavailable' | 'identity_provider_unavailable' | 'request_timeout'>({ type: 'string', enum: ['validation_failed', 'invalid_json', 'unsupported_media_type', 'payload_too_large', 'invalid_url', 'uri_too_long', 'invalid_api_key', 'invalid_token', 'partner_suspended', 'insufficient_scope', 'not_found', 'idempotency_key_reused', 'idempotency_in_flight', 'conflict', 'external_ref_in_use', 'theatre_has_showtimes', 'showtime_overlap', 'showtime_has_sales', 'showtime_cancelled', 'showtime_fixed', 'screen_has_no_layout', 'precondition_failed', 'layout_in_use', 'seats_unavailable', 'best_available_unavailable', 'showtime_started', 'hold_limit_reached', 'hold_expired', 'hold_extension_limit', 'hold_converted', 'payment_method_unavailable', 'booking_cancelled', 'cancellation_closed', 'schedule_conflict', 'bulk_booking_refused', 'concurrent_update', 'unsafe_webhook_target', 'webhook_endpoint_disabled', 'webhook_delivery_in_flight', 'unknown_scope_ids', 'method_not_allowed', 'rate_limited', 'internal_error', 'service_unavailable', 'identity_provider_unavailable', 'request_timeout'] }),
  requestId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  errors: Type.Optional(Type.Array(ref(ValidationIssue), { maxItems: 10000 })),
  conflicts: Type.Optional(Type.Array(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), { maxItems: 10000 })),
  alternatives: Type.Optional(Type.Array(Type.Object({
    category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    quantity: Type.Integer({ minimum: 1, format: 'int32', maximum: 100 }),
    together: Type.Boolean(),
  }, { additionalProperties: false }), { maxItems: 20 })),
  availableNearby: Type.Optional(Type.Array(Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { maxItems: 20 })),
}, { additionalProperties: false, $id: 'Problem' });
export type Problem = Static<typeof Problem>;

export const Money = Type.Object({
  amount: Type.Integer({ minimum: 0, format: 'int32', maximum: 2147483647 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', maxLength: 3 }),
}, { additionalProperties: false, $id: 'Money' });
export type Money = Static<typeof Money>;

export const Health = Type.Object({
  status: Type.Literal('ok'),
}, { additionalProperties: false, $id: 'Health' });
export type Health = Static<typeof Health>;

export const Readiness = Type.Object({
  status: Type.Unsafe<'ready' | 'not_ready'>({ type: 'string', enum: ['ready', 'not_ready'] }),
  checks: Type.Object({
    database: Type.Unsafe<'up' | 'down'>({ type: 'string', enum: ['up', 'down'] }),
    redis: Type.Unsafe<'up' | 'down'>({ type: 'string', enum: ['up', 'down'] }),
  }, { additionalProperties: false }),
}, { additionalProperties: false, $id: 'Readiness' });
export type Readiness = Static<typeof Readiness>;

export const City = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  country: Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 }),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
}, { additionalProperties: false, $id: 'City' });
export type City = Static<typeof City>;

export const CityList = Type.Object({
  data: Type.Array(ref(City), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'CityList' });
export type CityList = Static<typeof CityList>;

export const Movie = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  title: Type.String({ maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  externalId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' }), Type.Null()]),
  languages: Type.Array(Type.String({ maxLength: 2, pattern: '^[a-z]{2}$' }), { maxItems: 20 }),
  genres: Type.Array(Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9-]{0,31}$' }), { maxItems: 10 }),
  durationMinutes: Type.Integer({ minimum: 1, format: 'int32', maximum: 600 }),
  certification: Type.Union([Type.String({ maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  releaseDate: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  synopsis: Type.Union([Type.String({ maxLength: 5000, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  originalTitle: Type.String({ maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  locale: Type.Union([Type.String({ maxLength: 12, pattern: '^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'Movie' });
export type Movie = Static<typeof Movie>;

export const MovieList = Type.Object({
  data: Type.Array(ref(Movie), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'MovieList' });
export type MovieList = Static<typeof MovieList>;

export const GeoPoint = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
}, { additionalProperties: false, $id: 'GeoPoint' });
export type GeoPoint = Static<typeof GeoPoint>;

export const PublicTheatre = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  cityId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  address: Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  postalCode: Type.Union([Type.String({ maxLength: 20, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  location: Type.Union([ref(GeoPoint), Type.Null()]),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  payAtVenue: Type.Boolean(),
  cancellationCutoffMinutes: Type.Integer({ minimum: 0, format: 'int32', maximum: 10080 }),
}, { additionalProperties: false, $id: 'PublicTheatre' });
export type PublicTheatre = Static<typeof PublicTheatre>;

export const PublicTheatreList = Type.Object({
  data: Type.Array(ref(PublicTheatre), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'PublicTheatreList' });
export type PublicTheatreList = Static<typeof PublicTheatreList>;

export const ShowtimeSummary = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  startsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  startsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  endsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  localDate: Type.String({ format: 'date', maxLength: 10 }),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  language: Type.String({ maxLength: 2, pattern: '^[a-z]{2}$' }),
  format: Type.String({ maxLength: 16, pattern: '^[A-Z0-9_]{2,16}$' }),
  screenId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenName: Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
}, { additionalProperties: false, $id: 'ShowtimeSummary' });
export type ShowtimeSummary = Static<typeof ShowtimeSummary>;

export const TheatreShowtimes = Type.Object({
  theatre: ref(PublicTheatre),
  showtimes: Type.Array(ref(ShowtimeSummary), { maxItems: 2000 }),
}, { additionalProperties: false, $id: 'TheatreShowtimes' });
export type TheatreShowtimes = Static<typeof TheatreShowtimes>;

export const TheatreShowtimesList = Type.Object({
  data: Type.Array(ref(TheatreShowtimes), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'TheatreShowtimesList' });
export type TheatreShowtimesList = Static<typeof TheatreShowtimesList>;

export const TheatreIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  cityId: Type.String({ minLength: 1, maxLength: 64 }),
  address: Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  postalCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 20, pattern: '^[^\\x00-\\x1f\\x7f]*$' }), Type.Null()])),
  location: Type.Optional(Type.Union([ref(GeoPoint), Type.Null()])),
  timeZone: Type.Optional(Type.String({ format: 'time-zone', maxLength: 64 })),
  status: Type.Optional(Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] })),
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, format: 'int32' })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080, format: 'int32' })),
  payAtVenue: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, $id: 'TheatreIn' });
export type TheatreIn = Static<typeof TheatreIn>;

export const TheatreUpsert = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  cityId: Type.String({ minLength: 1, maxLength: 64 }),
  address: Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  postalCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 20, pattern: '^[^\\x00-\\x1f\\x7f]*$' }), Type.Null()])),
  location: Type.Optional(Type.Union([ref(GeoPoint), Type.Null()])),
  timeZone: Type.Optional(Type.String({ format: 'time-zone', maxLength: 64 })),
  status: Type.Optional(Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] })),
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, format: 'int32' })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080, format: 'int32' })),
  payAtVenue: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, $id: 'TheatreUpsert' });
export type TheatreUpsert = Static<typeof TheatreUpsert>;

export const TheatrePatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
  cityId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  address: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
  postalCode: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 20, pattern: '^[^\\x00-\\x1f\\x7f]*$' }), Type.Null()])),
  location: Type.Optional(Type.Union([ref(GeoPoint), Type.Null()])),
  timeZone: Type.Optional(Type.String({ format: 'time-zone', maxLength: 64 })),
  status: Type.Optional(Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] })),
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, format: 'int32' })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080, format: 'int32' })),
  payAtVenue: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1, $id: 'TheatrePatch' });
export type TheatrePatch = Static<typeof TheatrePatch>;

export const Theatre = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  name: Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  cityId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  address: Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  postalCode: Type.Union([Type.String({ maxLength: 20, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  location: Type.Union([ref(GeoPoint), Type.Null()]),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  status: Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] }),
  cleaningBufferMinutes: Type.Integer({ format: 'int32', minimum: 0, maximum: 240 }),
  cancellationCutoffMinutes: Type.Integer({ format: 'int32', minimum: 0, maximum: 10080 }),
  payAtVenue: Type.Boolean(),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Theatre' });
export type Theatre = Static<typeof Theatre>;

export const TheatreList = Type.Object({
  data: Type.Array(ref(Theatre), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'TheatreList' });
export type TheatreList = Static<typeof TheatreList>;

export const SeatBlockIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$', maxLength: 6 }), { minItems: 1, maxItems: 500, uniqueItems: true }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
}, { additionalProperties: false, $id: 'SeatBlockIn' });
export type SeatBlockIn = Static<typeof SeatBlockIn>;

export const SeatReleaseIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$', maxLength: 6 }), { minItems: 1, maxItems: 500, uniqueItems: true }),
}, { additionalProperties: false, $id: 'SeatReleaseIn' });
export type SeatReleaseIn = Static<typeof SeatReleaseIn>;

export const PartnerSeat = Type.Object({
  seatId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
  row: Type.String({ maxLength: 3, pattern: '^[A-Z]{1,3}$' }),
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  state: Type.Unsafe<'available' | 'held' | 'booked' | 'blocked'>({ type: 'string', enum: ['available', 'held', 'booked', 'blocked'] }),
  blockedReason: Type.Union([Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
}, { additionalProperties: false, $id: 'PartnerSeat' });
export type PartnerSeat = Static<typeof PartnerSeat>;

export const PartnerSeatInventory = Type.Object({
  showtimeId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  seats: Type.Array(ref(PartnerSeat), { maxItems: 6000 }),
  counts: Type.Object({
    available: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
    held: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
    booked: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
    blocked: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
  }, { additionalProperties: false }),
}, { additionalProperties: false, $id: 'PartnerSeatInventory' });
export type PartnerSeatInventory = Static<typeof PartnerSeatInventory>;

export const SeatAllocation = Type.Object({
  showtimeId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  changed: Type.Array(Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { maxItems: 500 }),
  seats: Type.Array(ref(PartnerSeat), { maxItems: 6000 }),
}, { additionalProperties: false, $id: 'SeatAllocation' });
export type SeatAllocation = Static<typeof SeatAllocation>;

export const SeatCategoryPrice = Type.Object({
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  price: ref(Money),
}, { additionalProperties: false, $id: 'SeatCategoryPrice' });
export type SeatCategoryPrice = Static<typeof SeatCategoryPrice>;

export const ShowtimeIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  screenId: Type.String({ minLength: 1, maxLength: 64 }),
  movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' })),
  startsAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$', maxLength: 19 })),
  language: Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ShowtimeIn' });
export type ShowtimeIn = Static<typeof ShowtimeIn>;

export const ShowtimeUpsert = Type.Object({
  screenId: Type.String({ minLength: 1, maxLength: 64 }),
  movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' })),
  startsAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$', maxLength: 19 })),
  language: Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ShowtimeUpsert' });
export type ShowtimeUpsert = Static<typeof ShowtimeUpsert>;

export const ShowtimePatch = Type.Object({
  startsAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$', maxLength: 19 })),
  language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 })),
  format: Type.Optional(Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] })),
  prices: Type.Optional(Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 })),
}, { additionalProperties: false, minProperties: 1, $id: 'ShowtimePatch' });
export type ShowtimePatch = Static<typeof ShowtimePatch>;

export const PartnerShowtime = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  theatreId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  layoutId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  movieId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  startsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  startsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  endsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  endsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  localDate: Type.String({ format: 'date', maxLength: 10 }),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  language: Type.String({ maxLength: 2, pattern: '^[a-z]{2}$' }),
  format: Type.String({ maxLength: 16, pattern: '^[A-Z0-9_]{2,16}$' }),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
  cancelledAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  prices: Type.Array(ref(SeatCategoryPrice), { maxItems: 20 }),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'PartnerShowtime' });
export type PartnerShowtime = Static<typeof PartnerShowtime>;

export const PartnerShowtimeList = Type.Object({
  data: Type.Array(ref(PartnerShowtime), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'PartnerShowtimeList' });
export type PartnerShowtimeList = Static<typeof PartnerShowtimeList>;

export const PublicShowtime = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  movieId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  theatreId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  cityId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenName: Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  startsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  startsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  endsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  localDate: Type.String({ format: 'date', maxLength: 10 }),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  language: Type.String({ maxLength: 2, pattern: '^[a-z]{2}$' }),
  format: Type.String({ maxLength: 16, pattern: '^[A-Z0-9_]{2,16}$' }),
  endsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { maxItems: 20 }),
}, { additionalProperties: false, $id: 'PublicShowtime' });
export type PublicShowtime = Static<typeof PublicShowtime>;

export const SeatMapShowtime = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  startsAt: Type.String({ format: 'date-time', maxLength: 35 }),
  startsAtLocal: Type.String({ format: 'date-time', maxLength: 35 }),
  timeZone: Type.String({ maxLength: 64, format: 'time-zone' }),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
}, { additionalProperties: false, $id: 'SeatMapShowtime' });
export type SeatMapShowtime = Static<typeof SeatMapShowtime>;

export const SeatMapGrid = Type.Object({
  columns: Type.Integer({ minimum: 0, format: 'int32', maximum: 200 }),
  rows: Type.Integer({ minimum: 0, format: 'int32', maximum: 120 }),
}, { additionalProperties: false, $id: 'SeatMapGrid' });
export type SeatMapGrid = Static<typeof SeatMapGrid>;

export const SeatMapRow = Type.Object({
  label: Type.String({ maxLength: 3, pattern: '^[A-Z]{1,3}$' }),
  y: Type.Integer({ minimum: 0, format: 'int32', maximum: 119 }),
}, { additionalProperties: false, $id: 'SeatMapRow' });
export type SeatMapRow = Static<typeof SeatMapRow>;

export const SeatMapSeat = Type.Object({
  label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
  row: Type.String({ maxLength: 3, pattern: '^[A-Z]{1,3}$' }),
  number: Type.Union([Type.Integer({ minimum: 1, format: 'int32', maximum: 999 }), Type.Null()]),
  x: Type.Integer({ minimum: 0, format: 'int32', maximum: 199 }),
  y: Type.Integer({ minimum: 0, format: 'int32', maximum: 119 }),
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  wheelchair: Type.Boolean(),
  companion: Type.Boolean(),
  status: Type.Unsafe<'available' | 'unavailable'>({ type: 'string', enum: ['available', 'unavailable'] }),
}, { additionalProperties: false, $id: 'SeatMapSeat' });
export type SeatMapSeat = Static<typeof SeatMapSeat>;

export const SeatCategoryAvailability = Type.Object({
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  total: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
  available: Type.Integer({ minimum: 0, format: 'int32', maximum: 6000 }),
}, { additionalProperties: false, $id: 'SeatCategoryAvailability' });
export type SeatCategoryAvailability = Static<typeof SeatCategoryAvailability>;

export const SeatMap = Type.Object({
  showtime: ref(SeatMapShowtime),
  grid: ref(SeatMapGrid),
  rows: Type.Array(ref(SeatMapRow), { maxItems: 60 }),
  seats: Type.Array(ref(SeatMapSeat), { maxItems: 6000 }),
  prices: Type.Array(ref(SeatCategoryPrice), { maxItems: 20 }),
  counts: Type.Array(ref(SeatCategoryAvailability), { maxItems: 20 }),
}, { additionalProperties: false, $id: 'SeatMap' });
export type SeatMap = Static<typeof SeatMap>;

export const CityIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  country: Type.String({ pattern: '^[A-Z]{2}$', maxLength: 2 }),
  timeZone: Type.String({ format: 'time-zone', minLength: 1, maxLength: 64 }),
}, { additionalProperties: false, $id: 'CityIn' });
export type CityIn = Static<typeof CityIn>;

export const CityPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' })),
  timeZone: Type.Optional(Type.String({ format: 'time-zone', minLength: 1, maxLength: 64 })),
}, { additionalProperties: false, minProperties: 1, $id: 'CityPatch' });
export type CityPatch = Static<typeof CityPatch>;

export const MovieIn = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  localizedTitles: Type.Optional(record(Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), { maxProperties: 50, propertyNames: { pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' } })),
  languages: Type.Array(Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }), { minItems: 1, maxItems: 20, uniqueItems: true }),
  genres: Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', maxLength: 32 }), { minItems: 1, maxItems: 10, uniqueItems: true }),
  durationMinutes: Type.Integer({ minimum: 1, maximum: 600, format: 'int32' }),
  certification: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()])),
  releaseDate: Type.Optional(Type.String({ format: 'date', maxLength: 10 })),
  synopsis: Type.Optional(Type.String({ minLength: 1, maxLength: 5000, pattern: '^[^\\u0000]*$' })),
  externalId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$', maxLength: 64 })),
}, { additionalProperties: false, $id: 'MovieIn' });
export type MovieIn = Static<typeof MovieIn>;

export const MoviePatch = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' })),
  localizedTitles: Type.Optional(record(Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), { maxProperties: 50, propertyNames: { pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' } })),
  languages: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }), { minItems: 1, maxItems: 20, uniqueItems: true })),
  genres: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$', maxLength: 32 }), { minItems: 1, maxItems: 10, uniqueItems: true })),
  durationMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600, format: 'int32' })),
  certification: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()])),
  releaseDate: Type.Optional(Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()])),
  synopsis: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 5000, pattern: '^[^\\u0000]*$' }), Type.Null()])),
  externalId: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$', maxLength: 64 }), Type.Null()])),
}, { additionalProperties: false, minProperties: 1, $id: 'MoviePatch' });
export type MoviePatch = Static<typeof MoviePatch>;

export const AdminMovie = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  title: Type.String({ maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  externalId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' }), Type.Null()]),
  languages: Type.Array(Type.String({ maxLength: 2, pattern: '^[a-z]{2}$' }), { maxItems: 20 }),
  genres: Type.Array(Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9-]{0,31}$' }), { maxItems: 10 }),
  durationMinutes: Type.Integer({ minimum: 1, format: 'int32', maximum: 600 }),
  certification: Type.Union([Type.String({ maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  releaseDate: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  synopsis: Type.Union([Type.String({ maxLength: 5000, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  localizedTitles: record(Type.String({ maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), { propertyNames: { pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' } }),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'AdminMovie' });
export type AdminMovie = Static<typeof AdminMovie>;

export const PartnerIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  kind: Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] }),
}, { additionalProperties: false, $id: 'PartnerIn' });
export type PartnerIn = Static<typeof PartnerIn>;

export const Partner = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  kind: Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] }),
  status: Type.Unsafe<'active' | 'suspended'>({ type: 'string', enum: ['active', 'suspended'] }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Partner' });
export type Partner = Static<typeof Partner>;

export const PartnerList = Type.Object({
  data: Type.Array(ref(Partner), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'PartnerList' });
export type PartnerList = Static<typeof PartnerList>;

export const ApiKeyIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] }), { minItems: 1, uniqueItems: true, maxItems: 4 }),
}, { additionalProperties: false, $id: 'ApiKeyIn' });
export type ApiKeyIn = Static<typeof ApiKeyIn>;

export const ApiKey = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  partnerId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  prefix: Type.String({ maxLength: 18, pattern: '^mq_(live|test)_[A-Za-z0-9_-]{10}$' }),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] }), { maxItems: 4 }),
  environment: Type.Unsafe<'live' | 'test'>({ type: 'string', enum: ['live', 'test'] }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
}, { additionalProperties: false, $id: 'ApiKey' });
export type ApiKey = Static<typeof ApiKey>;

export const ApiKeyList = Type.Object({
  data: Type.Array(ref(ApiKey), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'ApiKeyList' });
export type ApiKeyList = Static<typeof ApiKeyList>;

export const IssuedApiKey = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  partnerId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  prefix: Type.String({ maxLength: 18, pattern: '^mq_(live|test)_[A-Za-z0-9_-]{10}$' }),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] }), { maxItems: 4 }),
  environment: Type.Unsafe<'live' | 'test'>({ type: 'string', enum: ['live', 'test'] }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  secret: Type.Union([Type.String({ maxLength: 62, pattern: '^mq_(live|test)_[A-Za-z0-9_-]{54}$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'IssuedApiKey' });
export type IssuedApiKey = Static<typeof IssuedApiKey>;

export const CallingPartner = Type.Object({
  partner: ref(Partner),
  apiKey: ref(ApiKey),
}, { additionalProperties: false, $id: 'CallingPartner' });
export type CallingPartner = Static<typeof CallingPartner>;

export const AuditRecord = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  actorType: Type.Unsafe<'admin' | 'partner' | 'customer' | 'system'>({ type: 'string', enum: ['admin', 'partner', 'customer', 'system'] }),
  actorId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
  partnerId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
  apiKeyId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
  action: Type.String({ maxLength: 64, pattern: '^[a-z_]+\\.[a-z_]+$' }),
  targetType: Type.String({ maxLength: 32, pattern: '^[a-z_]+$' }),
  targetIds: Type.Array(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), { maxItems: 1000 }),
  requestId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
  details: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'AuditRecord' });
export type AuditRecord = Static<typeof AuditRecord>;

export const AuditRecordList = Type.Object({
  data: Type.Array(ref(AuditRecord), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'AuditRecordList' });
export type AuditRecordList = Static<typeof AuditRecordList>;

export const ScreenIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
}, { additionalProperties: false, $id: 'ScreenIn' });
export type ScreenIn = Static<typeof ScreenIn>;

export const ScreenUpsert = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  status: Type.Optional(Type.Unsafe<'active' | 'retired'>({ type: 'string', enum: ['active', 'retired'] })),
}, { additionalProperties: false, $id: 'ScreenUpsert' });
export type ScreenUpsert = Static<typeof ScreenUpsert>;

export const ScreenPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
  status: Type.Optional(Type.Unsafe<'active' | 'retired'>({ type: 'string', enum: ['active', 'retired'] })),
}, { additionalProperties: false, minProperties: 1, $id: 'ScreenPatch' });
export type ScreenPatch = Static<typeof ScreenPatch>;

export const Screen = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  theatreId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  name: Type.String({ maxLength: 100, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  status: Type.Unsafe<'active' | 'retired'>({ type: 'string', enum: ['active', 'retired'] }),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  currentLayout: Type.Union([Type.Integer({ minimum: 1, format: 'int32', maximum: 1000000 }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Screen' });
export type Screen = Static<typeof Screen>;

export const ScreenList = Type.Object({
  data: Type.Array(ref(Screen), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'ScreenList' });
export type ScreenList = Static<typeof ScreenList>;

export const SeatLayoutIn = Type.Object({
  rows: Type.Array(Type.Object({
    label: Type.String({ pattern: '^[A-Z]{1,3}$', maxLength: 6 }),
    y: Type.Optional(Type.Integer({ minimum: 0, maximum: 119, format: 'int32' })),
    seats: Type.Array(Type.Object({
      number: Type.Integer({ minimum: 1, maximum: 999, format: 'int32' }),
      category: Type.Unsafe<'standard' | 'premium' | 'recliner'>({ type: 'string', enum: ['standard', 'premium', 'recliner'] }),
      x: Type.Optional(Type.Integer({ minimum: 0, maximum: 199, format: 'int32' })),
      wheelchair: Type.Optional(Type.Boolean()),
      companion: Type.Optional(Type.Boolean()),
    }, { additionalProperties: false }), { minItems: 1, maxItems: 100 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 60 }),
}, { additionalProperties: false, $id: 'SeatLayoutIn' });
export type SeatLayoutIn = Static<typeof SeatLayoutIn>;

export const SeatLayoutSummary = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  seatCount: Type.Integer({ minimum: 1, format: 'int32', maximum: 6000 }),
  categories: Type.Array(Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }), { maxItems: 20 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  retiredAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
}, { additionalProperties: false, $id: 'SeatLayoutSummary' });
export type SeatLayoutSummary = Static<typeof SeatLayoutSummary>;

export const SeatLayoutList = Type.Object({
  data: Type.Array(ref(SeatLayoutSummary), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'SeatLayoutList' });
export type SeatLayoutList = Static<typeof SeatLayoutList>;

export const SeatLayout = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  screenId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  seatCount: Type.Integer({ minimum: 1, format: 'int32', maximum: 6000 }),
  categories: Type.Array(Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }), { maxItems: 20 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  retiredAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  rows: Type.Array(Type.Object({
    label: Type.String({ maxLength: 3, pattern: '^[A-Z]{1,3}$' }),
    y: Type.Integer({ format: 'int32', minimum: 0, maximum: 119 }),
    seats: Type.Array(Type.Object({
      label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
      number: Type.Integer({ format: 'int32', minimum: 1, maximum: 999 }),
      category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
      x: Type.Integer({ format: 'int32', minimum: 0, maximum: 199 }),
      wheelchair: Type.Boolean(),
      companion: Type.Boolean(),
    }, { additionalProperties: false }), { maxItems: 6000 }),
  }, { additionalProperties: false }), { maxItems: 60 }),
}, { additionalProperties: false, $id: 'SeatLayout' });
export type SeatLayout = Static<typeof SeatLayout>;

export const ScheduleScreenIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  name: Type.String({ minLength: 1, maxLength: 100, pattern: '^[^\\x00-\\x1f\\x7f]*$' }),
  layout: Type.Optional(ref(SeatLayoutIn)),
}, { additionalProperties: false, $id: 'ScheduleScreenIn' });
export type ScheduleScreenIn = Static<typeof ScheduleScreenIn>;

export const ScheduleShowtimeIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  screenExternalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' })),
  startsAt: Type.Optional(Type.String({ format: 'date-time', maxLength: 35 })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$', maxLength: 19 })),
  language: Type.String({ pattern: '^[a-z]{2}$', maxLength: 2 }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ScheduleShowtimeIn' });
export type ScheduleShowtimeIn = Static<typeof ScheduleShowtimeIn>;

export const ScheduleIn = Type.Object({
  window: Type.Object({
    from: Type.String({ format: 'date-time', maxLength: 35 }),
    to: Type.String({ format: 'date-time', maxLength: 35 }),
  }, { additionalProperties: false }),
  cancelMissing: Type.Optional(Type.Unsafe<'refuse' | 'force'>({ type: 'string', enum: ['refuse', 'force'] })),
  dryRun: Type.Optional(Type.Boolean()),
  screens: Type.Optional(Type.Array(ref(ScheduleScreenIn), { maxItems: 50 })),
  showtimes: Type.Array(ref(ScheduleShowtimeIn), { maxItems: 2000 }),
}, { additionalProperties: false, $id: 'ScheduleIn' });
export type ScheduleIn = Static<typeof ScheduleIn>;

export const ScheduleSyncResult = Type.Object({
  theatreId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  dryRun: Type.Boolean(),
  window: Type.Object({
    from: Type.String({ format: 'date-time', maxLength: 35 }),
    to: Type.String({ format: 'date-time', maxLength: 35 }),
  }, { additionalProperties: false }),
  screens: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0, format: 'int32', maximum: 50 }),
      updated: Type.Integer({ minimum: 0, format: 'int32', maximum: 50 }),
      unchanged: Type.Integer({ minimum: 0, format: 'int32', maximum: 50 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      id: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
    }, { additionalProperties: false }), { maxItems: 50 }),
    updated: Type.Array(Type.Object({
      id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
      changed: Type.Array(Type.String({ maxLength: 32, pattern: '^[A-Za-z]+$' }), { maxItems: 10 }),
    }, { additionalProperties: false }), { maxItems: 50 }),
    unchanged: Type.Array(Type.Object({
      id: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
    }, { additionalProperties: false }), { maxItems: 50 }),
  }, { additionalProperties: false }),
  layouts: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0, format: 'int32', maximum: 50 }),
      unchanged: Type.Integer({ minimum: 0, format: 'int32', maximum: 50 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      screenId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      screenExternalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
      layoutId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
    }, { additionalProperties: false }), { maxItems: 50 }),
    unchanged: Type.Array(Type.Object({
      screenId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      screenExternalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
      layoutId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
    }, { additionalProperties: false }), { maxItems: 50 }),
  }, { additionalProperties: false }),
  showtimes: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0, format: 'int32', maximum: 2000 }),
      updated: Type.Integer({ minimum: 0, format: 'int32', maximum: 2000 }),
      unchanged: Type.Integer({ minimum: 0, format: 'int32', maximum: 2000 }),
      cancelled: Type.Integer({ minimum: 0, format: 'int32', maximum: 10000 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      id: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
    }, { additionalProperties: false }), { maxItems: 2000 }),
    updated: Type.Array(Type.Object({
      id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
      changed: Type.Array(Type.String({ maxLength: 32, pattern: '^[A-Za-z]+$' }), { maxItems: 10 }),
    }, { additionalProperties: false }), { maxItems: 2000 }),
    unchanged: Type.Array(Type.Object({
      id: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
    }, { additionalProperties: false }), { maxItems: 2000 }),
    cancelled: Type.Array(Type.Object({
      id: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
      externalRef: Type.String({ maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
    }, { additionalProperties: false }), { maxItems: 10000 }),
  }, { additionalProperties: false }),
  bookingsCancelled: Type.Integer({ minimum: 0, format: 'int32', maximum: 2147483647 }),
}, { additionalProperties: false, $id: 'ScheduleSyncResult' });
export type ScheduleSyncResult = Static<typeof ScheduleSyncResult>;

export const HoldIn = Type.Object({
  showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  customerRef: Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,128}$', maxLength: 128 })),
  seats: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$', maxLength: 6 }), { minItems: 1, maxItems: 100, uniqueItems: true })),
  bestAvailable: Type.Optional(Type.Object({
    category: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$', maxLength: 32 }),
    quantity: Type.Integer({ minimum: 1, maximum: 100, format: 'int32' }),
    wheelchair: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, format: 'int32' })),
    preferredRowDepth: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  }, { additionalProperties: false })),
}, { additionalProperties: false, $id: 'HoldIn' });
export type HoldIn = Static<typeof HoldIn>;

export const HoldExtendIn = Type.Object({
  seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600, format: 'int32' })),
}, { additionalProperties: false, $id: 'HoldExtendIn' });
export type HoldExtendIn = Static<typeof HoldExtendIn>;

export const QuoteDiscount = Type.Object({
  offerId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  description: Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  amount: ref(Money),
}, { additionalProperties: false, $id: 'QuoteDiscount' });
export type QuoteDiscount = Static<typeof QuoteDiscount>;

export const QuoteLine = Type.Object({
  label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  basePrice: ref(Money),
  discounts: Type.Array(ref(QuoteDiscount), { maxItems: 100 }),
  price: ref(Money),
}, { additionalProperties: false, $id: 'QuoteLine' });
export type QuoteLine = Static<typeof QuoteLine>;

export const Quote = Type.Object({
  lines: Type.Array(ref(QuoteLine), { maxItems: 100 }),
  total: ref(Money),
}, { additionalProperties: false, $id: 'Quote' });
export type Quote = Static<typeof Quote>;

export const HoldSeat = Type.Object({
  label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
  price: ref(Money),
}, { additionalProperties: false, $id: 'HoldSeat' });
export type HoldSeat = Static<typeof HoldSeat>;

export const Hold = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  showtimeId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  customerRef: Type.Union([Type.String({ maxLength: 128, pattern: '^[\\x21-\\x7e]{1,128}$' }), Type.Null()]),
  status: Type.Unsafe<'active' | 'released' | 'expired' | 'converted'>({ type: 'string', enum: ['active', 'released', 'expired', 'converted'] }),
  seats: Type.Array(ref(HoldSeat), { maxItems: 6000 }),
  quote: ref(Quote),
  expiresAt: Type.String({ format: 'date-time', maxLength: 35 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Hold' });
export type Hold = Static<typeof Hold>;

export const OfferIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000]*$' }), Type.Null()])),
  percentOff: Type.Integer({ minimum: 1, maximum: 100, format: 'int32' }),
  nth: Type.Optional(Type.Union([Type.Integer({ minimum: 2, maximum: 100, format: 'int32' }), Type.Null()])),
  repeats: Type.Optional(Type.Boolean()),
  windowStart: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()])),
  windowEnd: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()])),
  daysOfWeek: Type.Optional(Type.Union([Type.Array(Type.Integer({ minimum: 1, maximum: 7, format: 'int32' }), { minItems: 1, maxItems: 7, uniqueItems: true }), Type.Null()])),
  scope: Type.Optional(Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] })),
  scopeIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true })),
  validFrom: Type.Optional(Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()])),
  validUntil: Type.Optional(Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()])),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000, format: 'int32' })),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  status: Type.Optional(Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] })),
}, { additionalProperties: false, $id: 'OfferIn' });
export type OfferIn = Static<typeof OfferIn>;

export const OfferPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120, pattern: '^[^\\u0000-\\u001f\\u007f]*$' })),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000]*$' }), Type.Null()])),
  percentOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, format: 'int32' })),
  nth: Type.Optional(Type.Union([Type.Integer({ minimum: 2, maximum: 100, format: 'int32' }), Type.Null()])),
  repeats: Type.Optional(Type.Boolean()),
  windowStart: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()])),
  windowEnd: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()])),
  daysOfWeek: Type.Optional(Type.Union([Type.Array(Type.Integer({ minimum: 1, maximum: 7, format: 'int32' }), { minItems: 1, maxItems: 7, uniqueItems: true }), Type.Null()])),
  scope: Type.Optional(Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] })),
  scopeIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true })),
  validFrom: Type.Optional(Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()])),
  validUntil: Type.Optional(Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()])),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000, format: 'int32' })),
}, { additionalProperties: false, minProperties: 1, $id: 'OfferPatch' });
export type OfferPatch = Static<typeof OfferPatch>;

export const Offer = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 120, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  description: Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  percentOff: Type.Integer({ format: 'int32', minimum: 1, maximum: 100 }),
  nth: Type.Union([Type.Integer({ format: 'int32', minimum: 2, maximum: 100 }), Type.Null()]),
  repeats: Type.Boolean(),
  windowStart: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()]),
  windowEnd: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()]),
  daysOfWeek: Type.Union([Type.Array(Type.Integer({ format: 'int32', minimum: 1, maximum: 7 }), { maxItems: 7 }), Type.Null()]),
  scope: Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] }),
  scopeIds: Type.Array(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), { maxItems: 100 }),
  validFrom: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  validUntil: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  priority: Type.Integer({ format: 'int32', minimum: 0, maximum: 1000000 }),
  status: Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] }),
  version: Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Offer' });
export type Offer = Static<typeof Offer>;

export const OfferList = Type.Object({
  data: Type.Array(ref(Offer), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'OfferList' });
export type OfferList = Static<typeof OfferList>;

export const PublicOffer = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  name: Type.String({ maxLength: 120, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  description: Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  percentOff: Type.Integer({ format: 'int32', minimum: 1, maximum: 100 }),
  nth: Type.Union([Type.Integer({ format: 'int32', minimum: 2, maximum: 100 }), Type.Null()]),
  repeats: Type.Boolean(),
  windowStart: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()]),
  windowEnd: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5 }), Type.Null()]),
  daysOfWeek: Type.Union([Type.Array(Type.Integer({ format: 'int32', minimum: 1, maximum: 7 }), { maxItems: 7 }), Type.Null()]),
  scope: Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] }),
  scopeIds: Type.Array(Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), { maxItems: 100 }),
  validFrom: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  validUntil: Type.Union([Type.String({ format: 'date', maxLength: 10 }), Type.Null()]),
  priority: Type.Integer({ format: 'int32', minimum: 0, maximum: 1000000 }),
}, { additionalProperties: false, $id: 'PublicOffer' });
export type PublicOffer = Static<typeof PublicOffer>;

export const PublicOfferList = Type.Object({
  data: Type.Array(ref(PublicOffer), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'PublicOfferList' });
export type PublicOfferList = Static<typeof PublicOfferList>;

export const QuoteIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$', maxLength: 6 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
}, { additionalProperties: false, $id: 'QuoteIn' });
export type QuoteIn = Static<typeof QuoteIn>;

export const BookingPaymentIn = Type.Union([Type.Object({
  method: Type.Literal('partner_collected'),
  reference: Type.String({ pattern: '^[\\x20-\\x7e]{1,128}$', maxLength: 128 }),
}, { additionalProperties: false }), Type.Object({
  method: Type.Literal('pay_at_venue'),
}, { additionalProperties: false })], { $id: 'BookingPaymentIn' });
export type BookingPaymentIn = Static<typeof BookingPaymentIn>;

export const BookingIn = Type.Object({
  holdId: Type.String({ minLength: 1, maxLength: 64 }),
  payment: ref(BookingPaymentIn),
}, { additionalProperties: false, $id: 'BookingIn' });
export type BookingIn = Static<typeof BookingIn>;

export const BookingChannel = Type.Object({
  type: Type.Unsafe<'partner' | 'direct'>({ type: 'string', enum: ['partner', 'direct'] }),
  partnerId: Type.Union([Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingChannel' });
export type BookingChannel = Static<typeof BookingChannel>;

export const BookingSeat = Type.Object({
  label: Type.String({ maxLength: 6, pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }),
  category: Type.String({ maxLength: 32, pattern: '^[a-z][a-z0-9_]{0,31}$' }),
}, { additionalProperties: false, $id: 'BookingSeat' });
export type BookingSeat = Static<typeof BookingSeat>;

export const BookingPayment = Type.Object({
  method: Type.Unsafe<'partner_collected' | 'pay_at_venue' | 'card'>({ type: 'string', enum: ['partner_collected', 'pay_at_venue', 'card'] }),
  status: Type.Unsafe<'pending' | 'captured' | 'refunded' | 'partially_refunded' | 'failed' | 'voided'>({ type: 'string', enum: ['pending', 'captured', 'refunded', 'partially_refunded', 'failed', 'voided'] }),
  amount: ref(Money),
  reference: Type.Union([Type.String({ maxLength: 128, pattern: '^[\\x20-\\x7e]{1,128}$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingPayment' });
export type BookingPayment = Static<typeof BookingPayment>;

export const BookingRefund = Type.Object({
  amount: ref(Money),
  status: Type.Unsafe<'pending' | 'succeeded' | 'failed'>({ type: 'string', enum: ['pending', 'succeeded', 'failed'] }),
}, { additionalProperties: false, $id: 'BookingRefund' });
export type BookingRefund = Static<typeof BookingRefund>;

export const BookingCancellation = Type.Object({
  cancelledAt: Type.String({ format: 'date-time', maxLength: 35 }),
  cause: Type.Unsafe<'requested' | 'showtime_cancelled'>({ type: 'string', enum: ['requested', 'showtime_cancelled'] }),
  reason: Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  refund: Type.Union([ref(BookingRefund), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingCancellation' });
export type BookingCancellation = Static<typeof BookingCancellation>;

export const Booking = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  reference: Type.String({ pattern: '^MQ-[A-Z0-9]{6}$', maxLength: 9 }),
  showtimeId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  theatreId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  channel: ref(BookingChannel),
  customerRef: Type.Union([Type.String({ maxLength: 128, pattern: '^[\\x21-\\x7e]{1,128}$' }), Type.Null()]),
  status: Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] }),
  seats: Type.Array(ref(BookingSeat), { maxItems: 6000 }),
  priceLines: Type.Array(ref(QuoteLine), { maxItems: 100 }),
  total: ref(Money),
  payment: ref(BookingPayment),
  cancellableUntil: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  cancellation: Type.Union([ref(BookingCancellation), Type.Null()]),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'Booking' });
export type Booking = Static<typeof Booking>;

export const BookingList = Type.Object({
  data: Type.Array(ref(Booking), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingList' });
export type BookingList = Static<typeof BookingList>;

export const BookingCancelIn = Type.Object({
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\u0000]*$' })),
}, { additionalProperties: false, $id: 'BookingCancelIn' });
export type BookingCancelIn = Static<typeof BookingCancelIn>;

export const BulkBookingIn = Type.Object({
  items: Type.Array(ref(BookingIn), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false, $id: 'BulkBookingIn' });
export type BulkBookingIn = Static<typeof BulkBookingIn>;

export const BulkBookingResult = Type.Object({
  data: Type.Array(ref(Booking), { maxItems: 100 }),
}, { additionalProperties: false, $id: 'BulkBookingResult' });
export type BulkBookingResult = Static<typeof BulkBookingResult>;

export const BulkCancellationIn = Type.Object({
  bookingIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\u0000]*$' })),
}, { additionalProperties: false, $id: 'BulkCancellationIn' });
export type BulkCancellationIn = Static<typeof BulkCancellationIn>;

export const BulkCancellationRefusal = Type.Object({
  status: Type.Integer({ format: 'int32', minimum: 400, maximum: 599 }),
  code: Type.Unsafe<'not_found' | 'booking_cancelled' | 'cancellation_closed'>({ type: 'string', enum: ['not_found', 'booking_cancelled', 'cancellation_closed'] }),
  detail: Type.String({ maxLength: 2000, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
}, { additionalProperties: false, $id: 'BulkCancellationRefusal' });
export type BulkCancellationRefusal = Static<typeof BulkCancellationRefusal>;

export const BulkCancellationOutcome = Type.Object({
  bookingId: Type.String({ minLength: 1, maxLength: 64 }),
  outcome: Type.Unsafe<'cancelled' | 'refused'>({ type: 'string', enum: ['cancelled', 'refused'] }),
  booking: Type.Union([ref(Booking), Type.Null()]),
  refusal: Type.Union([ref(BulkCancellationRefusal), Type.Null()]),
}, { additionalProperties: false, $id: 'BulkCancellationOutcome' });
export type BulkCancellationOutcome = Static<typeof BulkCancellationOutcome>;

export const BulkCancellationResult = Type.Object({
  data: Type.Array(ref(BulkCancellationOutcome), { maxItems: 100 }),
}, { additionalProperties: false, $id: 'BulkCancellationResult' });
export type BulkCancellationResult = Static<typeof BulkCancellationResult>;

export const WebhookEndpointIn = Type.Object({
  url: Type.String({ minLength: 1, maxLength: 2048, format: 'uri' }),
  eventTypes: Type.Optional(Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }), { maxItems: 11, uniqueItems: true })),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
}, { additionalProperties: false, $id: 'WebhookEndpointIn' });
export type WebhookEndpointIn = Static<typeof WebhookEndpointIn>;

export const WebhookEndpointPatch = Type.Object({
  url: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, format: 'uri' })),
  eventTypes: Type.Optional(Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }), { maxItems: 11, uniqueItems: true })),
  description: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 500, pattern: '^[^\\x00-\\x1f\\x7f]*$' }), Type.Null()])),
}, { additionalProperties: false, minProperties: 1, $id: 'WebhookEndpointPatch' });
export type WebhookEndpointPatch = Static<typeof WebhookEndpointPatch>;

export const WebhookEndpoint = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  url: Type.String({ maxLength: 2048, format: 'uri' }),
  description: Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  eventTypes: Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }), { maxItems: 11 }),
  status: Type.Unsafe<'enabled' | 'disabled'>({ type: 'string', enum: ['enabled', 'disabled'] }),
  disabledReason: Type.Union([Type.String({ maxLength: 32, pattern: '^[a-z_]+$' }), Type.Null()]),
  failingSince: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'WebhookEndpoint' });
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

export const WebhookEndpointList = Type.Object({
  data: Type.Array(ref(WebhookEndpoint), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookEndpointList' });
export type WebhookEndpointList = Static<typeof WebhookEndpointList>;

export const WebhookEndpointWithSecret = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  url: Type.String({ maxLength: 2048, format: 'uri' }),
  description: Type.Union([Type.String({ maxLength: 500, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()]),
  eventTypes: Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }), { maxItems: 11 }),
  status: Type.Unsafe<'enabled' | 'disabled'>({ type: 'string', enum: ['enabled', 'disabled'] }),
  disabledReason: Type.Union([Type.String({ maxLength: 32, pattern: '^[a-z_]+$' }), Type.Null()]),
  failingSince: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  version: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
  secret: Type.Union([Type.String({ maxLength: 50, pattern: '^whsec_[A-Za-z0-9+/]{43}=$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookEndpointWithSecret' });
export type WebhookEndpointWithSecret = Static<typeof WebhookEndpointWithSecret>;

export const EventAggregate = Type.Object({
  type: Type.String({ maxLength: 64, pattern: '^[a-z_]+$' }),
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  version: Type.Integer({ format: 'int32', minimum: 1, maximum: 2147483647 }),
}, { additionalProperties: false, $id: 'EventAggregate' });
export type EventAggregate = Static<typeof EventAggregate>;

export const Event = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  type: Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  aggregate: ref(EventAggregate),
  data: Type.Object({}, { additionalProperties: true }),
}, { additionalProperties: false, $id: 'Event' });
export type Event = Static<typeof Event>;

export const FeedEvent = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  type: Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  aggregate: ref(EventAggregate),
  data: Type.Object({}, { additionalProperties: true }),
  position: Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }),
}, { additionalProperties: false, $id: 'FeedEvent' });
export type FeedEvent = Static<typeof FeedEvent>;

export const EventFeed = Type.Object({
  data: Type.Array(ref(FeedEvent), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'EventFeed' });
export type EventFeed = Static<typeof EventFeed>;

export const WebhookDelivery = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  endpointId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  eventId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  eventType: Type.String({ maxLength: 64, pattern: '^[a-z_]+\\.[a-z_]+$' }),
  status: Type.Unsafe<'pending' | 'enqueued' | 'delivered' | 'failed'>({ type: 'string', enum: ['pending', 'enqueued', 'delivered', 'failed'] }),
  attemptCount: Type.Integer({ minimum: 0, format: 'int32', maximum: 2147483647 }),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  deliveredAt: Type.Union([Type.String({ format: 'date-time', maxLength: 35 }), Type.Null()]),
  lastError: Type.Union([Type.String({ maxLength: 1000, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time', maxLength: 35 }),
  updatedAt: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'WebhookDelivery' });
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookDeliveryList = Type.Object({
  data: Type.Array(ref(WebhookDelivery), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = Static<typeof WebhookDeliveryList>;

export const WebhookAttempt = Type.Object({
  id: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_]+$' }),
  attemptNumber: Type.Integer({ minimum: 1, format: 'int32', maximum: 2147483647 }),
  startedAt: Type.String({ format: 'date-time', maxLength: 35 }),
  durationMs: Type.Union([Type.Integer({ minimum: 0, format: 'int32', maximum: 2147483647 }), Type.Null()]),
  responseStatus: Type.Union([Type.Integer({ format: 'int32', minimum: 100, maximum: 599 }), Type.Null()]),
  error: Type.Union([Type.String({ maxLength: 1000, pattern: '^[^\\u0000]*$' }), Type.Null()]),
  responseBodyExcerpt: Type.Union([Type.String({ maxLength: 1024, pattern: '^[^\\u0000]*$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookAttempt' });
export type WebhookAttempt = Static<typeof WebhookAttempt>;

export const WebhookAttemptList = Type.Object({
  data: Type.Array(ref(WebhookAttempt), { maxItems: 100 }),
  nextCursor: Type.Union([Type.String({ maxLength: 512, pattern: '^[A-Za-z0-9_-]+$' }), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookAttemptList' });
export type WebhookAttemptList = Static<typeof WebhookAttemptList>;

export const WebhookReplayIn = Type.Object({
  since: Type.String({ format: 'date-time', maxLength: 35 }),
}, { additionalProperties: false, $id: 'WebhookReplayIn' });
export type WebhookReplayIn = Static<typeof WebhookReplayIn>;

export const WebhookReplayResult = Type.Object({
  replayed: Type.Integer({ minimum: 0, format: 'int32', maximum: 2147483647 }),
}, { additionalProperties: false, $id: 'WebhookReplayResult' });
export type WebhookReplayResult = Static<typeof WebhookReplayResult>;

/** Registered with `addSchema` and both validators, in this order (a schema after those it references). */
export const componentSchemas: TSchema[] = [
  ValidationIssue,
  Problem,
  Money,
  Health,
  Readiness,
  City,
  CityList,
  Movie,
  MovieList,
  GeoPoint,
  PublicTheatre,
  PublicTheatreList,
  ShowtimeSummary,
  TheatreShowtimes,
  TheatreShowtimesList,
  TheatreIn,
  TheatreUpsert,
  TheatrePatch,
  Theatre,
  TheatreList,
  SeatBlockIn,
  SeatReleaseIn,
  PartnerSeat,
  PartnerSeatInventory,
  SeatAllocation,
  SeatCategoryPrice,
  ShowtimeIn,
  ShowtimeUpsert,
  ShowtimePatch,
  PartnerShowtime,
  PartnerShowtimeList,
  PublicShowtime,
  SeatMapShowtime,
  SeatMapGrid,
  SeatMapRow,
  SeatMapSeat,
  SeatCategoryAvailability,
  SeatMap,
  CityIn,
  CityPatch,
  MovieIn,
  MoviePatch,
  AdminMovie,
  PartnerIn,
  Partner,
  PartnerList,
  ApiKeyIn,
  ApiKey,
  ApiKeyList,
  IssuedApiKey,
  CallingPartner,
  AuditRecord,
  AuditRecordList,
  ScreenIn,
  ScreenUpsert,
  ScreenPatch,
  Screen,
  ScreenList,
  SeatLayoutIn,
  SeatLayoutSummary,
  SeatLayoutList,
  SeatLayout,
  ScheduleScreenIn,
  ScheduleShowtimeIn,
  ScheduleIn,
  ScheduleSyncResult,
  HoldIn,
  HoldExtendIn,
  QuoteDiscount,
  QuoteLine,
  Quote,
  HoldSeat,
  Hold,
  OfferIn,
  OfferPatch,
  Offer,
  OfferList,
  PublicOffer,
  PublicOfferList,
  QuoteIn,
  BookingPaymentIn,
  BookingIn,
  BookingChannel,
  BookingSeat,
  BookingPayment,
  BookingRefund,
  BookingCancellation,
  Booking,
  BookingList,
  BookingCancelIn,
  BulkBookingIn,
  BulkBookingResult,
  BulkCancellationIn,
  BulkCancellationRefusal,
  BulkCancellationOutcome,
  BulkCancellationResult,
  WebhookEndpointIn,
  WebhookEndpointPatch,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
  EventAggregate,
  Event,
  FeedEvent,
  EventFeed,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookAttempt,
  WebhookAttemptList,
  WebhookReplayIn,
  WebhookReplayResult,
];
