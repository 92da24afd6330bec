import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

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

// Secrets at rest: AES-256-GCM, a fresh 12-byte IV per encryption, the tag authenticates the
// data. The version prefix lets a later key or cipher coexist with rows written under this one.
const CIPHERTEXT_VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encryptSecret(plain: string, key: Buffer): string {
  assertKey(key);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [CIPHERTEXT_VERSION, iv, tag, data]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** Throws when the text is not ours, was tampered with, or was sealed under another key. */
export function decryptSecret(ciphertext: string, key: Buffer): string {
  assertKey(key);
  const [version, ivText, tagText, dataText, ...rest] = ciphertext.split('.');
  if (version !== CIPHERTEXT_VERSION || dataText === undefined || rest.length > 0) {
    throw new Error('unrecognised secret ciphertext format');
  }
  const iv = Buffer.from(ivText ?? '', 'base64url');
  const tag = Buffer.from(tagText ?? '', 'base64url');
  const data = Buffer.from(dataText, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new Error('unrecognised secret ciphertext format');
  }
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  } catch {
    // Node's message ("Unsupported state or unable to authenticate data") says nothing useful.
    throw new Error('secret ciphertext failed authentication (wrong key or altered data)');
  }
}

/**
 * The encryption key from configuration: exactly 32 bytes written as 64 hex digits or as base64
 * (standard or url-safe). Anything else is refused rather than stretched, so a typo cannot
 * quietly become a weak key.
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

/** A fresh key in the form `parseSecretsKey` reads, for a first local start. */
export function newSecretsKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

function assertKey(key: Buffer): void {
  if (key.length !== KEY_BYTES) throw new Error(`secrets key must be ${KEY_BYTES} bytes`);
}
