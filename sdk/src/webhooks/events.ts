import type { EventType, Schema } from '../types.ts';

/**
 * One event as a webhook carries it: the contract's `Event` envelope, narrowed by `type` so a
 * `switch (event.type)` checks every case. Built from the contract, so a new event type there
 * becomes a new member here.
 */
export type WebhookEvent = { [T in EventType]: Omit<Schema<'Event'>, 'type'> & { type: T } }[EventType];

/** The member of `WebhookEvent` with one `type`: `WebhookEventOf<'booking.confirmed'>`. */
export type WebhookEventOf<T extends EventType> = Extract<WebhookEvent, { type: T }>;

// Types vanish at runtime, so the verifier needs the names as values. A Record keyed by the
// contract's union makes the compiler reject a missing name and an extra one alike: when the
// contract gains an event type, this stops compiling until it is added.
const EVENT_TYPE_NAMES: Record<EventType, true> = {
  'booking.confirmed': true,
  'booking.cancelled': true,
  'hold.expired': true,
  'inventory.updated': true,
  'showtime.created': true,
  'showtime.updated': true,
  'showtime.cancelled': true,
  'theatre.created': true,
  'theatre.updated': true,
  'webhook_endpoint.disabled': true,
  'webhook_endpoint.test': true,
};

/** Every event type the contract names. */
export const EVENT_TYPES = Object.freeze(Object.keys(EVENT_TYPE_NAMES) as EventType[]);

/** True for a name the contract lists as an event type. */
export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.hasOwn(EVENT_TYPE_NAMES, value);
}

/**
 * Narrows an event to one type, for code that handles a single kind:
 *
 * ```ts
 * if (isWebhookEventOfType(event, 'booking.cancelled')) releaseSeatsAtTheCounter(event.aggregate.id);
 * ```
 */
export function isWebhookEventOfType<T extends EventType>(event: WebhookEvent, type: T): event is WebhookEventOf<T> {
  return event.type === type;
}
