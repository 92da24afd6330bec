import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { relayWaker, type RelayWaker } from '../domain/outbox.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Wakes the webhook relay after a commit that wrote events: requests (see `commitMutation`),
     * redeliveries and the hold sweep all use it. The relay of this process, when the webhooks
     * plugin runs one, is woken directly; otherwise a NOTIFY reaches the relay of `npm run worker`.
     */
    relayWaker: RelayWaker;
  }
}

export default fp(
  async function outbox(app: FastifyInstance) {
    app.decorate('relayWaker', relayWaker(app.db, (error) => app.log.warn({ err: error }, 'could not wake the webhook relay')));
  },
  { name: 'outbox', dependencies: ['database'] },
);
