import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { idempotencyRecords } from '../schema/platform.ts';

const byCallerAndKey = (callerId: string, key: string) =>
  and(eq(idempotencyRecords.callerId, callerId), eq(idempotencyRecords.key, key));

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Inserts an in-flight record; false when the key already has one. */
export async function claimKey(
  db: DbExecutor,
  record: { callerId: string; key: string; method: string; path: string; requestHash: string; leaseSeconds: number; retentionHours: number },
): Promise<boolean> {
  const inserted = await db
    .insert(idempotencyRecords)
    .values({
      callerId: record.callerId,
      key: record.key,
      method: record.method,
      path: record.path,
      requestHash: record.requestHash,
      lockedUntil: sql`now() + make_interval(secs => ${record.leaseSeconds})`,
      expiresAt: sql`now() + make_interval(hours => ${record.retentionHours})`,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyRecords.key });
  return inserted.length === 1;
}

export function findRecord(db: DbExecutor, callerId: string, key: string) {
  return db
    .select({
      requestHash: idempotencyRecords.requestHash,
      status: idempotencyRecords.status,
      leaseExpired: sql<boolean>`${idempotencyRecords.lockedUntil} <= now()`,
      retryAfterSeconds: sql<number>`greatest(1, ceil(extract(epoch from ${idempotencyRecords.lockedUntil} - now())))::int`,
      responseStatus: idempotencyRecords.responseStatus,
      responseHeaders: idempotencyRecords.responseHeaders,
      responseBody: idempotencyRecords.responseBody,
    })
    .from(idempotencyRecords)
    .where(byCallerAndKey(callerId, key))
    .then((rows) => rows[0]);
}

/** A retry takes over a first attempt whose lease ran out (it crashed); one retry wins. */
export async function takeOverLapsedClaim(db: DbExecutor, callerId: string, key: string, leaseSeconds: number) {
  const updated = await db
    .update(idempotencyRecords)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where(and(byCallerAndKey(callerId, key), eq(idempotencyRecords.status, 'in_flight'), lt(idempotencyRecords.lockedUntil, sql`now()`)))
    .returning({ key: idempotencyRecords.key });
  return updated.length === 1;
}

export function completeRecord(db: DbExecutor, callerId: string, key: string, response: StoredResponse) {
  return db
    .update(idempotencyRecords)
    .set({
      status: 'completed',
      responseStatus: response.status,
      responseHeaders: response.headers,
      responseBody: response.body,
    })
    .where(and(byCallerAndKey(callerId, key), eq(idempotencyRecords.status, 'in_flight')));
}

/** Forgets an in-flight claim so the request may be retried (5xx, 429). */
export function releaseClaim(db: DbExecutor, callerId: string, key: string) {
  return db
    .delete(idempotencyRecords)
    .where(and(byCallerAndKey(callerId, key), eq(idempotencyRecords.status, 'in_flight')));
}

export async function deleteExpiredRecords(db: DbExecutor): Promise<number> {
  const deleted = await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.expiresAt, sql`now()`))
    .returning({ key: idempotencyRecords.key });
  return deleted.length;
}
