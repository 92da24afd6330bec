import { createHash, randomBytes } from 'node:crypto';
import type { DbExecutor } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import type { AllTenants } from '../db/scope.ts';
import { insertApiKey } from '../db/queries/api-keys.ts';
import type { ApiKey } from '../schemas/generated/components.ts';

export const API_KEY_SCOPES = ['read', 'inventory:write', 'bookings:write', 'webhooks:manage'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];
export type ApiKeyEnvironment = ApiKey['environment'];

/** Characters of the secret that double as the non-secret lookup prefix (60 bits). */
const LOOKUP_PREFIX_LENGTH = 10;

/**
 * `mq_<env>_<secret>`: 40 random bytes, so the part after the lookup prefix still carries well
 * over 32 bytes of entropy. Stored only as a SHA-256 hash: the secret is too random for a slow
 * password hash to add anything but latency on every request.
 */
export function generateApiKey(environment: ApiKeyEnvironment) {
  const secret = randomBytes(40).toString('base64url');
  const key = `mq_${environment}_${secret}`;
  return {
    key,
    prefix: `mq_${environment}_${secret.slice(0, LOOKUP_PREFIX_LENGTH)}`,
    secretHash: hashApiKey(key),
  };
}

/** The non-secret part a presented key is looked up by; undefined when it is not a partner key. */
export function lookupPrefixOf(token: string): string | undefined {
  const match = /^mq_(live|test)_([A-Za-z0-9_-]{50,})$/.exec(token);
  return match ? `mq_${match[1]}_${match[2]!.slice(0, LOOKUP_PREFIX_LENGTH)}` : undefined;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Issues a key for a partner and returns its secret, which is never retrievable again. */
export async function issueApiKey(
  db: DbExecutor,
  issuer: AllTenants,
  params: { partnerId: string; name: string; environment: ApiKeyEnvironment; scopes: readonly ApiKeyScope[]; createdBy: string },
) {
  const generated = generateApiKey(params.environment);
  const id = newId('key');
  await insertApiKey(db, issuer, {
    id,
    partnerId: params.partnerId,
    name: params.name,
    prefix: generated.prefix,
    secretHash: generated.secretHash,
    scopes: [...params.scopes],
    environment: params.environment,
    createdBy: params.createdBy,
  });
  return { id, key: generated.key, prefix: generated.prefix };
}
