import type { Db } from '../server/db/client.ts';
import { countSealedElsewhere, endpointsSealedElsewhere, replaceSealedSecrets } from '../server/db/queries/webhook-secrets.ts';
import { jobAcrossTenants } from '../server/db/scope.ts';
import { openSecret, sealedKeyId, sealedPrefix, sealSecret } from './secrets.ts';
import type { SecretsKeyRing } from './secrets-key-ring.ts';

export interface ResealReport {
  /** The key every secret is now sealed under. */
  sealingKeyId: string;
  /** Endpoints whose secrets were sealed again under it. */
  resealed: number;
  /** Endpoints whose secrets changed between the read and the write (a rotation), left alone. */
  changedMeanwhile: number;
  /** Endpoints whose secrets this ring cannot open, with why (never a key or a secret). */
  unreadable: { endpointId: string; reason: string }[];
  /** Endpoints still holding a secret sealed under another key when the run ended: 0 when done. */
  remaining: number;
}

/**
 * Seals every webhook signing secret still under an older key of the ring again under the
 * current one, `batchSize` endpoints at a time, one short statement per endpoint. Safe while the
 * API and workers run: they hold the whole ring, so every secret opens before, during and after,
 * and a row is only replaced when it still holds what was read (a secret rotated meanwhile is
 * never overwritten). Idempotent: a second run finds nothing to do.
 */
export async function resealSecrets(db: Db, ring: SecretsKeyRing, options: { batchSize?: number } = {}): Promise<ResealReport> {
  const batchSize = options.batchSize ?? 100;
  const currentPrefix = sealedPrefix(ring.current.id);
  const report: ResealReport = { sealingKeyId: ring.current.id, resealed: 0, changedMeanwhile: 0, unreadable: [], remaining: 0 };
  const reseal = (sealed: string) => (sealedKeyId(sealed) === ring.current.id ? sealed : sealSecret(openSecret(sealed, ring), ring));

  let afterId = '';
  for (;;) {
    const rows = await endpointsSealedElsewhere(db, jobAcrossTenants, { currentPrefix, afterId, limit: batchSize });
    for (const row of rows) {
      let secretCiphertext: string;
      let previousSecretCiphertext: string | null;
      try {
        secretCiphertext = reseal(row.secretCiphertext);
        previousSecretCiphertext = row.previousSecretCiphertext === null ? null : reseal(row.previousSecretCiphertext);
      } catch (error) {
        report.unreadable.push({ endpointId: row.id, reason: (error as Error).message });
        continue;
      }
      if (await replaceSealedSecrets(db, jobAcrossTenants, { read: row, secretCiphertext, previousSecretCiphertext })) report.resealed += 1;
      else report.changedMeanwhile += 1;
    }
    if (rows.length < batchSize) break;
    afterId = rows.at(-1)!.id;
  }
  report.remaining = await countSealedElsewhere(db, jobAcrossTenants, currentPrefix);
  return report;
}
