import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import t from 'tap';
import { Webhook } from 'standardwebhooks';
import { newSigningSecret, openSecret, sealedKeyId, sealSecret, signingKeyOf } from '../../webhooks/secrets.ts';
import { newSecretsKey, parseSecretsKey, parseSecretsKeyRing, secretsKeyId, secretsKeyRing } from '../../webhooks/secrets-key-ring.ts';

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

t.test('secrets are sealed with AES-256-GCM under the current key of the ring, named by its id', async (t) => {
  const key = randomBytes(32);
  const ring = secretsKeyRing([key]);
  const secret = newSigningSecret();
  const sealed = sealSecret(secret, ring);
  t.equal(ring.current.id, secretsKeyId(key));
  t.match(sealed, new RegExp(`^v2\\.${ring.current.id.replace(/[-_]/g, '\\$&')}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]+$`));
  t.equal(sealedKeyId(sealed), ring.current.id);
  t.notMatch(sealed, secret.slice(6, 20), 'the plaintext does not show through');
  t.equal(openSecret(sealed, ring), secret);
  t.not(sealSecret(secret, ring), sealed, 'a fresh IV each time');

  const [version, id, iv, tag, data] = sealed.split('.') as [string, string, string, string, string];
  const flipped = Buffer.from(data, 'base64url');
  flipped[0]! ^= 1;
  t.throws(() => openSecret([version, id, iv, tag, flipped.toString('base64url')].join('.'), ring), /failed authentication under key id/, 'altered data');
  t.throws(() => openSecret(`v3.${id}.${iv}.${tag}.${data}`, ring), /unrecognised/, 'unknown version');
  t.throws(() => openSecret('plain-text-secret', ring), /unrecognised/, 'not a sealed secret');

  // The key id is authenticated: a blob relabelled as another ring key's does not open under it.
  const other = randomBytes(32);
  const both = secretsKeyRing([other, key]);
  const relabelled = [version, secretsKeyId(other), iv, tag, data].join('.');
  t.throws(() => openSecret(relabelled, both), /failed authentication/, 'the id cannot be swapped');
});

t.test('a ring opens what any of its keys sealed; a key it lacks is named by id, never shown', async (t) => {
  const [k1, k2, k3] = [randomBytes(32), randomBytes(32), randomBytes(32)];
  const secret = newSigningSecret();
  const underK1 = sealSecret(secret, secretsKeyRing([k1]));
  const rolling = secretsKeyRing([k2, k1]);
  t.equal(openSecret(underK1, rolling), secret, 'the old key still opens during the rollout');
  t.equal(sealedKeyId(sealSecret(secret, rolling)), secretsKeyId(k2), 'the first key seals');
  t.equal(openSecret(sealSecret(secret, rolling), secretsKeyRing([k2])), secret, 'and alone opens what it sealed');

  const error = t.throws(() => openSecret(underK1, secretsKeyRing([k2, k3]))) as Error;
  t.match(error.message, `key id ${secretsKeyId(k1)}, which this process's key ring (WEBHOOK_SECRETS_KEYS) does not hold`);
  for (const material of [k1, k2, k3].flatMap((key) => [key.toString('base64'), key.toString('hex'), key.toString('base64url')])) {
    t.notMatch(error.message, material, 'no key material in the message');
  }
  t.notMatch(error.message, secret.slice(6));
  t.notMatch(secretsKeyId(k1), /[.,]/, 'an id never holds the separators of the formats');
  t.equal(secretsKeyId(k1), secretsKeyId(Buffer.from(k1)), 'an id is stable: derived from the key');
  t.throws(() => secretsKeyRing([k1, Buffer.from(k1)]), /twice/, 'a key given twice is refused');
});

t.test('secrets sealed before key ids (v1) open under whichever ring key sealed them', async (t) => {
  const [k1, k2] = [randomBytes(32), randomBytes(32)];
  const secret = newSigningSecret();
  // The format the code wrote before key rings: v1.<iv>.<tag>.<data>, AES-256-GCM, no additional data.
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k1, iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  const legacy = ['v1', iv, cipher.getAuthTag(), data].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
  t.equal(sealedKeyId(legacy), undefined, 'no key id');
  t.equal(openSecret(legacy, secretsKeyRing([k1])), secret, 'the one key of WEBHOOK_SECRETS_KEY');
  t.equal(openSecret(legacy, secretsKeyRing([k2, k1])), secret, 'or an older key of a ring');
  t.throws(() => openSecret(legacy, secretsKeyRing([k2])), /failed authentication under every key of the ring/, 'not without it');
});

t.test('WEBHOOK_SECRETS_KEYS: keys separated by commas, the first sealing; a bad one named by position only', async (t) => {
  const [k1, k2] = [randomBytes(32), randomBytes(32)];
  const ring = parseSecretsKeyRing(`${k2.toString('base64')}, ${k1.toString('hex')}`);
  t.same(ring.keys.map((entry) => entry.key), [k2, k1]);
  t.equal(ring.current.id, secretsKeyId(k2));
  const bad = 'not-a-key-but-maybe-a-secret';
  const error = t.throws(() => parseSecretsKeyRing(`${k1.toString('base64')},${bad}`)) as Error;
  t.match(error.message, /^key 2: must be 32 bytes/);
  t.notMatch(error.message, bad);
  t.notMatch(error.message, k1.toString('base64'));
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
