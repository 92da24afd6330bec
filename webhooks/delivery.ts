import { performance } from 'node:perf_hooks';
import type { Db } from '../server/db/client.ts';
import { newId } from '../server/db/ids.ts';
import { jobAcrossTenants } from '../server/db/scope.ts';
import {
  claimAttempt,
  deliveryStanding,
  failDelivery,
  markEndpointFailing,
  recordAttempt,
  recordDelivered,
  scheduleRetry,
  type AttemptResult,
  type ClaimedAttempt,
} from '../server/db/queries/webhook-attempts.ts';
import type { PinnedHttpClient, PostResult } from './delivery-http.ts';
import { disableFailingEndpoint } from './endpoint-health.ts';
import { nextRetryDelayMs, parseRetryAfter } from './retry-schedule.ts';
import { openSecret } from './secrets.ts';
import type { SecretsKeyRing } from './secrets-key-ring.ts';
import { webhookHeaders } from './signing.ts';
import { resolveSafeTarget, UnsafeTargetError, type TargetPolicy } from './target-guard.ts';
import { toEvent } from '../server/domain/outbox.ts';

export interface DeliverySettings {
  /** Opens endpoint secrets (AES-256-GCM at rest), each with the ring key that sealed it. */
  secretsKeys: SecretsKeyRing;
  targetPolicy: TargetPolicy;
  timeoutMs: number;
  /** Delay before each attempt, in milliseconds; its length is the number of attempts. */
  retrySchedule: readonly number[];
  /** An endpoint with no successful delivery for this long is disabled. */
  disableFailingAfterMs: number;
}

export interface DeliveryContext {
  db: Db;
  http: PinnedHttpClient;
  settings: DeliverySettings;
}

/**
 * What one run of a delivery job did. `retrying` and `endpoint_disabled` wrote something the relay
 * must act on (a pending retry, a `webhook_endpoint.disabled` event): the worker wakes it.
 */
export type AttemptOutcome =
  | { outcome: 'delivered'; attempt: number; status: number }
  | { outcome: 'retrying'; attempt: number; status: number | null; delayMs: number }
  | { outcome: 'failed'; attempt: number | null; status: number | null; reason: string }
  | { outcome: 'endpoint_disabled'; attempt: number; status: number | null }
  | { outcome: 'skipped'; reason: string };

/**
 * The webhook body: the event envelope of the contract, the same bytes on every attempt. Its
 * `id` is the event id, which is also the `webhook-id` header: receivers dedupe on it.
 */
function eventEnvelope(claimed: ClaimedAttempt): Buffer {
  const envelope = toEvent({
    id: claimed.eventId,
    type: claimed.type,
    createdAt: new Date(Math.floor(claimed.createdAtMs)),
    aggregateType: claimed.aggregateType,
    aggregateId: claimed.aggregateId,
    aggregateVersion: claimed.aggregateVersion,
    data: claimed.data,
  });
  return Buffer.from(JSON.stringify(envelope), 'utf8');
}

/**
 * Runs one attempt of one delivery. The database row decides everything: an attempt is claimed by
 * bumping `attempt_count` (the fencing token every later write checks, so a stale duplicate job
 * can never overwrite a newer attempt's result) and logged in `webhook_attempts` before the request
 * goes out, so an attempt cut short by a crash is still on record.
 */
export async function attemptDelivery(context: DeliveryContext, deliveryId: string): Promise<AttemptOutcome> {
  const { db, settings } = context;
  const claimed = await claimAttempt(db, jobAcrossTenants, { deliveryId, attemptId: newId('att') });
  if (!claimed) return unclaimable(db, deliveryId);

  const attempt = claimed.attemptCount;
  const started = performance.now();
  const body = eventEnvelope(claimed);
  let response: PostResult | undefined;
  let error: string | undefined;
  try {
    const secrets = [openSecret(claimed.secretCiphertext, settings.secretsKeys)];
    if (claimed.previousSecretCiphertext) secrets.push(openSecret(claimed.previousSecretCiphertext, settings.secretsKeys));
    // Checked again at every attempt: a name that was public at registration may point inward now.
    const target = await resolveSafeTarget(claimed.url, settings.targetPolicy);
    const headers = { 'content-type': 'application/json', 'user-agent': 'Marquee-Webhooks/1', ...webhookHeaders(secrets, claimed.eventId, body) };
    response = await context.http.post(target, headers, body, settings.timeoutMs);
  } catch (caught) {
    error = describeError(caught, settings.timeoutMs);
  }
  const status = response?.status ?? null;
  const result: AttemptResult = {
    durationMs: Math.round(performance.now() - started),
    responseStatus: status,
    responseBodyExcerpt: response?.bodyExcerpt ?? null,
    error: error ?? null,
  };

  if (status !== null && status >= 200 && status < 300) {
    await recordDelivered(db, jobAcrossTenants, { deliveryId, attempt, result });
    return { outcome: 'delivered', attempt, status };
  }

  const lastError = error ?? `HTTP ${status}${status !== null && status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`;
  return db.transaction(async (tx): Promise<AttemptOutcome> => {
    await recordAttempt(tx, jobAcrossTenants, { deliveryId, attempt, result });
    if (status === 410) {
      await disableFailingEndpoint(tx, claimed, 'endpoint_gone');
      return { outcome: 'endpoint_disabled', attempt, status };
    }
    const delayMs = nextRetryDelayMs(settings.retrySchedule, attempt, parseRetryAfter(response?.headers['retry-after']));
    await scheduleRetry(tx, jobAcrossTenants, { deliveryId, attempt, delayMs, lastError });
    if (await markEndpointFailing(tx, jobAcrossTenants, { endpointId: claimed.endpointId, disableAfterMs: settings.disableFailingAfterMs })) {
      await disableFailingEndpoint(tx, claimed, 'endpoint_failing');
      return { outcome: 'endpoint_disabled', attempt, status };
    }
    if (delayMs === null) return { outcome: 'failed', attempt, status, reason: lastError };
    return { outcome: 'retrying', attempt, status, delayMs };
  });
}

/** Why a job found nothing to send; a delivery whose endpoint may no longer receive is failed. */
async function unclaimable(db: Db, deliveryId: string): Promise<AttemptOutcome> {
  const row = await deliveryStanding(db, jobAcrossTenants, deliveryId);
  if (!row) return { outcome: 'skipped', reason: 'no such delivery' };
  if (row.status === 'delivered' || row.status === 'failed') return { outcome: 'skipped', reason: `already ${row.status}` };
  if (row.endpointStatus !== 'enabled' || row.partnerStatus !== 'active') {
    const reason = row.endpointStatus !== 'enabled' ? 'endpoint disabled' : 'partner suspended';
    await failDelivery(db, jobAcrossTenants, deliveryId, reason);
    return { outcome: 'failed', attempt: null, status: null, reason };
  }
  return { outcome: 'skipped', reason: row.due ? 'changed meanwhile' : 'not due yet' };
}

function describeError(error: unknown, timeoutMs: number): string {
  if (error instanceof UnsafeTargetError) return `unsafe target (${error.reason}): ${error.message}`;
  const named = error as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
  if (named.name === 'TimeoutError' || named.code === 'UND_ERR_HEADERS_TIMEOUT' || named.code === 'UND_ERR_BODY_TIMEOUT') {
    return `timed out after ${timeoutMs} ms`;
  }
  const code = named.cause?.code ?? named.code;
  const message = named.cause?.message ?? named.message ?? String(error);
  return (code ? `${code}: ${message}` : message).slice(0, 500);
}
