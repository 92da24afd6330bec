import { and, asc, eq, gt, isNotNull, not, or, sql, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import type { AllTenants } from '../scope.ts';
import { webhookEndpoints } from '../schema/events.ts';

/**
 * The re-seal's statements (`webhooks/reseal-secrets.ts`): find the endpoints whose signing
 * secrets are sealed under another key than the current one, and swap each row's sealed secrets
 * for the same secrets sealed under it. Across tenants: the platform's own key, not a partner's.
 */

export type SealedSecretsRow = { id: string; secretCiphertext: string; previousSecretCiphertext: string | null };

/** `starts_with`, not LIKE: a key id may hold `_`, a LIKE wildcard. */
const notSealedUnder = (column: typeof webhookEndpoints.secretCiphertext | typeof webhookEndpoints.previousSecretCiphertext, prefix: string): SQL =>
  not(sql`starts_with(${column}, ${prefix})`);

const sealedElsewhere = (currentPrefix: string) =>
  or(
    notSealedUnder(webhookEndpoints.secretCiphertext, currentPrefix),
    and(isNotNull(webhookEndpoints.previousSecretCiphertext), notSealedUnder(webhookEndpoints.previousSecretCiphertext, currentPrefix)),
  )!;

/** The next `limit` endpoints after `afterId` (id order) with a secret not starting with `currentPrefix`. */
export function endpointsSealedElsewhere(db: DbExecutor, _tenants: AllTenants, params: { currentPrefix: string; afterId: string; limit: number }): Promise<SealedSecretsRow[]> {
  return db
    .select({ id: webhookEndpoints.id, secretCiphertext: webhookEndpoints.secretCiphertext, previousSecretCiphertext: webhookEndpoints.previousSecretCiphertext })
    .from(webhookEndpoints)
    .where(and(gt(webhookEndpoints.id, params.afterId), sealedElsewhere(params.currentPrefix)))
    .orderBy(asc(webhookEndpoints.id))
    .limit(params.limit);
}

export async function countSealedElsewhere(db: DbExecutor, _tenants: AllTenants, currentPrefix: string): Promise<number> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(webhookEndpoints).where(sealedElsewhere(currentPrefix));
  return row!.count;
}

/**
 * Replaces one endpoint's sealed secrets, only if both are still what the re-seal read: a secret
 * rotated (or the endpoint deleted) meanwhile is left as the API wrote it, and false comes back.
 * The endpoint's version and ETag stay: its secrets are the same, only their envelope changed.
 */
export async function replaceSealedSecrets(
  db: DbExecutor,
  _tenants: AllTenants,
  params: { read: SealedSecretsRow; secretCiphertext: string; previousSecretCiphertext: string | null },
): Promise<boolean> {
  const { read } = params;
  const rows = await db
    .update(webhookEndpoints)
    .set({ secretCiphertext: params.secretCiphertext, previousSecretCiphertext: params.previousSecretCiphertext })
    .where(and(
      eq(webhookEndpoints.id, read.id),
      eq(webhookEndpoints.secretCiphertext, read.secretCiphertext),
      sql`${webhookEndpoints.previousSecretCiphertext} is not distinct from ${read.previousSecretCiphertext}`,
    ))
    .returning({ id: webhookEndpoints.id });
  return rows.length === 1;
}
