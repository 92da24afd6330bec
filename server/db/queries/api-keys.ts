import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { apiKeys, partners } from '../schema/partners.ts';

/** What authenticating a presented key needs, in one indexed read (`api_keys_prefix_unique`). */
export function findKeyForAuthentication(db: DbExecutor, prefix: string) {
  return db
    .select({
      keyId: apiKeys.id,
      secretHash: apiKeys.secretHash,
      scopes: apiKeys.scopes,
      revokedAt: apiKeys.revokedAt,
      lastUsedAt: apiKeys.lastUsedAt,
      partnerId: partners.id,
      partnerKind: partners.kind,
      partnerStatus: partners.status,
    })
    .from(apiKeys)
    .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
    .where(eq(apiKeys.prefix, prefix))
    .then((rows) => rows[0]);
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

/** Revokes a partner's key; returns the key, or undefined when it is not that partner's. */
export function revokePartnerKey(db: DbExecutor, partnerId: string, keyId: string) {
  return db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.id, keyId), eq(apiKeys.partnerId, partnerId)))
    .returning(apiKeyColumns)
    .then((rows) => rows[0]);
}
