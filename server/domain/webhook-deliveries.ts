import type { DbExecutor } from '../db/client.ts';
import type { PartnerScope } from '../db/scope.ts';
import * as feed from '../db/queries/event-feed.ts';
import * as queries from '../db/queries/webhooks.ts';
import { DomainError, notFound } from './errors.ts';
import type { FeedReader } from './event-feed.ts';
import { decodeCursor, pageOf } from './pagination.ts';
import type { PartnerWriter } from './partner-writer.ts';
import { getEndpoint, refuseDisabled } from './webhook-endpoints.ts';

/**
 * Recovery: what was delivered where, each attempt, and sending again. Writers here only set
 * rows back to `pending`; the relay (woken by the caller after commit) does the sending.
 */

const iso = (date: Date | null) => date?.toISOString() ?? null;

function toDelivery({ cursorTime, ...row }: queries.DeliveryRow) {
  return {
    ...row,
    nextAttemptAt: iso(row.nextAttemptAt),
    deliveredAt: iso(row.deliveredAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Cursor of a newest-first delivery list: the last row's creation time and id. */
function decodeDeliveryCursor(cursor: string | undefined) {
  const key = decodeCursor(cursor, 2) as [string, string] | undefined;
  return key && { createdAt: key[0], id: key[1] };
}
const deliveryKey = (row: queries.DeliveryRow) => [row.cursorTime, row.id];

export async function listEndpointDeliveries(
  db: DbExecutor,
  scope: PartnerScope,
  params: { endpointId: string; status?: string; limit: number; cursor?: string },
) {
  await getEndpoint(db, scope, params.endpointId);
  const rows = await queries.listEndpointDeliveries(db, scope, { ...params, before: decodeDeliveryCursor(params.cursor) });
  return pageOf(rows, params.limit, deliveryKey, toDelivery);
}

/** An event the caller cannot see is `not_found`, as is one that is not; a visible one may have none. */
export async function listEventDeliveries(db: DbExecutor, reader: FeedReader, params: { eventId: string; limit: number; cursor?: string }) {
  if (!(await feed.findVisibleEvent(db, reader, params.eventId))) throw notFound('event', params.eventId);
  const rows = await queries.listEventDeliveries(db, reader, { ...params, before: decodeDeliveryCursor(params.cursor) });
  return pageOf(rows, params.limit, deliveryKey, toDelivery);
}

export async function getDelivery(db: DbExecutor, scope: PartnerScope, deliveryId: string) {
  const row = await queries.findDelivery(db, scope, deliveryId);
  if (!row) throw notFound('webhook delivery', deliveryId);
  return row;
}

export async function listAttempts(db: DbExecutor, scope: PartnerScope, params: { deliveryId: string; limit: number; cursor?: string }) {
  await getDelivery(db, scope, params.deliveryId);
  const after = decodeCursor(params.cursor, 1) as [number] | undefined;
  const rows = await queries.listAttempts(db, scope, { deliveryId: params.deliveryId, limit: params.limit, after: after?.[0] });
  return pageOf(rows, params.limit, (row) => [row.attemptNumber], (row) => ({
    ...row,
    startedAt: row.startedAt.toISOString(),
  }));
}

export async function redeliver(w: PartnerWriter, deliveryId: string) {
  const delivery = await getDelivery(w.tx, w.scope, deliveryId);
  refuseDisabled(await getEndpoint(w.tx, w.scope, delivery.endpointId));
  if (!(await queries.redeliver(w.tx, w.scope, deliveryId))) {
    throw new DomainError('webhook_delivery_in_flight', { detail: `Delivery '${deliveryId}' is being attempted right now; see its attempts.`, retryAfterSeconds: 15 });
  }
  await w.audit({ action: 'webhook_delivery.redelivered', targetType: 'webhook_delivery', targetIds: [deliveryId, delivery.endpointId] });
  return toDelivery(await getDelivery(w.tx, w.scope, deliveryId));
}

export async function replayFailed(w: PartnerWriter, endpointId: string, since: string) {
  refuseDisabled(await getEndpoint(w.tx, w.scope, endpointId));
  const replayed = await queries.replayFailedDeliveries(w.tx, w.scope, { endpointId, since });
  await w.audit({ action: 'webhook_endpoint.replayed', targetType: 'webhook_endpoint', targetIds: [endpointId], details: { since, replayed } });
  return { replayed };
}
