import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type postgres from 'postgres';
import type { DbExecutor } from '../db/client.ts';
import { auditValuesOf, type AuditRecordInput } from '../db/queries/audit.ts';
import * as records from '../db/queries/idempotency.ts';
import { DomainError } from './errors.ts';

/**
 * The one idempotency mechanism. A request with an `Idempotency-Key` claims the key inside the
 * transaction of its change (`claimKey`, the first statement), and that transaction writes the
 * record with the response (`recordStatements`): the answer is stored exactly when the change
 * commits, and a crash loses both. A refusal decided before any change (a 4xx) is stored the same
 * way, or after the fact (`storeRefusal`) when no transaction ran.
 */

export const RETENTION_HOURS = 24;

/** "The same request": method, path and a hash of the canonical JSON body, scoped to the caller. */
export interface IdempotencyClaim {
  callerId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

export type StoredResponse = records.StoredResponse;

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalize(body ?? null) ?? 'null'}`)
    .digest('hex');
}

/**
 * Thrown inside a transaction whose key already holds an answer: the transaction rolls back and
 * the stored response is sent instead, marked `Idempotent-Replayed`.
 */
export class ReplayStoredResponse extends Error {
  constructor(readonly response: StoredResponse) {
    super('the idempotency key already holds an answer');
  }
}

/** What to do once the key is claimed: go on (taking over a lapsed in-flight row, if any), or replay. */
export interface ClaimedKey {
  claim: IdempotencyClaim;
  takeover: boolean;
}

/** The claim statement for this transaction; `judgeClaim` reads its row. */
export function claimStatement(client: postgres.Sql, claim: IdempotencyClaim) {
  return records.claimKey.on(client, { callerId: claim.callerId, key: claim.key });
}

/**
 * Reads the claim: proceed, or throw the answer instead (a replay, `idempotency_in_flight` while
 * the first attempt runs, `idempotency_key_reused` for a key used with another request).
 */
export function judgeClaim(claim: IdempotencyClaim, row: records.ClaimRow): ClaimedKey {
  if (!row.acquired) throw inFlight(1);
  if (row.status === null) return { claim, takeover: false };
  if (row.requestHash !== claim.requestHash) throw keyReused();
  if (row.status === 'completed') throw new ReplayStoredResponse(storedResponseOf(row));
  if (!row.leaseExpired) throw inFlight(row.retryAfterSeconds ?? 1);
  return { claim, takeover: true };
}

/** Claims the key in the transaction `client` is in, on its own round trip. */
export async function claimKeyIn(client: postgres.Sql, claim: IdempotencyClaim): Promise<ClaimedKey> {
  const [row] = await claimStatement(client, claim);
  return judgeClaim(claim, row!);
}

/**
 * The statements that store the response with the change, in its transaction; with `audit`, the
 * change's audit record goes in the same statement.
 */
export function recordStatements(client: postgres.Sql, claimed: ClaimedKey, response: StoredResponse, audit?: AuditRecordInput) {
  const values = recordValues(claimed.claim, response);
  return [
    ...(claimed.takeover ? [records.deleteLapsedClaim.on(client, { callerId: values.callerId, key: values.key })] : []),
    audit ? records.insertAuditAndRecord.on(client, { ...values, ...auditValuesOf(audit) }) : records.insertRecord.on(client, values),
  ];
}

/**
 * A refusal answered without a transaction of its own is stored unless the key already holds an
 * answer; then that answer, when it was for the same request, is the one to give.
 */
export async function storeRefusal(client: postgres.Sql, claim: IdempotencyClaim, response: StoredResponse): Promise<StoredResponse | undefined> {
  const [stored] = await records.storeRefusal.on(client, recordValues(claim, response));
  if (stored) return undefined;
  const [row] = await records.findRecord.on(client, { callerId: claim.callerId, key: claim.key });
  if (!row || row.status !== 'completed' || row.requestHash !== claim.requestHash) return undefined;
  return storedResponseOf(row);
}

/**
 * After a change lost the race for its key (its record could not be written, so it rolled back):
 * what the winner stored, to answer with.
 */
export async function answerOfWinner(client: postgres.Sql, claim: IdempotencyClaim): Promise<StoredResponse> {
  const [row] = await records.findRecord.on(client, { callerId: claim.callerId, key: claim.key });
  if (!row || row.status !== 'completed') throw inFlight(1);
  if (row.requestHash !== claim.requestHash) throw keyReused();
  return storedResponseOf(row);
}

/** The retention job: keys older than 24 hours are forgotten. */
export function pruneIdempotencyRecords(db: DbExecutor): Promise<number> {
  return records.deleteExpiredRecords(db);
}

function recordValues(claim: IdempotencyClaim, response: StoredResponse): records.RecordValues {
  return {
    ...claim,
    responseStatus: response.status,
    responseHeaders: JSON.stringify(response.headers),
    responseBody: response.body,
    retentionHours: RETENTION_HOURS,
  };
}

function storedResponseOf(row: records.ClaimRow): StoredResponse {
  return { status: row.responseStatus!, headers: row.responseHeaders ?? {}, body: row.responseBody ?? '' };
}

function inFlight(retryAfterSeconds: number) {
  return new DomainError('idempotency_in_flight', {
    detail: 'A request with this Idempotency-Key is still in progress; retry after it finishes.',
    retryAfterSeconds,
  });
}

function keyReused() {
  return new DomainError('idempotency_key_reused', { detail: 'This Idempotency-Key was used with a different request (method, path or body). Use a new key for a new request.' });
}
