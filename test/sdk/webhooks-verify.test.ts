import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { Webhook } from 'standardwebhooks';
import t, { type Test } from 'tap';
import { MarqueeError } from '../../sdk/src/errors.ts';
import { EVENT_TYPES, type WebhookEvent } from '../../sdk/src/webhooks/events.ts';
import { generateWebhookSecret, signWebhook } from '../../sdk/src/webhooks/sign.ts';
import { verifyWebhook, WebhookVerificationError, type WebhookVerificationReason } from '../../sdk/src/webhooks/verify.ts';
import { waitUntil } from '../helpers/wait-until.ts';
import { webhookDeliveryWorld } from './helpers/webhook-delivery.ts';
import { cinema } from './helpers/world.ts';

/**
 * The SDK's verifier and signer against `standardwebhooks`, the reference library, both ways:
 * whatever one signs the other accepts, and whatever is tampered with, stale or signed under
 * another secret both refuse. Then a real delivery from the real server, verified by the SDK.
 */
const RUNS = 200;
type Signed = Record<string, string>;

// `standardwebhooks` reads the clock itself, so every generated time is an offset from now, kept
// two seconds clear of the 300 s edge so a second ticking over mid-run cannot flip a verdict.
const nowSeconds = () => Math.floor(Date.now() / 1000);
const fresh = fc.integer({ min: -298, max: 298 });
const stale = fc.tuple(fc.integer({ min: 302, max: 10_000_000 }), fc.constantFrom(-1, 1)).map(([distance, sign]) => distance * sign);

const secret = fc.uint8Array({ minLength: 24, maxLength: 64 }).map((bytes) => `whsec_${Buffer.from(bytes).toString('base64')}`);
const webhookId = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.ulid().map((ulid) => `evt_${ulid}`));
const event = fc.record({
  id: fc.ulid().map((ulid) => `evt_${ulid}`),
  type: fc.constantFrom(...EVENT_TYPES),
  createdAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  aggregate: fc.record({ type: fc.string(), id: fc.string(), version: fc.nat() }),
  data: fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary', maxDepth: 3 })),
});
// The same event in different bytes: the signature is over the bytes, whatever their layout.
const body = fc.tuple(event, fc.constantFrom(undefined, 2, '\t')).map(([value, indent]) => JSON.stringify(value, null, indent));
const asBytes = fc.boolean();

const theirSignature = (key: string, id: string, seconds: number, payload: string) => new Webhook(key).sign(id, new Date(seconds * 1000), payload);
const theirHeaders = (key: string, id: string, seconds: number, payload: string): Signed => ({
  'webhook-id': id, 'webhook-timestamp': String(seconds), 'webhook-signature': theirSignature(key, id, seconds, payload),
});

/** Our verdict: the event, or why it was refused. Anything but a verification error is a bug. */
function ours(payload: string | Buffer, headers: Signed, key: string | string[]): { event: WebhookEvent } | { refused: WebhookVerificationReason } {
  try {
    return { event: verifyWebhook(payload, headers, key) };
  } catch (error) {
    if (error instanceof WebhookVerificationError) return { refused: error.reason };
    throw error;
  }
}
/** The reference library's verdict. */
function theirs(payload: string | Buffer, headers: Signed, key: string): { event: unknown } | { refused: string } {
  try {
    return { event: new Webhook(key).verify(payload, headers) };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/** The verification error `act` throws, or `undefined` when it throws none. */
function refusal(act: () => unknown): WebhookVerificationError | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error;
    throw error;
  }
  return undefined;
}

/** Runs a property and records one assertion with fast-check's report (seed, counterexample). */
function holds(t: Test, what: string, property: fc.IProperty<any>) {
  const details = fc.check(property, { numRuns: RUNS });
  t.notOk(details.failed, details.failed ? fc.defaultReportMessage(details) : `${what} (${details.numRuns} runs)`);
}

t.test('what standardwebhooks signs, the SDK verifies, and returns the event as sent', async (t) => {
  holds(t, 'ours accepts theirs', fc.property(secret, webhookId, fresh, body, asBytes, (key, id, offset, payload, bytes) => {
    const verdict = ours(bytes ? Buffer.from(payload) : payload, theirHeaders(key, id, nowSeconds() + offset, payload), key);
    return 'event' in verdict && isDeepStrictEqual(verdict.event, JSON.parse(payload));
  }));
});

t.test('what the SDK signs, standardwebhooks verifies, and so does the SDK', async (t) => {
  holds(t, 'theirs accepts ours', fc.property(secret, webhookId, fresh, body, asBytes, (key, id, offset, payload, bytes) => {
    const headers = signWebhook(key, id, nowSeconds() + offset, bytes ? Buffer.from(payload) : payload);
    const mine = ours(payload, headers, key);
    const reference = theirs(bytes ? Buffer.from(payload) : payload, headers, key);
    return 'event' in mine && 'event' in reference && isDeepStrictEqual(mine.event, reference.event);
  }));
});

const tampering = fc.oneof(
  fc.record({ kind: fc.constant('body' as const), at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant('id' as const), other: webhookId }),
  fc.record({ kind: fc.constant('timestamp' as const), by: fc.integer({ min: -5, max: 5 }).filter((by) => by !== 0) }),
  fc.record({ kind: fc.constant('signature' as const), at: fc.nat(), to: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') }),
  fc.record({ kind: fc.constant('secret' as const), other: secret }),
);

t.test('any tampering (a body byte, the id, the timestamp, the signature, the secret) is refused by both', async (t) => {
  const seen = new Set<string>();
  holds(t, 'both refuse every tampered delivery', fc.property(secret, webhookId, fc.integer({ min: -290, max: 290 }), body, tampering, asBytes,
    (key, id, offset, payload, change, signWithOurs) => {
      const seconds = nowSeconds() + offset;
      const headers = signWithOurs ? signWebhook(key, id, seconds, payload) : theirHeaders(key, id, seconds, payload);
      const sent = Buffer.from(payload);
      let verifyWith = key;
      if (change.kind === 'body') {
        const at = change.at % sent.length;
        sent.writeUInt8(sent.readUInt8(at) ^ change.xor, at);
      } else if (change.kind === 'id') {
        if (change.other === id) return true;
        headers['webhook-id'] = change.other;
      } else if (change.kind === 'timestamp') {
        headers['webhook-timestamp'] = String(seconds + change.by);
      } else if (change.kind === 'signature') {
        const signature = headers['webhook-signature']!;
        const at = 3 + (change.at % (signature.length - 3)); // past the `v1,`
        if (signature[at] === change.to) return true;
        headers['webhook-signature'] = signature.slice(0, at) + change.to + signature.slice(at + 1);
      } else {
        if (change.other === key) return true;
        verifyWith = change.other;
      }
      seen.add(change.kind);
      const mine = ours(sent, headers, verifyWith);
      return 'refused' in mine && mine.refused === 'bad_signature' && 'refused' in theirs(sent, headers, verifyWith);
    }));
  t.same([...seen].sort(), ['body', 'id', 'secret', 'signature', 'timestamp'], 'every kind of tampering was tried');
});

t.test('a timestamp more than 5 minutes old or ahead is refused by both; within them, accepted by both', async (t) => {
  holds(t, 'both refuse stale and future deliveries', fc.property(secret, webhookId, stale, body, asBytes, (key, id, offset, payload, signWithOurs) => {
    const seconds = nowSeconds() + offset;
    const headers = signWithOurs ? signWebhook(key, id, seconds, payload) : theirHeaders(key, id, seconds, payload);
    const mine = ours(payload, headers, key);
    return 'refused' in mine && mine.refused === 'stale_timestamp' && 'refused' in theirs(payload, headers, key);
  }));
  const key = generateWebhookSecret();
  const payload = JSON.stringify({ id: 'evt_1', type: 'hold.expired', createdAt: '2030-01-01T00:00:00Z', aggregate: { type: 'hold', id: 'hld_1', version: 1 }, data: {} });
  const signedAt = 1_900_000_000;
  const headers = signWebhook(key, 'evt_1', signedAt, payload);
  const at = (seconds: number) => new Date(seconds * 1000);
  t.equal(verifyWebhook(payload, headers, key, { now: at(signedAt + 300) }).id, 'evt_1', 'exactly 300 s old is still in time');
  t.equal(verifyWebhook(payload, headers, key, { now: at(signedAt - 300) }).id, 'evt_1', 'exactly 300 s ahead is still in time');
  t.match(refusal(() => verifyWebhook(payload, headers, key, { now: at(signedAt + 301) })), { reason: 'stale_timestamp', message: /301 s old/ });
  t.match(refusal(() => verifyWebhook(payload, headers, key, { now: at(signedAt - 301) })), { reason: 'stale_timestamp', message: /in the future/ });
  t.equal(verifyWebhook(payload, headers, key, { now: at(signedAt + 3600), toleranceSeconds: 3600 }).id, 'evt_1', 'the tolerance is an option');
});

t.test('during a rotation two signatures travel, and either secret verifies in both libraries', async (t) => {
  holds(t, 'rotation', fc.property(secret, secret, secret, webhookId, fresh, body, (next, previous, unrelated, id, offset, payload) => {
    const seconds = nowSeconds() + offset;
    const ourPair = signWebhook([next, previous], id, seconds, payload);
    const theirPair = { ...ourPair, 'webhook-signature': `${theirSignature(next, id, seconds, payload)} ${theirSignature(previous, id, seconds, payload)}` };
    if (ourPair['webhook-signature'] !== theirPair['webhook-signature']) return false;
    const accepted = [next, previous].every((key) => 'event' in ours(payload, ourPair, key) && 'event' in theirs(payload, ourPair, key));
    const eitherOfOurs = 'event' in ours(payload, ourPair, [unrelated, previous]);
    const mine = ours(payload, ourPair, unrelated);
    const unrelatedRefused = 'refused' in mine && mine.refused === 'bad_signature' && 'refused' in theirs(payload, ourPair, unrelated);
    return accepted && eitherOfOurs && (unrelated === next || unrelated === previous || unrelatedRefused);
  }));
});

t.test('every refusal says why', async (t) => {
  const key = generateWebhookSecret();
  const payload = JSON.stringify({ id: 'evt_2', type: 'booking.confirmed', createdAt: '2030-01-01T00:00:00Z', aggregate: { type: 'booking', id: 'bkg_1', version: 1 }, data: {} });
  const headers = signWebhook(key, 'evt_2', new Date(), payload);
  const without = (name: string) => Object.fromEntries(Object.entries(headers).filter(([header]) => header !== name));
  const signedBody = (text: string | Buffer) => [text, signWebhook(key, 'evt_3', new Date(), text)] as const;

  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    t.match(refusal(() => verifyWebhook(payload, without(name), key)), { reason: 'missing_header', message: new RegExp(`no ${name} header`) }, `without ${name}`);
    t.match(refusal(() => verifyWebhook(payload, { ...headers, [name]: '' }, key)), { reason: 'missing_header' }, `with an empty ${name}`);
  }
  for (const timestamp of ['17e8', '-5', '1700000000.5', ' 1700000000', 'soon']) {
    t.match(refusal(() => verifyWebhook(payload, { ...headers, 'webhook-timestamp': timestamp }, key)), { reason: 'invalid_timestamp' }, `timestamp ${JSON.stringify(timestamp)}`);
  }
  const relabelled = { ...headers, 'webhook-signature': headers['webhook-signature'].replace(/^v1,/, 'v2,') };
  t.match(refusal(() => verifyWebhook(payload, relabelled, key)), { reason: 'bad_signature', message: /raw body/ }, 'the right signature, labelled another version');
  t.ok('refused' in theirs(payload, relabelled, key), 'which standardwebhooks refuses too');
  t.match(refusal(() => verifyWebhook(JSON.stringify(JSON.parse(payload), null, 2), headers, key)), { reason: 'bad_signature' }, 'the same JSON re-serialized');
  t.match(refusal(() => verifyWebhook(payload, headers, generateWebhookSecret())), { reason: 'bad_signature' }, 'another secret');

  for (const bad of ['', 'whsec_', 'whsec_not base64!', 'mq_live_abc123', 'whsec_QUI']) {
    t.match(refusal(() => verifyWebhook(payload, headers, bad)), { reason: 'invalid_secret' }, `secret ${JSON.stringify(bad.slice(0, 8))}…`);
  }
  t.match(refusal(() => verifyWebhook(payload, headers, [])), { reason: 'invalid_secret', message: /no signing secret/ });
  t.match(refusal(() => verifyWebhook(payload, headers, [key, 'mq_live_oops'])), { reason: 'invalid_secret', message: /secret #2/ });
  t.match(refusal(() => verifyWebhook(payload, headers, undefined as unknown as string)), { reason: 'invalid_secret', message: /MARQUEE_WEBHOOK_SECRET/ });

  const bodies: [string, string | Buffer][] = [
    ['not JSON', 'hello'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0x7d])],
    ['a JSON array', '[1,2]'],
    ['an event without an id', JSON.stringify({ type: 'booking.confirmed' })],
    ['an unknown event type', JSON.stringify({ id: 'evt_3', type: 'booking.exploded' })],
  ];
  for (const [what, text] of bodies) {
    const [sent, signed] = signedBody(text);
    t.match(refusal(() => verifyWebhook(sent, signed, key)), { reason: 'invalid_body' }, what);
  }
  const [unknownType, unknownTypeHeaders] = signedBody(JSON.stringify({ id: 'evt_3', type: 'booking.exploded' }));
  t.throws(() => verifyWebhook(unknownType, unknownTypeHeaders, key), { message: /"booking.exploded".*Upgrade @marquee\/sdk/ });

  const error = refusal(() => verifyWebhook(payload, headers, [generateWebhookSecret(), key.slice(0, -2)]));
  t.ok(error instanceof MarqueeError, 'a MarqueeError, caught with the others');
  t.equal(error?.name, 'WebhookVerificationError');
  t.notOk(error?.message.includes(key.slice(6, 20)), 'the secret never appears in a message');
});

t.test('the raw-body trap: a parsed body is refused with what to do instead', async (t) => {
  const key = generateWebhookSecret();
  const payload = JSON.stringify({ id: 'evt_4', type: 'theatre.created', createdAt: '2030-01-01T00:00:00Z', aggregate: { type: 'theatre', id: 'thr_1', version: 1 }, data: {} });
  const headers = signWebhook(key, 'evt_4', new Date(), payload);
  t.throws(() => verifyWebhook(JSON.parse(payload) as string, headers, key), { name: 'TypeError' }, 'an object is a TypeError');
  t.throws(() => verifyWebhook(JSON.parse(payload) as string, headers, key), { message: /raw request body.*parseAs: 'buffer'/s });
  t.throws(() => verifyWebhook(String(JSON.parse(payload)), headers, key), { message: /stringified object/ });
  t.throws(() => verifyWebhook(null as unknown as string, headers, key), { message: /not null/ });
});

t.test('headers are found whatever their case, as arrays and in a fetch Headers', async (t) => {
  const key = generateWebhookSecret();
  const payload = JSON.stringify({ id: 'evt_5', type: 'showtime.created', createdAt: '2030-01-01T00:00:00Z', aggregate: { type: 'showtime', id: 'shw_1', version: 1 }, data: {} });
  const other = generateWebhookSecret();
  const signed = signWebhook([other, key], 'evt_5', new Date(), payload);
  const [first, second] = signed['webhook-signature'].split(' ');
  t.equal(verifyWebhook(payload, new Headers(signed), key).type, 'showtime.created', 'fetch Headers');
  t.equal(verifyWebhook(payload, { 'Webhook-Id': 'evt_5', 'WEBHOOK-TIMESTAMP': [signed['webhook-timestamp']], 'Webhook-Signature': [first!, second!] }, key).id, 'evt_5', 'mixed case and array values');
  t.equal(verifyWebhook(payload, { ...signed, 'webhook-signature': `${first}, ${second}` }, key).id, 'evt_5', 'a repeated header joined with ", "');
  const repeated = new Headers(signed);
  repeated.append('webhook-signature', 'v1,bogus');
  t.equal(verifyWebhook(payload, repeated, key).id, 'evt_5', 'a repeated header in fetch Headers');
});

t.test('signing refuses what could never verify', async (t) => {
  const key = generateWebhookSecret();
  t.match(key, /^whsec_[A-Za-z0-9+/]{43}=$/, 'a new secret is 32 random bytes in base64');
  t.not(generateWebhookSecret(), key);
  t.throws(() => signWebhook('mq_live_abc', 'evt_1', new Date(), '{}'), { name: 'TypeError', message: /not a signing secret/ });
  t.throws(() => signWebhook(key, '', new Date(), '{}'), { name: 'TypeError' });
  t.throws(() => signWebhook(key, 'evt_1', Date.now(), '{}'), { message: /milliseconds/ });
  t.throws(() => signWebhook(key, 'evt_1', new Date(Number.NaN), '{}'), { message: /invalid Date/ });
  t.throws(() => signWebhook([], 'evt_1', new Date(), '{}'), { message: /at least one/ });
});

/** A secret the API answered with; `null` only comes from an idempotent replay, which these are not. */
function shown(secret: string | null): string {
  if (secret === null) throw new Error('the API answered a null secret');
  return secret;
}

t.test('end to end: the real server delivers, a node:http receiver verifies with the SDK', async (t) => {
  const world = await webhookDeliveryWorld(t);
  const { owner, showtime } = await cinema(world, 'Verified');
  const verified: WebhookEvent[] = [];
  const refused: string[] = [];
  let secrets: string[] = [];
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        verified.push(verifyWebhook(Buffer.concat(chunks), req.headers, secrets));
        res.writeHead(204).end();
      } catch (error) {
        refused.push((error as WebhookVerificationError).reason);
        res.writeHead(400).end();
      }
    });
  });
  receiver.listen(0, '127.0.0.1');
  await once(receiver, 'listening');
  t.teardown(() => { receiver.closeAllConnections(); receiver.close(); });
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/marquee`;

  const endpoint = await owner.client.webhooks.endpoints.create({ url, eventTypes: ['webhook_endpoint.test', 'booking.confirmed'] });
  t.match(endpoint.secret, /^whsec_/, 'registration shows the secret once');
  secrets = [shown(endpoint.secret)];

  const test = await owner.client.webhooks.endpoints.sendTest(endpoint.id);
  const [arrived] = await waitUntil('the test event', () => verified.filter((event) => event.id === test.id), (found) => found.length > 0);
  t.match(arrived, { id: test.id, type: 'webhook_endpoint.test', data: { endpointId: endpoint.id } }, 'the test event, verified');

  const show = await showtime();
  const seller = await world.partner('aggregator', 'Verified Tickets');
  const hold = await seller.client.holds.create({ showtimeId: show.id, customerRef: 'c1', seats: ['B3'] });
  const booking = await seller.client.bookings.create({ holdId: hold.id, payment: { method: 'partner_collected', reference: 'pay-1' } });
  const [confirmed] = await waitUntil('the booking event', () => verified.filter((event) => event.type === 'booking.confirmed'), (found) => found.length > 0);
  t.equal(confirmed?.aggregate.id, booking.id, 'the booking, verified, names the booking');

  const rotated = await owner.client.webhooks.endpoints.rotateSecret(endpoint.id);
  secrets = [shown(rotated.secret)];
  const second = await owner.client.webhooks.endpoints.sendTest(endpoint.id);
  await waitUntil('the test event after a rotation', () => verified.some((event) => event.id === second.id), Boolean);
  t.pass('after a rotation the new secret alone verifies');
  t.same(refused, [], 'nothing the server sent was refused');
});
