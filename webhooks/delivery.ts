import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../server/db/client.ts';
import { newId } from '../server/db/ids.ts';
import type { PinnedHttpClient, PostResult } from './delivery-http.ts';
import { disableEndpoint } from './endpoint-health.ts';
import { nextRetryDelayMs, parseRetryAfter } from './retry-schedule.ts';
import { decryptSecret } from './secrets.ts';
import { webhookHeaders } from './signing.ts';
import { resolveSafeTarget, UnsafeTargetError, type TargetPolicy } from './target-guard.ts';
import { toEvent } from '../server/domain/events.ts';

export interface DeliverySettings {
  /** Decrypts endpoint secrets (AES-256-GCM at rest). */
  secretsKey: Buffer;
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
function eventEnvelope(event: ClaimedRow): Buffer {
  const envelope = toEvent({
    id: event.event_id,
    type: event.type,
    createdAt: new Date(Math.floor(event.created_at_ms)),
    aggregateType: event.aggregate_type,
    aggregateId: event.aggregate_id,
    aggregateVersion: event.aggregate_version,
    data: event.data,
  });
  return Buffer.from(JSON.stringify(envelope), 'utf8');
}

type ClaimedRow = {
  delivery_id: string;
  endpoint_id: string;
  attempt_count: number;
  url: string;
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  event_id: string;
  type: string;
  created_at_ms: number;
  aggregate_type: string;
  aggregate_id: string;
  aggregate_version: number;
  data: unknown;
};

/**
 * Runs one attempt of one delivery. The database row decides everything: an attempt is claimed by
 * bumping `attempt_count` (the fencing token every later write checks, so a stale duplicate job
 * can never overwrite a newer attempt's result) and logged in `webhook_attempts` before the request
 * goes out, so an attempt cut short by a crash is still on record.
 */
export async function attemptDelivery(context: DeliveryContext, deliveryId: string): Promise<AttemptOutcome> {
  const { db, settings } = context;
  const [claimed] = await db.execute<ClaimedRow>(sql`
    with claimed as (
      update webhook_deliveries d
      set attempt_count = d.attempt_count + 1, status = 'enqueued', enqueued_at = now(), updated_at = now()
      from webhook_endpoints w join partners p on p.id = w.partner_id
      where d.id = ${deliveryId} and w.id = d.endpoint_id and w.status = 'enabled' and p.status = 'active'
        and d.status in ('pending', 'enqueued') and (d.next_attempt_at is null or d.next_attempt_at <= now())
      returning d.id, d.event_id, d.endpoint_id, d.attempt_count, w.url, w.secret_ciphertext,
        case when w.previous_secret_expires_at > now() then w.previous_secret_ciphertext end as previous_secret_ciphertext
    ), attempt as (
      insert into webhook_attempts (id, delivery_id, attempt_number, started_at)
      select ${newId('att')}, id, attempt_count, now() from claimed
    )
    select c.id as delivery_id, c.endpoint_id, c.attempt_count, c.url, c.secret_ciphertext, c.previous_secret_ciphertext,
      e.id as event_id, e.type, (extract(epoch from e.created_at) * 1000)::float8 as created_at_ms, e.aggregate_type, e.aggregate_id, e.aggregate_version, e.data
    from claimed c join events e on e.id = c.event_id`);
  if (!claimed) return unclaimable(db, deliveryId);

  const attempt = claimed.attempt_count;
  const started = performance.now();
  const body = eventEnvelope(claimed);
  let result: PostResult | undefined;
  let error: string | undefined;
  try {
    const secrets = [decryptSecret(claimed.secret_ciphertext, settings.secretsKey)];
    if (claimed.previous_secret_ciphertext) secrets.push(decryptSecret(claimed.previous_secret_ciphertext, settings.secretsKey));
    // Checked again at every attempt: a name that was public at registration may point inward now.
    const target = await resolveSafeTarget(claimed.url, settings.targetPolicy);
    const headers = { 'content-type': 'application/json', 'user-agent': 'Marquee-Webhooks/1', ...webhookHeaders(secrets, claimed.event_id, body) };
    result = await context.http.post(target, headers, body, settings.timeoutMs);
  } catch (caught) {
    error = describeError(caught, settings.timeoutMs);
  }
  const durationMs = Math.round(performance.now() - started);
  const status = result?.status ?? null;
  const logged = sql`
    update webhook_attempts
    set duration_ms = ${durationMs}, response_status = ${status}, response_body_excerpt = ${result?.bodyExcerpt ?? null}, error = ${error ?? null}
    where delivery_id = ${deliveryId} and attempt_number = ${attempt}`;

  if (status !== null && status >= 200 && status < 300) {
    await db.execute(sql`
      with attempt as (${logged}),
      delivered as (
        update webhook_deliveries
        set status = 'delivered', delivered_at = now(), next_attempt_at = null, last_error = null, updated_at = now()
        where id = ${deliveryId} and status = 'enqueued' and attempt_count = ${attempt}
        returning endpoint_id
      )
      update webhook_endpoints set failing_since = null
      where id = (select endpoint_id from delivered) and failing_since is not null`);
    return { outcome: 'delivered', attempt, status };
  }

  const lastError = error ?? `HTTP ${status}${status !== null && status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}`;
  return db.transaction(async (tx): Promise<AttemptOutcome> => {
    await tx.execute(logged);
    if (status === 410) {
      await disableEndpoint(tx, claimed.endpoint_id, 'endpoint_gone');
      return { outcome: 'endpoint_disabled', attempt, status };
    }
    const delayMs = nextRetryDelayMs(settings.retrySchedule, attempt, parseRetryAfter(result?.headers['retry-after']));
    await tx.execute(sql`
      update webhook_deliveries
      set status = ${delayMs === null ? 'failed' : 'pending'},
        next_attempt_at = ${delayMs === null ? null : sql`now() + ${delayMs} * interval '1 millisecond'`},
        last_error = ${lastError}, updated_at = now()
      where id = ${deliveryId} and status = 'enqueued' and attempt_count = ${attempt}`);
    const [endpoint] = await tx.execute<{ overdue: boolean }>(sql`
      update webhook_endpoints set failing_since = coalesce(failing_since, now())
      where id = ${claimed.endpoint_id} and status = 'enabled'
      returning failing_since <= now() - ${settings.disableFailingAfterMs} * interval '1 millisecond' as overdue`);
    if (endpoint?.overdue) {
      await disableEndpoint(tx, claimed.endpoint_id, 'endpoint_failing');
      return { outcome: 'endpoint_disabled', attempt, status };
    }
    if (delayMs === null) return { outcome: 'failed', attempt, status, reason: lastError };
    return { outcome: 'retrying', attempt, status, delayMs };
  });
}

/** Why a job found nothing to send; a delivery whose endpoint may no longer receive is failed. */
async function unclaimable(db: Db, deliveryId: string): Promise<AttemptOutcome> {
  const [row] = await db.execute<{ status: string; endpoint_status: string; partner_status: string; due: boolean }>(sql`
    select d.status, w.status as endpoint_status, p.status as partner_status,
      (d.next_attempt_at is null or d.next_attempt_at <= now()) as due
    from webhook_deliveries d join webhook_endpoints w on w.id = d.endpoint_id join partners p on p.id = w.partner_id
    where d.id = ${deliveryId}`);
  if (!row) return { outcome: 'skipped', reason: 'no such delivery' };
  if (row.status === 'delivered' || row.status === 'failed') return { outcome: 'skipped', reason: `already ${row.status}` };
  if (row.endpoint_status !== 'enabled' || row.partner_status !== 'active') {
    const reason = row.endpoint_status !== 'enabled' ? 'endpoint disabled' : 'partner suspended';
    await db.execute(sql`
      update webhook_deliveries set status = 'failed', next_attempt_at = null, last_error = ${reason}, updated_at = now()
      where id = ${deliveryId} and status in ('pending', 'enqueued')`);
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
