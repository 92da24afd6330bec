/**
 * A Marquee webhook receiver in Fastify. Run it with
 *
 *   MARQUEE_WEBHOOK_SECRET=whsec_… PORT=3000 node --import tsx sdk/examples/webhook-receiver-fastify.ts
 *
 * and register `http://<this host>:3000/webhooks/marquee` as a webhook endpoint.
 *
 * The trap it avoids: Fastify parses JSON bodies by default, and JSON parsed and serialized again
 * is not the bytes Marquee signed (key order, spacing and escapes differ), so verification would
 * fail. The webhook route gets a parser of its own that keeps the raw bytes; the rest of the app
 * keeps parsing JSON as usual.
 */
import Fastify from 'fastify';
import { verifyWebhook, WebhookVerificationError } from '@marquee/sdk';

const { MARQUEE_WEBHOOK_SECRET: secret, PORT: port = '3000' } = process.env;
if (!secret) {
  console.error('Set MARQUEE_WEBHOOK_SECRET to the signing secret shown when the endpoint was registered (whsec_…).');
  process.exit(1);
}

const app = Fastify();

// A plugin is its own encapsulation context: the raw-bytes parser applies to these routes only.
await app.register(async (webhooks) => {
  webhooks.removeContentTypeParser('application/json');
  webhooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  webhooks.post('/webhooks/marquee', async (request, reply) => {
    try {
      const event = verifyWebhook(request.body as Buffer, request.headers, secret);
      console.log(JSON.stringify({ type: event.type, id: event.id }));
      return reply.code(204).send();
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // The reason goes back to Marquee, which shows it with the failed delivery attempt.
      console.error(`refused a webhook: ${error.message}`);
      return reply.code(400).type('text/plain').send(error.reason);
    }
  });
});

const address = await app.listen({ port: Number(port), host: '0.0.0.0' });
console.error(`listening for Marquee webhooks at ${address}/webhooks/marquee`);
// Stops accepting, lets requests in flight finish, closes idle keep-alive connections.
process.once('SIGTERM', () => void app.close());
