import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { DbTransaction } from '../db/client.ts';
import { isRetryableConflict } from '../db/constraint-violations.ts';
import { auditWriter, type AuditWriter } from '../domain/audit.ts';
import { ProblemError } from '../domain/errors.ts';
import { eventWriteCount } from '../domain/events.ts';
import { completeIdempotentRequest } from '../domain/idempotency.ts';
import { replayableHeaders } from './idempotency.ts';
import { principalOf } from './principal.ts';
import { coalescingRelayNotifier } from '../../webhooks/relay-channel.ts';

declare module 'fastify' {
  interface FastifyReply {
    /**
     * Runs a state change in one transaction with its audit record and, when the request carries
     * an Idempotency-Key, with the response a retry will replay: all three commit or none does.
     */
    commitMutation<T>(
      status: number | ((body: T) => number),
      work: (tx: DbTransaction, audit: AuditWriter) => Promise<T>,
      options?: MutationOptions<T>,
    ): Promise<void>;
  }
}

export interface MutationOptions<T> {
  /**
   * What an idempotent replay answers instead of the body itself, for bodies holding something
   * that must never be stored (a key's secret).
   */
  replayAs?: (body: T) => unknown;
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
    throw new ProblemError(409, 'concurrent_update', 'Concurrent requests on the same seats or bookings got in each other\'s way; nothing was changed. Retry.', undefined, { 'retry-after': '1' });
  }
}

export default fp(
  async function mutations(app: FastifyInstance) {
    // After commit, never inside the transaction (a NOTIFY there serializes commits), and never
    // holding up or failing the response: a lost wake-up costs latency, the relay's scan finds it.
    const wakeRelay = coalescingRelayNotifier(app.db, (error) => app.log.warn({ err: error }, 'could not wake the webhook relay'));
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
        const eventWritesBefore = eventWriteCount();
        const payload = await retryingOnce(() => app.db.transaction(async (tx) => {
          const body = await work(tx, auditWriter(tx, principal, request.id));
          // An upsert answers 201 or 200 depending on what it found.
          const status = typeof statusOf === 'function' ? statusOf(body) : statusOf;
          this.code(status);
          if (status !== 204) this.type('application/json; charset=utf-8');
          // Serialized here, through the route's response schema, so a replay is byte-identical.
          // A 204 has no body at all.
          const serialized = status === 204 ? '' : (this.serialize(body) as string);
          if (request.idempotency) {
            await completeIdempotentRequest(tx, request.idempotency.claim, {
              status,
              headers: replayableHeaders(this),
              body: options.replayAs && status !== 204 ? (this.serialize(options.replayAs(body)) as string) : serialized,
            });
          }
          return serialized;
        }));
        if (request.idempotency) request.idempotency.settled = true;
        // Sent here; the handler resolves to nothing, which Fastify accepts once the reply is sent.
        await this.send(payload);
        if (eventWriteCount() !== eventWritesBefore) wakeRelay();
      },
    );
  },
  { name: 'mutations', dependencies: ['database', 'principal', 'idempotency'] },
);
