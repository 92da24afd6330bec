import type { Problem, ValidationIssue } from '../schemas/generated/components.ts';

/**
 * The stable error codes of the API and the title each one carries. Domain modules throw
 * `ProblemError`s with one of these codes; the problem plugin turns them into RFC 9457 responses.
 */
export const problemTitles = {
  validation_failed: 'The request is not valid',
  invalid_json: 'The request body is not valid JSON',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'The request body is too large',
  invalid_url: 'The URL is not valid',
  uri_too_long: 'The URL is too long',
  invalid_api_key: 'The API key is missing, unknown or revoked',
  invalid_token: 'The access token is missing or not valid',
  partner_suspended: 'The partner is suspended',
  insufficient_scope: 'These credentials may not do this',
  not_found: 'Not found',
  idempotency_key_reused: 'The idempotency key was used with another request',
  idempotency_in_flight: 'A request with this idempotency key is still in progress',
  conflict: 'The request conflicts with the current state',
  external_ref_in_use: 'The external reference is already in use',
  theatre_has_showtimes: 'The theatre has showtimes',
  showtime_overlap: 'The showtime overlaps another on the same screen',
  showtime_has_sales: 'The showtime has sold seats',
  showtime_cancelled: 'The showtime is cancelled',
  showtime_fixed: 'A showtime keeps its screen and movie',
  screen_has_no_layout: 'The screen has no seat layout',
  precondition_failed: 'The resource has changed since it was read',
  layout_in_use: 'The seat layout is used by showtimes',
  seats_unavailable: 'Some of the seats are not available',
  best_available_unavailable: 'No seats can be found that meet the best-available request',
  showtime_started: 'The showtime has started',
  hold_limit_reached: 'The customer already has an active hold on this showtime',
  hold_expired: 'The hold has expired or was released',
  hold_extension_limit: 'The hold cannot be extended any further',
  hold_converted: 'The hold has become a booking',
  payment_method_unavailable: 'The payment method is not available for this booking',
  booking_cancelled: 'The booking is already cancelled',
  cancellation_closed: 'The booking can no longer be cancelled',
  schedule_conflict: 'The schedule conflicts with what Marquee holds',
  bulk_booking_refused: 'Some holds could not be booked; nothing was booked',
  concurrent_update: 'A concurrent request got in the way; retry',
  unsafe_webhook_target: 'The webhook URL is not an allowed target',
  webhook_endpoint_disabled: 'The webhook endpoint is disabled',
  webhook_delivery_in_flight: 'The delivery is being attempted right now',
  unknown_scope_ids: 'Some scope ids name no city or theatre',
  method_not_allowed: 'Method not allowed',
  internal_error: 'Internal server error',
  service_unavailable: 'Service unavailable',
  identity_provider_unavailable: 'The identity provider cannot be reached',
  request_timeout: 'Request timeout',
} as const;

export type ProblemCode = keyof typeof problemTitles;

export type { ValidationIssue };

/** The extension members a problem may carry; each is declared in the contract's `Problem`. */
export type ProblemExtensions = Pick<Problem, 'alternatives' | 'availableNearby'>;

export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly detail: string,
    readonly errors?: ValidationIssue[],
    /** Response headers that belong to the problem, such as `retry-after`. */
    readonly headers?: Record<string, string>,
    /** The ids of the resources the request conflicts with (the showtimes using a layout). */
    readonly conflicts?: string[],
    /** Extension members of the problem body beyond the standard ones (`alternatives`). */
    readonly extensions?: ProblemExtensions,
  ) {
    super(detail);
  }
}

export function notFound(resource: string, id: string): ProblemError {
  return new ProblemError(404, 'not_found', `No ${resource} with id '${id}'.`);
}

export function invalidQuery(name: string, message: string, code = 'invalid_value'): ProblemError {
  return new ProblemError(400, 'validation_failed', `Query parameter '${name}' is not valid.`, [
    { path: `/query/${name}`, message, code },
  ]);
}
