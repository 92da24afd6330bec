import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { keyById, type SecretsKey, type SecretsKeyRing } from './secrets-key-ring.ts';

/**
 * Signing secrets in the Standard Webhooks form: `whsec_` + standard base64 (with padding) of
 * random bytes, which is what receivers' libraries (`standardwebhooks`, Svix) base64-decode into
 * the HMAC key. 32 bytes is the HMAC-SHA256 block-sized sweet spot, above the 24-byte minimum.
 */
export const SIGNING_SECRET_PREFIX = 'whsec_';
const SIGNING_SECRET_BYTES = 32;

export function newSigningSecret(): string {
  return SIGNING_SECRET_PREFIX + randomBytes(SIGNING_SECRET_BYTES).toString('base64');
}

/** The HMAC key a signing secret stands for (what the signer feeds to HMAC-SHA256). */
export function signingKeyOf(secret: string): Buffer {
  if (!secret.startsWith(SIGNING_SECRET_PREFIX)) throw new Error('not a whsec_ signing secret');
  return Buffer.from(secret.slice(SIGNING_SECRET_PREFIX.length), 'base64');
}

// Secrets at rest: AES-256-GCM, a fresh 12-byte IV per seal, the tag authenticates the data.
// `v2.<key id>.<iv>.<tag>.<data>` names the ring key that sealed it; the key id and version are
// authenticated too (additional data), so a blob cannot be passed off as another key's. Rows
// written before key rings, `v1.<iv>.<tag>.<data>`, open under whichever ring key fits.
const SEALED_VERSION = 'v2';
const LEGACY_VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SealedSecretError extends Error {
  override name = 'SealedSecretError';
}

/** What every secret sealed under this key starts with: how the re-seal finds the others. */
export function sealedPrefix(keyId: string): string {
  return `${SEALED_VERSION}.${keyId}.`;
}

export function sealSecret(plain: string, ring: SecretsKeyRing): string {
  const { id, key } = ring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`${SEALED_VERSION}.${id}`));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [SEALED_VERSION, id, ...[iv, cipher.getAuthTag(), data].map((part) => part.toString('base64url'))].join('.');
}

/**
 * The secret, opened with the ring key that sealed it. Throws a `SealedSecretError` when the text
 * is not ours, was altered, or was sealed under a key the ring does not hold (naming that key's
 * id, which is no secret, so an operator can tell which key is missing from which process).
 */
export function openSecret(sealed: string, ring: SecretsKeyRing): string {
  const parts = sealed.split('.');
  if (parts[0] === SEALED_VERSION && parts.length === 5) {
    const [, id, iv, tag, data] = parts as [string, string, string, string, string];
    const entry = keyById(ring, id);
    if (!entry) {
      throw new SealedSecretError(`webhook secret sealed under key id ${id}, which this process's key ring (WEBHOOK_SECRETS_KEYS) does not hold`);
    }
    const opened = tryOpen(entry, { iv, tag, data, aad: `${SEALED_VERSION}.${id}` });
    if (opened === undefined) throw new SealedSecretError(`webhook secret failed authentication under key id ${id} (altered data)`);
    return opened;
  }
  if (parts[0] === LEGACY_VERSION && parts.length === 4) {
    const [, iv, tag, data] = parts as [string, string, string, string];
    for (const entry of ring.keys) {
      const opened = tryOpen(entry, { iv, tag, data });
      if (opened !== undefined) return opened;
    }
    throw new SealedSecretError('webhook secret sealed before key ids failed authentication under every key of the ring (a missing key or altered data)');
  }
  throw new SealedSecretError('unrecognised sealed secret format');
}

/** The id of the key a secret was sealed under; undefined for a secret sealed before key ids. */
export function sealedKeyId(sealed: string): string | undefined {
  const parts = sealed.split('.');
  return parts[0] === SEALED_VERSION && parts.length === 5 ? parts[1] : undefined;
}

function tryOpen({ key }: SecretsKey, parts: { iv: string; tag: string; data: string; aad?: string }): string | undefined {
  const iv = Buffer.from(parts.iv, 'base64url');
  const tag = Buffer.from(parts.tag, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SealedSecretError('unrecognised sealed secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  if (parts.aad !== undefined) decipher.setAAD(Buffer.from(parts.aad));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(Buffer.from(parts.data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    // Node's message ("Unsupported state or unable to authenticate data") says nothing useful.
    return undefined;
  }
}
