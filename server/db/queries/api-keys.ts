import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type postgres from 'postgres';
import type { DbExecutor } from '../client.ts';
import type { AllTenants } from '../scope.ts';
import { param, prepared } from '../prepared.ts';
import { apiKeys, partners } from '../schema/partners.ts';

export interface KeyForAuthentication {
  keyId: string;
  secretHash: string;
  scopes: string[];
  revoked: boolean;
  /** Marked used less than a minute ago: no need to mark it again. */
  usedRecently: boolean;
  partnerId: string;
  partnerKind: 'theatre' | 'aggregator';
  partnerStatus: string;
}

/** Every authenticated request runs it: prepared, one round trip, one indexed read (`api_keys_prefix_unique`). */
const keyByPrefix = prepared<{ prefix: string }, KeyForAuthentication>(sql`
  select k.id as "keyId", k.secret_hash as "secretHash", k.scopes, k.revoked_at is not null as revoked,
         coalesce(k.last_used_at > now() - interval '1 minute', false) as "usedRecently",
         p.id as "partnerId", p.kind as "partnerKind", p.status as "partnerStatus"
  from ${apiKeys} k join ${partners} p on p.id = k.partner_id
  where k.prefix = ${param('prefix')}`);

/** What authenticating a presented key needs. */
export function findKeyForAuthentication(client: postgres.Sql, prefix: string): Promise<KeyForAuthentication | undefined> {
  return keyByPrefix.on(client, { prefix }).then((rows) => rows[0]);
}

/**
 * Marks a key used, at most once a minute: the guard in the statement keeps a busy key from
 * turning its row into a hot spot, whatever several processes do at once.
 */
export function touchKeyLastUsed(db: DbExecutor, keyId: string) {
  return db
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiKeys.id, keyId),
        or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`)),
      ),
    );
}

/** A new key, for any partner (the admin or a local start issues it): only its lookup prefix and the SHA-256 of the whole key are stored. */
export async function insertApiKey(
  db: DbExecutor,
  _tenants: AllTenants,
  values: Pick<typeof apiKeys.$inferInsert, 'id' | 'partnerId' | 'name' | 'prefix' | 'secretHash' | 'scopes' | 'environment' | 'createdBy'>,
): Promise<void> {
  await db.insert(apiKeys).values(values);
}

export const apiKeyColumns = {
  id: apiKeys.id,
  partnerId: apiKeys.partnerId,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  environment: apiKeys.environment,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** The admin revokes a partner's key; returns the key, or undefined when it is not that partner's. */
export function revokePartnerKey(db: DbExecutor, _tenants: AllTenants, partnerId: string, keyId: string) {
  return db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.partnerId, partnerId)))
    .returning(apiKeyColumns)
    .then((rows) => rows[0]);
}
