import Fastify from 'fastify';

/**
 * A bare Fastify route answering the bytes it was sent over IPC, from memory: the baseline of the
 * seat-map reads (the map's own bytes) and the catalogue (an empty list). Replies `{ url }` once it
 * listens; started by `startBaselineServer`.
 */
process.once('message', async (message: { body: string; contentType: string }) => {
  const body = Buffer.from(message.body, 'base64');
  const app = Fastify();
  app.get('/bare', (_request, reply) => reply.header('content-type', message.contentType).send(body));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ url });
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
});
