export { Events, Marquee, Webhooks } from './client.ts';
export { ApiPromise } from './api-promise.ts';
export { PagePromise, type Page } from './pagination.ts';
export type { ClientOptions, RequestOptions } from './transport.ts';
export {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  IdempotencyError,
  MarqueeError,
  NotFoundError,
  PermissionError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  type ResponseInfo,
} from './errors.ts';
export { OPERATION_METHODS } from './generated/resources.ts';
export type {
  EventType,
  ListItem,
  OperationId,
  Problem,
  ProblemCode,
  QueryParams,
  RequestBody,
  ResponseBody,
  Schema,
  ValidationIssue,
} from './types.ts';
export type { components, operations, paths } from './generated/schema.ts';
export { VERSION } from './version.ts';
export { followEvents, type EventFeedReader, type FeedEvent, type FollowEventsOptions } from './events/follow.ts';
export type { ScheduleDocument } from './schedule/split.ts';
export { syncSchedule, type ScheduleClient, type ScheduleSyncOutcome, type ScheduleSyncProgress, type ScheduleSyncRequest, type SyncScheduleOptions } from './schedule/sync.ts';
export { DEFAULT_WEBHOOK_TOLERANCE_SECONDS, verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions, type WebhookHeaders, type WebhookVerificationReason } from './webhooks/verify.ts';
export { generateWebhookSecret, signWebhook } from './webhooks/sign.ts';
export { EVENT_TYPES, isEventType, isWebhookEventOfType, type WebhookEvent, type WebhookEventOf } from './webhooks/events.ts';
