export { Marquee } from './client.ts';
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
