import Fastify from 'fastify';

/**
 * The seat-map bench's baseline, run as a process of its own like the API: a bare Fastify route
 * answering the bytes it was sent over IPC, from memory. Replies `{ url }` once it listens.
 */
process.once('message', async (message: { body: string; contentType: string }) => {
  const body = Buffer.from(message.body, 'base64');
  const app = Fastify();
  app.get('/bare', (_request, reply) => reply.header('content-type', message.contentType).send(body));
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ url });
  process.once('disconnect', () => void app.close());
});
