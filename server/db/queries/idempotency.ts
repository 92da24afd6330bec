import { lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { param, prepared } from '../prepared.ts';
import { idempotencyRecords } from '../schema/platform.ts';
import { auditInsertSql, type AuditValues } from './audit.ts';

/**
 * Idempotency records. A key is claimed inside the transaction of the change it guards (a
 * transaction-scoped advisory lock on the caller and key) and its record written, with the
 * response, by that same transaction: the record exists exactly when the change committed.
 * Rows `in_flight` were left by an earlier version that claimed keys before its transaction; their
 * lease still holds retries off until it runs out.
 */

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ClaimRow {
  /** False while another transaction holds the key: the first attempt is still running. */
  acquired: boolean;
  requestHash: string | null;
  status: 'in_flight' | 'completed' | null;
  leaseExpired: boolean | null;
  retryAfterSeconds: number | null;
  responseStatus: number | null;
  responseHeaders: (typeof idempotencyRecords.$inferSelect)['responseHeaders'];
  responseBody: string | null;
}

const { callerId, key } = { callerId: param('callerId'), key: param('key') };
const lockName = sql`hashtextextended('marquee.idempotency:' || ${callerId}::text || ':' || ${key}::text, 0)`;

/** Takes the key for this transaction (without waiting) and reads what it already holds, in one statement. */
export const claimKey = prepared<{ callerId: string; key: string }, ClaimRow>(sql`
  select pg_try_advisory_xact_lock(${lockName}) as acquired,
         r.request_hash as "requestHash", r.status, r.locked_until <= now() as "leaseExpired",
         greatest(1, ceil(extract(epoch from r.locked_until - now())))::int as "retryAfterSeconds",
         r.response_status as "responseStatus", r.response_headers as "responseHeaders", r.response_body as "responseBody"
  from (select 1) as one
  left join ${idempotencyRecords} r on r.caller_id = ${callerId} and r.key = ${key}`);

/** What a key holds now, outside any claim: after a lost race, to answer like the winner. */
export const findRecord = prepared<{ callerId: string; key: string }, ClaimRow>(sql`
  select true as acquired, r.request_hash as "requestHash", r.status, r.locked_until <= now() as "leaseExpired",
         greatest(1, ceil(extract(epoch from r.locked_until - now())))::int as "retryAfterSeconds",
         r.response_status as "responseStatus", r.response_headers as "responseHeaders", r.response_body as "responseBody"
  from ${idempotencyRecords} r where r.caller_id = ${callerId} and r.key = ${key}`);

export interface RecordValues {
  callerId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
  responseStatus: number;
  /** JSON text of the replayed headers. */
  responseHeaders: string;
  responseBody: string;
  retentionHours: number;
}

const recordColumns = sql`(caller_id, key, method, path, request_hash, status, locked_until, response_status, response_headers, response_body, expires_at)`;
const recordValues = sql`(${callerId}, ${key}, ${param('method')}, ${param('path')}, ${param('requestHash')}, 'completed', now(),
  ${param('responseStatus')}::int, ${param('responseHeaders')}::text::jsonb, ${param('responseBody')}::text,
  now() + make_interval(hours => ${param('retentionHours')}::int))`;

/**
 * The completed record, in the transaction of the change. Deliberately no ON CONFLICT: a record
 * that appeared since the claim (a transaction that committed between the claim's snapshot and its
 * lock) fails the insert, which rolls the change back, so a key never carries out two changes.
 */
export const insertRecord = prepared<RecordValues, never>(sql`insert into ${idempotencyRecords} ${recordColumns} values ${recordValues}`);

/** The change's audit record and its completed idempotency record in one statement: one round of work for the database. */
export const insertAuditAndRecord = prepared<RecordValues & AuditValues, never>(sql`
  with audit as (${auditInsertSql})
  insert into ${idempotencyRecords} ${recordColumns} values ${recordValues}`);

/** A refusal (4xx) answered outside a transaction: kept unless the key already holds an answer. */
export const storeRefusal = prepared<RecordValues, { stored: boolean }>(sql`
  insert into ${idempotencyRecords} ${recordColumns} values ${recordValues}
  on conflict (caller_id, key) do nothing returning true as stored`);

/** Clears an in-flight row whose lease ran out, so the retry that took it over can write its record. */
export const deleteLapsedClaim = prepared<{ callerId: string; key: string }, never>(sql`
  delete from ${idempotencyRecords} where caller_id = ${callerId} and key = ${key} and status = 'in_flight'`);

export async function deleteExpiredRecords(db: DbExecutor): Promise<number> {
  const deleted = await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.expiresAt, sql`now()`))
    .returning({ key: idempotencyRecords.key });
  return deleted.length;
}
