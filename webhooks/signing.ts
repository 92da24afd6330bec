import { createHmac } from 'node:crypto';
import { signingKeyOf } from './secrets.ts';

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): the signed content is
 * `${webhookId}.${timestamp}.${body}` over the exact bytes sent; each signature is `v1,` + the
 * base64 HMAC-SHA256 under the secret's key, which is the base64-decoded part after `whsec_`.
 * Several secrets (the current one and, after a rotation, the previous) give space-separated
 * signatures, any of which verifies.
 */
export function signatureHeader(secrets: readonly string[], webhookId: string, timestamp: number, body: Buffer): string {
  const prefix = Buffer.from(`${webhookId}.${timestamp}.`, 'utf8');
  return secrets
    .map((secret) => `v1,${createHmac('sha256', signingKeyOf(secret)).update(prefix).update(body).digest('base64')}`)
    .join(' ');
}

/** The three headers of one attempt; the timestamp is fresh for every attempt. */
export function webhookHeaders(secrets: readonly string[], webhookId: string, body: Buffer, now = Date.now()) {
  const timestamp = Math.floor(now / 1000);
  return {
    'webhook-id': webhookId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatureHeader(secrets, webhookId, timestamp, body),
  };
}
