import { destination, pino } from 'pino';
import { resealSecrets } from '../../webhooks/reseal-secrets.ts';
import { resolveSecretsKeyRing } from '../../webhooks/secrets-key-file.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createDatabase } from '../db/client.ts';
import { embeddedDatabaseUrl } from '../db/embedded.ts';

/**
 * `npm run reseal-webhook-secrets`: seals every webhook signing secret still under an older key of
 * WEBHOOK_SECRETS_KEYS again under its first key, while the API and workers keep running (README,
 * "Rotating the webhook sealing key"). It talks to the database with the ring, like the worker,
 * rather than HTTP like the admin CLI: the keys never travel, and no API holds them for it.
 * Prints what it did as JSON (key ids and counts, never a key or a secret); exits 1 while any
 * secret remains under another key, so a rollout script can stop before dropping the old key.
 */
async function main(): Promise<number> {
  const config = loadConfig(process.env, 'worker');
  // Logs on stderr: stdout is the report, for a rollout script to read.
  const log = pino({ level: config.LOG_LEVEL, name: 'reseal' }, destination(2));
  const databaseUrl = config.DATABASE_URL ?? embeddedDatabaseUrl(config.EMBEDDED_PG_PORT);
  const ring = await resolveSecretsKeyRing(config.WEBHOOK_SECRETS_KEYS, config.DATA_DIR, log);
  const database = createDatabase(databaseUrl, { max: 1, applicationName: 'marquee-reseal' });
  try {
    const report = await resealSecrets(database.db, ring);
    console.log(JSON.stringify({ ...report, keyIds: ring.keys.map((entry) => entry.id) }, null, 2));
    return report.remaining === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `re-seal failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
