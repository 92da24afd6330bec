import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import type { Teardownable } from './database.ts';
import { freePort } from './free-port.ts';
import { waitUntil } from './wait-until.ts';


/**
 * A Redis server of the test's own, on a free port, without persistence: stopping it loses every
 * job, as a crashed Redis would. It can be stopped and started again on the same port. A machine
 * without `redis-server` fails the test saying what to install.
 */
export async function startPrivateRedis(t: Teardownable) {
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    const spawned = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const failed = new Promise<never>((_, reject) =>
      spawned.once('error', (error) => reject(new Error(`This test starts its own Redis and needs the redis-server binary (apt-get install redis-server, or brew install redis): ${error.message}`))),
    );
    child = spawned;
    const answers = async () => {
      const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined);
      try {
        await Promise.race([client.connect().then(() => client.ping()), failed]);
        return true;
      } catch (error) {
        if ((error as Error).message.includes('redis-server binary')) throw error;
        return false;
      } finally {
        client.disconnect();
      }
    };
    await waitUntil(`the private Redis on port ${port} to answer`, answers, Boolean, { timeoutMs: 10_000, intervalMs: 50 });
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGKILL');
    await exited;
  };

  await start();
  t.teardown(stop);
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
