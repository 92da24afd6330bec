import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * While the server drains, a response that finishes a request already in flight also closes its
 * keep-alive connection: otherwise the idle socket would hold the shutdown open until the client
 * gives up on it (Fastify keeps idle connections for 72 s).
 */
export default fp(
  async function draining(app: FastifyInstance) {
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    // Callback style: this runs on every response, and an async hook would cost each a promise.
    app.addHook('onSend', (_request, reply, payload, done) => {
      if (closing) reply.header('connection', 'close');
      done(null, payload);
    });
  },
  { name: 'draining' },
);
