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
    app.addHook('onSend', async (_request, reply) => {
      if (closing) reply.header('connection', 'close');
    });
  },
  { name: 'draining' },
);
