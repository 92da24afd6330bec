import { createHmac, randomBytes } from 'node:crypto';

/**
 * The keys that seal webhook signing secrets at rest. A ring, so the key can change without
 * downtime: the first key seals, every key opens what was sealed under it, found by its id.
 *
 * A key's id is derived from the key (an HMAC of a fixed label under it), never named by the
 * operator: two hosts cannot disagree about which id a key has, the same key has the same id in
 * `WEBHOOK_SECRETS_KEY` and in any ring, and the id (64 bits of a keyed hash) says nothing
 * about the key itself, so it may be logged and stored beside each sealed secret.
 */
export interface SecretsKey {
  readonly id: string;
  readonly key: Buffer;
}

export interface SecretsKeyRing {
  /** Seals every new secret. */
  readonly current: SecretsKey;
  /** Every key that opens, the current one first. */
  readonly keys: readonly SecretsKey[];
}

const KEY_BYTES = 32;
const KEY_ID_LABEL = 'marquee webhook secrets key id';

export function secretsKeyId(key: Buffer): string {
  return createHmac('sha256', key).update(KEY_ID_LABEL).digest().subarray(0, 8).toString('base64url');
}

/** A ring of `keys`, the first sealing; a key given twice is refused (a likely copy-paste slip). */
export function secretsKeyRing(keys: readonly Buffer[]): SecretsKeyRing {
  if (keys.length === 0) throw new Error('a key ring needs at least one key');
  const ring = keys.map((key) => {
    if (key.length !== KEY_BYTES) throw new Error(`a secrets key must be ${KEY_BYTES} bytes`);
    return { id: secretsKeyId(key), key };
  });
  const ids = new Set(ring.map((entry) => entry.id));
  if (ids.size !== ring.length) throw new Error('the same key is given twice');
  return { current: ring[0]!, keys: ring };
}

/** The key with this id, or undefined when the ring does not hold it. */
export function keyById(ring: SecretsKeyRing, id: string): SecretsKey | undefined {
  return ring.keys.find((entry) => entry.id === id);
}

/**
 * One key from configuration: exactly 32 bytes written as 64 hex digits or as base64 (standard or
 * url-safe). Anything else is refused rather than stretched, so a typo cannot quietly become a
 * weak key.
 */
export function parseSecretsKey(text: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(trimmed)) {
    const key = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  throw new Error(`must be ${KEY_BYTES} bytes written as 64 hex digits or base64 (e.g. \`openssl rand -base64 32\`)`);
}

/**
 * `WEBHOOK_SECRETS_KEYS`: keys separated by commas, the sealing one first. An error names the
 * position of a bad key, never its text.
 */
export function parseSecretsKeyRing(text: string): SecretsKeyRing {
  const keys = text.split(',').map((part, index) => {
    try {
      return parseSecretsKey(part);
    } catch (error) {
      throw new Error(`key ${index + 1}: ${(error as Error).message}`, { cause: error });
    }
  });
  return secretsKeyRing(keys);
}

/** A fresh key in the form `parseSecretsKey` reads, for a first local start. */
export function newSecretsKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}
