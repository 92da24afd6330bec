import { once } from 'node:events';
import { connect } from 'node:net';
import t from 'tap';
import { request } from 'undici';
import { signWebhook } from '../../sdk/src/webhooks/sign.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { runExample } from './helpers/example-process.ts';
import { webhookDeliveryWorld } from './helpers/webhook-delivery.ts';
import { WEBHOOK_EXAMPLES } from './helpers/examples.ts';
import { freePort } from '../helpers/free-port.ts';

/**
 * The example receivers as a partner runs them: each started as its own process on the built
 * `@marquee/sdk` (run `npm run sdk:build` first; `npm test` does), sent a real delivery by the
 * real server, read back from their stdout, and stopped with SIGTERM.
 */
async function accepting(port: number): Promise<boolean> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

for (const example of WEBHOOK_EXAMPLES) {
  t.test(example.file, async (t) => {
    const world = await webhookDeliveryWorld(t);
    const owner = await world.partner('theatre', `Example ${example.path}`);
    const port = await freePort();
    const endpoint = await owner.client.webhooks.endpoints.create({ url: `http://127.0.0.1:${port}${example.path}`, eventTypes: ['webhook_endpoint.test'] });
    if (endpoint.secret === null) throw new Error('the API answered a null secret');

    const receiver = runExample(t, example.file, { MARQUEE_WEBHOOK_SECRET: endpoint.secret, PORT: String(port) });
    const lines = receiver.lines;
    const running = () => receiver.child.exitCode === null || Promise.reject(new Error(`the example exited early:\n${receiver.output()}`));

    await waitUntil(`${example.file} to listen on ${port}`, async () => (await running()) && accepting(port), Boolean);

    const sent = await owner.client.webhooks.endpoints.sendTest(endpoint.id);
    await waitUntil('the verified event on stdout', running, () => lines().length > 0);
    t.same(lines().map((line) => JSON.parse(line)), [{ type: 'webhook_endpoint.test', id: sent.id }], 'one line of JSON: the type and id');
    const deliveries = await waitUntil('the delivery to settle', () => owner.client.webhooks.deliveries.listForEvent(sent.id).toArray(), ([first]) => first?.status === 'delivered');
    t.match(deliveries, [{ status: 'delivered', attemptCount: 1 }], 'the example answered 2xx at the first attempt');

    const forged = await request(`http://127.0.0.1:${port}${example.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': 'evt_forged', 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': 'v1,AAAA' },
      body: JSON.stringify({ id: 'evt_forged', type: 'booking.confirmed' }),
    });
    t.equal(forged.statusCode, 400, 'a forged webhook is answered 400');
    t.equal(await forged.body.text(), 'bad_signature', 'with the reason');
    t.equal(lines().length, 1, 'and never printed as an event');

    // Bytes that JSON.parse then JSON.stringify would change: only a receiver that keeps the raw
    // body verifies them.
    const spaced = `{ "id": "evt_spaced", "type": "theatre.updated", "createdAt": "2030-01-01T00:00:00.000Z",\n  "aggregate": { "type": "theatre", "id": "thr_1", "version": 2 }, "data": { "name": "\\u0050alace" } }`;
    const raw = await request(`http://127.0.0.1:${port}${example.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signWebhook(endpoint.secret, 'evt_spaced', new Date(), spaced) },
      body: spaced,
    });
    t.same({ status: raw.statusCode, answer: await raw.body.text() }, { status: 204, answer: '' }, 'a body unlike its re-serialized JSON verifies');
    await waitUntil('the spaced event on stdout', running, () => lines().length > 1);
    t.same(JSON.parse(lines()[1]!), { type: 'theatre.updated', id: 'evt_spaced' }, 'the raw bytes were verified, not re-made JSON');

    receiver.child.kill('SIGTERM');
    const code = await receiver.exited();
    t.same({ code, signal: receiver.child.signalCode }, { code: 0, signal: null }, 'SIGTERM stops it cleanly');
  });
}
