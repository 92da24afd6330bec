import { Type } from '@sinclair/typebox';
import { WEBHOOK_DELIVERY_STATUSES, WEBHOOK_ENDPOINT_STATUSES } from '../db/schema/events.ts';
import type { EventType } from '../domain/outbox.ts';
import { Nullable, listOf } from './common.ts';
import { StringEnum } from './enum.ts';

const Timestamp = Type.String({ format: 'date-time' });
const Line = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '^[^\\x00-\\x1f\\x7f]*$' });

/** Every event type an endpoint may ask for; kept equal to the outbox's `EventType` by the compiler. */
export const EVENT_TYPES = [
  'booking.confirmed',
  'booking.cancelled',
  'hold.expired',
  'inventory.updated',
  'showtime.created',
  'showtime.updated',
  'showtime.cancelled',
  'theatre.created',
  'theatre.updated',
  'webhook_endpoint.disabled',
  'webhook_endpoint.test',
] as const satisfies readonly EventType[];
type MissingEventType = Exclude<EventType, (typeof EVENT_TYPES)[number]>;
// Fails to compile when the outbox gains a type this list lacks.
const everyEventTypeListed: [MissingEventType] extends [never] ? true : MissingEventType = true;
void everyEventTypeListed;

/** How many event types one endpoint may list; more is the same as all. */
export const EVENT_TYPES_CEILING = EVENT_TYPES.length;

const EventTypeName = StringEnum(EVENT_TYPES);
const EventTypes = Type.Array(EventTypeName, { maxItems: EVENT_TYPES_CEILING, uniqueItems: true });
const WebhookUrl = Type.String({ minLength: 1, maxLength: 2048, format: 'uri' });

export const WebhookEndpointIn = Type.Object(
  {
    url: WebhookUrl,
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Line(500)),
  },
  { $id: 'WebhookEndpointIn', additionalProperties: false },
);

export const WebhookEndpointPatch = Type.Object(
  {
    url: Type.Optional(WebhookUrl),
    eventTypes: Type.Optional(EventTypes),
    description: Type.Optional(Nullable(Line(500))),
  },
  { $id: 'WebhookEndpointPatch', additionalProperties: false, minProperties: 1 },
);

const endpointProperties = {
  id: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  eventTypes: Type.Array(EventTypeName),
  status: StringEnum(WEBHOOK_ENDPOINT_STATUSES),
  disabledReason: Nullable(Type.String()),
  failingSince: Nullable(Timestamp),
  previousSecretExpiresAt: Nullable(Timestamp),
  version: Type.Integer({ minimum: 1 }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

export const WebhookEndpoint = Type.Object(endpointProperties, { $id: 'WebhookEndpoint', additionalProperties: false });
export const WebhookEndpointList = listOf(WebhookEndpoint, 'WebhookEndpointList');

/** The answer to registering an endpoint or rotating its secret: the one time the secret shows. */
export const WebhookEndpointWithSecret = Type.Object(
  { ...endpointProperties, secret: Nullable(Type.String()) },
  { $id: 'WebhookEndpointWithSecret', additionalProperties: false },
);

export const EventAggregate = Type.Object(
  { type: Type.String(), id: Type.String(), version: Type.Integer() },
  { $id: 'EventAggregate', additionalProperties: false },
);

const eventProperties = {
  id: Type.String(),
  type: EventTypeName,
  createdAt: Timestamp,
  aggregate: Type.Ref(EventAggregate),
  data: Type.Object({}, { additionalProperties: true }),
};

/** The envelope of every event, in the feed and as a webhook body. */
export const Event = Type.Object(eventProperties, { $id: 'Event', additionalProperties: false });

export const FeedEvent = Type.Object(
  { ...eventProperties, position: Type.String() },
  { $id: 'FeedEvent', additionalProperties: false },
);
export const EventFeed = listOf(FeedEvent, 'EventFeed');

export const WebhookDelivery = Type.Object(
  {
    id: Type.String(),
    endpointId: Type.String(),
    eventId: Type.String(),
    eventType: Type.String(),
    status: StringEnum(WEBHOOK_DELIVERY_STATUSES),
    attemptCount: Type.Integer({ minimum: 0 }),
    nextAttemptAt: Nullable(Timestamp),
    deliveredAt: Nullable(Timestamp),
    lastError: Nullable(Type.String()),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'WebhookDelivery', additionalProperties: false },
);
export const WebhookDeliveryList = listOf(WebhookDelivery, 'WebhookDeliveryList');

export const WebhookAttempt = Type.Object(
  {
    id: Type.String(),
    attemptNumber: Type.Integer({ minimum: 1 }),
    startedAt: Timestamp,
    durationMs: Nullable(Type.Integer({ minimum: 0 })),
    responseStatus: Nullable(Type.Integer()),
    error: Nullable(Type.String()),
    responseBodyExcerpt: Nullable(Type.String()),
  },
  { $id: 'WebhookAttempt', additionalProperties: false },
);
export const WebhookAttemptList = listOf(WebhookAttempt, 'WebhookAttemptList');

export const WebhookReplayIn = Type.Object({ since: Timestamp }, { $id: 'WebhookReplayIn', additionalProperties: false });

export const WebhookReplayResult = Type.Object(
  { replayed: Type.Integer({ minimum: 0 }) },
  { $id: 'WebhookReplayResult', additionalProperties: false },
);
