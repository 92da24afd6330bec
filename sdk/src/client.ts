import { ApiPromise } from './api-promise.ts';
import type { Caller } from './caller.ts';
import { followEvents, type FollowEventsOptions } from './events/follow.ts';
import { EventsResource, MarqueeResources, WebhooksResource } from './generated/resources.ts';
import { PagePromise } from './pagination.ts';
import type { ScheduleDocument } from './schedule/split.ts';
import { syncSchedule, type SyncScheduleOptions } from './schedule/sync.ts';
import { Transport, type ApiRequest, type ClientOptions, type RequestOptions } from './transport.ts';
import { verifyWebhook, type VerifyWebhookOptions, type WebhookHeaders } from './webhooks/verify.ts';

/** The events feed's operations, and `follow()`: the feed as an endless async iterator. */
export class Events extends EventsResource {
  /** Every event after `after`, in feed order, then each new one as it comes (polling with backoff). */
  follow(options?: FollowEventsOptions) {
    return followEvents(this, options);
  }
}

/** The webhook operations, and `verify()` for your receiver. */
export class Webhooks extends WebhooksResource {
  /** The event a delivery carries, once its signature is proven; see `verifyWebhook`. */
  verify(rawBody: string | Uint8Array, headers: WebhookHeaders, secret: string | readonly string[], options?: VerifyWebhookOptions) {
    return verifyWebhook(rawBody, headers, secret, options);
  }
}

/**
 * The Marquee API client. One instance holds one keep-alive connection pool; share it, and
 * `close()` it when you are done.
 *
 * ```ts
 * const marquee = new Marquee({ baseUrl: 'https://api.marquee.example', apiKey: process.env.MARQUEE_API_KEY });
 * for await (const booking of marquee.bookings.list({ status: 'confirmed' })) console.log(booking.id);
 * ```
 */
export class Marquee extends MarqueeResources {
  override readonly events: Events;
  override readonly webhooks: Webhooks;
  private readonly transport: Transport;

  constructor(options: ClientOptions) {
    const transport = new Transport(options);
    const caller = callerOn(transport);
    super(caller);
    this.transport = transport;
    this.events = new Events(caller);
    this.webhooks = new Webhooks(caller);
  }

  /**
   * Applies a theatre's whole schedule document, of any size: split into consecutive windows the
   * API accepts, sent in order, each with an idempotency key derived from its body, so a re-run
   * after a crash replays what was applied and applies the rest.
   */
  syncSchedule(theatreId: string, document: ScheduleDocument, options?: SyncScheduleOptions) {
    return syncSchedule(this, theatreId, document, options);
  }

  /** Closes the connection pool (not a dispatcher you passed in). */
  close(): Promise<void> {
    return this.transport.close();
  }
}

function callerOn(transport: Transport): Caller {
  return {
    call: <T>(request: ApiRequest, options?: RequestOptions) => new ApiPromise(transport.send<T>(request, options)),
    list: <Item>(request: ApiRequest, cursorParameter: string, options?: RequestOptions) =>
      new PagePromise<Item>((cursor) =>
        transport.send(cursor === undefined ? request : { ...request, query: { ...request.query, [cursorParameter]: cursor } }, options),
      ),
  };
}
