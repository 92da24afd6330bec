import { timingSafeEqual } from 'node:crypto';
import { MarqueeError } from '../errors.ts';
import { isEventType, type WebhookEvent } from './events.ts';
import { signatureOf, signingKeyOf, type WebhookHeaderName } from './sign.ts';

/** Why a webhook was refused. */
export type WebhookVerificationReason =
  | 'missing_header'
  | 'invalid_timestamp'
  | 'stale_timestamp'
  | 'bad_signature'
  | 'invalid_secret'
  | 'invalid_body';

/**
 * A webhook that must not be trusted, with the `reason` why. Answer it with a 400 and do not act
 * on it; Marquee retries deliveries that fail, so a passing glitch (a clock off by minutes) heals.
 */
export class WebhookVerificationError extends MarqueeError {
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;

  constructor(reason: WebhookVerificationReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** Headers as `node:http` (`req.headers`), Fastify, Express or `fetch` (`Headers`) give them. */
export type WebhookHeaders =
  | { get(name: string): string | null | undefined }
  | Record<string, string | string[] | undefined>;

export interface VerifyWebhookOptions {
  /** How far, in seconds, the signed time may be from now, either way. Default 300 (5 minutes). */
  toleranceSeconds?: number;
  /** The time to check against; default the current time. */
  now?: Date;
}

/** Standard Webhooks' replay window: an older (or later) delivery is refused. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;
// Digits only: the header is the exact number the signature was computed with, so a lenient parse
// (`parseInt('17e8')`) would accept text that was never signed as written.
const UNIX_SECONDS = /^\d{1,15}$/;

/**
 * Checks that a webhook came from Marquee, unaltered and recently, and returns its event. Pass
 * the body exactly as received (a string or the bytes), never parsed JSON: the signature covers
 * the bytes. Several secrets (the new and the old during a rotation) are tried in turn.
 *
 * ```ts
 * const event = verifyWebhook(rawBody, req.headers, secret); // or [newSecret, oldSecret]
 * if (event.type === 'booking.confirmed') blockSeatsAtTheCounter(event.aggregate.id);
 * ```
 *
 * @throws {WebhookVerificationError} with the `reason`: `missing_header`, `invalid_timestamp`,
 *   `stale_timestamp`, `bad_signature`, `invalid_secret` or `invalid_body`.
 * @throws {TypeError} when the body is not a string or bytes (a parsed object).
 */
export function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string | readonly string[],
  options: VerifyWebhookOptions = {},
): WebhookEvent {
  const body = rawBytes(rawBody);
  const keys = signingKeys(secret);
  const { toleranceSeconds, now } = checkedOptions(options);

  const id = firstValue(headerValues(headers, 'webhook-id'));
  const timestampText = firstValue(headerValues(headers, 'webhook-timestamp'));
  // A repeated signature header (a proxy splitting it) still offers every signature it carried.
  const signatureText = headerValues(headers, 'webhook-signature').join(' ').trim();
  if (!id || !timestampText || !signatureText) {
    const missing = [!id && 'webhook-id', !timestampText && 'webhook-timestamp', !signatureText && 'webhook-signature'].filter(Boolean);
    throw new WebhookVerificationError(
      'missing_header',
      `Webhook refused: no ${missing.join(', ')} header. Did a proxy drop it, or is this not a Marquee webhook?`,
    );
  }

  if (!UNIX_SECONDS.test(timestampText)) {
    throw new WebhookVerificationError('invalid_timestamp', 'Webhook refused: webhook-timestamp is not a Unix time in seconds.');
  }
  const timestamp = Number(timestampText);
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (nowSeconds - timestamp > toleranceSeconds || timestamp - nowSeconds > toleranceSeconds) {
    const [distance, direction] = timestamp < nowSeconds ? [nowSeconds - timestamp, 'old'] : [timestamp - nowSeconds, 'in the future'];
    throw new WebhookVerificationError('stale_timestamp', `Webhook refused: it was signed ${distance} s ${direction}, beyond the ${toleranceSeconds} s tolerance. A replay, or a clock out of sync (check NTP on this machine)?`);
  }

  const expected = keys.map((key) => Buffer.from(signatureOf(key, id, timestamp, body), 'utf8'));
  if (!offeredSignatures(signatureText).some((offered) => expected.some((mine) => sameBytes(offered, mine)))) {
    throw new WebhookVerificationError('bad_signature', 'Webhook refused: no signature matches. Either the secret is not this endpoint\'s (after a rotation, pass both), or the body was changed before it reached you: pass the raw body, not JSON parsed and serialized again.');
  }
  return eventIn(body);
}

function rawBytes(rawBody: unknown): Uint8Array {
  // `String(parsedBody)` is the same trap in another form: it can never verify.
  if (typeof rawBody === 'string' && rawBody !== '[object Object]') return Buffer.from(rawBody, 'utf8');
  if (rawBody instanceof Uint8Array) return rawBody;
  throw new TypeError(
    'Marquee: verifyWebhook needs the raw request body (a string or Buffer, exactly as received), '
    + `not ${rawBody === null ? 'null' : typeof rawBody === 'string' ? 'a stringified object' : `a ${typeof rawBody}`}. `
    + 'The signature covers the bytes sent; JSON that was parsed and serialized again differs. '
    + 'In Fastify add a content-type parser with parseAs: \'buffer\'; in Express use express.raw({ type: \'application/json\' }).',
  );
}

function signingKeys(secret: unknown): Buffer[] {
  const secrets: unknown[] = Array.isArray(secret) ? secret : [secret];
  if (secrets.length === 0) throw new WebhookVerificationError('invalid_secret', 'Webhook not checked: no signing secret was given.');
  return secrets.map((one, index) => {
    const key = signingKeyOf(one);
    if (!key) {
      const which = secrets.length > 1 ? ` #${index + 1}` : '';
      const hint = one === undefined || one === '' ? ' (it is empty: is MARQUEE_WEBHOOK_SECRET set?)' : '';
      throw new WebhookVerificationError('invalid_secret', `Webhook not checked: signing secret${which} is not a whsec_ secret as the API issued it${hint}.`);
    }
    return key;
  });
}

function checkedOptions(options: VerifyWebhookOptions): { toleranceSeconds: number; now: Date } {
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  if (!Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) throw new TypeError('Marquee: toleranceSeconds must be a number of seconds, 0 or more');
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new TypeError('Marquee: now must be a valid Date');
  return { toleranceSeconds, now };
}

function headerValues(headers: WebhookHeaders, name: WebhookHeaderName): string[] {
  if (typeof headers.get === 'function') {
    const value = (headers as { get(name: string): string | null | undefined }).get(name);
    return typeof value === 'string' ? [value] : [];
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() !== name) continue;
    for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string') values.push(item);
  }
  return values;
}

// The signature binds the id and timestamp, so taking the first of repeated values cannot let a
// second, unsigned value through.
function firstValue(values: string[]): string | undefined {
  return values.find((value) => value !== '');
}

/** The `v1` signatures of a header (`v1,abc= v1,def=`); other versions are for other verifiers. */
function offeredSignatures(header: string): Buffer[] {
  return header
    .split(' ')
    .map((entry) => entry.split(','))
    .filter(([version, signature]) => version === 'v1' && signature)
    .map(([, signature]) => Buffer.from(signature!, 'utf8'));
}

// Lengths are public (every signature is 44 characters); only equal lengths reach the
// constant-time comparison, which requires them.
function sameBytes(offered: Buffer, mine: Buffer): boolean {
  return offered.length === mine.length && timingSafeEqual(offered, mine);
}

function eventIn(body: Uint8Array): WebhookEvent {
  let event: unknown;
  try {
    event = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new WebhookVerificationError('invalid_body', 'Webhook refused: the signature is good but the body is not UTF-8 JSON.');
  }
  if (typeof event !== 'object' || event === null || Array.isArray(event) || typeof (event as { id?: unknown }).id !== 'string') {
    throw new WebhookVerificationError('invalid_body', 'Webhook refused: the signature is good but the body is not a Marquee event.');
  }
  const { type } = event as { type?: unknown };
  if (!isEventType(type)) {
    throw new WebhookVerificationError('invalid_body', `Webhook refused: event type ${JSON.stringify(type)} is not one this SDK knows. Upgrade @marquee/sdk.`);
  }
  return event as WebhookEvent;
}
