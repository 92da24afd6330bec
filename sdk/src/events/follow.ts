import { setTimeout as sleep } from 'node:timers/promises';
import type { Page, PagePromise } from '../pagination.ts';
import type { RequestOptions } from '../transport.ts';
import type { EventType, ListItem, QueryParams } from '../types.ts';

export type FeedEvent = ListItem<'listEvents'>;

/** What `followEvents` needs of a client: `marquee.events` is one. */
export interface EventFeedReader {
  list(query?: QueryParams<'listEvents'>, options?: RequestOptions): PagePromise<FeedEvent>;
}

export interface FollowEventsOptions {
  /** The `position` of the last event you processed; without it, from the oldest event kept (30 days). */
  after?: string;
  /** Only these types. One is filtered by the server; several are filtered here, as the feed goes by. */
  types?: EventType[];
  /** Ends the iteration (without an error) at once, even mid-request or mid-wait. */
  signal?: AbortSignal;
  /** The first wait once caught up, in milliseconds; again after every poll that found events. Default 1 000. */
  pollIntervalMs?: number;
  /** The longest wait: each empty poll doubles the wait up to this. Default 30 000. */
  maxPollIntervalMs?: number;
  /** Events per page while catching up (1–100). Default 100. */
  pageSize?: number;
}

const DEFAULT_POLL_MS = 1_000;
const DEFAULT_MAX_POLL_MS = 30_000;

/**
 * Follows your events feed: every event after `after`, in feed order, page by page until caught
 * up, then polling, the wait doubling while nothing happens and starting over when something
 * does. Keep each event's `position` to resume there after a restart: nothing is skipped and
 * nothing repeated. A failed request is retried as every call is (`maxRetries`); what still fails
 * ends the iteration with that error. Aborting `signal` (or leaving the loop) ends it quietly.
 *
 * ```ts
 * for await (const event of marquee.events.follow({ after: saved, types: ['booking.confirmed', 'booking.cancelled'], signal })) {
 *   await applyToPos(event);
 *   saved = event.position;
 * }
 * ```
 */
export async function* followEvents(events: EventFeedReader, options: FollowEventsOptions = {}): AsyncGenerator<FeedEvent, void, undefined> {
  const { signal } = options;
  const types = options.types && options.types.length > 0 ? new Set<string>(options.types) : undefined;
  const firstWait = Math.max(1, options.pollIntervalMs ?? DEFAULT_POLL_MS);
  const longestWait = Math.max(firstWait, options.maxPollIntervalMs ?? DEFAULT_MAX_POLL_MS);
  const query: QueryParams<'listEvents'> = {
    limit: options.pageSize ?? 100,
    // One type narrows the feed on the server; the position still moves past what it skips.
    ...(types?.size === 1 ? { type: [...types][0]! } : {}),
  };
  let after = options.after;
  let idlePolls = 0;

  while (!signal?.aborted) {
    let page: Page<FeedEvent> | null | undefined;
    let found = false;
    try {
      page = await events.list({ ...query, ...(after === undefined ? {} : { after }) }, { signal });
      while (page) {
        for (const event of page.data) {
          after = event.position;
          found = true;
          if (types && !types.has(event.type)) continue;
          yield event;
          if (signal?.aborted) return;
        }
        page = await page.nextPage();
      }
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }
    idlePolls = found ? 0 : idlePolls + 1;
    const wait = Math.min(longestWait, firstWait * 2 ** Math.max(0, idlePolls - 1));
    try {
      await sleep(wait, undefined, { signal });
    } catch {
      return;
    }
  }
}
