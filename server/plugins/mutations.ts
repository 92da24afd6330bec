import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { clientOf, type DbTransaction } from '../db/client.ts';
import { isRetryableConflict, violatedUniqueConstraint } from '../db/constraint-violations.ts';
import { inPipelinedTransaction } from '../db/pipelined-transaction.ts';
import type { Decision, DecisionReads } from '../domain/decision.ts';
import { auditRecordOf, auditWriter, type AuditEntry, type AuditWriter } from '../domain/audit.ts';
import { insertAuditRecord } from '../db/queries/audit.ts';
import { DomainError } from '../domain/errors.ts';
import { eventWriteCount } from '../domain/outbox.ts';
import {
  answerOfWinner,
  claimKeyIn,
  claimStatement,
  judgeClaim,
  recordStatements,
  ReplayStoredResponse,
  type ClaimedKey,
  type StoredResponse,
} from '../domain/idempotency.ts';
import { countCommittedChanges } from '../observability/sales-metrics.ts';
import { replay, replayableHeaders } from './idempotency.ts';
import { prepareProblem, problemStatus } from './problems.ts';
import { principalOf } from './principal.ts';

declare module 'fastify' {
  interface FastifyReply {
    /**
     * Runs a state change in one transaction with its audit record and, when the request carries
     * an Idempotency-Key, with the claim of the key and the response a retry will replay: all of
     * them commit or none does.
     */
    commitMutation<T>(
      status: number | ((body: T) => number),
      work: (tx: DbTransaction, audit: AuditWriter) => Promise<T>,
      options?: MutationOptions<T>,
    ): Promise<void>;
    /**
     * The same promise for the hot paths (holds, bookings, cancellations), in two round trips:
     * `work` reads and locks in `rounds.round(…)` (the key's claim rides along with the first),
     * then returns what it decided: the body, the writes and the audit entry. They go out with the
     * stored response and COMMIT as one last batch. A refusal thrown after the first round is
     * stored under the key in the same transaction.
     */
    commitDecision<T>(status: number, work: (rounds: DecisionReads) => Promise<Decision<T>>): Promise<void>;
  }
}

export type { Decision, DecisionReads } from '../domain/decision.ts';

export interface MutationOptions<T> {
  /**
   * What an idempotent replay answers instead of the body itself, for bodies holding something
   * that must never be stored (a key's secret).
   */
  replayAs?: (body: T) => unknown;
  /** A transaction that failed this way is run again from the start (a random reference that collided). */
  retryIf?: (error: unknown) => boolean;
}

const IDEMPOTENCY_RECORD = 'idempotency_records_caller_id_key_pk';

/** How often a change that failed on a retryable constraint is made again from the start. */
const ATTEMPTS = 3;

/** Runs `change` again while it fails as `retryIf` says, up to `ATTEMPTS` times in all. */
async function attempting<T>(retryIf: ((error: unknown) => boolean) | undefined, change: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await change();
    } catch (error) {
      if (!retryIf?.(error) || attempt === ATTEMPTS) throw error instanceof DecideAgain ? error.cause : error;
    }
  }
}

/** A decision whose commit failed in a way worth deciding again. */
class DecideAgain extends Error {
  constructor(override readonly cause: unknown) {
    super('the decision is made again');
  }
}

/**
 * A deadlock (or serialization failure) rolled the whole transaction back, so running it again is
 * safe; once, because a second one means contention a retry now will not cure. The caller then
 * gets a 409 to retry later, never a 5xx.
 */
async function retryingOnce<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isRetryableConflict(error)) throw error;
  }
  try {
    return await run();
  } catch (error) {
    if (!isRetryableConflict(error)) throw error;
    throw new DomainError('concurrent_update', { detail: 'Concurrent requests on the same seats or bookings got in each other\'s way; nothing was changed. Retry.', retryAfterSeconds: 1 });
  }
}

/** The answer a transaction produced, serialized, with what its record stores. */
interface Answer {
  status: number;
  payload: string;
  stored: StoredResponse;
  /** The audit entries the transaction committed: what it changed, for the metrics. */
  changes: readonly AuditEntry[];
}

export default fp(
  async function mutations(app: FastifyInstance) {
    /**
     * The answer to send: the transaction's, a replay of what the key holds, or (when this request
     * lost the race for its key to a transaction that committed first) the winner's.
     */
    async function settled(reply: FastifyReply, run: () => Promise<Answer>): Promise<void> {
      const pending = reply.request.idempotency;
      const eventWritesBefore = eventWriteCount();
      let answer: Answer;
      try {
        answer = await retryingOnce(run);
      } catch (error) {
        if (!pending) throw error;
        if (error instanceof ReplayStoredResponse) {
          pending.settled = true;
          return void replay(reply, error.response);
        }
        if (violatedUniqueConstraint(error) === IDEMPOTENCY_RECORD) {
          pending.settled = true;
          return void replay(reply, await answerOfWinner(app.sql, pending.claim));
        }
        throw error;
      }
      if (pending) pending.settled = true;
      countCommittedChanges(answer.changes);
      reply.code(answer.status);
      // Sent here; the handler resolves to nothing, which Fastify accepts once the reply is sent.
      await reply.send(answer.payload);
      // After the commit and the answer, never holding either up.
      if (eventWriteCount() !== eventWritesBefore) app.relayWaker.wake();
    }

    /** The claim's refusals (409 in flight, 422 reused) are answers of their own, never stored. */
    async function refusingUnstored<T>(reply: FastifyReply, claim: () => T | Promise<T>): Promise<T> {
      try {
        return await claim();
      } catch (error) {
        if (reply.request.idempotency && error instanceof DomainError) reply.request.idempotency.settled = true;
        throw error;
      }
    }

    /** Serialized through the route's response schema, so a replay is byte-identical; a 204 has no body. */
    function answerOf(reply: FastifyReply, status: number, changes: readonly AuditEntry[], body: unknown, replayBody: unknown = body): Answer {
      reply.code(status);
      if (status !== 204) reply.type('application/json; charset=utf-8');
      const payload = status === 204 ? '' : (reply.serialize(body) as string);
      const storedBody = replayBody === body || status === 204 ? payload : (reply.serialize(replayBody) as string);
      return { status, payload, stored: { status, headers: replayableHeaders(reply), body: storedBody }, changes };
    }

    app.decorateReply(
      'commitMutation',
      async function commitMutation<T>(
        this: FastifyReply,
        statusOf: number | ((body: T) => number),
        work: (tx: DbTransaction, audit: AuditWriter) => Promise<T>,
        options: MutationOptions<T> = {},
      ): Promise<void> {
        const request = this.request;
        const principal = principalOf(request);
        const claim = request.idempotency?.claim;
        await settled(this, () => attempting(options.retryIf, () =>
          app.db.transaction(async (tx) => {
            const client = clientOf(tx);
            let claimed: ClaimedKey | undefined;
            if (claim) claimed = await refusingUnstored(this, () => claimKeyIn(client, claim));
            const changes: AuditEntry[] = [];
            const writeAudit = auditWriter(tx, principal, request.id);
            const body = await work(tx, (entry) => (changes.push(entry), writeAudit(entry)));
            // An upsert answers 201 or 200 depending on what it found.
            const status = typeof statusOf === 'function' ? statusOf(body) : statusOf;
            const answer = answerOf(this, status, changes, body, options.replayAs && status !== 204 ? options.replayAs(body) : body);
            if (claimed) await Promise.all(recordStatements(client, claimed, answer.stored));
            return answer;
          }),
        ));
      },
    );

    app.decorateReply(
      'commitDecision',
      async function commitDecision<T>(this: FastifyReply, status: number, work: (rounds: DecisionReads) => Promise<Decision<T>>): Promise<void> {
        const request = this.request;
        const principal = principalOf(request);
        const claim = request.idempotency?.claim;
        const decide = () =>
          inPipelinedTransaction(app.sql, async (tx): Promise<Answer> => {
            let claimed: ClaimedKey | undefined;
            let first = true;
            const reads: DecisionReads = {
              sql: tx.sql,
              round: async (...queries) => {
                if (!first || !claim) return tx.round(...queries);
                first = false;
                const [claimRow, ...answers] = await tx.round(claimStatement(tx.sql, claim), ...queries);
                claimed = await refusingUnstored(this, () => judgeClaim(claim, claimRow[0]!));
                return answers as never;
              },
            };
            let decision: Decision<T>;
            try {
              decision = await work(reads);
            } catch (error) {
              // A refusal decided after the claim: stored in this transaction, still holding the key.
              const refusalStatus = error instanceof DomainError ? problemStatus[error.code] : 500;
              if (!(claimed && error instanceof DomainError && refusalStatus < 500 && refusalStatus !== 429)) throw error;
              const payload = prepareProblem(this, error);
              const refusal: Answer = { status: refusalStatus, payload, stored: { status: refusalStatus, headers: replayableHeaders(this), body: payload }, changes: [] };
              await tx.commit(...recordStatements(tx.sql, claimed, refusal.stored));
              return refusal;
            }
            const answer = answerOf(this, status, [decision.audit], decision.body);
            try {
              const audit = auditRecordOf(principal, request.id, decision.audit);
              await tx.commit(
                ...decision.writes,
                ...(claimed ? recordStatements(tx.sql, claimed, answer.stored, audit) : [insertAuditRecord(tx.sql, audit)]),
              );
            } catch (error) {
              const refusal = decision.refusalFor?.(error);
              if (refusal) throw refusal;
              if (decision.retryIf?.(error)) throw new DecideAgain(error);
              throw error;
            }
            return answer;
          });
        await settled(this, () => attempting((error) => error instanceof DecideAgain, decide));
      },
    );
  },
  { name: 'mutations', dependencies: ['database', 'outbox', 'principal', 'idempotency', 'problems'] },
);
