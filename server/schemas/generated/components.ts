// @generated from openapi/ by server/scripts/generate-schemas.ts (npm run server:generate). Do not edit:
// change the contract and regenerate. Every schema of the contract's `components.schemas`, by name.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** A reference by `$id` (`{ $ref: 'Name' }`), typed as the schema it points to. */
export const ref = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T>>(Type.Ref(String(schema.$id)));
/** An object whose every value has one schema (`additionalProperties: <schema>`). */
export const record = <T extends TSchema>(value: T, options: object = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', ...options, additionalProperties: value });

export const ValidationIssue = Type.Object({
  path: Type.String(),
  message: Type.String(),
  code: Type.String(),
}, { additionalProperties: false, $id: 'ValidationIssue' });
export type ValidationIssue = Static<typeof ValidationIssue>;

export const Problem = Type.Object({
  type: Type.String({ format: 'uri-reference' }),
  title: Type.String(),
  status: Type.Integer({ minimum: 400, maximum: 599 }),
  detail: Type.String(),
  code: Type.Unsafe<'validation_failed' | 'invalid_json' | 'unsupported_media_type' | 'payload_too_large' | 'invalid_url' | 'uri_too_long' | 'invalid_api_key' | 'invalid_token' | 'partner_suspended' | 'insufficient_scope' | 'not_found' | 'idempotency_key_reused' | 'idempotency_in_flight' | 'conflict' | 'external_ref_in_use' | 'theatre_has_showtimes' | 'showtime_overlap' | 'showtime_has_sales' | 'showtime_cancelled' | 'showtime_fixed' | 'screen_has_no_layout' | 'precondition_failed' | 'layout_in_use' | 'seats_unavailable' | 'best_available_unavailable' | 'showtime_started' | 'hold_limit_reached' | 'hold_expired' | 'hold_extension_limit' | 'hold_converted' | 'payment_method_unavailable' | 'booking_cancelled' | 'cancellation_closed' | 'schedule_conflict' | 'bulk_booking_refused' | 'concurrent_update' | 'unsafe_webhook_target' | 'webhook_endpoint_disabled' | 'webhook_delivery_in_flight' | 'unknown_scope_ids' | 'method_not_allowed' | 'internal_error' | 'service_unavailable' | 'identity_provider_unavailable' | 'request_timeout'>({ type: 'string', enum: ['validation_failed', 'invalid_json', 'unsupported_media_type', 'payload_too_large', 'invalid_url', 'uri_too_long', 'invalid_api_key', 'invalid_token', 'partner_suspended', 'insufficient_scope', 'not_found', 'idempotency_key_reused', 'idempotency_in_flight', 'conflict', 'external_ref_in_use', 'theatre_has_showtimes', 'showtime_overlap', 'showtime_has_sales', 'showtime_cancelled', 'showtime_fixed', 'screen_has_no_layout', 'precondition_failed', 'layout_in_use', 'seats_unavailable', 'best_available_unavailable', 'showtime_started', 'hold_limit_reached', 'hold_expired', 'hold_extension_limit', 'hold_converted', 'payment_method_unavailable', 'booking_cancelled', 'cancellation_closed', 'schedule_conflict', 'bulk_booking_refused', 'concurrent_update', 'unsafe_webhook_target', 'webhook_endpoint_disabled', 'webhook_delivery_in_flight', 'unknown_scope_ids', 'method_not_allowed', 'internal_error', 'service_unavailable', 'identity_provider_unavailable', 'request_timeout'] }),
  requestId: Type.String(),
  errors: Type.Optional(Type.Array(ref(ValidationIssue))),
  conflicts: Type.Optional(Type.Array(Type.String())),
  alternatives: Type.Optional(Type.Array(Type.Object({
    category: Type.String(),
    quantity: Type.Integer({ minimum: 1 }),
    together: Type.Boolean(),
  }, { additionalProperties: false }))),
  availableNearby: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
}, { additionalProperties: false, $id: 'Problem' });
export type Problem = Static<typeof Problem>;

export const Money = Type.Object({
  amount: Type.Integer({ minimum: 0 }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
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
  id: Type.String(),
  name: Type.String(),
  country: Type.String({ pattern: '^[A-Z]{2}$' }),
  timeZone: Type.String(),
}, { additionalProperties: false, $id: 'City' });
export type City = Static<typeof City>;

export const CityList = Type.Object({
  data: Type.Array(ref(City)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'CityList' });
export type CityList = Static<typeof CityList>;

export const Movie = Type.Object({
  id: Type.String(),
  title: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  languages: Type.Array(Type.String()),
  genres: Type.Array(Type.String()),
  durationMinutes: Type.Integer({ minimum: 1 }),
  certification: Type.Union([Type.String(), Type.Null()]),
  releaseDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  synopsis: Type.Union([Type.String(), Type.Null()]),
  originalTitle: Type.String(),
  locale: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'Movie' });
export type Movie = Static<typeof Movie>;

export const MovieList = Type.Object({
  data: Type.Array(ref(Movie)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'MovieList' });
export type MovieList = Static<typeof MovieList>;

export const GeoPoint = Type.Object({
  latitude: Type.Number({ minimum: -90, maximum: 90 }),
  longitude: Type.Number({ minimum: -180, maximum: 180 }),
}, { additionalProperties: false, $id: 'GeoPoint' });
export type GeoPoint = Static<typeof GeoPoint>;

export const PublicTheatre = Type.Object({
  id: Type.String(),
  name: Type.String(),
  cityId: Type.String(),
  address: Type.String(),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  location: Type.Union([ref(GeoPoint), Type.Null()]),
  timeZone: Type.String(),
  payAtVenue: Type.Boolean(),
  cancellationCutoffMinutes: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false, $id: 'PublicTheatre' });
export type PublicTheatre = Static<typeof PublicTheatre>;

export const PublicTheatreList = Type.Object({
  data: Type.Array(ref(PublicTheatre)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'PublicTheatreList' });
export type PublicTheatreList = Static<typeof PublicTheatreList>;

export const ShowtimeSummary = Type.Object({
  id: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  startsAtLocal: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  localDate: Type.String({ format: 'date' }),
  timeZone: Type.String(),
  language: Type.String(),
  format: Type.String(),
  screenId: Type.String(),
  screenName: Type.String(),
}, { additionalProperties: false, $id: 'ShowtimeSummary' });
export type ShowtimeSummary = Static<typeof ShowtimeSummary>;

export const TheatreShowtimes = Type.Object({
  theatre: ref(PublicTheatre),
  showtimes: Type.Array(ref(ShowtimeSummary)),
}, { additionalProperties: false, $id: 'TheatreShowtimes' });
export type TheatreShowtimes = Static<typeof TheatreShowtimes>;

export const TheatreShowtimesList = Type.Object({
  data: Type.Array(ref(TheatreShowtimes)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
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
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080 })),
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
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080 })),
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
  cleaningBufferMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 240 })),
  cancellationCutoffMinutes: Type.Optional(Type.Integer({ minimum: 0, maximum: 10080 })),
  payAtVenue: Type.Optional(Type.Boolean()),
}, { additionalProperties: false, minProperties: 1, $id: 'TheatrePatch' });
export type TheatrePatch = Static<typeof TheatrePatch>;

export const Theatre = Type.Object({
  id: Type.String(),
  externalRef: Type.String(),
  name: Type.String(),
  cityId: Type.String(),
  address: Type.String(),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  location: Type.Union([ref(GeoPoint), Type.Null()]),
  timeZone: Type.String(),
  status: Type.Unsafe<'draft' | 'live'>({ type: 'string', enum: ['draft', 'live'] }),
  cleaningBufferMinutes: Type.Integer(),
  cancellationCutoffMinutes: Type.Integer(),
  payAtVenue: Type.Boolean(),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Theatre' });
export type Theatre = Static<typeof Theatre>;

export const TheatreList = Type.Object({
  data: Type.Array(ref(Theatre)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'TheatreList' });
export type TheatreList = Static<typeof TheatreList>;

export const SeatBlockIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { minItems: 1, maxItems: 500, uniqueItems: true }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\x00-\\x1f\\x7f]*$' })),
}, { additionalProperties: false, $id: 'SeatBlockIn' });
export type SeatBlockIn = Static<typeof SeatBlockIn>;

export const SeatReleaseIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { minItems: 1, maxItems: 500, uniqueItems: true }),
}, { additionalProperties: false, $id: 'SeatReleaseIn' });
export type SeatReleaseIn = Static<typeof SeatReleaseIn>;

export const PartnerSeat = Type.Object({
  seatId: Type.String(),
  label: Type.String(),
  row: Type.String(),
  category: Type.String(),
  state: Type.Unsafe<'available' | 'held' | 'booked' | 'blocked'>({ type: 'string', enum: ['available', 'held', 'booked', 'blocked'] }),
  blockedReason: Type.Union([Type.String(), Type.Null()]),
  version: Type.Integer({ minimum: 1 }),
}, { additionalProperties: false, $id: 'PartnerSeat' });
export type PartnerSeat = Static<typeof PartnerSeat>;

export const PartnerSeatInventory = Type.Object({
  showtimeId: Type.String(),
  seats: Type.Array(ref(PartnerSeat)),
  counts: Type.Object({
    available: Type.Integer({ minimum: 0 }),
    held: Type.Integer({ minimum: 0 }),
    booked: Type.Integer({ minimum: 0 }),
    blocked: Type.Integer({ minimum: 0 }),
  }, { additionalProperties: false }),
}, { additionalProperties: false, $id: 'PartnerSeatInventory' });
export type PartnerSeatInventory = Static<typeof PartnerSeatInventory>;

export const SeatAllocation = Type.Object({
  showtimeId: Type.String(),
  changed: Type.Array(Type.String()),
  seats: Type.Array(ref(PartnerSeat)),
}, { additionalProperties: false, $id: 'SeatAllocation' });
export type SeatAllocation = Static<typeof SeatAllocation>;

export const SeatCategoryPrice = Type.Object({
  category: Type.String(),
  price: ref(Money),
}, { additionalProperties: false, $id: 'SeatCategoryPrice' });
export type SeatCategoryPrice = Static<typeof SeatCategoryPrice>;

export const ShowtimeIn = Type.Object({
  externalRef: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' }),
  screenId: Type.String({ minLength: 1, maxLength: 64 }),
  movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  startsAt: Type.Optional(Type.String({ format: 'date-time' })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' })),
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ShowtimeIn' });
export type ShowtimeIn = Static<typeof ShowtimeIn>;

export const ShowtimeUpsert = Type.Object({
  screenId: Type.String({ minLength: 1, maxLength: 64 }),
  movieId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  startsAt: Type.Optional(Type.String({ format: 'date-time' })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' })),
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ShowtimeUpsert' });
export type ShowtimeUpsert = Static<typeof ShowtimeUpsert>;

export const ShowtimePatch = Type.Object({
  startsAt: Type.Optional(Type.String({ format: 'date-time' })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' })),
  language: Type.Optional(Type.String({ pattern: '^[a-z]{2}$' })),
  format: Type.Optional(Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] })),
  prices: Type.Optional(Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 })),
}, { additionalProperties: false, minProperties: 1, $id: 'ShowtimePatch' });
export type ShowtimePatch = Static<typeof ShowtimePatch>;

export const PartnerShowtime = Type.Object({
  id: Type.String(),
  externalRef: Type.String(),
  theatreId: Type.String(),
  screenId: Type.String(),
  layoutId: Type.String(),
  movieId: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  startsAtLocal: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  endsAtLocal: Type.String({ format: 'date-time' }),
  localDate: Type.String({ format: 'date' }),
  timeZone: Type.String(),
  language: Type.String(),
  format: Type.String(),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
  cancelledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  prices: Type.Array(ref(SeatCategoryPrice)),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'PartnerShowtime' });
export type PartnerShowtime = Static<typeof PartnerShowtime>;

export const PartnerShowtimeList = Type.Object({
  data: Type.Array(ref(PartnerShowtime)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'PartnerShowtimeList' });
export type PartnerShowtimeList = Static<typeof PartnerShowtimeList>;

export const PublicShowtime = Type.Object({
  id: Type.String(),
  movieId: Type.String(),
  theatreId: Type.String(),
  cityId: Type.String(),
  screenId: Type.String(),
  screenName: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  startsAtLocal: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  localDate: Type.String({ format: 'date' }),
  timeZone: Type.String(),
  language: Type.String(),
  format: Type.String(),
  endsAtLocal: Type.String({ format: 'date-time' }),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
  prices: Type.Array(ref(SeatCategoryPrice)),
}, { additionalProperties: false, $id: 'PublicShowtime' });
export type PublicShowtime = Static<typeof PublicShowtime>;

export const SeatMapShowtime = Type.Object({
  id: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  startsAtLocal: Type.String({ format: 'date-time' }),
  timeZone: Type.String(),
  status: Type.Unsafe<'scheduled' | 'cancelled'>({ type: 'string', enum: ['scheduled', 'cancelled'] }),
}, { additionalProperties: false, $id: 'SeatMapShowtime' });
export type SeatMapShowtime = Static<typeof SeatMapShowtime>;

export const SeatMapGrid = Type.Object({
  columns: Type.Integer({ minimum: 0 }),
  rows: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false, $id: 'SeatMapGrid' });
export type SeatMapGrid = Static<typeof SeatMapGrid>;

export const SeatMapRow = Type.Object({
  label: Type.String(),
  y: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false, $id: 'SeatMapRow' });
export type SeatMapRow = Static<typeof SeatMapRow>;

export const SeatMapSeat = Type.Object({
  label: Type.String(),
  row: Type.String(),
  number: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  x: Type.Integer({ minimum: 0 }),
  y: Type.Integer({ minimum: 0 }),
  category: Type.String(),
  wheelchair: Type.Boolean(),
  companion: Type.Boolean(),
  status: Type.Unsafe<'available' | 'unavailable'>({ type: 'string', enum: ['available', 'unavailable'] }),
}, { additionalProperties: false, $id: 'SeatMapSeat' });
export type SeatMapSeat = Static<typeof SeatMapSeat>;

export const SeatCategoryAvailability = Type.Object({
  category: Type.String(),
  total: Type.Integer({ minimum: 0 }),
  available: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false, $id: 'SeatCategoryAvailability' });
export type SeatCategoryAvailability = Static<typeof SeatCategoryAvailability>;

export const SeatMap = Type.Object({
  showtime: ref(SeatMapShowtime),
  grid: ref(SeatMapGrid),
  rows: Type.Array(ref(SeatMapRow)),
  seats: Type.Array(ref(SeatMapSeat)),
  prices: Type.Array(ref(SeatCategoryPrice)),
  counts: Type.Array(ref(SeatCategoryAvailability)),
}, { additionalProperties: false, $id: 'SeatMap' });
export type SeatMap = Static<typeof SeatMap>;

export const CityIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }),
  country: Type.String({ pattern: '^[A-Z]{2}$' }),
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
  languages: Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { minItems: 1, maxItems: 20, uniqueItems: true }),
  genres: Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' }), { minItems: 1, maxItems: 10, uniqueItems: true }),
  durationMinutes: Type.Integer({ minimum: 1, maximum: 600 }),
  certification: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()])),
  releaseDate: Type.Optional(Type.String({ format: 'date' })),
  synopsis: Type.Optional(Type.String({ minLength: 1, maxLength: 5000, pattern: '^[^\\u0000]*$' })),
  externalId: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' })),
}, { additionalProperties: false, $id: 'MovieIn' });
export type MovieIn = Static<typeof MovieIn>;

export const MoviePatch = Type.Object({
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' })),
  localizedTitles: Type.Optional(record(Type.String({ minLength: 1, maxLength: 300, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), { maxProperties: 50, propertyNames: { pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' } })),
  languages: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2}$' }), { minItems: 1, maxItems: 20, uniqueItems: true })),
  genres: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z][a-z0-9-]{0,31}$' }), { minItems: 1, maxItems: 10, uniqueItems: true })),
  durationMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 600 })),
  certification: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 16, pattern: '^[^\\u0000-\\u001f\\u007f]*$' }), Type.Null()])),
  releaseDate: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  synopsis: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 5000, pattern: '^[^\\u0000]*$' }), Type.Null()])),
  externalId: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$' }), Type.Null()])),
}, { additionalProperties: false, minProperties: 1, $id: 'MoviePatch' });
export type MoviePatch = Static<typeof MoviePatch>;

export const AdminMovie = Type.Object({
  id: Type.String(),
  title: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  languages: Type.Array(Type.String()),
  genres: Type.Array(Type.String()),
  durationMinutes: Type.Integer({ minimum: 1 }),
  certification: Type.Union([Type.String(), Type.Null()]),
  releaseDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  synopsis: Type.Union([Type.String(), Type.Null()]),
  localizedTitles: record(Type.String(), { propertyNames: { pattern: '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$' } }),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'AdminMovie' });
export type AdminMovie = Static<typeof AdminMovie>;

export const PartnerIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  kind: Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] }),
}, { additionalProperties: false, $id: 'PartnerIn' });
export type PartnerIn = Static<typeof PartnerIn>;

export const Partner = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.Unsafe<'theatre' | 'aggregator'>({ type: 'string', enum: ['theatre', 'aggregator'] }),
  status: Type.Unsafe<'active' | 'suspended'>({ type: 'string', enum: ['active', 'suspended'] }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Partner' });
export type Partner = Static<typeof Partner>;

export const PartnerList = Type.Object({
  data: Type.Array(ref(Partner)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'PartnerList' });
export type PartnerList = Static<typeof PartnerList>;

export const ApiKeyIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 100 }),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] }), { minItems: 1, uniqueItems: true }),
}, { additionalProperties: false, $id: 'ApiKeyIn' });
export type ApiKeyIn = Static<typeof ApiKeyIn>;

export const ApiKey = Type.Object({
  id: Type.String(),
  partnerId: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] })),
  environment: Type.Unsafe<'live' | 'test'>({ type: 'string', enum: ['live', 'test'] }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
}, { additionalProperties: false, $id: 'ApiKey' });
export type ApiKey = Static<typeof ApiKey>;

export const ApiKeyList = Type.Object({
  data: Type.Array(ref(ApiKey)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'ApiKeyList' });
export type ApiKeyList = Static<typeof ApiKeyList>;

export const IssuedApiKey = Type.Object({
  id: Type.String(),
  partnerId: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  scopes: Type.Array(Type.Unsafe<'read' | 'inventory:write' | 'bookings:write' | 'webhooks:manage'>({ type: 'string', enum: ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] })),
  environment: Type.Unsafe<'live' | 'test'>({ type: 'string', enum: ['live', 'test'] }),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  secret: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'IssuedApiKey' });
export type IssuedApiKey = Static<typeof IssuedApiKey>;

export const CallingPartner = Type.Object({
  partner: ref(Partner),
  apiKey: ref(ApiKey),
}, { additionalProperties: false, $id: 'CallingPartner' });
export type CallingPartner = Static<typeof CallingPartner>;

export const AuditRecord = Type.Object({
  id: Type.String(),
  actorType: Type.Unsafe<'admin' | 'partner' | 'customer' | 'system'>({ type: 'string', enum: ['admin', 'partner', 'customer', 'system'] }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  partnerId: Type.Union([Type.String(), Type.Null()]),
  apiKeyId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetIds: Type.Array(Type.String()),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Union([Type.Object({}, { additionalProperties: true }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'AuditRecord' });
export type AuditRecord = Static<typeof AuditRecord>;

export const AuditRecordList = Type.Object({
  data: Type.Array(ref(AuditRecord)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
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
  id: Type.String(),
  theatreId: Type.String(),
  externalRef: Type.String(),
  name: Type.String(),
  status: Type.Unsafe<'active' | 'retired'>({ type: 'string', enum: ['active', 'retired'] }),
  version: Type.Integer({ minimum: 1 }),
  currentLayout: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Screen' });
export type Screen = Static<typeof Screen>;

export const ScreenList = Type.Object({
  data: Type.Array(ref(Screen)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'ScreenList' });
export type ScreenList = Static<typeof ScreenList>;

export const SeatLayoutIn = Type.Object({
  rows: Type.Array(Type.Object({
    label: Type.String({ pattern: '^[A-Z]{1,3}$' }),
    y: Type.Optional(Type.Integer({ minimum: 0, maximum: 119 })),
    seats: Type.Array(Type.Object({
      number: Type.Integer({ minimum: 1, maximum: 999 }),
      category: Type.Unsafe<'standard' | 'premium' | 'recliner'>({ type: 'string', enum: ['standard', 'premium', 'recliner'] }),
      x: Type.Optional(Type.Integer({ minimum: 0, maximum: 199 })),
      wheelchair: Type.Optional(Type.Boolean()),
      companion: Type.Optional(Type.Boolean()),
    }, { additionalProperties: false }), { minItems: 1, maxItems: 100 }),
  }, { additionalProperties: false }), { minItems: 1, maxItems: 60 }),
}, { additionalProperties: false, $id: 'SeatLayoutIn' });
export type SeatLayoutIn = Static<typeof SeatLayoutIn>;

export const SeatLayoutSummary = Type.Object({
  id: Type.String(),
  screenId: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  seatCount: Type.Integer({ minimum: 1 }),
  categories: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
}, { additionalProperties: false, $id: 'SeatLayoutSummary' });
export type SeatLayoutSummary = Static<typeof SeatLayoutSummary>;

export const SeatLayoutList = Type.Object({
  data: Type.Array(ref(SeatLayoutSummary)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'SeatLayoutList' });
export type SeatLayoutList = Static<typeof SeatLayoutList>;

export const SeatLayout = Type.Object({
  id: Type.String(),
  screenId: Type.String(),
  version: Type.Integer({ minimum: 1 }),
  seatCount: Type.Integer({ minimum: 1 }),
  categories: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  retiredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  rows: Type.Array(Type.Object({
    label: Type.String(),
    y: Type.Integer(),
    seats: Type.Array(Type.Object({
      label: Type.String(),
      number: Type.Integer(),
      category: Type.String(),
      x: Type.Integer(),
      wheelchair: Type.Boolean(),
      companion: Type.Boolean(),
    }, { additionalProperties: false })),
  }, { additionalProperties: false })),
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
  movieExternalId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  startsAt: Type.Optional(Type.String({ format: 'date-time' })),
  startsAtLocal: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$' })),
  language: Type.String({ pattern: '^[a-z]{2}$' }),
  format: Type.Unsafe<'2D' | '3D' | 'IMAX' | 'IMAX_3D' | '4DX' | '4DX_3D' | 'SCREENX' | 'DOLBY_CINEMA'>({ type: 'string', enum: ['2D', '3D', 'IMAX', 'IMAX_3D', '4DX', '4DX_3D', 'SCREENX', 'DOLBY_CINEMA'] }),
  prices: Type.Array(ref(SeatCategoryPrice), { minItems: 1, maxItems: 20 }),
}, { additionalProperties: false, $id: 'ScheduleShowtimeIn' });
export type ScheduleShowtimeIn = Static<typeof ScheduleShowtimeIn>;

export const ScheduleIn = Type.Object({
  window: Type.Object({
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
  }, { additionalProperties: false }),
  cancelMissing: Type.Optional(Type.Unsafe<'refuse' | 'force'>({ type: 'string', enum: ['refuse', 'force'] })),
  dryRun: Type.Optional(Type.Boolean()),
  screens: Type.Optional(Type.Array(ref(ScheduleScreenIn), { maxItems: 50 })),
  showtimes: Type.Array(ref(ScheduleShowtimeIn), { maxItems: 2000 }),
}, { additionalProperties: false, $id: 'ScheduleIn' });
export type ScheduleIn = Static<typeof ScheduleIn>;

export const ScheduleSyncResult = Type.Object({
  theatreId: Type.String(),
  dryRun: Type.Boolean(),
  window: Type.Object({
    from: Type.String({ format: 'date-time' }),
    to: Type.String({ format: 'date-time' }),
  }, { additionalProperties: false }),
  screens: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0 }),
      updated: Type.Integer({ minimum: 0 }),
      unchanged: Type.Integer({ minimum: 0 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      id: Type.Union([Type.String(), Type.Null()]),
      externalRef: Type.String(),
    }, { additionalProperties: false })),
    updated: Type.Array(Type.Object({
      id: Type.String(),
      externalRef: Type.String(),
      changed: Type.Array(Type.String()),
    }, { additionalProperties: false })),
    unchanged: Type.Array(Type.Object({
      id: Type.Union([Type.String(), Type.Null()]),
      externalRef: Type.String(),
    }, { additionalProperties: false })),
  }, { additionalProperties: false }),
  layouts: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0 }),
      unchanged: Type.Integer({ minimum: 0 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      screenId: Type.Union([Type.String(), Type.Null()]),
      screenExternalRef: Type.String(),
      layoutId: Type.Union([Type.String(), Type.Null()]),
      version: Type.Integer({ minimum: 1 }),
    }, { additionalProperties: false })),
    unchanged: Type.Array(Type.Object({
      screenId: Type.Union([Type.String(), Type.Null()]),
      screenExternalRef: Type.String(),
      layoutId: Type.Union([Type.String(), Type.Null()]),
      version: Type.Integer({ minimum: 1 }),
    }, { additionalProperties: false })),
  }, { additionalProperties: false }),
  showtimes: Type.Object({
    counts: Type.Object({
      created: Type.Integer({ minimum: 0 }),
      updated: Type.Integer({ minimum: 0 }),
      unchanged: Type.Integer({ minimum: 0 }),
      cancelled: Type.Integer({ minimum: 0 }),
    }, { additionalProperties: false }),
    created: Type.Array(Type.Object({
      id: Type.Union([Type.String(), Type.Null()]),
      externalRef: Type.String(),
    }, { additionalProperties: false })),
    updated: Type.Array(Type.Object({
      id: Type.String(),
      externalRef: Type.String(),
      changed: Type.Array(Type.String()),
    }, { additionalProperties: false })),
    unchanged: Type.Array(Type.Object({
      id: Type.Union([Type.String(), Type.Null()]),
      externalRef: Type.String(),
    }, { additionalProperties: false })),
    cancelled: Type.Array(Type.Object({
      id: Type.Union([Type.String(), Type.Null()]),
      externalRef: Type.String(),
    }, { additionalProperties: false })),
  }, { additionalProperties: false }),
  bookingsCancelled: Type.Integer({ minimum: 0 }),
}, { additionalProperties: false, $id: 'ScheduleSyncResult' });
export type ScheduleSyncResult = Static<typeof ScheduleSyncResult>;

export const HoldIn = Type.Object({
  showtimeId: Type.String({ minLength: 1, maxLength: 64 }),
  customerRef: Type.Optional(Type.String({ pattern: '^[\\x21-\\x7e]{1,128}$' })),
  seats: Type.Optional(Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { minItems: 1, maxItems: 100, uniqueItems: true })),
  bestAvailable: Type.Optional(Type.Object({
    category: Type.String({ pattern: '^[a-z][a-z0-9_]{0,31}$' }),
    quantity: Type.Integer({ minimum: 1, maximum: 100 }),
    wheelchair: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    preferredRowDepth: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  }, { additionalProperties: false })),
}, { additionalProperties: false, $id: 'HoldIn' });
export type HoldIn = Static<typeof HoldIn>;

export const HoldExtendIn = Type.Object({
  seconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 3600 })),
}, { additionalProperties: false, $id: 'HoldExtendIn' });
export type HoldExtendIn = Static<typeof HoldExtendIn>;

export const QuoteDiscount = Type.Object({
  offerId: Type.String(),
  description: Type.String(),
  amount: ref(Money),
}, { additionalProperties: false, $id: 'QuoteDiscount' });
export type QuoteDiscount = Static<typeof QuoteDiscount>;

export const QuoteLine = Type.Object({
  label: Type.String(),
  category: Type.String(),
  basePrice: ref(Money),
  discounts: Type.Array(ref(QuoteDiscount)),
  price: ref(Money),
}, { additionalProperties: false, $id: 'QuoteLine' });
export type QuoteLine = Static<typeof QuoteLine>;

export const Quote = Type.Object({
  lines: Type.Array(ref(QuoteLine)),
  total: ref(Money),
}, { additionalProperties: false, $id: 'Quote' });
export type Quote = Static<typeof Quote>;

export const HoldSeat = Type.Object({
  label: Type.String(),
  category: Type.String(),
  price: ref(Money),
}, { additionalProperties: false, $id: 'HoldSeat' });
export type HoldSeat = Static<typeof HoldSeat>;

export const Hold = Type.Object({
  id: Type.String(),
  showtimeId: Type.String(),
  customerRef: Type.Union([Type.String(), Type.Null()]),
  status: Type.Unsafe<'active' | 'released' | 'expired' | 'converted'>({ type: 'string', enum: ['active', 'released', 'expired', 'converted'] }),
  seats: Type.Array(ref(HoldSeat)),
  quote: ref(Quote),
  expiresAt: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Hold' });
export type Hold = Static<typeof Hold>;

export const OfferIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  percentOff: Type.Integer({ minimum: 1, maximum: 100 }),
  nth: Type.Optional(Type.Union([Type.Integer({ minimum: 2, maximum: 100 }), Type.Null()])),
  repeats: Type.Optional(Type.Boolean()),
  windowStart: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()])),
  windowEnd: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()])),
  daysOfWeek: Type.Optional(Type.Union([Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }), Type.Null()])),
  scope: Type.Optional(Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] })),
  scopeIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true })),
  validFrom: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  validUntil: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000 })),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  status: Type.Optional(Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] })),
}, { additionalProperties: false, $id: 'OfferIn' });
export type OfferIn = Static<typeof OfferIn>;

export const OfferPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 500 }), Type.Null()])),
  percentOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  nth: Type.Optional(Type.Union([Type.Integer({ minimum: 2, maximum: 100 }), Type.Null()])),
  repeats: Type.Optional(Type.Boolean()),
  windowStart: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()])),
  windowEnd: Type.Optional(Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()])),
  daysOfWeek: Type.Optional(Type.Union([Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { minItems: 1, maxItems: 7, uniqueItems: true }), Type.Null()])),
  scope: Type.Optional(Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] })),
  scopeIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 100, uniqueItems: true })),
  validFrom: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  validUntil: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  priority: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000000 })),
}, { additionalProperties: false, minProperties: 1, $id: 'OfferPatch' });
export type OfferPatch = Static<typeof OfferPatch>;

export const Offer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  percentOff: Type.Integer(),
  nth: Type.Union([Type.Integer(), Type.Null()]),
  repeats: Type.Boolean(),
  windowStart: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()]),
  windowEnd: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()]),
  daysOfWeek: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
  scope: Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] }),
  scopeIds: Type.Array(Type.String()),
  validFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  priority: Type.Integer(),
  status: Type.Unsafe<'active' | 'disabled'>({ type: 'string', enum: ['active', 'disabled'] }),
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Offer' });
export type Offer = Static<typeof Offer>;

export const OfferList = Type.Object({
  data: Type.Array(ref(Offer)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'OfferList' });
export type OfferList = Static<typeof OfferList>;

export const PublicOffer = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  kind: Type.Unsafe<'nth_ticket' | 'time_window'>({ type: 'string', enum: ['nth_ticket', 'time_window'] }),
  percentOff: Type.Integer(),
  nth: Type.Union([Type.Integer(), Type.Null()]),
  repeats: Type.Boolean(),
  windowStart: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()]),
  windowEnd: Type.Union([Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' }), Type.Null()]),
  daysOfWeek: Type.Union([Type.Array(Type.Integer()), Type.Null()]),
  scope: Type.Unsafe<'all' | 'cities' | 'theatres'>({ type: 'string', enum: ['all', 'cities', 'theatres'] }),
  scopeIds: Type.Array(Type.String()),
  validFrom: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  validUntil: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  priority: Type.Integer(),
}, { additionalProperties: false, $id: 'PublicOffer' });
export type PublicOffer = Static<typeof PublicOffer>;

export const PublicOfferList = Type.Object({
  data: Type.Array(ref(PublicOffer)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'PublicOfferList' });
export type PublicOfferList = Static<typeof PublicOfferList>;

export const QuoteIn = Type.Object({
  seats: Type.Array(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]{0,2}$' }), { minItems: 1, maxItems: 100, uniqueItems: true }),
}, { additionalProperties: false, $id: 'QuoteIn' });
export type QuoteIn = Static<typeof QuoteIn>;

export const BookingPaymentIn = Type.Union([Type.Object({
  method: Type.Literal('partner_collected'),
  reference: Type.String({ pattern: '^[\\x20-\\x7e]{1,128}$' }),
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
  partnerId: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingChannel' });
export type BookingChannel = Static<typeof BookingChannel>;

export const BookingSeat = Type.Object({
  label: Type.String(),
  category: Type.String(),
}, { additionalProperties: false, $id: 'BookingSeat' });
export type BookingSeat = Static<typeof BookingSeat>;

export const BookingPayment = Type.Object({
  method: Type.Unsafe<'partner_collected' | 'pay_at_venue' | 'card'>({ type: 'string', enum: ['partner_collected', 'pay_at_venue', 'card'] }),
  status: Type.Unsafe<'pending' | 'captured' | 'refunded' | 'partially_refunded' | 'failed' | 'voided'>({ type: 'string', enum: ['pending', 'captured', 'refunded', 'partially_refunded', 'failed', 'voided'] }),
  amount: ref(Money),
  reference: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingPayment' });
export type BookingPayment = Static<typeof BookingPayment>;

export const BookingRefund = Type.Object({
  amount: ref(Money),
  status: Type.Unsafe<'pending' | 'succeeded' | 'failed'>({ type: 'string', enum: ['pending', 'succeeded', 'failed'] }),
}, { additionalProperties: false, $id: 'BookingRefund' });
export type BookingRefund = Static<typeof BookingRefund>;

export const BookingCancellation = Type.Object({
  cancelledAt: Type.String({ format: 'date-time' }),
  cause: Type.Unsafe<'requested' | 'showtime_cancelled'>({ type: 'string', enum: ['requested', 'showtime_cancelled'] }),
  reason: Type.Union([Type.String(), Type.Null()]),
  refund: Type.Union([ref(BookingRefund), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingCancellation' });
export type BookingCancellation = Static<typeof BookingCancellation>;

export const Booking = Type.Object({
  id: Type.String(),
  reference: Type.String({ pattern: '^MQ-[A-Z0-9]{6}$' }),
  showtimeId: Type.String(),
  theatreId: Type.String(),
  channel: ref(BookingChannel),
  customerRef: Type.Union([Type.String(), Type.Null()]),
  status: Type.Unsafe<'confirmed' | 'cancelled'>({ type: 'string', enum: ['confirmed', 'cancelled'] }),
  seats: Type.Array(ref(BookingSeat)),
  priceLines: Type.Array(ref(QuoteLine)),
  total: ref(Money),
  payment: ref(BookingPayment),
  cancellableUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  cancellation: Type.Union([ref(BookingCancellation), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'Booking' });
export type Booking = Static<typeof Booking>;

export const BookingList = Type.Object({
  data: Type.Array(ref(Booking)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'BookingList' });
export type BookingList = Static<typeof BookingList>;

export const BookingCancelIn = Type.Object({
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
}, { additionalProperties: false, $id: 'BookingCancelIn' });
export type BookingCancelIn = Static<typeof BookingCancelIn>;

export const BulkBookingIn = Type.Object({
  items: Type.Array(ref(BookingIn), { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false, $id: 'BulkBookingIn' });
export type BulkBookingIn = Static<typeof BulkBookingIn>;

export const BulkBookingResult = Type.Object({
  data: Type.Array(ref(Booking)),
}, { additionalProperties: false, $id: 'BulkBookingResult' });
export type BulkBookingResult = Static<typeof BulkBookingResult>;

export const BulkCancellationIn = Type.Object({
  bookingIds: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100, uniqueItems: true }),
  reason: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
}, { additionalProperties: false, $id: 'BulkCancellationIn' });
export type BulkCancellationIn = Static<typeof BulkCancellationIn>;

export const BulkCancellationRefusal = Type.Object({
  status: Type.Integer(),
  code: Type.Unsafe<'not_found' | 'booking_cancelled' | 'cancellation_closed'>({ type: 'string', enum: ['not_found', 'booking_cancelled', 'cancellation_closed'] }),
  detail: Type.String(),
}, { additionalProperties: false, $id: 'BulkCancellationRefusal' });
export type BulkCancellationRefusal = Static<typeof BulkCancellationRefusal>;

export const BulkCancellationOutcome = Type.Object({
  bookingId: Type.String(),
  outcome: Type.Unsafe<'cancelled' | 'refused'>({ type: 'string', enum: ['cancelled', 'refused'] }),
  booking: Type.Union([ref(Booking), Type.Null()]),
  refusal: Type.Union([ref(BulkCancellationRefusal), Type.Null()]),
}, { additionalProperties: false, $id: 'BulkCancellationOutcome' });
export type BulkCancellationOutcome = Static<typeof BulkCancellationOutcome>;

export const BulkCancellationResult = Type.Object({
  data: Type.Array(ref(BulkCancellationOutcome)),
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
  id: Type.String(),
  url: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  eventTypes: Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] })),
  status: Type.Unsafe<'enabled' | 'disabled'>({ type: 'string', enum: ['enabled', 'disabled'] }),
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  failingSince: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'WebhookEndpoint' });
export type WebhookEndpoint = Static<typeof WebhookEndpoint>;

export const WebhookEndpointList = Type.Object({
  data: Type.Array(ref(WebhookEndpoint)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookEndpointList' });
export type WebhookEndpointList = Static<typeof WebhookEndpointList>;

export const WebhookEndpointWithSecret = Type.Object({
  id: Type.String(),
  url: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  eventTypes: Type.Array(Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] })),
  status: Type.Unsafe<'enabled' | 'disabled'>({ type: 'string', enum: ['enabled', 'disabled'] }),
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  failingSince: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  previousSecretExpiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  secret: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookEndpointWithSecret' });
export type WebhookEndpointWithSecret = Static<typeof WebhookEndpointWithSecret>;

export const EventAggregate = Type.Object({
  type: Type.String(),
  id: Type.String(),
  version: Type.Integer(),
}, { additionalProperties: false, $id: 'EventAggregate' });
export type EventAggregate = Static<typeof EventAggregate>;

export const Event = Type.Object({
  id: Type.String(),
  type: Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }),
  createdAt: Type.String({ format: 'date-time' }),
  aggregate: ref(EventAggregate),
  data: Type.Object({}, { additionalProperties: true }),
}, { additionalProperties: false, $id: 'Event' });
export type Event = Static<typeof Event>;

export const FeedEvent = Type.Object({
  id: Type.String(),
  type: Type.Unsafe<'booking.confirmed' | 'booking.cancelled' | 'hold.expired' | 'inventory.updated' | 'showtime.created' | 'showtime.updated' | 'showtime.cancelled' | 'theatre.created' | 'theatre.updated' | 'webhook_endpoint.disabled' | 'webhook_endpoint.test'>({ type: 'string', enum: ['booking.confirmed', 'booking.cancelled', 'hold.expired', 'inventory.updated', 'showtime.created', 'showtime.updated', 'showtime.cancelled', 'theatre.created', 'theatre.updated', 'webhook_endpoint.disabled', 'webhook_endpoint.test'] }),
  createdAt: Type.String({ format: 'date-time' }),
  aggregate: ref(EventAggregate),
  data: Type.Object({}, { additionalProperties: true }),
  position: Type.String(),
}, { additionalProperties: false, $id: 'FeedEvent' });
export type FeedEvent = Static<typeof FeedEvent>;

export const EventFeed = Type.Object({
  data: Type.Array(ref(FeedEvent)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'EventFeed' });
export type EventFeed = Static<typeof EventFeed>;

export const WebhookDelivery = Type.Object({
  id: Type.String(),
  endpointId: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  status: Type.Unsafe<'pending' | 'enqueued' | 'delivered' | 'failed'>({ type: 'string', enum: ['pending', 'enqueued', 'delivered', 'failed'] }),
  attemptCount: Type.Integer({ minimum: 0 }),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  deliveredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'WebhookDelivery' });
export type WebhookDelivery = Static<typeof WebhookDelivery>;

export const WebhookDeliveryList = Type.Object({
  data: Type.Array(ref(WebhookDelivery)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookDeliveryList' });
export type WebhookDeliveryList = Static<typeof WebhookDeliveryList>;

export const WebhookAttempt = Type.Object({
  id: Type.String(),
  attemptNumber: Type.Integer({ minimum: 1 }),
  startedAt: Type.String({ format: 'date-time' }),
  durationMs: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
  responseStatus: Type.Union([Type.Integer(), Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
  responseBodyExcerpt: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookAttempt' });
export type WebhookAttempt = Static<typeof WebhookAttempt>;

export const WebhookAttemptList = Type.Object({
  data: Type.Array(ref(WebhookAttempt)),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
}, { additionalProperties: false, $id: 'WebhookAttemptList' });
export type WebhookAttemptList = Static<typeof WebhookAttemptList>;

export const WebhookReplayIn = Type.Object({
  since: Type.String({ format: 'date-time' }),
}, { additionalProperties: false, $id: 'WebhookReplayIn' });
export type WebhookReplayIn = Static<typeof WebhookReplayIn>;

export const WebhookReplayResult = Type.Object({
  replayed: Type.Integer({ minimum: 0 }),
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
