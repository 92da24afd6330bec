import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { DbExecutor } from '../db/client.ts';
import * as records from '../db/queries/idempotency.ts';
import { ProblemError } from './errors.ts';

/** How long a first attempt holds its key before a retry may assume it crashed. */
export const LEASE_SECONDS = 60;
export const RETENTION_HOURS = 24;

export interface IdempotencyClaim {
  callerId: string;
  key: string;
}

export type IdempotencyStart =
  | { outcome: 'proceed'; claim: IdempotencyClaim }
  | { outcome: 'replay'; response: records.StoredResponse };

/** "The same request": method, path and a hash of the canonical JSON body. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonicalize(body ?? null) ?? 'null'}`)
    .digest('hex');
}

/**
 * Claims the key for this request, or says how to answer instead: replay the stored response,
 * 422 when the key was used for another request, 409 while the first attempt is still running.
 */
export async function startIdempotentRequest(
  db: DbExecutor,
  request: { callerId: string; key: string; method: string; path: string; body: unknown },
): Promise<IdempotencyStart> {
  const requestHash = requestFingerprint(request.method, request.path, request.body);
  const claim = { callerId: request.callerId, key: request.key };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const claimed = await records.claimKey(db, {
      ...claim,
      method: request.method,
      path: request.path,
      requestHash,
      leaseSeconds: LEASE_SECONDS,
      retentionHours: RETENTION_HOURS,
    });
    if (claimed) return { outcome: 'proceed', claim };
    const existing = await records.findRecord(db, request.callerId, request.key);
    if (!existing) continue; // released between our insert and our read: claim again
    if (existing.requestHash !== requestHash) {
      throw new ProblemError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request (method, path or body). Use a new key for a new request.');
    }
    if (existing.status === 'completed') {
      return {
        outcome: 'replay',
        response: { status: existing.responseStatus!, headers: existing.responseHeaders as Record<string, string>, body: existing.responseBody! },
      };
    }
    if (existing.leaseExpired && (await records.takeOverLapsedClaim(db, request.callerId, request.key, LEASE_SECONDS))) {
      return { outcome: 'proceed', claim };
    }
    throw new ProblemError(409, 'idempotency_in_flight', 'A request with this Idempotency-Key is still in progress; retry after it finishes.', undefined, {
      'retry-after': String(existing.retryAfterSeconds),
    });
  }
  throw new ProblemError(409, 'idempotency_in_flight', 'The Idempotency-Key is changing hands; retry shortly.', undefined, { 'retry-after': '1' });
}

export function completeIdempotentRequest(db: DbExecutor, claim: IdempotencyClaim, response: records.StoredResponse) {
  return records.completeRecord(db, claim.callerId, claim.key, response);
}

export function abandonIdempotentRequest(db: DbExecutor, claim: IdempotencyClaim) {
  return records.releaseClaim(db, claim.callerId, claim.key);
}

/** The retention job: keys older than 24 hours are forgotten. */
export function pruneIdempotencyRecords(db: DbExecutor): Promise<number> {
  return records.deleteExpiredRecords(db);
}
