import { createCipheriv, createDecipheriv, createHmac, hkdfSync } from 'node:crypto';

/**
 * Events feed positions, sealed per partner. Inside, a position is the event's global feed
 * sequence, which counts every partner's events: shown as a number, the gaps between one
 * partner's positions would tell it how busy everyone else is. So a position is that number
 * encrypted and authenticated (AES-256-GCM) with the reader's partner id as associated data:
 * it reveals nothing, cannot be forged or altered, and opens only for the partner it was issued
 * to. Ordering stays on the server, which reads the feed by the sequence it opens.
 *
 * Sealing is deterministic (the IV is an HMAC of partner and sequence, a synthetic IV): the same
 * event gives a partner the same position on every read, so positions can be compared and
 * stored as they are; two different positions never share an IV.
 */
interface PositionKey {
  readonly cipher: Buffer;
  readonly iv: Buffer;
}

/** One pair per key of the webhook secrets key ring: the first seals, every one opens. */
export interface FeedPositionKeys {
  readonly sealing: PositionKey;
  readonly opening: readonly PositionKey[];
}

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SEQUENCE_BYTES = 8;
const SEALED_BYTES = 1 + IV_BYTES + SEQUENCE_BYTES + TAG_BYTES;

/**
 * Keys of their own, derived from each key of the webhook secrets key ring with HKDF under
 * distinct labels: no new setting to deploy, and a key never serves two purposes. Following the
 * ring, a position sealed under the previous key still opens while that key stays in the ring,
 * so rotating the key voids partners' positions only once the old key is dropped.
 */
export function feedPositionKeys(secretsKeys: readonly Buffer[]): FeedPositionKeys {
  const keys = secretsKeys.map((secretsKey) => {
    const derive = (label: string) => Buffer.from(hkdfSync('sha256', secretsKey, Buffer.alloc(0), `marquee feed position ${label} v${VERSION}`, 32));
    return { cipher: derive('cipher'), iv: derive('iv') };
  });
  return { sealing: keys[0]!, opening: keys };
}

function sequenceBytes(sequence: number): Buffer {
  const bytes = Buffer.alloc(SEQUENCE_BYTES);
  bytes.writeBigUInt64BE(BigInt(sequence));
  return bytes;
}

export function sealPosition(keys: FeedPositionKeys, partnerId: string, sequence: number): string {
  const key = keys.sealing;
  const plain = sequenceBytes(sequence);
  const partner = Buffer.from(partnerId, 'utf8');
  const iv = createHmac('sha256', key.iv).update(partner).update(plain).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.cipher, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(partner);
  const sealed = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The sequence inside a position this partner was given; undefined for anything else. */
export function openPosition(keys: FeedPositionKeys, partnerId: string, position: string): number | undefined {
  const bytes = Buffer.from(position, 'base64url');
  // base64url decoding skips what it cannot read: only the canonical text of a sealed position counts.
  if (bytes.length !== SEALED_BYTES || bytes[0] !== VERSION || bytes.toString('base64url') !== position) return undefined;
  for (const key of keys.opening) {
    const sequence = openWith(key, partnerId, bytes);
    if (sequence !== undefined) return sequence;
  }
  return undefined;
}

function openWith(key: PositionKey, partnerId: string, bytes: Buffer): number | undefined {
  const iv = bytes.subarray(1, 1 + IV_BYTES);
  const sealed = bytes.subarray(1 + IV_BYTES, 1 + IV_BYTES + SEQUENCE_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.cipher, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(partnerId, 'utf8'));
  decipher.setAuthTag(bytes.subarray(1 + IV_BYTES + SEQUENCE_BYTES));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(sealed), decipher.final()]);
  } catch {
    return undefined;
  }
  const sequence = plain.readBigUInt64BE();
  return sequence <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(sequence) : undefined;
}
