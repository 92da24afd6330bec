import { createHmac, randomBytes } from 'node:crypto';

/** What every Marquee signing secret starts with, as Standard Webhooks libraries expect. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
// 32 bytes fills an HMAC-SHA256 key's worth of entropy; Standard Webhooks asks for at least 24.
const SECRET_BYTES = 32;
// Standard (not URL-safe) base64 with its padding: what the API issues and what `standardwebhooks`
// decodes. Anything else is a pasted API key, a truncated copy or a URL-safe re-encoding.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// A Unix time in seconds stays below this until the year 5138; a bigger number is milliseconds.
const LARGEST_SECONDS = 1e11;

export type WebhookHeaderName = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

/**
 * A new signing secret in the form the API issues: `whsec_` and the base64 of 32 random bytes.
 *
 * ```ts
 * const secret = generateWebhookSecret(); // 'whsec_3q2+7w…='
 * ```
 */
export function generateWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(SECRET_BYTES).toString('base64');
}

/**
 * The three Standard Webhooks headers for a body, signed as Marquee signs its deliveries: the
 * signed content is `<id>.<timestamp>.<raw body>`. Several secrets (rotation) give one
 * space-separated signature each. `timestamp` is a `Date` or Unix seconds.
 *
 * ```ts
 * const headers = signWebhook(secret, event.id, new Date(), body);
 * await fetch(localUrl, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
 * ```
 */
export function signWebhook(
  secret: string | readonly string[],
  id: string,
  timestamp: Date | number,
  rawBody: string | Uint8Array,
): Record<WebhookHeaderName, string> {
  const secrets = typeof secret === 'string' ? [secret] : secret;
  if (secrets.length === 0) throw new TypeError('Marquee: signWebhook needs at least one signing secret');
  const keys = secrets.map((one, index) => {
    const key = signingKeyOf(one);
    if (!key) throw new TypeError(`Marquee: signing secret ${secrets.length > 1 ? `#${index + 1} ` : ''}is not a signing secret (whsec_ followed by base64)`);
    return key;
  });
  if (typeof id !== 'string' || id === '') throw new TypeError('Marquee: signWebhook needs a non-empty webhook id');
  const seconds = unixSeconds(timestamp);
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  return {
    'webhook-id': id,
    'webhook-timestamp': String(seconds),
    'webhook-signature': keys.map((key) => `v1,${signatureOf(key, id, seconds, body)}`).join(' '),
  };
}

/**
 * The HMAC key a secret stands for: the base64-decoded part after `whsec_`, or `undefined` when
 * it is not a signing secret. The prefix is optional, as `standardwebhooks` has it.
 */
export function signingKeyOf(secret: unknown): Buffer | undefined {
  if (typeof secret !== 'string') return undefined;
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  if (encoded === '' || !BASE64.test(encoded)) return undefined;
  return Buffer.from(encoded, 'base64');
}

/** The base64 HMAC-SHA256 of `<id>.<timestamp>.<body>`, fed in parts so the body is never copied. */
export function signatureOf(key: Buffer, id: string, timestamp: number, body: Uint8Array): string {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest('base64');
}

function unixSeconds(timestamp: Date | number): number {
  if (timestamp instanceof Date) {
    const ms = timestamp.getTime();
    if (Number.isNaN(ms)) throw new TypeError('Marquee: signWebhook got an invalid Date');
    return Math.floor(ms / 1000);
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new TypeError(`Marquee: the timestamp must be a Date or whole Unix seconds (got ${timestamp})`);
  if (timestamp >= LARGEST_SECONDS) throw new TypeError('Marquee: the timestamp looks like milliseconds; pass Unix seconds or a Date');
  return timestamp;
}
