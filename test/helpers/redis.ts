import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Redis is the one service Marquee does not embed. A test that needs it and finds none fails
 * saying what to install; it never skips silently.
 */
export async function requireRedis(): Promise<void> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch {
    throw new Error(
      `This test needs Redis at ${TEST_REDIS_URL}. Install and start it (apt-get install redis-server, or brew install redis), or set REDIS_URL.`,
    );
  } finally {
    client.disconnect();
  }
}

/** Removes every key of a test's queue prefix. */
export async function deleteQueueKeys(prefix: string): Promise<void> {
  const client = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  await client.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
