import type { PipelinedTransaction } from '../db/pipelined-transaction.ts';
import type { Statement } from '../db/prepared.ts';
import type { AuditEntry } from './audit.ts';
import type { DomainError } from './errors.ts';

/**
 * The shape of a change on a hot path (a hold, a booking, a cancellation): first it reads and locks
 * everything the decision needs, in batched rounds of one pipelined transaction; then it returns
 * what it decided, and the mutation plugin sends the writes with the audit record, the idempotent
 * response and COMMIT in one last batch. Nothing is written before the decision, so a refusal
 * rolls nothing back.
 */
export type DecisionReads = Pick<PipelinedTransaction, 'sql' | 'round'>;

export interface Decision<T> {
  /** The response body. */
  body: T;
  /** The change, as statements built on `reads.sql`, in the order they must run. */
  writes: Statement[];
  audit: AuditEntry;
  /** A refusal for a write that failed on a constraint the reads could not rule out (a race lost). */
  refusalFor?(error: unknown): DomainError | undefined;
  /** A write that failed this way is worth deciding again from the start (a random reference that collided). */
  retryIf?(error: unknown): boolean;
}
