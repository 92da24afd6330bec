import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import { signWebhook, VERSION, type FeedEvent } from '../index.ts';

export const FORWARD_ATTEMPTS = 4;
const FIRST_RETRY_DELAY_MS = 500;
const ATTEMPT_TIMEOUT_MS = 10_000;

export interface ForwardAttempt {
  attempt: number;
  /** The receiver's status, or `null` when it did not answer. */
  status: number | null;
  error: string | undefined;
  durationMs: number;
  /** How long until the next attempt; `undefined` after the last one or a success. */
  retryInMs: number | undefined;
}

export interface ForwardResult {
  eventId: string;
  type: string;
  delivered: boolean;
  status: number | null;
  attempts: number;
  error: string | undefined;
}

/**
 * The body a live delivery carries: the event envelope without the feed's `position`, in the
 * envelope's own field order, serialized once so every attempt signs and sends the same bytes.
 */
export function deliveryBody(event: FeedEvent): Buffer {
  const { id, type, createdAt, aggregate, data } = event;
  return Buffer.from(JSON.stringify({ id, type, createdAt, aggregate, data }), 'utf8');
}

/**
 * POSTs one event to `target` as Marquee's delivery worker would: Standard Webhooks headers with
 * the event id as `webhook-id` and a fresh timestamp per attempt. A non-2xx answer or no answer
 * is retried with doubling pauses, `FORWARD_ATTEMPTS` attempts in all.
 */
export async function forwardEvent(
  target: URL, secret: string, event: FeedEvent,
  options: { signal: AbortSignal; onAttempt?: (attempt: ForwardAttempt) => void },
): Promise<ForwardResult> {
  const body = deliveryBody(event);
  let last: ForwardAttempt | undefined;
  let delivered = false;
  for (let attempt = 1; attempt <= FORWARD_ATTEMPTS; attempt++) {
    last = await post(target, secret, event.id, body, attempt, options.signal);
    delivered = last.status !== null && last.status >= 200 && last.status < 300;
    if (!delivered && attempt < FORWARD_ATTEMPTS) last.retryInMs = FIRST_RETRY_DELAY_MS * 2 ** (attempt - 1);
    options.onAttempt?.(last);
    if (delivered || last.retryInMs === undefined) break;
    await sleep(last.retryInMs, undefined, { signal: options.signal });
  }
  return {
    eventId: event.id,
    type: event.type,
    delivered,
    status: last?.status ?? null,
    attempts: last?.attempt ?? 0,
    error: last?.error,
  };
}

async function post(target: URL, secret: string, eventId: string, body: Buffer, attempt: number, signal: AbortSignal): Promise<ForwardAttempt> {
  const headers = {
    'content-type': 'application/json',
    'user-agent': `Marquee-Webhooks/1 (marquee-cli/${VERSION})`,
    ...signWebhook(secret, eventId, new Date(), body),
  };
  const started = performance.now();
  try {
    const response = await request(target, { method: 'POST', headers, body, signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]) });
    // Drained so the keep-alive connection can carry the next forward.
    await response.body.dump();
    return { attempt, status: response.statusCode, error: undefined, durationMs: Math.round(performance.now() - started), retryInMs: undefined };
  } catch (error) {
    if (signal.aborted) throw error;
    const { code, message } = error as { code?: string; message?: string };
    return { attempt, status: null, error: code ?? message ?? String(error), durationMs: Math.round(performance.now() - started), retryInMs: undefined };
  }
}
