import type postgres from 'postgres';
import type { Statement } from './prepared.ts';

/**
 * A transaction in as few round trips as it has decisions. Its statements go out in batches on one
 * reserved connection: BEGIN travels with the first batch, COMMIT with the last, and each batch is
 * one write to the socket and one wait for the answers. A sale is two batches: read and lock what
 * the decision needs, then write what was decided (or only the refusal) and commit.
 *
 * Why: on a busy machine each round trip to PostgreSQL costs the API process a socket write and a
 * wake-up of the backend, which measured as the largest share of a hold's CPU when every statement
 * was its own round trip (or two, unprepared). Batching needs statements that do not depend on an
 * earlier answer of the same batch: each one joins what it needs itself.
 *
 * Statements of a batch still run in order. When one fails, PostgreSQL aborts the transaction, the
 * rest of the batch fails with it, the batch rejects with the first real error, and the transaction
 * is rolled back; a failure in the last batch makes its COMMIT a rollback on the server.
 */
export interface PipelinedTransaction {
  /** The reserved connection, to build this transaction's statements on. */
  readonly sql: postgres.Sql;
  /** Sends the statements together (after BEGIN, the first time) and waits for all their answers. */
  round<const Q extends readonly Statement[]>(...queries: Q): Promise<Answers<Q>>;
  /** The last batch: the statements and COMMIT together. Nothing may be sent after it. */
  commit<const Q extends readonly Statement[]>(...queries: Q): Promise<Answers<Q>>;
}

type Answers<Q extends readonly unknown[]> = { -readonly [K in keyof Q]: Awaited<Q[K]> };

/** SQLSTATE 25P02: a statement sent after an earlier one of its batch failed. Never the cause. */
const IN_FAILED_TRANSACTION = '25P02';

export async function inPipelinedTransaction<T>(sql: postgres.Sql, work: (tx: PipelinedTransaction) => Promise<T>): Promise<T> {
  // A reserved connection lacks the pool's `options`, which Drizzle reads when a rare path runs its
  // queries on this transaction (`drizzleOn`): they are the same options.
  const connection = Object.assign(await sql.reserve(), { options: sql.options });
  let state = 'idle' as 'idle' | 'open' | 'ended';
  const send = async (queries: readonly Statement[], last: boolean) => {
    if (state === 'ended') throw new Error('the transaction has ended: nothing may be sent after its commit');
    const batch: PromiseLike<unknown>[] = [];
    // One message opens the transaction and asks for generic plans: every statement of these
    // transactions is prepared and written to plan well without its values (states inline), and
    // a statement PostgreSQL kept re-planning for each hold cost more than it ran.
    if (state === 'idle') batch.push(connection.unsafe('begin; set local plan_cache_mode = force_generic_plan'));
    state = 'open';
    batch.push(...queries);
    if (last) batch.push(connection.unsafe('commit'));
    // Awaiting every answer before deciding: a rejected batch must not leave answers in flight on
    // a connection about to be rolled back and handed to someone else.
    const settled = await Promise.allSettled(batch);
    if (last) state = 'ended';
    const failures = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as { code?: string }] : []));
    if (failures.length > 0) throw failures.find((error) => error?.code !== IN_FAILED_TRANSACTION) ?? failures[0];
    const answers = settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value);
    return answers.slice(answers.length - queries.length - (last ? 1 : 0), answers.length - (last ? 1 : 0));
  };
  const tx: PipelinedTransaction = {
    sql: connection,
    round: (...queries) => send(queries, false) as never,
    commit: (...queries) => send(queries, true) as never,
  };
  try {
    const result = await work(tx);
    if (state === 'open') throw new Error('a pipelined transaction ended its work without committing');
    return result;
  } catch (error) {
    if (state === 'open') {
      state = 'ended';
      await connection.unsafe('rollback').catch(() => undefined);
    }
    throw error;
  } finally {
    connection.release();
  }
}
