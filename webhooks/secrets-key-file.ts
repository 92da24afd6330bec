import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { PipelineLogger } from './logger.ts';
import { newSecretsKey, parseSecretsKey, secretsKeyRing, type SecretsKeyRing } from './secrets-key-ring.ts';

/**
 * `<dataDir>/webhook-secrets.key`, readable by its owner only: the key that seals webhook signing
 * secrets on the embedded local start without WEBHOOK_SECRETS_KEY (with DATABASE_URL the key must
 * be given: configuration refuses to start without it). Made once and then reused, because a new
 * key would make every stored secret unreadable. Callers log its path, never its contents.
 */
export const secretsKeyPath = (dataDir: string) => resolve(dataDir, 'webhook-secrets.key');

export async function localSecretsKey(dataDir: string): Promise<{ key: Buffer; path: string; created: boolean }> {
  const path = secretsKeyPath(dataDir);
  let existing: string | undefined;
  try {
    existing = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing !== undefined) {
    try {
      return { key: parseSecretsKey(existing), path, created: false };
    } catch (error) {
      // Never overwrite it: the secrets sealed under it would be lost with it.
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  const text = newSecretsKey();
  await mkdir(dataDir, { recursive: true });
  // `wx`: two processes starting together must not each write their own key.
  try {
    await writeFile(path, `${text}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return localSecretsKey(dataDir);
    throw error;
  }
  await chmod(path, 0o600);
  return { key: parseSecretsKey(text), path, created: true };
}

/**
 * The keys that seal webhook signing secrets: the configured ring (WEBHOOK_SECRETS_KEYS, or
 * WEBHOOK_SECRETS_KEY as a ring of one) when set, else (the embedded local start) the local key
 * file, made on first use, whose path (never the key) is logged. The sealing key's id is logged:
 * it tells which processes of a rollout seal under the new key. The API, the standalone worker
 * and the re-seal command all use it.
 */
export async function resolveSecretsKeyRing(configured: SecretsKeyRing | undefined, dataDir: string, log: Pick<PipelineLogger, 'info'>): Promise<SecretsKeyRing> {
  if (configured !== undefined) {
    log.info({ sealingKeyId: configured.current.id, keyIds: configured.keys.map((entry) => entry.id) }, 'webhook secrets key ring configured');
    return configured;
  }
  const local = await localSecretsKey(dataDir);
  const ring = secretsKeyRing([local.key]);
  log.info({ keyFile: local.path, sealingKeyId: ring.current.id }, local.created ? 'webhook secrets key generated into the key file' : 'webhook secrets key read from the key file');
  return ring;
}
