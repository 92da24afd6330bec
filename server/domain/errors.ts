import type { Problem } from '../schemas/generated/components.ts';

/**
 * The stable error codes of the API and the title each one carries. Domain modules throw
 * `DomainError`s with one of these codes; the problem plugin turns them into RFC 9457 responses.
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
  rate_limited: 'Too many requests',
} as const;

export type ProblemCode = keyof typeof problemTitles;

/** A field's place in the input an operation was given: property names and array indexes. */
export type FieldPath = readonly (string | number)[];

/**
 * One bad value: where it is, what is wrong with it and a stable code (`unknown_seat`). The place is
 * a field of the document the operation was given (`['seats', 2]`), one of its parameters (a list's
 * `cursor`) or a header; the HTTP edge turns it into a JSON Pointer into the request.
 */
export type FieldIssue = { message: string; code: string } & ({ field: FieldPath } | { parameter: string } | { header: string });

/** The extension members a problem may carry; each is declared in the contract's `Problem`. */
export type ProblemExtensions = Pick<Problem, 'alternatives' | 'availableNearby'>;

/** What a domain error says beyond its code. */
export interface DomainErrorOptions {
  detail: string;
  /** Every bad value, for `validation_failed` and for refusals that list what they refuse. */
  issues?: FieldIssue[];
  /** The ids of the resources the request conflicts with (the showtimes using a layout). */
  conflicts?: string[];
  /** Extension members of the problem beyond the standard ones (`alternatives`). */
  extensions?: ProblemExtensions;
  /** When the same request may succeed if sent again (a race lost, a dependency down). */
  retryAfterSeconds?: number;
}

/**
 * A refusal by the domain, in its own words: a stable code and what to say about it. The HTTP edge
 * (`plugins/problems.ts`) picks the status for the code and builds the RFC 9457 response.
 */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly detail: string;
  readonly issues?: FieldIssue[];
  readonly conflicts?: string[];
  readonly extensions?: ProblemExtensions;
  readonly retryAfterSeconds?: number;

  constructor(
    readonly code: ProblemCode,
    { detail, issues, conflicts, extensions, retryAfterSeconds }: DomainErrorOptions,
  ) {
    super(detail);
    this.detail = detail;
    this.issues = issues;
    this.conflicts = conflicts;
    this.extensions = extensions;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export function notFound(resource: string, id: string): DomainError {
  return new DomainError('not_found', { detail: `No ${resource} with id '${id}'.` });
}

/** A parameter (of a list or a lookup) the operation cannot use. */
export function invalidParameter(name: string, { message, code = 'invalid_value' }: { message: string; code?: string }): DomainError {
  return new DomainError('validation_failed', {
    detail: `Query parameter '${name}' is not valid.`,
    issues: [{ parameter: name, message, code }],
  });
}
