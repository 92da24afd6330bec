import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import { newId } from '../db/ids.ts';
import { findEvent } from '../db/queries/event-feed.ts';
import * as queries from '../db/queries/webhooks.ts';
import { expectedVersion, staleEtag } from './etag.ts';
import { DomainError, notFound, type FieldPath } from './errors.ts';
import { recordEvents, toEvent, type EventType } from './outbox.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { PartnerWriter } from './partner-writer.ts';
import type { WebhookEndpointIn, WebhookEndpointPatch } from '../schemas/generated/components.ts';

/**
 * A partner's webhook endpoints: where its events are sent and the secret they are signed with.
 * The secret is sealed before it is stored and shown only in the answer that made it.
 */

/** How long a rotated-out secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_VALID_SECONDS = 24 * 60 * 60;

/**
 * What writes need beyond the partner, from the delivery side: secrets sealed with the key the
 * worker opens them with, and the worker's own target guard. The app factory hands them in
 * (`endpointRules` of `webhooks/`): the API never imports the pipeline.
 */
export interface WebhookSettings {
  /** A new signing secret (shown once) and its sealed form, which is all that is stored. */
  newSigningSecret(): { secret: string; sealed: string };
  /** Why deliveries to this URL would be refused (its `reason` a stable code), or undefined. */
  targetRefusal(url: string): Promise<{ reason: string; message: string } | undefined>;
}

export type EndpointWriter = PartnerWriter;

export type EndpointFields = WebhookEndpointIn;

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function toEndpoint(row: queries.EndpointRow) {
  const { partnerId, ...endpoint } = row;
  return {
    ...endpoint,
    // Written only through the validated API, from the same list.
    eventTypes: row.eventTypes as EventType[],
    failingSince: iso(row.failingSince),
    previousSecretExpiresAt: iso(row.previousSecretExpiresAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Run before the transaction (DNS must not hold a connection). The answer names the broken rule
 * only, never what the host resolved to.
 */
export async function assertSafeTarget(url: string, settings: WebhookSettings, field: FieldPath = ['url']): Promise<void> {
  const refusal = await settings.targetRefusal(url);
  if (refusal) throw new DomainError('unsafe_webhook_target', { detail: refusal.message, issues: [{ field, message: refusal.message, code: refusal.reason }] });
}

/** Sending to a disabled endpoint (a test event, a redelivery, a replay) is refused until it is enabled. */
export function refuseDisabled(endpoint: { id: string; status: string }) {
  if (endpoint.status !== 'enabled') {
    throw new DomainError('webhook_endpoint_disabled', { detail: `Webhook endpoint '${endpoint.id}' is disabled; enable it first.` });
  }
}

export async function getEndpoint(db: DbExecutor, scope: PartnerScope, endpointId: string) {
  const row = await queries.findEndpoint(db, scope, endpointId);
  if (!row) throw notFound('webhook endpoint', endpointId);
  return row;
}

export async function listEndpoints(db: DbExecutor, scope: PartnerScope, params: { limit: number; cursor?: string }) {
  const before = decodeCursor(params.cursor, 1) as [string] | undefined;
  const rows = await queries.listEndpoints(db, scope, { ...params, before: before?.[0] });
  return pageOf(rows, params.limit, (row) => [row.id], toEndpoint);
}

/** The audit never holds the URL itself: receivers sometimes put a token in its query string. */
const auditedTarget = (url: string) => ({ host: new URL(url).host });

export async function createEndpoint(w: PartnerWriter, settings: WebhookSettings, input: EndpointFields) {
  const { secret, sealed } = settings.newSigningSecret();
  const row = await queries.insertEndpoint(w.tx, w.scope, {
    id: newId('whe'),
    url: input.url,
    description: input.description ?? null,
    eventTypes: input.eventTypes ?? [],
    secretCiphertext: sealed,
  });
  await w.audit({
    action: 'webhook_endpoint.created',
    targetType: 'webhook_endpoint',
    targetIds: [row.id],
    details: { ...auditedTarget(row.url), eventTypes: row.eventTypes },
  });
  return { ...toEndpoint(row), secret };
}

export async function updateEndpoint(w: PartnerWriter, endpointId: string, patch: WebhookEndpointPatch, ifMatch: string | undefined) {
  const current = await getEndpoint(w.tx, w.scope, endpointId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const changes: queries.EndpointChanges = {};
  if (patch.url !== undefined && patch.url !== current.url) changes.url = patch.url;
  if (patch.description !== undefined && patch.description !== current.description) changes.description = patch.description;
  if (patch.eventTypes !== undefined && !sameSet(patch.eventTypes, current.eventTypes)) changes.eventTypes = patch.eventTypes;
  if (Object.keys(changes).length === 0) return toEndpoint(current);
  const updated = await queries.updateEndpoint(w.tx, w.scope, { endpointId, expectedVersion: current.version, changes });
  if (!updated) throw staleEtag(current.id);
  await w.audit({
    action: 'webhook_endpoint.updated',
    targetType: 'webhook_endpoint',
    targetIds: [endpointId],
    details: { changed: Object.keys(changes), ...(changes.url === undefined ? {} : auditedTarget(changes.url)) },
  });
  return toEndpoint(updated);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Deliveries and attempts go with the endpoint; the events stay in the feed. */
export async function deleteEndpoint(w: PartnerWriter, endpointId: string, ifMatch: string | undefined) {
  const current = await getEndpoint(w.tx, w.scope, endpointId);
  const expected = expectedVersion(ifMatch, current.id);
  if (expected !== undefined && expected !== current.version) throw staleEtag(current.id);
  const deleted = await queries.deleteEndpoint(w.tx, w.scope, { endpointId, expectedVersion: current.version });
  if (!deleted) throw staleEtag(current.id);
  await w.audit({ action: 'webhook_endpoint.deleted', targetType: 'webhook_endpoint', targetIds: [endpointId], details: auditedTarget(current.url) });
}

/** The reason recorded when the partner itself disables an endpoint (Marquee's own are in `webhooks/`). */
export const DISABLED_BY_PARTNER = 'disabled_by_partner';

/** Disabling a disabled endpoint, or enabling an enabled one, changes nothing and answers it as it is. */
export async function disableEndpoint(w: PartnerWriter, endpointId: string) {
  const disabled = await queries.disableEndpoint(w.tx, w.scope, { endpointId, reason: DISABLED_BY_PARTNER });
  if (!disabled) return toEndpoint(await getEndpoint(w.tx, w.scope, endpointId));
  await w.audit({ action: 'webhook_endpoint.disabled', targetType: 'webhook_endpoint', targetIds: [endpointId] });
  return toEndpoint(disabled);
}

export async function enableEndpoint(w: PartnerWriter, endpointId: string) {
  const enabled = await queries.enableEndpoint(w.tx, w.scope, endpointId);
  if (!enabled) return toEndpoint(await getEndpoint(w.tx, w.scope, endpointId));
  await w.audit({ action: 'webhook_endpoint.enabled', targetType: 'webhook_endpoint', targetIds: [endpointId] });
  return toEndpoint(enabled);
}

export async function rotateSecret(w: PartnerWriter, settings: WebhookSettings, endpointId: string) {
  const { secret, sealed } = settings.newSigningSecret();
  const rotated = await queries.rotateEndpointSecret(w.tx, w.scope, {
    endpointId,
    secretCiphertext: sealed,
    previousValidSeconds: PREVIOUS_SECRET_VALID_SECONDS,
  });
  if (!rotated) throw notFound('webhook endpoint', endpointId);
  await w.audit({
    action: 'webhook_endpoint.secret_rotated',
    targetType: 'webhook_endpoint',
    targetIds: [endpointId],
    details: { previousSecretExpiresAt: iso(rotated.previousSecretExpiresAt) },
  });
  return { ...toEndpoint(rotated), secret };
}

/**
 * Writes a `webhook_endpoint.test` event that the relay sends to this endpoint only. Recording an
 * event is what gets the relay woken once the transaction has committed (see `commitMutation`).
 */
export async function sendTestEvent(w: EndpointWriter, endpointId: string) {
  const endpoint = await getEndpoint(w.tx, w.scope, endpointId);
  refuseDisabled(endpoint);
  const data = { endpointId, message: 'A test event from Marquee: your endpoint is reachable and verifies signatures.' };
  const aggregate = { type: 'webhook_endpoint', id: endpointId, version: endpoint.version };
  const [eventId] = await recordEvents(w.tx, [
    {
      type: 'webhook_endpoint.test',
      aggregate,
      data,
      audience: w.scope.partnerKind === 'aggregator' ? { aggregatorPartnerId: w.scope.partnerId } : { theatrePartnerId: w.scope.partnerId },
    },
  ]);
  await w.audit({ action: 'webhook_endpoint.test_sent', targetType: 'webhook_endpoint', targetIds: [endpointId, eventId!] });
  return toEvent((await findEvent(w.tx, w.scope, eventId!))!);
}
