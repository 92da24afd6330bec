import { randomBytes } from 'node:crypto';
import type { Teardownable } from '../../helpers/database.ts';
import { deleteQueueKeys, requireRedis, TEST_REDIS_URL } from '../../helpers/redis.ts';
import { sdkWorld } from './world.ts';

/**
 * The real API with its webhook pipeline running (relay and delivery worker, on real Redis under
 * a queue prefix of its own) and allowed to deliver over plain HTTP to 127.0.0.1, where the
 * tests' receivers listen. Without Redis the test fails saying what to install.
 */
export async function webhookDeliveryWorld(t: Teardownable) {
  await requireRedis();
  const prefix = `marquee-sdk-test-${randomBytes(6).toString('hex')}`;
  // Teardowns run last-registered first: this one runs after the app (and its worker) closed.
  t.teardown(() => deleteQueueKeys(prefix));
  return sdkWorld(t, {
    WEBHOOKS_ENABLED: 'true',
    WEBHOOK_ALLOW_HTTP: 'true',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: prefix,
    // What the API seals stored signing secrets with; any 32 bytes do for a test.
    WEBHOOK_SECRETS_KEY: randomBytes(32).toString('base64'),
    // The relay's fallback scan; a quick one keeps a missed notification from stalling a test.
    WEBHOOK_RELAY_SCAN_INTERVAL_MS: '250',
  });
}
