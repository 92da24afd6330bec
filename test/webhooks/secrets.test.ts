import { createHmac, randomBytes } from 'node:crypto';
import t from 'tap';
import { Webhook } from 'standardwebhooks';
import {
  decryptSecret,
  encryptSecret,
  newSecretsKey,
  newSigningSecret,
  parseSecretsKey,
  signingKeyOf,
} from '../../webhooks/secrets.ts';

t.test('a new signing secret is what the standardwebhooks library expects', async (t) => {
  const secret = newSigningSecret();
  t.match(secret, /^whsec_[A-Za-z0-9+/]+={0,2}$/);
  t.ok(signingKeyOf(secret).length >= 24, 'at least 24 random bytes behind the prefix');
  t.not(newSigningSecret(), secret, 'every secret is fresh');

  // Sign as our worker will (HMAC-SHA256 of id.timestamp.body under the decoded key) and let the
  // third-party verifier, constructed from the secret text alone, accept it.
  const id = 'evt_01TEST';
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({ type: 'webhook_endpoint.test', data: { ok: true } });
  const signature = createHmac('sha256', signingKeyOf(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
  const verified = new Webhook(secret).verify(body, {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signature}`,
  });
  t.same(verified, JSON.parse(body));
  t.throws(() => new Webhook(newSigningSecret()).verify(body, {
    'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}`,
  }), 'another secret does not verify it');
});

t.test('secrets are sealed with AES-256-GCM and come back only under the same key', async (t) => {
  const key = randomBytes(32);
  const secret = newSigningSecret();
  const sealed = encryptSecret(secret, key);
  t.match(sealed, /^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
  t.notMatch(sealed, secret.slice(6, 20), 'the plaintext does not show through');
  t.equal(decryptSecret(sealed, key), secret);
  t.not(encryptSecret(secret, key), sealed, 'a fresh IV each time');

  t.throws(() => decryptSecret(sealed, randomBytes(32)), /failed authentication/, 'another key');
  const [version, iv, tag, data] = sealed.split('.') as [string, string, string, string];
  const flipped = Buffer.from(data, 'base64url');
  flipped[0]! ^= 1;
  t.throws(() => decryptSecret([version, iv, tag, flipped.toString('base64url')].join('.'), key), /failed authentication/, 'altered data');
  t.throws(() => decryptSecret(`v2.${iv}.${tag}.${data}`, key), /unrecognised/, 'unknown version');
  t.throws(() => decryptSecret('plain-text-secret', key), /unrecognised/, 'not a ciphertext');
  t.throws(() => encryptSecret(secret, randomBytes(16)), /32 bytes/, 'a short key is refused');
});

t.test('the secrets key is exactly 32 bytes in hex or base64', async (t) => {
  const raw = randomBytes(32);
  t.same(parseSecretsKey(raw.toString('hex')), raw, 'hex');
  t.same(parseSecretsKey(raw.toString('base64')), raw, 'base64');
  t.same(parseSecretsKey(raw.toString('base64url')), raw, 'base64url');
  t.same(parseSecretsKey(` ${raw.toString('hex')}\n`), raw, 'surrounding whitespace from a key file');
  t.equal(parseSecretsKey(newSecretsKey()).length, 32, 'a generated key parses');
  for (const bad of ['', 'secret', randomBytes(16).toString('hex'), randomBytes(31).toString('base64'), randomBytes(33).toString('base64'), 'z'.repeat(64)]) {
    t.throws(() => parseSecretsKey(bad), /must be 32 bytes/, `refuses ${JSON.stringify(bad.slice(0, 12))}…`);
  }
});
