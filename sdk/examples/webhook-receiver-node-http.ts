/**
 * A Marquee webhook receiver on nothing but `node:http`: it reads the body as bytes, verifies
 * them with the SDK and prints each event as one line of JSON. Run it with
 *
 *   MARQUEE_WEBHOOK_SECRET=whsec_… PORT=3000 node --import tsx sdk/examples/webhook-receiver-node-http.ts
 *
 * and register `http://<this host>:3000/` as a webhook endpoint.
 */
import { createServer } from 'node:http';
import { verifyWebhook, WebhookVerificationError } from '@marquee/sdk';

const { MARQUEE_WEBHOOK_SECRET: secret, PORT: port = '3000' } = process.env;
if (!secret) {
  console.error('Set MARQUEE_WEBHOOK_SECRET to the signing secret shown when the endpoint was registered (whsec_…).');
  process.exit(1);
}
// Marquee's events are small; a bigger body is not one of them and is not worth buffering.
const MAX_BODY_BYTES = 1024 * 1024;

const server = createServer((req, res) => {
  if (req.method !== 'POST') {
    res.writeHead(405, { allow: 'POST' }).end();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413).end();
      return;
    }
    try {
      // The bytes as they arrived: the signature covers them, not any JSON re-made from them.
      const event = verifyWebhook(Buffer.concat(chunks), req.headers, secret);
      console.log(JSON.stringify({ type: event.type, id: event.id }));
      res.writeHead(204).end();
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      // The reason goes back to Marquee, which shows it with the failed delivery attempt.
      console.error(`refused a webhook: ${error.message}`);
      res.writeHead(400, { 'content-type': 'text/plain' }).end(error.reason);
    }
  });
});

server.listen(Number(port), () => console.error(`listening for Marquee webhooks on port ${port}`));
// Stop accepting, let requests in flight finish; idle keep-alive connections are closed.
process.once('SIGTERM', () => server.close());
